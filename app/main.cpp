// FieldConnect: command line, scheme registration and wiring. Decisions live in app/core; the
// window in ui/; this file only puts the parts together in the right order.

#include "apitokenloader.h"
#include "autopilot.h"
#include "callbackschemehandler.h"
#include "callbackuri.h"
#include "closurereportsender.h"
#include "connectivity.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "deepomaticclient.h"
#include "demoplanning.h"
#include "deploymentconfig.h"
#include "fallbackcredentialstore.h"
#include "filecredentialstore.h"
#include "firstpaintwatcher.h"
#include "headlesscreation.h"
#include "interventioncontroller.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "outboxrunner.h"
#include "profileregistry.h"
#include "profileswitcher.h"
#include "quitonsignal.h"
#include "renderingguard.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "settingsdialog.h"
#include "systemuser.h"
#include "thumbnailloader.h"
#include "userprofilestore.h"
#include "webprofiles.h"
#include "workorderlistloader.h"
#include "workorderstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// The value of --lang (as "--lang fr" or "--lang=fr"), read before the parser exists so that
// --help is already in the chosen language.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "fieldconnect: %s\n", qPrintable(message));
    return 2;
}

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("fieldconnect"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    const bool autopilot = hasArgument(argc, argv, "--autopilot");
    const bool createAll = hasArgument(argc, argv, "--create-all");
    // Headless QA needs no display; the choice must be made before QApplication exists.
    if ((autopilot || createAll) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    bool rootWithoutWebSandbox = false;
#ifdef Q_OS_UNIX
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        // Chromium refuses to start as root with its sandbox on: run the web view without it
        // rather than not at all, and say so (below, once the language is known).
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        rootWithoutWebSandbox = true;
    }
#endif
    // DevTools give full control of the page (and of a forged callback): off unless asked for,
    // whatever the environment says, and then only on loopback. Chromium reads these at start.
    if (hasArgument(argc, argv, "--devtools")) {
        qputenv("QTWEBENGINE_REMOTE_DEBUGGING", "127.0.0.1:9222");
    } else {
        qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
        QStringList flags = QString::fromLocal8Bit(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"))
                                .split(u' ', Qt::SkipEmptyParts);
        flags.removeIf([](const QString &flag) {
            return flag.startsWith(QLatin1String("--remote-debugging"));
        });
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.join(u' ').toLocal8Bit());
    }
    // Before QApplication: Chromium learns its schemes once, at start.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QCoreApplication::setOrganizationName(QStringLiteral("FieldConnect"));
    QCoreApplication::setApplicationName(QStringLiteral("FieldConnect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDCONNECT_VERSION));

    // Quiet by default; QT_LOGGING_RULES still overrides these for a support session.
    QLoggingCategory::setFilterRules(QStringLiteral("fieldconnect.*.debug=false\n"
                                                    "qt.webenginecontext.info=false"));
    QApplication app(argc, argv);
    // kill, Ctrl+C or a shutdown: the same orderly exit as closing the window.
    const QuitOnSignal quitOnSignal;
    QApplication::setDesktopFileName(QStringLiteral("fieldconnect"));
    installTranslations(app, languageArgument(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Photo-verified interventions with Deepomatic's Work Order Connector."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Run on the built-in sandbox (an emulated Deepomatic "
                                            "site on 127.0.0.1), even if a site is configured."));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("main", "Read the deployment configuration from <file>."),
        QStringLiteral("file"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the database and web data in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"),
        QCoreApplication::translate("main", "Minimum verified progress (0–100) to close."),
        QStringLiteral("percent"));
    const QCommandLineOption fragmentOption(
        QStringLiteral("use-fragment"),
        QCoreApplication::translate("main", "Ask Deepomatic to return results in the URL "
                                            "fragment."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language (en, fr); default: the system's."),
        QStringLiteral("code"));
    const QCommandLineOption autopilotOption(
        QStringLiteral("autopilot"),
        QCoreApplication::translate("main", "Run one intervention headless and print one JSON "
                                            "object per step."));
    const QCommandLineOption workOrderOption(
        QStringLiteral("work-order"),
        QCoreApplication::translate("main", "With --autopilot: the work order to use (default: "
                                            "a fresh copy of a planned one)."),
        QStringLiteral("name"));
    const QCommandLineOption photosOption(
        QStringLiteral("photos"),
        QCoreApplication::translate("main", "With --autopilot: how many photos to take (all or "
                                            "a number)."),
        QStringLiteral("all|N"), QStringLiteral("all"));
    const QCommandLineOption sandboxPortOption(
        QStringLiteral("sandbox-port"),
        QCoreApplication::translate("main", "Port for the sandbox (default: a free one)."),
        QStringLiteral("port"));
    const QCommandLineOption devtoolsOption(
        QStringLiteral("devtools"),
        QCoreApplication::translate("main", "Let Chromium DevTools attach to the Deepomatic page "
                                            "on 127.0.0.1:9222 (for support only)."));
    const QCommandLineOption disableGpuOption(
        QStringLiteral("disable-gpu"),
        QCoreApplication::translate("main", "Draw the Deepomatic page without the graphics card "
                                            "(software rendering)."));
    const QCommandLineOption enableGpuOption(
        QStringLiteral("enable-gpu"),
        QCoreApplication::translate("main", "Use the graphics card again after an automatic "
                                            "switch to software rendering."));
    const QCommandLineOption privateOption(
        QStringLiteral("private"),
        QCoreApplication::translate("main", "Private browsing (shared tablets): keep no "
                                            "Deepomatic sign-in, cookies or web storage; sign in "
                                            "at every launch."));
    const QCommandLineOption sandboxUrlOption(
        QStringLiteral("sandbox-url"),
        QCoreApplication::translate("main", "Use a sandbox that is already running (e.g. "
                                            "fieldconnect-sandbox) at <url>, on loopback."),
        QStringLiteral("url"));
    const QCommandLineOption createAllOption(
        QStringLiteral("create-all"),
        QCoreApplication::translate("main", "Headless: create every planned work order in "
                                            "Deepomatic through the outbox, print one JSON "
                                            "object per step, and exit when the outbox is "
                                            "drained."));
    parser.addOptions({sandboxUrlOption, createAllOption});
    // For the benchmark harness: print one line when the list is first painted, then quit.
    QCommandLineOption reportReadyOption(QStringLiteral("report-ready"));
    reportReadyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(reportReadyOption);
    parser.addOptions({sandboxOption, configOption, dataDirOption, thresholdOption, fragmentOption,
                       langOption, autopilotOption, workOrderOption, photosOption,
                       sandboxPortOption, devtoolsOption, disableGpuOption, enableGpuOption,
                       privateOption});
    parser.process(app);

    if (rootWithoutWebSandbox)
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "fieldconnect: running as root: the web view's sandbox is "
                                 "disabled. Run FieldConnect as a normal user to keep it.")));

    // Validate every option before anything starts.
    int threshold = -1;
    if (parser.isSet(thresholdOption)) {
        bool ok = false;
        threshold = parser.value(thresholdOption).toInt(&ok);
        if (!ok || threshold < 0 || threshold > 100)
            return usageError(QCoreApplication::translate(
                                  "main", "--threshold: \"%1\" is not an integer from 0 to 100.")
                                  .arg(parser.value(thresholdOption)));
    }
    int photos = -1;
    if (parser.value(photosOption) != QLatin1String("all")) {
        bool ok = false;
        photos = parser.value(photosOption).toInt(&ok);
        if (!ok || photos < 0)
            return usageError(QCoreApplication::translate(
                                  "main", "--photos: \"%1\" is not \"all\" or a number of photos.")
                                  .arg(parser.value(photosOption)));
    }
    quint16 sandboxPort = 0;
    if (parser.isSet(sandboxPortOption)) {
        bool ok = false;
        const uint port = parser.value(sandboxPortOption).toUInt(&ok);
        if (!ok || port > 65535)
            return usageError(
                QCoreApplication::translate("main", "--sandbox-port: \"%1\" is not a port number.")
                    .arg(parser.value(sandboxPortOption)));
        sandboxPort = quint16(port);
    }
    for (const QString &argument : parser.positionalArguments()) {
        // The desktop entry makes FieldConnect the fieldconnect:// handler, so a browser may
        // start it with a callback URL. Callbacks are trusted only from the app's own view.
        if (QUrl(argument).scheme() == QLatin1String(CallbackUri::Scheme)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "fieldconnect: ignoring a callback URL received from "
                                     "outside the app; progress is only accepted from the "
                                     "Deepomatic page opened inside FieldConnect.")));
            continue;
        }
        return usageError(
            QCoreApplication::translate("main", "unexpected argument \"%1\"; see --help.")
                .arg(argument));
    }

    QUrl externalSandbox;
    if (parser.isSet(sandboxUrlOption)) {
        externalSandbox = QUrl(parser.value(sandboxUrlOption), QUrl::StrictMode);
        // The sandbox's token is public: it may only ever go to this machine.
        if (!externalSandbox.isValid() || !SiteProfile::isLoopbackHost(externalSandbox.host())
            || (externalSandbox.scheme() != QLatin1String("http")
                && externalSandbox.scheme() != QLatin1String("https"))
            || externalSandbox.port() <= 0
            || !externalSandbox.path(QUrl::FullyEncoded).remove(u'/').isEmpty())
            return usageError(QCoreApplication::translate(
                                  "main", "--sandbox-url: \"%1\" is not an http(s) URL on "
                                          "loopback with a port and no path, e.g. "
                                          "http://127.0.0.1:8080.")
                                  .arg(parser.value(sandboxUrlOption)));
        if (parser.isSet(sandboxOption))
            return usageError(QCoreApplication::translate(
                "main", "--sandbox-url and --sandbox cannot be used together."));
    }

    // Deployment configuration: --config, else the system configuration directory.
    QString configFile = parser.value(configOption);
    if (configFile.isEmpty()) {
        const QString found = QStandardPaths::locate(
            QStandardPaths::GenericConfigLocation, QStringLiteral("FieldConnect/fieldconnect.ini"));
        configFile = found;
    } else if (!QFileInfo(configFile).isReadable()) {
        return usageError(
            QCoreApplication::translate("main", "--config: cannot read \"%1\".").arg(configFile));
    }
    // Read as text, not through QSettings, so that every problem is reported with its line.
    DeploymentConfig deployment;
    if (!configFile.isEmpty()) {
        QFile file(configFile);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(QCoreApplication::translate("main", "%1: cannot read the file: %2")
                                  .arg(configFile, file.errorString()));
        deployment = DeploymentConfig::parse(file.readAll(), configFile);
        if (!deployment.ok())
            return usageError(deployment.errors.join(u'\n'));
    }
    // The user's own profiles (settings dialog) live in the per-user settings, never a token.
    QSettings userSettings;
    UserProfileStore userProfiles(&userSettings);
    const UserProfileStore::Loaded loadedProfiles = userProfiles.load();
    for (const QString &problem : loadedProfiles.errors)
        std::fprintf(
            stderr, "fieldconnect: %s\n",
            qPrintable(QCoreApplication::translate("main", "ignoring a saved site profile: %1")
                           .arg(problem)));
    ProfileRegistry registry;
    registry.setDeploymentProfiles(deployment.profiles);
    registry.setUserProfiles(loadedProfiles.profiles);
    // The user's last choice, else the deployment's, else the first profile.
    if (!registry.setActive(userProfiles.activeProfile()))
        registry.setActive(deployment.activeProfile);
    const bool haveSite = !registry.isEmpty();
    SiteProfile site = registry.active();

    const QString dataDir = parser.isSet(dataDirOption)
                                ? QDir(parser.value(dataDirOption)).absolutePath()
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir))
        return usageError(
            QCoreApplication::translate("main", "cannot create the data directory \"%1\".")
                .arg(dataDir));

    if (parser.isSet(disableGpuOption) && parser.isSet(enableGpuOption))
        return usageError(QCoreApplication::translate(
            "main", "--disable-gpu and --enable-gpu cannot be used together."));
    // Before any web engine object exists: Chromium reads its rendering flags once.
    RenderingGuard rendering(dataDir);
    rendering.decide(parser.isSet(disableGpuOption), parser.isSet(enableGpuOption));
    rendering.applyToEnvironment();
    // Declared before the web profiles, so it runs after they are gone: a clean exit.
    const auto engineStopped = qScopeGuard([&rendering] { rendering.engineStopped(); });
    const QString renderingNotice = rendering.takeNotice();
    if (!renderingNotice.isEmpty() && autopilot)
        std::fprintf(stderr, "fieldconnect: %s\n", qPrintable(renderingNotice));
    // --private, or the deployment's private_browsing for its site (kept when the sandbox
    // replaces the site below).
    const bool privateBrowsing = parser.isSet(privateOption) || site.privateBrowsing;

    // The sandbox when asked, or when no site is configured: the app always has somewhere to
    // connect to, with no account and no network.
    std::unique_ptr<SandboxServer> sandbox;
    if (!externalSandbox.isValid() && (parser.isSet(sandboxOption) || !haveSite)) {
        // The same faults as the standalone fieldconnect-sandbox reads, so a demo can show a
        // bad network; a spec that does not parse is a usage error, not a silent no-fault run.
        QString faultError;
        const SandboxFaults faults =
            SandboxFaults::parse(qEnvironmentVariable("FIELDCONNECT_SANDBOX_FAULTS"), &faultError);
        if (!faultError.isEmpty())
            return usageError(QCoreApplication::translate("main", "FIELDCONNECT_SANDBOX_FAULTS: %1")
                                  .arg(faultError));
        sandbox = std::make_unique<SandboxServer>();
        sandbox->setFaults(faults);
        QDir().mkpath(QDir(dataDir).filePath(QStringLiteral("sandbox")));
        sandbox->setStatePath(QDir(dataDir).filePath(QStringLiteral("sandbox/state.json")));
    }

    WorkOrderStore store;
    if (!store.open(QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite"))))
        return usageError(store.lastError());
    if (sandbox) {
        QString error;
        if (!DemoPlanning::ensureImported(store, sandbox->seededWorkOrders(),
                                          sandbox->siteProfile().id, &error))
            return usageError(error);
    }
    // The list is read on worker threads while the rest of the app (the sandbox first) starts.
    QFuture<WorkOrderRows> workOrders = WorkOrderListLoader::load(store.fileName());

    if (externalSandbox.isValid()) {
        // The built-in seed's site, served by another process.
        const int configuredThreshold = haveSite ? site.threshold : 100;
        const QHash<QString, int> typeThresholds = site.typeThresholds;
        const QUrl closureReports = site.closureReportUrl;
        site = SandboxServer().siteProfile();
        site.studioUrl = externalSandbox;
        site.apiUrl = externalSandbox.resolved(QUrl(QStringLiteral("/v0.2/")));
        site.threshold = configuredThreshold;
        site.typeThresholds = typeThresholds;
        site.closureReportUrl = closureReports;
    } else if (sandbox) {
        if (!sandbox->start(sandboxPort))
            return usageError(QCoreApplication::translate("main", "the sandbox could not start: %1")
                                  .arg(sandbox->errorString()));
        const int configuredThreshold = haveSite ? site.threshold : 100;
        const QHash<QString, int> typeThresholds = site.typeThresholds; // per type, kept too
        const QUrl closureReports = site.closureReportUrl;
        site = sandbox->siteProfile();
        site.threshold = configuredThreshold;
        site.typeThresholds = typeThresholds;
        site.closureReportUrl = closureReports;
    }
    const bool onSandbox = sandbox || externalSandbox.isValid();
    if (onSandbox && site.closureReportUrl.isEmpty()) {
        // The sandbox's back-office receiver, so the demo shows closure reports too.
        site.closureReportUrl =
            site.studioUrl.resolved(QUrl(QStringLiteral("/__backoffice/closures")));
    }
    // Command-line overrides hold for this run, whatever profile is in use.
    auto overridden = [&](SiteProfile p) {
        if (threshold >= 0)
            p.threshold = threshold;
        if (parser.isSet(fragmentOption))
            p.useFragment = true;
        return p;
    };
    if (threshold >= 0 || parser.isSet(fragmentOption)) {
        QList<SiteProfile> deployed;
        for (const SiteProfile &p : std::as_const(deployment.profiles))
            deployed << overridden(p);
        registry.setDeploymentProfiles(deployed);
    }
    site = overridden(site);
    if (onSandbox) {
        // The sandbox is one more profile, and the one in use when it runs.
        registry.setSandboxProfile(site);
        registry.setActive(site.id);
    }

    DeepomaticClient client;
    // Before the outbox resumes what the last run left (it asks whether the site can be searched
    // by name); the profile switcher applies them again on every switch.
    client.setMaxInFlight(site.maxRequestsInFlight);
    client.setLookupByNameSupported(site.lookupByName);
    // A site's token comes from the operating system's credential store. Where the machine has
    // none: a file readable only by the user if the deployment allows it, else the token is
    // asked once per session and kept in memory. Never a settings file, never a log line.
    KeychainCredentialStore keychain(QStringLiteral("FieldConnect"));
    std::unique_ptr<FileCredentialStore> fileStore;
    if (deployment.allowFileCredentialStore)
        fileStore = std::make_unique<FileCredentialStore>(
            QDir(dataDir).filePath(QStringLiteral("credentials")));
    FallbackCredentialStore credentials(&keychain, fileStore.get());
    MemoryCredentialStore sessionTokens;

    // Connectivity: the system's reachability where a backend loads, and every request's fate.
    Connectivity connectivity;
    // A site on loopback (the sandbox) answers whatever the system thinks of the network: a
    // machine with no route at all would otherwise pause the outbox for nothing.
    if (!SiteProfile::isLoopbackHost(site.effectiveApiUrl().host()))
        connectivity.useSystemBackend();
    QObject::connect(&client, &DeepomaticClient::reachabilityObserved, &connectivity,
                     &Connectivity::observe);
    ClosureReportSender reportSender;
    QObject::connect(&reportSender, &ClosureReportSender::reachabilityObserved, &connectivity,
                     &Connectivity::observe);

    if (createAll) {
        // Headless batch creation: no window, no web view; the outbox does the work.
        workOrders.cancel();
        // No window, no profile switcher: the client is set up here for the active site.
        client.setBaseUrl(site.effectiveApiUrl());
        client.setTlsOverrides(site.tlsOverrides);
        if (sandbox) {
            client.setToken(sandbox->apiToken());
        } else if (externalSandbox.isValid()) {
            client.setToken(QString::fromLatin1(SandboxServer::DemoToken));
        } else {
            ApiTokenLoader tokenLoader(&credentials, &client, site);
            tokenLoader.setSessionStore(&sessionTokens);
            QEventLoop waitForToken;
            QObject::connect(&tokenLoader, &ApiTokenLoader::finished, &waitForToken,
                             [&waitForToken](bool haveToken, const QString &message) {
                                 if (!haveToken)
                                     std::fprintf(stderr, "fieldconnect: %s\n",
                                                  qPrintable(message));
                                 waitForToken.exit(haveToken ? 0 : 1);
                             });
            tokenLoader.start(false);
            if (waitForToken.exec() != 0)
                return 1;
        }
        OutboxRunner runner(&store, &client);
        runner.setSite(site);
        runner.setUserName(SystemUser::name());
        runner.setConnectivity(&connectivity);
        runner.setReportSender(&reportSender);
        HeadlessCreation creation(&runner, &store);
        QObject::connect(
            &creation, &HeadlessCreation::finished, &app,
            [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
        creation.start();
        return app.exec();
    }

    WebProfiles profiles(QDir(dataDir).filePath(QStringLiteral("web")));
    profiles.setOffTheRecord(privateBrowsing);
    ConnectorSession session(&profiles);
    QObject::connect(&session, &ConnectorSession::pageCreated, &session,
                     [&rendering] { rendering.engineStarted(); });
    InterventionController controller(&store, &client, &session);
    controller.setUserName(SystemUser::name());
    // Base URL, pinned certificate, token, threshold and connector follow the active profile.
    ProfileSwitcher switcher(&registry, &client, &controller, &session, &credentials,
                             &sessionTokens);
    if (onSandbox)
        switcher.setSandbox(sandbox ? sandbox->apiToken()
                                    : QString::fromLatin1(SandboxServer::DemoToken),
                            [&sandbox](const QString &token) {
                                if (sandbox)
                                    sandbox->setApiToken(token);
                            });
    switcher.applyActive(); // the token follows, below, once it may be asked for
    QObject::connect(&registry, &ProfileRegistry::activeProfileChanged, &registry,
                     [&userProfiles, &sandbox](const SiteProfile &p) {
                         if (p.environment != SiteProfile::Environment::Sandbox || !sandbox)
                             userProfiles.setActiveProfile(p.id);
                     });
    QObject::connect(&registry, &ProfileRegistry::userProfilesChanged, &registry,
                     [&userProfiles](const QList<SiteProfile> &own) { userProfiles.save(own); });
    controller.outboxRunner()->setConnectivity(&connectivity);
    controller.outboxRunner()->setReportSender(&reportSender);

    ThumbnailLoader thumbnails(QDir(dataDir).filePath(QStringLiteral("cache/thumbnails")));
    MainWindow window(&store, &controller, &session);
    window.setThumbnailLoader(&thumbnails);
    if (sandbox) // a real site's types are not listed by the API: taken as written
        window.setKnownWorkOrderTypes(sandbox->workOrderTypes());
    QObject::connect(&window, &MainWindow::settingsRequested, &window, [&] {
        QString note;
        if (credentials.usingFallback())
            note = QCoreApplication::translate(
                       "main", "Warning: this computer has no credential store, and your "
                               "organisation allows API tokens to be kept in a file instead: %1. "
                               "Only your user account can read it, but anyone with access to "
                               "your account or a backup of it can.")
                       .arg(QDir::toNativeSeparators(fileStore->filePath()));
        else if (credentials.primaryUnavailable())
            note = QCoreApplication::translate(
                "main", "This computer has no credential store: API tokens are kept in memory "
                        "for this session only, and asked again at the next start.");
        SettingsDialog dialog(&registry, &credentials, &sessionTokens, note, &window);
        QObject::connect(&dialog, &SettingsDialog::tokenChanged, &switcher,
                         &ProfileSwitcher::reloadToken);
        dialog.exec();
    });

    int exitCode = 0;
    if (autopilot) {
        Autopilot::Options options;
        options.workOrderName = parser.value(workOrderOption);
        options.photos = photos;
        if (sandbox && !sandbox->signInCredentials().isEmpty()) {
            // The sandbox asks for sign-in like the studio: the seeded technician signs in.
            options.signInUser = sandbox->signInCredentials().constFirst().first;
            options.signInPassword = sandbox->signInCredentials().constFirst().second;
        }
        workOrders.cancel();
        window.reload(); // the flow starts from the complete list
        Autopilot pilot(&window, &controller, options);
        {
            // Headless: the token must already be in the credential store (the sandbox's may
            // be, else it uses its demo token).
            QEventLoop waitForToken;
            QObject::connect(&switcher, &ProfileSwitcher::tokenLoaded, &waitForToken,
                             [&waitForToken](bool haveToken, const QString &message) {
                                 if (!haveToken)
                                     std::fprintf(stderr, "fieldconnect: %s\n",
                                                  qPrintable(message));
                                 waitForToken.exit(haveToken ? 0 : 1);
                             });
            switcher.reloadToken(registry.activeId());
            if (waitForToken.exec() != 0)
                return 1;
        }
        // Queued: the flow may end before the event loop has even started.
        QObject::connect(
            &pilot, &Autopilot::finished, &app, [](int code) { QCoreApplication::exit(code); },
            Qt::QueuedConnection);
        window.show();
        pilot.start();
        exitCode = app.exec();
        session.releasePage();
        return exitCode;
    }
    if (parser.isSet(reportReadyOption)) {
        // Ready means the rows are on screen, not the empty window that says "Loading".
        QObject::connect(&window, &MainWindow::workOrdersLoaded, &app, [&window] {
            auto *watcher = new FirstPaintWatcher(window.tableView()->viewport());
            QObject::connect(watcher, &FirstPaintWatcher::painted, qApp, [&window] {
                std::printf("FIELDCONNECT_READY rows=%d\n",
                            window.tableView()->model()->rowCount());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
            window.tableView()->viewport()->update();
        });
    }
    window.showWhenLoaded(workOrders);
    if (!renderingNotice.isEmpty()) {
        // Said where it matters, over the first Deepomatic page shown.
        QObject::connect(
            &controller, &InterventionController::connectorOpened, &window,
            [&window, renderingNotice] { window.connectorView()->showNotice(renderingNotice); },
            Qt::SingleShotConnection);
    }
    QObject::connect(&switcher, &ProfileSwitcher::tokenLoaded, &window,
                     [&window, &credentials](bool, const QString &message) {
                         if (!message.isEmpty())
                             window.statusBar()->showMessage(message);
                         else if (credentials.usingFallback())
                             window.statusBar()->showMessage(QCoreApplication::translate(
                                 "main", "Warning: no credential store on this computer; as your "
                                         "organisation allows, API tokens are stored in a file "
                                         "readable only by you (see Settings)."));
                     });
    switcher.setInteractiveWindow(&window);
    // The credential store may take its time (a D-Bus service starting, a dialog asking for the
    // token): ask it once the list is on screen. Queued requests wait for the token meanwhile.
    // The window icon too: an SVG loads the icon engine and image plugins (~20 ms at start-up).
    QObject::connect(
        &window, &MainWindow::workOrdersLoaded, &switcher,
        [&window, &switcher, &registry] {
            auto *watcher = new FirstPaintWatcher(window.tableView()->viewport());
            QObject::connect(
                watcher, &FirstPaintWatcher::painted, &switcher, [&switcher, &registry] {
                    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fieldconnect.svg")));
                    switcher.reloadToken(registry.activeId());
                });
            window.tableView()->viewport()->update();
        },
        Qt::SingleShotConnection);
    window.show();
    exitCode = app.exec();
    // The page goes before the web profiles so their cookies are flushed to disk.
    session.releasePage();
    return exitCode;
}
