// fieldconnect-sandbox as a program: the lines it prints, --seed FILE with its validation, the
// fault options and FIELDCONNECT_SANDBOX_FAULTS, and the printed admin token.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
struct Run {
    std::unique_ptr<QProcess> process;
    QHash<QString, QString> lines; // key=value lines printed at start
};
} // namespace

class tst_SandboxCommandLine : public QObject
{
    Q_OBJECT

private:
    // Starts the program and waits for its last start-up line; on a start-up failure, the
    // process has exited and `lines` is empty.
    Run start(const QStringList &arguments, const QString &faultsEnv = QString());
    int get(const QString &url, const QByteArray &header, const QByteArray &value,
            QByteArray *body = nullptr);
    QString writeSeed(const QByteArray &content);

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;

private slots:
    void printsWhatAClientNeeds();
    void environmentFaultsAreApplied();
    void optionsOverrideTheEnvironment();
    void badFaultsStopWithAReason_data();
    void badFaultsStopWithAReason();
    void seedFileReplacesTheBuiltInSeed();
    void badSeedStopsWithAReason_data();
    void badSeedStopsWithAReason();
};

Run tst_SandboxCommandLine::start(const QStringList &arguments, const QString &faultsEnv)
{
    Run run;
    run.process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FIELDCONNECT_SANDBOX_FAULTS"));
    if (!faultsEnv.isNull())
        env.insert(QStringLiteral("FIELDCONNECT_SANDBOX_FAULTS"), faultsEnv);
    run.process->setProcessEnvironment(env);
    run.process->start(QStringLiteral(FIELDCONNECT_SANDBOX_EXECUTABLE),
                       QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    if (!run.process->waitForStarted(10000))
        return run;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains("faults=") && timer.elapsed() < 15000
           && run.process->state() == QProcess::Running) {
        run.process->waitForReadyRead(200);
        out += run.process->readAllStandardOutput();
    }
    if (!out.contains("faults="))
        return run;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            run.lines.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return run;
}

int tst_SandboxCommandLine::get(const QString &url, const QByteArray &header,
                                const QByteArray &value, QByteArray *body)
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader(header, value);
    std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    if (body)
        *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString tst_SandboxCommandLine::writeSeed(const QByteArray &content)
{
    static int count = 0;
    const QString path = m_dir.filePath(QStringLiteral("seed-%1.json").arg(++count));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void tst_SandboxCommandLine::printsWhatAClientNeeds()
{
    Run run = start({});
    for (const char *key : {"base_url", "api_url", "site_id", "org_slug", "token", "admin_token"})
        QVERIFY2(!run.lines.value(QLatin1String(key)).isEmpty(), key);
    QCOMPARE(run.lines.value(QStringLiteral("faults")), QStringLiteral("none"));
    QVERIFY(run.lines.value(QStringLiteral("api_url")).endsWith(QLatin1String("/v0.2/")));
    const QString api = run.lines.value(QStringLiteral("api_url"));
    const QByteArray token = "Token " + run.lines.value(QStringLiteral("token")).toUtf8();
    QCOMPARE(get(api + QStringLiteral("task-groups/"), "Authorization", token), 200);
    // The printed admin token opens the fault endpoint.
    QCOMPARE(get(run.lines.value(QStringLiteral("base_url")) + QStringLiteral("/__sandbox/faults"),
                 "X-Sandbox-Admin", run.lines.value(QStringLiteral("admin_token")).toLatin1()),
             200);
    run.process->kill();
    run.process->waitForFinished();
}

void tst_SandboxCommandLine::environmentFaultsAreApplied()
{
    Run run = start({}, QStringLiteral("error_rate=1,error_codes=429,seed=4"));
    QVERIFY(run.lines.value(QStringLiteral("faults")).contains(QLatin1String("error_rate=1")));
    const QByteArray token = "Token " + run.lines.value(QStringLiteral("token")).toUtf8();
    QCOMPARE(get(run.lines.value(QStringLiteral("api_url")) + QStringLiteral("task-groups/"),
                 "Authorization", token),
             429);
    run.process->kill();
    run.process->waitForFinished();
}

void tst_SandboxCommandLine::optionsOverrideTheEnvironment()
{
    Run run =
        start({QStringLiteral("--error-rate"), QStringLiteral("0"), QStringLiteral("--latency"),
               QStringLiteral("50"), QStringLiteral("--error-codes"), QStringLiteral("503,429")},
              QStringLiteral("error_rate=1"));
    QCOMPARE(run.lines.value(QStringLiteral("faults")),
             QStringLiteral("latency=50,error_rate=0,error_codes=503|429,drop_before=0,"
                            "drop_after=0,malformed=0"));
    const QByteArray token = "Token " + run.lines.value(QStringLiteral("token")).toUtf8();
    QCOMPARE(get(run.lines.value(QStringLiteral("api_url")) + QStringLiteral("task-groups/"),
                 "Authorization", token),
             200);
    run.process->kill();
    run.process->waitForFinished();
}

void tst_SandboxCommandLine::badFaultsStopWithAReason_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key in the environment") << QStringList() << "jitter=1"
                                                    << "FIELDCONNECT_SANDBOX_FAULTS";
    QTest::newRow("rate above 1") << QStringList{QStringLiteral("--error-rate"),
                                                 QStringLiteral("2")}
                                  << QString() << "--error-rate";
    QTest::newRow("latency not a number")
        << QStringList{QStringLiteral("--latency"), QStringLiteral("soon")} << QString()
        << "--latency";
    QTest::newRow("not an error status")
        << QStringList{QStringLiteral("--error-codes"), QStringLiteral("200")} << QString()
        << "--error-codes";
    QTest::newRow("bad seed") << QStringList{QStringLiteral("--fault-seed"), QStringLiteral("x")}
                              << QString() << "--fault-seed";
}

