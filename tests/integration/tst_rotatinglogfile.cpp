// The rotating log file on a real disk: bounded files, the oldest dropped, the newest line in
// the current file, owner-only permissions; and the message handler that feeds it.

#include "messagelog.h"
#include "rotatinglogfile.h"

#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTest, "fieldconnect.test")

class tst_RotatingLogFile : public QObject
{
    Q_OBJECT
private slots:
    void writingPastTheLimitKeepsFiveFilesOfAtMostOneMegabyte();
    void reopeningAppendsToTheCurrentFile();
    void filesAreReadableByTheirOwnerOnly();
    void aLineLongerThanAFileIsCut();
    void messagesReachTheFileWithTimeLevelAndCategory();
};

namespace {
QStringList logFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("fieldconnect.log*")}, QDir::Files, QDir::Name);
}
} // namespace

void tst_RotatingLogFile::writingPastTheLimitKeepsFiveFilesOfAtMostOneMegabyte()
{
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("logs"));
    RotatingLogFile log(logs, QStringLiteral("fieldconnect"));
    QString error;
    QVERIFY2(log.open(&error), qPrintable(error));

    // 100-byte lines (with the newline), numbered: 8 MB in all, so the first 3 MB go.
    const QString padding(90, u'x');
    const int lines = 8 * 1024 * 1024 / 100;
    for (int i = 0; i < lines; ++i) {
        log.writeLine(QStringLiteral("%1 %2").arg(i, 8, 10, QLatin1Char('0')).arg(padding));
        if (i % 20000 == 0)
            QVERIFY2(logFiles(logs).size() <= 5, qPrintable(logFiles(logs).join(u' ')));
    }
    const QStringList files = logFiles(logs);
    QCOMPARE(files, (QStringList{
                        QStringLiteral("fieldconnect.log"), QStringLiteral("fieldconnect.log.1"),
                        QStringLiteral("fieldconnect.log.2"), QStringLiteral("fieldconnect.log.3"),
                        QStringLiteral("fieldconnect.log.4")}));
    qint64 total = 0;
    for (const QString &name : files) {
        const qint64 size = QFileInfo(QDir(logs).filePath(name)).size();
        QVERIFY2(size <= RotatingLogFile::DefaultMaxBytes, qPrintable(name));
        total += size;
    }
    QVERIFY(total > 4 * RotatingLogFile::DefaultMaxBytes);

    // The newest line is the last of the current file; .4 holds the oldest kept, and the very
    // first lines are gone.
    QFile current(log.filePath());
    QVERIFY(current.open(QIODevice::ReadOnly));
    const QByteArray currentText = current.readAll();
    QVERIFY(currentText.endsWith(
        QStringLiteral("%1 %2\n").arg(lines - 1, 8, 10, QLatin1Char('0')).arg(padding).toUtf8()));
    QFile oldest(log.filePath() + QStringLiteral(".4"));
    QVERIFY(oldest.open(QIODevice::ReadOnly));
    const QByteArray first = oldest.readLine();
    QVERIFY2(first.left(8).toInt() > 0, first.constData());
    QVERIFY(first.left(8).toInt() < lines - 4 * (RotatingLogFile::DefaultMaxBytes / 100));
    for (const QString &name : files) {
        QFile f(QDir(logs).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("00000000 "), qPrintable(name));
    }
}

void tst_RotatingLogFile::reopeningAppendsToTheCurrentFile()
{
    QTemporaryDir dir;
    QString error;
    {
        RotatingLogFile log(dir.path(), QStringLiteral("fieldconnect"));
        QVERIFY(log.open(&error));
        log.writeLine(QStringLiteral("first run"));
    }
    RotatingLogFile log(dir.path(), QStringLiteral("fieldconnect"), 30);
    QVERIFY(log.open(&error));
    log.writeLine(QStringLiteral("second run"));
    QFile file(log.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("first run\nsecond run\n"));
    // Past its 30 bytes: the next line starts a new file.
    log.writeLine(QStringLiteral("third run"));
    QCOMPARE(logFiles(dir.path()).size(), 2);
}

void tst_RotatingLogFile::filesAreReadableByTheirOwnerOnly()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("logs"));
    RotatingLogFile log(logs, QStringLiteral("fieldconnect"), 10);
    QString error;
    QVERIFY(log.open(&error));
    log.writeLine(QStringLiteral("a line"));
    log.writeLine(QStringLiteral("another line"));
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(logs).permissions() & others, QFileDevice::Permissions());
    for (const QString &name : logFiles(logs))
        QCOMPARE(QFileInfo(QDir(logs).filePath(name)).permissions() & others,
                 QFileDevice::Permissions());
#else
    QSKIP("POSIX permissions");
#endif
}

void tst_RotatingLogFile::aLineLongerThanAFileIsCut()
{
    QTemporaryDir dir;
    RotatingLogFile log(dir.path(), QStringLiteral("fieldconnect"), 64);
    QString error;
    QVERIFY(log.open(&error));
    log.writeLine(QString(500, u'y'));
    QCOMPARE(QFileInfo(log.filePath()).size(), 64);
}

void tst_RotatingLogFile::messagesReachTheFileWithTimeLevelAndCategory()
{
    QTemporaryDir dir;
    QString path;
    {
        MessageLog log(dir.path());
        QString error;
        QVERIFY2(log.install(&error), qPrintable(error));
        path = log.filePath();
        QCOMPARE(path, dir.filePath(QStringLiteral("logs/fieldconnect.log")));
        qCWarning(lcTest) << "the API did not answer";
        qCInfo(lcTest) << "two\nlines";
        // Only one log per process: a second application object in a test keeps quiet.
        MessageLog second(dir.filePath(QStringLiteral("other")));
        QVERIFY(!second.install(&error));
    }
    qCWarning(lcTest) << "after the log went"; // no longer written
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QRegularExpression format(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (warning|info) fieldconnect\.test: )"));
    QVERIFY2(format.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
    QVERIFY(
        lines.at(0).endsWith(QLatin1String("warning fieldconnect.test: the API did not answer")));
    QVERIFY2(format.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), QStringLiteral("    lines"));
}

QTEST_GUILESS_MAIN(tst_RotatingLogFile)
#include "tst_rotatinglogfile.moc"
