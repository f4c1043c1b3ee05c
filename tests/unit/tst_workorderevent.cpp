// The audit trail's kinds: every kind this version writes has one stored key, a label a person
// reads, and that label's French; a key from elsewhere is shown as it is.

#include "workorderevent.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class tst_WorkOrderEvent : public QObject
{
    Q_OBJECT
private slots:
    void everyKindHasOneKeyAndALabel();
    void everyLabelIsTranslatedIntoFrench();
    void unknownKeyIsShownAsItIs();
    void ofStampsTheEvent();
};

void tst_WorkOrderEvent::everyKindHasOneKeyAndALabel()
{
    const QList<WorkOrderEvent::Kind> kinds = WorkOrderEvent::allKinds();
    QCOMPARE(kinds.size(), int(WorkOrderEvent::Kind::ClosedOverride) + 1);
    QSet<QString> keys;
    QSet<QString> labels;
    for (WorkOrderEvent::Kind kind : kinds) {
        const QString key = WorkOrderEvent::key(kind);
        QVERIFY2(!key.isEmpty(), qPrintable(QString::number(int(kind))));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(WorkOrderEvent::kindFromKey(key), std::optional<WorkOrderEvent::Kind>(kind));
        const QString label = WorkOrderEvent::label(kind);
        QVERIFY2(!label.isEmpty() && label != key, qPrintable(key));
        QVERIFY2(!labels.contains(label), qPrintable(label));
        labels.insert(label);
        QCOMPARE(WorkOrderEvent::labelOf(key), label);
    }
    // Stored keys never change: the ones older trails hold are still read.
    for (const char *old : {"planned", "created_in_deepomatic", "callback_accepted",
                            "callback_rejected", "progress_verified", "closed"})
        QVERIFY2(keys.contains(QLatin1String(old)), old);
}

void tst_WorkOrderEvent::everyLabelIsTranslatedIntoFrench()
{
    QFile ts(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../translations/fieldconnect_fr.ts"));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QHash<QString, QString> french;
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")
                 && context == QLatin1String("WorkOrderEvent")) {
            unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString text = xml.readElementText();
            if (!unfinished)
                french.insert(source, text);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (WorkOrderEvent::Kind kind : WorkOrderEvent::allKinds()) {
        const QString label = WorkOrderEvent::label(kind);
        QVERIFY2(!french.value(label).isEmpty(), qPrintable(label));
    }
}

void tst_WorkOrderEvent::unknownKeyIsShownAsItIs()
{
    QCOMPARE(WorkOrderEvent::kindFromKey(QStringLiteral("written_by_a_newer_version")),
             std::nullopt);
    QCOMPARE(WorkOrderEvent::labelOf(QStringLiteral("written_by_a_newer_version")),
             QStringLiteral("written_by_a_newer_version"));
    QCOMPARE(WorkOrderEvent::kindFromKey(QString()), std::nullopt);
}

void tst_WorkOrderEvent::ofStampsTheEvent()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const WorkOrderEvent e = WorkOrderEvent::of(WorkOrderEvent::Kind::CallbackRejected,
                                                QStringLiteral("WO-1"), QStringLiteral("camille"),
                                                QStringLiteral("why"), {{QStringLiteral("n"), 1}});
    QCOMPARE(e.kind, QStringLiteral("callback_rejected"));
    QVERIFY(e.is(WorkOrderEvent::Kind::CallbackRejected));
    QVERIFY(!e.is(WorkOrderEvent::Kind::CallbackAccepted));
    QCOMPARE(e.workOrderKey, QStringLiteral("WO-1"));
    QCOMPARE(e.user, QStringLiteral("camille"));
    QCOMPARE(e.reason, QStringLiteral("why"));
    QCOMPARE(e.data.value(QStringLiteral("n")).toInt(), 1);
    QCOMPARE(e.time.timeSpec(), Qt::UTC);
    QVERIFY(e.time >= before && e.time <= QDateTime::currentDateTimeUtc());
}

QTEST_GUILESS_MAIN(tst_WorkOrderEvent)
#include "tst_workorderevent.moc"
