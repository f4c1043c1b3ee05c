#include "callbackparser.h"

#include <QTest>
#include <QUrl>

namespace {
const QString kLaunchId = QStringLiteral("3f2a9c0d5b7e41a88c6d0e1f2a3b4c5d");
const QString kOtherLaunchId = QStringLiteral("0000000000000000000000000000000a");
const QString kDeepomaticId = QStringLiteral("0f6c1f0e-3a1b-4c2d-9e8f-123456789abc");
const QString kBase = QStringLiteral("fieldconnect://callback/") + kLaunchId;

CallbackParser::Expectation expectation()
{
    return {QUrl(kBase), kDeepomaticId};
}

// The expected callback URI followed by a query and/or fragment.
QString cb(const QString &tail)
{
    return kBase + tail;
}
} // namespace

class tst_CallbackParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void progressInBothPartsIsRejectedWithItsReason_data();
    void progressInBothPartsIsRejectedWithItsReason();
    void parseProgress_data();
    void parseProgress();
    void extrasAreRecorded();
    void fragmentExtrasAreRecorded();
    void rejectsWithoutLaunchExpectation_data();
    void rejectsWithoutLaunchExpectation();
    void httpsCallbackExpectation_data();
    void httpsCallbackExpectation();
};

void tst_CallbackParser::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("progress");
    QTest::addColumn<bool>("fromFragment");

    const QString p = QStringLiteral("?work_order_progress=");
    const QString f = QStringLiteral("#work_order_progress=");

    // Accepted.
    QTest::newRow("query 50") << cb(p + "50") << true << 50 << false;
    QTest::newRow("query 0") << cb(p + "0") << true << 0 << false;
    QTest::newRow("query 100") << cb(p + "100") << true << 100 << false;
    QTest::newRow("query 9") << cb(p + "9") << true << 9 << false;
    QTest::newRow("query 10") << cb(p + "10") << true << 10 << false;
    QTest::newRow("query 99") << cb(p + "99") << true << 99 << false;
    QTest::newRow("fragment 50") << cb(f + "50") << true << 50 << true;
    QTest::newRow("fragment 0") << cb(f + "0") << true << 0 << true;
    QTest::newRow("percent-encoded ASCII digits") << cb(p + "%35%30") << true << 50 << false;
    QTest::newRow("percent-encoded key")
        << cb(QStringLiteral("?work_order_progres%73=70")) << true << 70 << false;
    QTest::newRow("upper-case scheme and host")
        << QStringLiteral("FIELDCONNECT://CALLBACK/") + kLaunchId + p + "50" << true << 50 << false;
    QTest::newRow("mixed-case host")
        << QStringLiteral("FieldConnect://CallBack/") + kLaunchId + p + "50" << true << 50 << false;
    QTest::newRow("matching work_order_id")
        << cb(p + "80&work_order_id=" + kDeepomaticId) << true << 80 << false;
    QTest::newRow("matching upper-case work_order_id")
        << cb(p + "80&work_order_id=" + kDeepomaticId.toUpper()) << true << 80 << false;
    QTest::newRow("work_order_id in query, progress in fragment")
        << cb("?work_order_id=" + kDeepomaticId + f + "60") << true << 60 << true;
    QTest::newRow("extra parameters")
        << cb(p + "40&state=opaque-123&status=analysis_ok&work_item_id=7") << true << 40 << false;
    QTest::newRow("extra parameter repeated with the same value")
        << cb(p + "40&state=x&state=x") << true << 40 << false;
    QTest::newRow("empty fragment after query") << cb(p + "30#") << true << 30 << false;
    QTest::newRow("empty query before fragment") << cb("?" + f + "30") << true << 30 << true;

    // Rejected: the progress value.
    QTest::newRow("101") << cb(p + "101") << false << -1 << false;
    QTest::newRow("-1") << cb(p + "-1") << false << -1 << false;
    QTest::newRow("+50 literal plus") << cb(p + "+50") << false << -1 << false;
    QTest::newRow("+50 encoded plus") << cb(p + "%2B50") << false << -1 << false;
    QTest::newRow("leading space") << cb(p + "%2050") << false << -1 << false;
    QTest::newRow("trailing space") << cb(p + "50%20") << false << -1 << false;
    QTest::newRow("inner space") << cb(p + "5%200") << false << -1 << false;
    QTest::newRow("exponent") << cb(p + "1e2") << false << -1 << false;
    QTest::newRow("hexadecimal") << cb(p + "0x10") << false << -1 << false;
    QTest::newRow("decimal point") << cb(p + "100.0") << false << -1 << false;
    QTest::newRow("leading zero") << cb(p + "050") << false << -1 << false;
    QTest::newRow("double zero") << cb(p + "00") << false << -1 << false;
    QTest::newRow("empty value") << cb(p) << false << -1 << false;
    QTest::newRow("key without value")
        << cb(QStringLiteral("?work_order_progress")) << false << -1 << false;
    QTest::newRow("missing parameter") << cb(QStringLiteral("?state=x")) << false << -1 << false;
    QTest::newRow("no query, no fragment") << kBase << false << -1 << false;
    QTest::newRow("key in another case")
        << cb(QStringLiteral("?WORK_ORDER_PROGRESS=50")) << false << -1 << false;
    QTest::newRow("very long number") << cb(p + "99999999999999999999") << false << -1 << false;
    QTest::newRow("overflowing int") << cb(p + "4294967346") << false << -1 << false;
    QTest::newRow("Arabic-Indic digits")
        << cb(p + QStringLiteral("\u0665\u0660")) << false << -1 << false;
    QTest::newRow("fullwidth digits")
        << cb(p + QStringLiteral("\uFF15\uFF10")) << false << -1 << false;
    QTest::newRow("percent-encoded Arabic-Indic digits")
        << cb(p + "%D9%A5%D9%A0") << false << -1 << false;
    QTest::newRow("NUL after digits") << cb(p + "50%00") << false << -1 << false;
    QTest::newRow("encoded equals is not a delimiter")
        << cb(QStringLiteral("?work_order_progress%3D50")) << false << -1 << false;
    QTest::newRow("encoded ampersand stays in the value")
        << cb(p + "50%26state%3Dx") << false << -1 << false;
    QTest::newRow("empty fragment value") << cb(f) << false << -1 << false;

    // Rejected: repetition and contradiction.
    // Exactly once in the whole URL: never in both parts, even with one value.
    QTest::newRow("query and fragment agree") << cb(p + "50" + f + "50") << false << -1 << false;
    QTest::newRow("query and fragment agree on 0") << cb(p + "0" + f + "0") << false << -1 << false;
    QTest::newRow("query and fragment agree on 100, with extras")
        << cb(p + "100&state=x" + f + "100&state=x") << false << -1 << false;
    QTest::newRow("query and fragment disagree") << cb(p + "50" + f + "60") << false << -1 << false;
    QTest::newRow("extras in the query, progress in both parts")
        << cb("?state=x&work_order_progress=100" + f + "0") << false << -1 << false;
    QTest::newRow("good query, bad fragment") << cb(p + "50" + f + "abc") << false << -1 << false;
    QTest::newRow("repeated with the same value")
        << cb(p + "50&work_order_progress=50") << false << -1 << false;
    QTest::newRow("repeated with different values")
        << cb(p + "50&work_order_progress=100") << false << -1 << false;
    QTest::newRow("repeated in the fragment")
        << cb(f + "50&work_order_progress=50") << false << -1 << false;
    QTest::newRow("contradicting work_order_id")
        << cb(p + "100&work_order_id=11111111-2222-3333-4444-555555555555") << false << -1 << false;
    QTest::newRow("work_order_id repeated with different values")
        << cb(p + "100&work_order_id=" + kDeepomaticId + "&work_order_id=other") << false << -1
        << false;
    QTest::newRow("extra parameter repeated with different values")
        << cb(p + "40&state=a&state=b") << false << -1 << false;
    QTest::newRow("query and fragment disagree on an extra")
        << cb(p + "40&state=a#state=b") << false << -1 << false;

    // Rejected: the endpoint.
    QTest::newRow("wrong launch id")
        << QStringLiteral("fieldconnect://callback/") + kOtherLaunchId + p + "50" << false << -1
        << false;
    QTest::newRow("upper-case launch id")
        << QStringLiteral("fieldconnect://callback/") + kLaunchId.toUpper() + p + "50" << false
        << -1 << false;
    QTest::newRow("no launch id") << QStringLiteral("fieldconnect://callback/") + p + "50" << false
                                  << -1 << false;
    QTest::newRow("http scheme") << QStringLiteral("http://callback/") + kLaunchId + p + "50"
                                 << false << -1 << false;
    QTest::newRow("https scheme") << QStringLiteral("https://callback/") + kLaunchId + p + "50"
                                  << false << -1 << false;
    QTest::newRow("javascript scheme")
        << QStringLiteral("javascript:alert('%1')").arg(kLaunchId) << false << -1 << false;
    QTest::newRow("wrong host") << QStringLiteral("fieldconnect://evil/") + kLaunchId + p + "50"
                                << false << -1 << false;
    QTest::newRow("no host") << QStringLiteral("fieldconnect:///") + kLaunchId + p + "50" << false
                             << -1 << false;
    QTest::newRow("extra path segment")
        << cb(QStringLiteral("/extra") + p + "50") << false << -1 << false;
    QTest::newRow("dot segment") << QStringLiteral("fieldconnect://callback/x/../") + kLaunchId + p
                                        + "50"
                                 << false << -1 << false;
    QTest::newRow("trailing slash") << cb(QStringLiteral("/") + p + "50") << false << -1 << false;
    QTest::newRow("user info") << QStringLiteral("fieldconnect://user@callback/") + kLaunchId + p
                                      + "50"
                               << false << -1 << false;
    QTest::newRow("user and password")
        << QStringLiteral("fieldconnect://user:pw@callback/") + kLaunchId + p + "50" << false << -1
        << false;
    QTest::newRow("port added") << QStringLiteral("fieldconnect://callback:8080/") + kLaunchId + p
                                       + "50"
                                << false << -1 << false;
    QTest::newRow("invalid URL") << QStringLiteral("http://[::1") << false << -1 << false;
    QTest::newRow("empty URL") << QString() << false << -1 << false;
}