void tst_SandboxCommandLine::badFaultsStopWithAReason()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QString, mentions);
    Run run = start(arguments, environment);
    QVERIFY(run.lines.isEmpty());
    run.process->waitForFinished(10000); // false when it has already exited
    QCOMPARE(run.process->state(), QProcess::NotRunning);
    QCOMPARE(run.process->exitCode(), 2);
    const QString err = QString::fromUtf8(run.process->readAllStandardError());
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void tst_SandboxCommandLine::seedFileReplacesTheBuiltInSeed()
{
    QFile builtIn(QStringLiteral(FIELDCONNECT_SEED_JSON));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QJsonObject seed = QJsonDocument::fromJson(builtIn.readAll()).object();
    const QJsonArray workOrders = seed.value(QLatin1String("work_orders")).toArray();
    seed.insert(QStringLiteral("work_orders"), QJsonArray{workOrders.at(0), workOrders.at(1)});
    Run run = start({QStringLiteral("--seed"), writeSeed(QJsonDocument(seed).toJson())});
    QVERIFY(!run.lines.isEmpty());
    QByteArray body;
    QCOMPARE(get(run.lines.value(QStringLiteral("api_url")) + QStringLiteral("work-orders/"),
                 "Authorization", "Token " + run.lines.value(QStringLiteral("token")).toUtf8(),
                 &body),
             200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1String("count")).toInt(), 2);
    run.process->kill();
    run.process->waitForFinished();
}

void tst_SandboxCommandLine::badSeedStopsWithAReason_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("mentions");
    QFile builtIn(QStringLiteral(FIELDCONNECT_SEED_JSON));
    builtIn.open(QIODevice::ReadOnly);
    const QByteArray good = builtIn.readAll();
    QTest::newRow("missing file") << QByteArray() << "Cannot read the seed";
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "not JSON";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "other"})") << "format";
    QByteArray noTaskId = good;
    noTaskId.replace("\"id\": \"56e99f53-fb4c-58e6-a61e-da26624b2e0e\"", "\"id\": \"\"");
    QTest::newRow("task without id") << noTaskId << "pm-ouvert-avant/pm-visible";
    QByteArray badType = good;
    badType.replace("\"outcome_type\": \"Number\"", "\"outcome_type\": \"Float\"");
    QTest::newRow("unknown outcome type") << badType << "Float";
    QByteArray badEmail = good;
    badEmail.replace("\"field_engineer_email\": \"camille.martin@fieldconnect-demo.example\"",
                     "\"field_engineer_email\": \"ghost@example.com\"");
    QTest::newRow("work order with an unknown engineer") << badEmail << "ghost@example.com";
}

void tst_SandboxCommandLine::badSeedStopsWithAReason()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    const QString path =
        content.isEmpty() ? m_dir.filePath(QStringLiteral("missing.json")) : writeSeed(content);
    Run run = start({QStringLiteral("--seed"), path});
    QVERIFY(run.lines.isEmpty());
    run.process->waitForFinished(10000); // false when it has already exited
    QCOMPARE(run.process->state(), QProcess::NotRunning);
    QCOMPARE(run.process->exitCode(), 2);
    const QString err = QString::fromUtf8(run.process->readAllStandardError());
    QVERIFY2(err.contains(path), qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_SandboxCommandLine)
#include "tst_sandboxcommandline.moc"
