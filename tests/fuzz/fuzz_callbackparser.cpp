// libFuzzer target for CallbackParser: the trust boundary between a page running in
// the connector and a close. Every input is tried four ways: as a whole callback URL and as a
// query/fragment "parameter soup" after the expected callback URI, each against a custom-scheme
// launch and an https-prefix launch. parseProgress is fuzzed on the raw text too.
#include "callbackparser.h"
#include "fuzzcheck.h"

#include <QUrlQuery>

#include <cstddef>
#include <cstdint>

namespace {
const QString kLaunchId = QStringLiteral("3f2a9c0d5b7e41a88c6d0e1f2a3b4c5d");
const QString kDeepomaticId = QStringLiteral("0f6c1f0e-3a1b-4c2d-9e8f-123456789abc");

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
           || c == '.' || c == '_' || c == '~';
}

// RFC 3986 §6.2.2 normalisation, written independently of the parser: percent-encoded
// unreserved characters are the same as the characters themselves, other escapes compare with
// upper-case hex, and an escaped delimiter ("%2F") is never the delimiter itself.
QByteArray normalisedPath(const QUrl &url)
{
    const QByteArray in = url.path(QUrl::FullyEncoded).toLatin1();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '%' && i + 2 < in.size() && isHex(in.at(i + 1)) && isHex(in.at(i + 2))) {
            const char c = static_cast<char>(in.mid(i + 1, 2).toInt(nullptr, 16));
            if (isUnreserved(c))
                out += c;
            else
                out += '%' + in.mid(i + 1, 2).toUpper();
            i += 2;
        } else {
            out += in.at(i);
        }
    }
    return out;
}

int defaultPort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https")  ? 443
                    : scheme == QLatin1String("http") ? 80
                                                      : -1);
}

QStringList valuesOf(const QString &encoded, const QString &key)
{
    return QUrlQuery(encoded).allQueryItemValues(key, QUrl::FullyDecoded);
}

void checkVerdict(const QUrl &url, const CallbackParser::Expectation &expected)
{
    const CallbackParser::Verdict verdict = CallbackParser::parse(url, expected);
    const QString where = url.toString(QUrl::FullyEncoded);
    if (!verdict.accepted) {
        FUZZ_CHECK(verdict.progress == -1, where);
        FUZZ_CHECK(!verdict.reason.isEmpty(), where);
        return;
    }
    FUZZ_CHECK(verdict.progress >= 0 && verdict.progress <= 100, where);
    FUZZ_CHECK(verdict.reason.isEmpty(), where);
    FUZZ_CHECK(!verdict.extras.contains(QLatin1String(CallbackParser::ProgressKey)), where);

    // Never accepted for another endpoint than the launch's own.
    const QUrl &e = expected.callbackUri;
    FUZZ_CHECK(url.scheme().toLower() == e.scheme().toLower(), where);
    FUZZ_CHECK(url.host().toLower() == e.host().toLower(), where);
    FUZZ_CHECK(defaultPort(url) == defaultPort(e), where);
    FUZZ_CHECK(url.userInfo().isEmpty(), where);
    FUZZ_CHECK(normalisedPath(url) == normalisedPath(e),
               where + QStringLiteral(" has the path ") + QString::fromLatin1(normalisedPath(url))
                   + QStringLiteral(", the launch ") + QString::fromLatin1(normalisedPath(e)));

    // The progress is the one plain integer the URL carries, exactly once.
    const QString key = QLatin1String(CallbackParser::ProgressKey);
    const QStringList inQuery =
        url.hasQuery() ? valuesOf(url.query(QUrl::FullyEncoded), key) : QStringList();
    const QStringList inFragment =
        url.hasFragment() ? valuesOf(url.fragment(QUrl::FullyEncoded), key) : QStringList();
    FUZZ_CHECK(inQuery.size() + inFragment.size() == 1, where); // exactly once in the URL
    FUZZ_CHECK(verdict.fromFragment == inQuery.isEmpty(), where);
    for (const QString &value : inQuery + inFragment)
        FUZZ_CHECK(value == QString::number(verdict.progress), where);

    // Any work order it names is the open one.
    const QString idKey = QStringLiteral("work_order_id");
    const QStringList ids =
        (url.hasQuery() ? valuesOf(url.query(QUrl::FullyEncoded), idKey) : QStringList())
        + (url.hasFragment() ? valuesOf(url.fragment(QUrl::FullyEncoded), idKey) : QStringList());
    for (const QString &id : ids)
        FUZZ_CHECK(id.isEmpty() || id.compare(kDeepomaticId, Qt::CaseInsensitive) == 0, where);
}

void checkProgressText(const QString &text)
{
    const int value = CallbackParser::parseProgress(text);
    FUZZ_CHECK(value >= -1 && value <= 100, text);
    // Accepted only in its one canonical spelling: no sign, space, leading zero or other digit.
    if (value >= 0)
        FUZZ_CHECK(text == QString::number(value), text);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    static const CallbackParser::Expectation launches[] = {
        {QUrl(QStringLiteral("fieldconnect://callback/") + kLaunchId), kDeepomaticId},
        {QUrl(QStringLiteral("https://field.example.com/fc/cb/") + kLaunchId), kDeepomaticId},
    };

    checkProgressText(input);
    for (const CallbackParser::Expectation &launch : launches) {
        // The whole URL, as a hostile page would navigate to it.
        checkVerdict(QUrl(input), launch);
        // The soup after the launch's own URI: "?…#…" in any order and encoding.
        checkVerdict(QUrl(launch.callbackUri.toString(QUrl::FullyEncoded) + input), launch);
        // The same soup set part by part, the way QtWebEngine hands a QUrl over.
        const qsizetype hash = input.indexOf(u'#');
        QUrl url = launch.callbackUri;
        url.setQuery(hash < 0 ? input : input.left(hash));
        if (hash >= 0)
            url.setFragment(input.mid(hash + 1));
        checkVerdict(url, launch);
    }
    return 0;
}