void tst_CallbackParser::parse()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QFETCH(int, progress);
    QFETCH(bool, fromFragment);

    const CallbackParser::Verdict verdict = CallbackParser::parse(QUrl(url), expectation());
    QCOMPARE(verdict.accepted, accepted);
    QCOMPARE(verdict.progress, progress);
    if (accepted) {
        QCOMPARE(verdict.fromFragment, fromFragment);
        QVERIFY2(verdict.reason.isEmpty(), qPrintable(verdict.reason));
        QVERIFY(!verdict.extras.contains(QLatin1String(CallbackParser::ProgressKey)));
    } else {
        QVERIFY(!verdict.reason.isEmpty());
    }
}

void tst_CallbackParser::progressInBothPartsIsRejectedWithItsReason_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("equal") << cb(QStringLiteral("?work_order_progress=50#work_order_progress=50"));
    QTest::newRow("different") << cb(
        QStringLiteral("?work_order_progress=50#work_order_progress=60"));
    QTest::newRow("fragment not a number")
        << cb(QStringLiteral("?work_order_progress=50#work_order_progress=abc"));
}

void tst_CallbackParser::progressInBothPartsIsRejectedWithItsReason()
{
    QFETCH(QString, url);
    const CallbackParser::Verdict verdict = CallbackParser::parse(QUrl(url), expectation());
    QVERIFY(!verdict.accepted);
    QCOMPARE(verdict.progress, -1);
    QVERIFY2(verdict.reason.contains(QLatin1String("both the query and the fragment")),
             qPrintable(verdict.reason));
}

