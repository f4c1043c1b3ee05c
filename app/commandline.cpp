#include "commandline.h"

#include "apptranslations.h"
#include "instancemessage.h"
#include "siteprofile.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace {

struct OptionSpec {
    const char *name;
    const char *description; // translated in the "CommandLine" context
    const char *valueName = nullptr; // null: a switch
    const char *defaultValue = nullptr;
    bool hidden = false;
};

// In the order --help lists them.
const OptionSpec Options[] = {
    {"sandbox-url",
     QT_TRANSLATE_NOOP("CommandLine", "Use a sandbox that is already running (e.g. "
                                      "fieldconnect-sandbox) at <url>, on loopback."),
     "url"},
    {"create-all",
     QT_TRANSLATE_NOOP("CommandLine", "Headless: create every planned work order in Deepomatic "
                                      "through the outbox, print one JSON object per step, and "
                                      "exit when the outbox is drained.")},
    {"import",
     QT_TRANSLATE_NOOP("CommandLine", "Headless: check the planning file <file> and import it "
                                      "into the site in use, print one JSON object per problem "
                                      "and a summary, and exit (0: all imported, 2: invalid "
                                      "input, 4: partly imported with --good-rows)."),
     "file"},
    {"all-or-nothing",
     QT_TRANSLATE_NOOP("CommandLine", "With --import (the default): import nothing if any row "
                                      "has a problem.")},
    {"good-rows",
     QT_TRANSLATE_NOOP("CommandLine", "With --import: import the good rows and report the "
                                      "others.")},
    {"export-diagnostics",
     QT_TRANSLATE_NOOP("CommandLine", "Headless: write the diagnostics archive for support (logs, "
                                      "versions, settings, every secret removed) to <file>, "
                                      "print one JSON line and exit (0: written, 1: not "
                                      "written)."),
     "file"},
    {"hash-pin",
     QT_TRANSLATE_NOOP("CommandLine", "Headless: read a supervisor PIN (4 to 12 digits) from "
                                      "standard input, never from the command line where others "
                                      "could see it, and print the pin_hash line for the [kiosk] "
                                      "section of the deployment file.")},
    {"report-ready", "", nullptr, nullptr, true},
    {"sandbox",
     QT_TRANSLATE_NOOP("CommandLine", "Run on the built-in sandbox (an emulated Deepomatic site "
                                      "on 127.0.0.1), even if a site is configured.")},
    {"config", QT_TRANSLATE_NOOP("CommandLine", "Read the deployment configuration from <file>."),
     "file"},
    {"data-dir", QT_TRANSLATE_NOOP("CommandLine", "Keep the database and web data in <dir>."),
     "dir"},
    {"threshold", QT_TRANSLATE_NOOP("CommandLine", "Minimum verified progress (0–100) to close."),
     "percent"},
    {"use-fragment",
     QT_TRANSLATE_NOOP("CommandLine", "Ask Deepomatic to return results in the URL fragment.")},
    {"lang", QT_TRANSLATE_NOOP("CommandLine", "Interface language (%1); default: the system's."),
     "code"},
    {"theme",
     QT_TRANSLATE_NOOP("CommandLine", "Theme for this run: system, light, dark or high_contrast "
                                      "(default: the one chosen in Display)."),
     "name"},
    {"text-size",
     QT_TRANSLATE_NOOP("CommandLine", "Text size for this run: normal, large or extra_large "
                                      "(default: the one chosen in Display)."),
     "size"},
    {"kiosk",
     QT_TRANSLATE_NOOP("CommandLine", "Kiosk mode: full screen with no window frame; it is left "
                                      "only with the supervisor PIN of the deployment file "
                                      "([kiosk] pin_hash).")},
    {"autopilot",
     QT_TRANSLATE_NOOP("CommandLine", "Run one intervention headless and print one JSON object "
                                      "per step.")},
    {"work-order",
     QT_TRANSLATE_NOOP("CommandLine", "With --autopilot: the work order to use (default: a fresh "
                                      "copy of a planned one)."),
     "name"},
    {"photos",
     QT_TRANSLATE_NOOP("CommandLine", "With --autopilot: how many photos to take (all or a "
                                      "number)."),
     "all|N", "all"},
    {"sandbox-port",
     QT_TRANSLATE_NOOP("CommandLine", "Port for the sandbox (default: a free one)."), "port"},
    {"devtools",
     QT_TRANSLATE_NOOP("CommandLine", "Let Chromium DevTools attach to the Deepomatic page on "
                                      "127.0.0.1:9222 (for support only).")},
    {"disable-gpu",
     QT_TRANSLATE_NOOP("CommandLine", "Draw the Deepomatic page without the graphics card "
                                      "(software rendering).")},
    {"enable-gpu",
     QT_TRANSLATE_NOOP("CommandLine", "Use the graphics card again after an automatic switch to "
                                      "software rendering.")},
    {"private",
     QT_TRANSLATE_NOOP("CommandLine", "Private browsing (shared tablets): keep no Deepomatic "
                                      "sign-in, cookies or web storage; sign in at every "
                                      "launch.")},
};

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("Photo-verified interventions with Deepomatic's Work Order Connector."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    for (const OptionSpec &spec : Options) {
        QString description = spec.hidden ? QString() : tr(spec.description);
        // The languages are the ones this build carries, not a list kept by hand.
        if (qstrcmp(spec.name, "lang") == 0)
            description =
                description.arg(AppTranslations::availableLanguages().join(QStringLiteral(", ")));
        QCommandLineOption option(QString::fromLatin1(spec.name), description,
                                  QString::fromLatin1(spec.valueName),
                                  QString::fromLatin1(spec.defaultValue));
        if (spec.hidden)
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        m_parser.addOption(option);
    }
    m_parser.addPositionalArgument(
        QStringLiteral("url"),
        tr("A fieldconnect://callback/ URL, as the system browser passes it when Deepomatic "
           "sends the technician back: handed to the FieldConnect already running for this "
           "user and data directory, which prints one JSON line with its verdict (exit 0: "
           "accepted, 3: refused, 4: no answer in time); with none running, FieldConnect "
           "starts and handles it."),
        QStringLiteral("[url]"));
}

