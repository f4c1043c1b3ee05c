// Every translations/*.ts is complete: each tr() string of the sources has a finished
// translation with the language's number of plural forms and every placeholder of its source.
// lupdate itself says what the sources hold and how many plural forms a language has: it is
// run on the product's sources into a fresh file named like the committed one.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: empty when finished
    QStringList forms; // the numerus forms, or the one translation
};

QString keyOf(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source;
}

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms = {xml.readElementText()};
        }
        if (name == QLatin1String("translation") && !current.numerus)
            messages.append(current);
        // A numerus message is complete at its end tag: read until then.
        if (name == QLatin1String("translation") && current.numerus) {
            while (!xml.atEnd()
                   && !(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyEntryIsFinishedAndCurrent_data();
    void everyEntryIsFinishedAndCurrent();
    void englishSaysOneAndMany_data();
    void englishSaysOneAndMany();

private:
    QTemporaryDir m_dir;
    QStringList m_sources;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile list(QStringLiteral(FIELDCONNECT_TR_SOURCES_LIST));
    QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(list.fileName()));
    m_sources = QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!m_sources.isEmpty());
}

void tst_Translations::everyEntryIsFinishedAndCurrent_data()
{
    QTest::addColumn<QString>("tsFile");
    const QFileInfoList files = QDir(QStringLiteral(FIELDCONNECT_TS_DIR))
                                    .entryInfoList({QStringLiteral("*.ts")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QFileInfo &file : files)
        QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();
}

void tst_Translations::everyEntryIsFinishedAndCurrent()
{
    QFETCH(QString, tsFile);
    // What the sources hold now, for this file's language.
    const QString fresh = m_dir.filePath(QFileInfo(tsFile).fileName());
    QStringList arguments{QStringLiteral("@") + QStringLiteral(FIELDCONNECT_TR_SOURCES_LIST),
                          QStringLiteral("-ts"),
                          fresh,
                          QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"),
                          QStringLiteral("none"),
                          QStringLiteral("-silent")};
    // English, the source language, needs only its plural forms.
    if (QFileInfo(tsFile).fileName() == QLatin1String("fieldconnect_en.ts"))
        arguments << QStringLiteral("-pluralonly");
    QProcess lupdate;
    lupdate.start(QStringLiteral(FIELDCONNECT_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> expected = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> committed = readTs(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QMap<QString, Message> byKey;
    for (const Message &m : committed)
        byKey.insert(keyOf(m), m);
    QStringList problems;
    QSet<QString> current;
    for (const Message &want : expected) {
        current.insert(keyOf(want));
        const auto found = byKey.constFind(keyOf(want));
        const QString where = want.context + QStringLiteral(": \"") + want.source + u'"';
        if (found == byKey.constEnd()) {
            problems << QStringLiteral("missing (run update_translations): ") + where;
            continue;
        }
        const Message &have = *found;
        if (!have.type.isEmpty())
            problems << QStringLiteral("type=\"%1\": ").arg(have.type) + where;
        if (have.numerus != want.numerus || have.forms.size() != want.forms.size()) {
            problems << QStringLiteral("%1 form(s), the language has %2: ")
                                .arg(have.forms.size())
                                .arg(want.forms.size())
                            + where;
            continue;
        }
        const QSet<QString> needed = placeholdersOf(want.source);
        for (const QString &form : have.forms) {
            if (form.isEmpty()) {
                problems << QStringLiteral("empty translation: ") + where;
                break;
            }
            QSet<QString> dropped = needed;
            dropped.subtract(placeholdersOf(form));
            if (!dropped.isEmpty()) {
                QStringList names = dropped.values();
                names.sort();
                problems << QStringLiteral("drops %1: ").arg(names.join(QStringLiteral(", ")))
                                + where + QStringLiteral(" -> \"") + form + u'"';
            }
        }
    }
    for (const Message &have : committed) {
        if (!current.contains(keyOf(have)))
            problems << QStringLiteral("no longer in the sources: ") + have.context
                            + QStringLiteral(": \"") + have.source + u'"';
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\n") + problems.join(QStringLiteral("\n"))));
}

void tst_Translations::englishSaysOneAndMany_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("said");
    const QString shown = QStringLiteral("%n work order(s) shown");
    QTest::newRow("one") << "MainWindow" << shown << 1 << "1 work order shown";
    QTest::newRow("many") << "MainWindow" << shown << 22 << "22 work orders shown";
    QTest::newRow("none") << "MainWindow" << shown << 0 << "0 work orders shown";
    QTest::newRow("one second") << "PinPadDialog"
                                << "Wrong PIN too many times. Try again in %n seconds." << 1
                                << "Wrong PIN too many times. Try again in 1 second.";
}

void tst_Translations::englishSaysOneAndMany()
{
    // The compiled English plural forms, as the app loads them for English and for a language
    // it does not speak.
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, said);
    QTranslator english;
    QVERIFY2(english.load(QStringLiteral(FIELDCONNECT_EN_QM)), FIELDCONNECT_EN_QM);
    QCOMPARE(english.translate(qPrintable(context), qPrintable(source), nullptr, count)
                 .replace(QLatin1String("%n"), QString::number(count)),
             said);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