void tst_CallbackParser::parseProgress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("0") << QStringLiteral("0") << 0;
    QTest::newRow("1") << QStringLiteral("1") << 1;
    QTest::newRow("9") << QStringLiteral("9") << 9;
    QTest::newRow("10") << QStringLiteral("10") << 10;
    QTest::newRow("45") << QStringLiteral("45") << 45;
    QTest::newRow("99") << QStringLiteral("99") << 99;
    QTest::newRow("100") << QStringLiteral("100") << 100;
    QTest::newRow("101") << QStringLiteral("101") << -1;
    QTest::newRow("999") << QStringLiteral("999") << -1;
    QTest::newRow("1000") << QStringLiteral("1000") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("space") << QStringLiteral(" ") << -1;
    QTest::newRow("-0") << QStringLiteral("-0") << -1;
    QTest::newRow("-1") << QStringLiteral("-1") << -1;
    QTest::newRow("+1") << QStringLiteral("+1") << -1;
    QTest::newRow("+50") << QStringLiteral("+50") << -1;
    QTest::newRow("leading space") << QStringLiteral(" 50") << -1;
    QTest::newRow("trailing space") << QStringLiteral("50 ") << -1;
    QTest::newRow("inner space") << QStringLiteral("5 0") << -1;
    QTest::newRow("tab") << QStringLiteral("5\t") << -1;
    QTest::newRow("newline") << QStringLiteral("50\n") << -1;
    QTest::newRow("00") << QStringLiteral("00") << -1;
    QTest::newRow("050") << QStringLiteral("050") << -1;
    QTest::newRow("0100") << QStringLiteral("0100") << -1;
    QTest::newRow("1e2") << QStringLiteral("1e2") << -1;
    QTest::newRow("0x10") << QStringLiteral("0x10") << -1;
    QTest::newRow("100.0") << QStringLiteral("100.0") << -1;
    QTest::newRow("5.") << QStringLiteral("5.") << -1;
    QTest::newRow("letters") << QStringLiteral("abc") << -1;
    QTest::newRow("99999999999999999999") << QStringLiteral("99999999999999999999") << -1;
    QTest::newRow("Arabic-Indic 50") << QStringLiteral("\u0665\u0660") << -1;
    QTest::newRow("Arabic-Indic zero") << QStringLiteral("\u0660") << -1;
    QTest::newRow("fullwidth 50") << QStringLiteral("\uFF15\uFF10") << -1;
    QTest::newRow("Devanagari 5") << QStringLiteral("\u096B") << -1;
    QTest::newRow("superscript 2") << QStringLiteral("\u00B2") << -1;
    QTest::newRow("digit then NUL") << QString::fromUtf16(u"5\u0000", 2) << -1;
    QTest::newRow("percent sign") << QStringLiteral("50%") << -1;
}

