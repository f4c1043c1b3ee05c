// libFuzzer target for the deployment-file reader (SiteProfileConfig::parse). The input is read
// as a small INI file, the way QSettings hands it over: "[group]" lines, "key=value" lines
// (stored as "group/key"), ";" comment lines. Values are passed untrimmed: parse trims them.
#include "callbackparser.h"
#include "callbackuri.h"
#include "fuzzcheck.h"
#include "siteprofileconfig.h"

#include <QHash>

#include <cstddef>
#include <cstdint>

namespace {
const QString kSource = QStringLiteral("fuzz.ini");

QHash<QString, QString> decode(const QString &text)
{
    QHash<QString, QString> values;
    QString group;
    for (QString line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            group = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed();
        values.insert(group.isEmpty() || key.contains(u'/') ? key : group + u'/' + key,
                      line.mid(eq + 1));
    }
    return values;
}

// A profile the reader accepts must work: the callback URI of a launch is captured by the
// connector and, coming back with a progress, accepted by the parser.
void checkCallbackRoundTrip(const SiteProfile &profile)
{
    const QString launchId = QStringLiteral("3f2a9c0d5b7e41a88c6d0e1f2a3b4c5d");
    const QString deepomaticId = QStringLiteral("0f6c1f0e-3a1b-4c2d-9e8f-123456789abc");
    const QUrl uri = CallbackUri::forLaunch(profile, launchId);
    const QString where = uri.toString(QUrl::FullyEncoded);
    FUZZ_CHECK(uri.isValid(), where + QStringLiteral(": ") + uri.errorString());
    FUZZ_CHECK(CallbackUri::isCallbackSpace(profile, uri), where);

    // Deepomatic receives the URI as text and sends it back as text.
    const QUrl returned(where + QStringLiteral("?work_order_progress=50"));
    FUZZ_CHECK(CallbackUri::isCallbackSpace(profile, returned), where);
    const CallbackParser::Verdict verdict =
        CallbackParser::parse(returned, CallbackParser::Expectation{uri, deepomaticId});
    FUZZ_CHECK(verdict.accepted && verdict.progress == 50,
               where + QStringLiteral(": ") + verdict.reason);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QHash<QString, QString> values = decode(fuzz::text(data, size));
    const SiteProfileConfig::Parsed parsed = SiteProfileConfig::parse(values, kSource);

    if (!parsed.ok()) {
        for (const QString &error : parsed.errors)
            FUZZ_CHECK(error.startsWith(kSource + u':'), error);
        return 0;
    }
    const SiteProfile &p = parsed.profile;
    FUZZ_CHECK(p.validate().isEmpty(), p.validate().join(u'\n'));
    const QStringList known = SiteProfileConfig::knownKeys();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        FUZZ_CHECK(known.contains(it.key()), QStringLiteral("unknown key accepted: ") + it.key());
    FUZZ_CHECK(p.threshold >= 0 && p.threshold <= 100, QString::number(p.threshold));
    FUZZ_CHECK(!p.siteId.isNull(), QStringLiteral("no site id"));
    FUZZ_CHECK(SiteProfile::isSlug(p.orgSlug), p.orgSlug);
    checkCallbackRoundTrip(p);
    return 0;
}
