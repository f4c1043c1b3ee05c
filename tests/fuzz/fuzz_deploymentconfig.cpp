// libFuzzer target for the deployment file reader: IniDocument (the INI text with its lines)
// and DeploymentConfig (several profiles, [fieldconnect], errors with file:line).
#include "deploymentconfig.h"
#include "fuzzcheck.h"
#include "inidocument.h"

#include <QRegularExpression>
#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {
const QString kSource = QStringLiteral("fuzz.ini");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    const int lineCount = int(QString::fromUtf8(text).count(u'\n')) + 1;

    const IniDocument doc = IniDocument::parse(text);
    int previous = 0;
    for (const IniDocument::Entry &e : doc.entries()) {
        FUZZ_CHECK(e.line > previous && e.line <= lineCount, QString::number(e.line));
        FUZZ_CHECK(!e.key.isEmpty(), QStringLiteral("empty key"));
        FUZZ_CHECK(e.value == e.value.trimmed(), e.value);
        previous = e.line;
    }

    const DeploymentConfig config = DeploymentConfig::parse(text, kSource);
    // Every error names the file and a line that exists.
    static const QRegularExpression located(QStringLiteral("^fuzz\\.ini:(\\d+): "));
    for (const QString &error : config.errors) {
        const QRegularExpressionMatch m = located.match(error);
        FUZZ_CHECK(m.hasMatch(), error);
        const int line = m.captured(1).toInt();
        FUZZ_CHECK(line >= 1 && line <= lineCount, error);
    }
    if (!config.ok())
        return 0;
    QSet<QString> ids;
    for (const SiteProfile &p : config.profiles) {
        FUZZ_CHECK(DeploymentConfig::isProfileId(p.id), p.id);
        FUZZ_CHECK(!ids.contains(p.id), QStringLiteral("duplicate id accepted: ") + p.id);
        ids.insert(p.id);
        FUZZ_CHECK(p.validate().isEmpty(), p.validate().join(u'\n'));
        FUZZ_CHECK(p.threshold >= 0 && p.threshold <= 100, QString::number(p.threshold));
    }
    FUZZ_CHECK(config.activeProfile.isEmpty() || ids.contains(config.activeProfile),
               config.activeProfile);
    // The same text always gives the same verdict.
    FUZZ_CHECK(DeploymentConfig::parse(text, kSource).profiles.size() == config.profiles.size(),
               QStringLiteral("not deterministic"));
    return 0;
}