void tst_CallbackParser::parseProgress()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(CallbackParser::parseProgress(text), expected);
}

void tst_CallbackParser::extrasAreRecorded()
{
    const QUrl url(cb(QStringLiteral("?work_order_progress=75&work_order_id=") + kDeepomaticId
                      + QStringLiteral("&state=a%20b%26c&status=analysis_ko&work_item_id=42"
                                       "&work_item_progress=3&input_id=")));
    const CallbackParser::Verdict verdict = CallbackParser::parse(url, expectation());
    QVERIFY2(verdict.accepted, qPrintable(verdict.reason));
    QCOMPARE(verdict.progress, 75);
    QCOMPARE(verdict.fromFragment, false);

    QMap<QString, QString> expected;
    expected.insert(QStringLiteral("work_order_id"), kDeepomaticId);
    expected.insert(QStringLiteral("state"), QStringLiteral("a b&c")); // decoded exactly once
    expected.insert(QStringLiteral("status"), QStringLiteral("analysis_ko"));
    expected.insert(QStringLiteral("work_item_id"), QStringLiteral("42"));
    expected.insert(QStringLiteral("work_item_progress"), QStringLiteral("3"));
    expected.insert(QStringLiteral("input_id"), QString());
    QCOMPARE(verdict.extras, expected);
}