QString CommandLine::languageArgument(const QStringList &arguments)
{
    return earlyValue(arguments, QStringLiteral("--lang"));
}

QString CommandLine::dataDirArgument(const QStringList &arguments)
{
    const QString dir = earlyValue(arguments, QStringLiteral("--data-dir"));
    return dir.isEmpty() ? dir : QDir(dir).absolutePath();
}

QString CommandLine::earlyValue(const QStringList &arguments, const QString &option)
{
    const QString withValue = option + u'=';
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(withValue))
            return arguments.at(i).mid(withValue.size());
    }
    return {};
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Result result;
    auto fail = [&result](const QString &message) {
        result.action = Action::Fail;
        result.text = message;
        return result;
    };
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        result.action = Action::ShowHelp;
        result.text = m_parser.helpText();
        return result;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        result.action = Action::ShowVersion;
        result.text = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                    QCoreApplication::applicationVersion());
        return result;
    }

    AppOptions &o = result.options;
    auto isSet = [this](const char *name) { return m_parser.isSet(QString::fromLatin1(name)); };
    auto value = [this](const char *name) { return m_parser.value(QString::fromLatin1(name)); };

    if (isSet("autopilot") && isSet("create-all"))
        return fail(tr("--autopilot and --create-all cannot be used together."));
    if (isSet("import") && (isSet("autopilot") || isSet("create-all")))
        return fail(tr("--import cannot be used with --autopilot or --create-all."));
    if (isSet("export-diagnostics")
        && (isSet("autopilot") || isSet("create-all") || isSet("import")))
        return fail(tr("--export-diagnostics cannot be used with --autopilot, --create-all or "
                       "--import."));
    if (isSet("hash-pin")
        && (isSet("autopilot") || isSet("create-all") || isSet("import")
            || isSet("export-diagnostics") || isSet("kiosk")))
        return fail(tr("--hash-pin cannot be used with another mode or with --kiosk."));
    if (isSet("kiosk")
        && (isSet("autopilot") || isSet("create-all") || isSet("import")
            || isSet("export-diagnostics")))
        return fail(tr("--kiosk is for the window: it cannot be used with --autopilot, "
                       "--create-all, --import or --export-diagnostics."));
    if (isSet("all-or-nothing") && isSet("good-rows"))
        return fail(tr("--all-or-nothing and --good-rows cannot be used together."));
    if (!isSet("import") && (isSet("all-or-nothing") || isSet("good-rows")))
        return fail(tr("--all-or-nothing and --good-rows go with --import."));
    if (isSet("autopilot"))
        o.mode = AppOptions::Mode::Autopilot;
    else if (isSet("create-all"))
        o.mode = AppOptions::Mode::CreateAll;
    else if (isSet("import"))
        o.mode = AppOptions::Mode::Import;
    else if (isSet("export-diagnostics"))
        o.mode = AppOptions::Mode::ExportDiagnostics;
    else if (isSet("hash-pin"))
        o.mode = AppOptions::Mode::HashPin;
    o.kiosk = isSet("kiosk");
    if (isSet("export-diagnostics"))
        o.diagnosticsFile = QFileInfo(value("export-diagnostics")).absoluteFilePath();
    o.importFile = value("import");
    o.importGoodRows = isSet("good-rows");
    o.sandbox = isSet("sandbox");
    o.useFragment = isSet("use-fragment");
    o.language = value("lang");
    o.autopilotWorkOrder = value("work-order");
    o.devtools = isSet("devtools");
    o.disableGpu = isSet("disable-gpu");
    o.enableGpu = isSet("enable-gpu");
    o.privateBrowsing = isSet("private");
    o.reportReady = isSet("report-ready");

    if (isSet("threshold")) {
        bool ok = false;
        o.threshold = value("threshold").toInt(&ok);
        if (!ok || o.threshold < 0 || o.threshold > 100)
            return fail(
                tr("--threshold: \"%1\" is not an integer from 0 to 100.").arg(value("threshold")));
    }
    if (value("photos") != QLatin1String("all")) {
        bool ok = false;
        o.autopilotPhotos = value("photos").toInt(&ok);
        if (!ok || o.autopilotPhotos < 0)
            return fail(
                tr("--photos: \"%1\" is not \"all\" or a number of photos.").arg(value("photos")));
    }
    if (isSet("lang") && !AppTranslations::availableLanguages().contains(value("lang"))) {
        return fail(tr("--lang: \"%1\" is not one of %2.")
                        .arg(value("lang"),
                             AppTranslations::availableLanguages().join(QStringLiteral(", "))));
    }
    if (isSet("theme")) {
        o.theme = DisplayPreferences::themeNamed(value("theme"));
        if (!o.theme)
            return fail(tr("--theme: \"%1\" is not one of %2.")
                            .arg(value("theme"),
                                 DisplayPreferences::themeNames().join(QStringLiteral(", "))));
    }
    if (isSet("text-size")) {
        o.textSize = DisplayPreferences::textSizeNamed(value("text-size"));
        if (!o.textSize)
            return fail(tr("--text-size: \"%1\" is not one of %2.")
                            .arg(value("text-size"),
                                 DisplayPreferences::textSizeNames().join(QStringLiteral(", "))));
    }
    if (isSet("sandbox-port")) {
        bool ok = false;
        const uint port = value("sandbox-port").toUInt(&ok);
        if (!ok || port > 65535)
            return fail(
                tr("--sandbox-port: \"%1\" is not a port number.").arg(value("sandbox-port")));
        o.sandboxPort = quint16(port);
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 1)
        return fail(tr("only one fieldconnect://callback/ URL may be given; see --help."));
    if (!positional.isEmpty()) {
        const QUrl url(positional.constFirst(), QUrl::StrictMode);
        if (!InstanceMessage::isCallbackUrl(url))
            return fail(tr("\"%1\" is not a fieldconnect://callback/ URL; see --help.")
                            .arg(positional.constFirst().left(200)));
        if (o.mode != AppOptions::Mode::Window)
            return fail(tr("a callback URL cannot be used with --autopilot, --create-all or "
                           "--import."));
        o.callbackUrl = url;
    }
    if (isSet("sandbox-url")) {
        o.sandboxUrl = QUrl(value("sandbox-url"), QUrl::StrictMode);
        // The sandbox's token is public: it may only ever go to this machine.
        const QUrl &u = o.sandboxUrl;
        if (!u.isValid() || !SiteProfile::isLoopbackHost(u.host())
            || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
            || u.port() <= 0 || !u.path(QUrl::FullyEncoded).remove(u'/').isEmpty())
            return fail(tr("--sandbox-url: \"%1\" is not an http(s) URL on loopback with a port "
                           "and no path, e.g. http://127.0.0.1:8080.")
                            .arg(value("sandbox-url")));
        if (o.sandbox)
            return fail(tr("--sandbox-url and --sandbox cannot be used together."));
    }
    if (isSet("config")) {
        o.configFile = value("config");
        if (!QFileInfo(o.configFile).isReadable())
            return fail(tr("--config: cannot read \"%1\".").arg(o.configFile));
    }
    if (isSet("data-dir"))
        o.dataDir = QDir(value("data-dir")).absolutePath();
    if (o.disableGpu && o.enableGpu)
        return fail(tr("--disable-gpu and --enable-gpu cannot be used together."));

    result.action = Action::Run;
    return result;
}

int CommandLine::Result::report() const
{
    switch (action) {
    case Action::Run:
        return 0;
    case Action::ShowHelp:
    case Action::ShowVersion:
        std::fputs(qPrintable(text), stdout);
        std::fflush(stdout);
        return 0;
    case Action::Fail:
        break;
    }
    std::fprintf(stderr, "fieldconnect: %s\n", qPrintable(text));
    return 2;
}