void tst_CallbackParser::fragmentExtrasAreRecorded()
{
    // With use_fragment=true everything comes back in the fragment; extras found in both parts
    // are merged.
    const QUrl url(cb(QStringLiteral("?state=s1#work_order_progress=20&status=analysis_ok"
                                     "&state=s1")));
    const CallbackParser::Verdict verdict = CallbackParser::parse(url, expectation());
    QVERIFY2(verdict.accepted, qPrintable(verdict.reason));
    QCOMPARE(verdict.progress, 20);
    QVERIFY(verdict.fromFragment);
    QCOMPARE(verdict.extras.size(), 2);
    QCOMPARE(verdict.extras.value(QStringLiteral("state")), QStringLiteral("s1"));
    QCOMPARE(verdict.extras.value(QStringLiteral("status")), QStringLiteral("analysis_ok"));
}

void tst_CallbackParser::rejectsWithoutLaunchExpectation_data()
{
    QTest::addColumn<QUrl>("expectedUri");

    QTest::newRow("empty callbackUri") << QUrl();
    QTest::newRow("invalid callbackUri") << QUrl(QStringLiteral("http://[::1"));
}

void tst_CallbackParser::rejectsWithoutLaunchExpectation()
{
    QFETCH(QUrl, expectedUri);
    const CallbackParser::Expectation expected{expectedUri, kDeepomaticId};
    const CallbackParser::Verdict verdict =
        CallbackParser::parse(QUrl(cb(QStringLiteral("?work_order_progress=100"))), expected);
    QVERIFY(!verdict.accepted);
    QCOMPARE(verdict.progress, -1);
    QVERIFY(!verdict.reason.isEmpty());
}

void tst_CallbackParser::httpsCallbackExpectation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");

    // The callback of this launch, under another origin or path.
    const auto at = [](const QString &originAndPath) {
        return originAndPath + QLatin1Char('/') + kLaunchId
               + QStringLiteral("?work_order_progress=90");
    };
    QTest::newRow("same prefix") << at("https://field.example.com/fc/cb") << true;
    QTest::newRow("upper-case host") << at("https://FIELD.example.COM/fc/cb") << true;
    QTest::newRow("explicit default port") << at("https://field.example.com:443/fc/cb") << true;
    QTest::newRow("http instead of https") << at("http://field.example.com/fc/cb") << false;
    QTest::newRow("other host") << at("https://example.com/fc/cb") << false;
    QTest::newRow("look-alike host") << at("https://field.example.com.evil.test/fc/cb") << false;
    QTest::newRow("other path case") << at("https://field.example.com/FC/cb") << false;
    QTest::newRow("other port") << at("https://field.example.com:8443/fc/cb") << false;
    // Found by fuzz_callbackparser: "%2F" is not "/" (tests/fuzz/regressions/callbackparser).
    QTest::newRow("encoded slash in the path") << at("https://field.example.com/fc%2Fcb") << false;
    QTest::newRow("harmless escape in the path") << at("https://field.example.com/f%63/cb") << true;
}

void tst_CallbackParser::httpsCallbackExpectation()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const CallbackParser::Expectation expected{
        QUrl(QStringLiteral("https://field.example.com/fc/cb/") + kLaunchId), kDeepomaticId};
    const CallbackParser::Verdict verdict = CallbackParser::parse(QUrl(url), expected);
    // An explicit default port (:443) is the same endpoint as none.
    QCOMPARE(verdict.accepted, accepted);
    QCOMPARE(verdict.progress, accepted ? 90 : -1);
}

QTEST_APPLESS_MAIN(tst_CallbackParser)
#include "tst_callbackparser.moc"
