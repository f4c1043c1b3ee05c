#include "fieldconnectapp.h"

#include "apitokenloader.h"
#include "appearance.h"
#include "apptranslations.h"
#include "autopilot.h"
#include "callbackschemehandler.h"
#include "callbackuri.h"
#include "closurereportsender.h"
#include "connectivity.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "deepomaticclient.h"
#include "demoplanning.h"
#include "deploymentsources.h"
#include "diagnosticsexport.h"
#include "displaypreferences.h"
#include "displaysettingsdialog.h"
#include "externalcallbackreceiver.h"
#include "fallbackcredentialstore.h"
#include "filecredentialstore.h"
#include "firstpaintwatcher.h"
#include "headlesscreation.h"
#include "headlessdiagnostics.h"
#include "headlessimport.h"
#include "helpmenu.h"
#include "instanceclient.h"
#include "instanceserver.h"
#include "interventioncontroller.h"
#include "keychaincredentialstore.h"
#include "kiosklock.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "messagelog.h"
#include "outboxrunner.h"
#include "pinhash.h"
#include "pinhasher.h"
#include "planningimporter.h"
#include "profileswitcher.h"
#include "progressrefresher.h"
#include "renderingguard.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "screensaverinhibitor.h"
#include "settingsdialog.h"
#include "systemuser.h"
#include "thumbnailloader.h"
#include "tokendialog.h"
#include "userprofilestore.h"
#include "webprofiles.h"
#include "workorderlistloader.h"
#include "workorderstore.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <string>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcApp, "fieldconnect.app")

namespace {
void printNotice(const QString &text)
{
    std::fprintf(stderr, "fieldconnect: %s\n", qPrintable(text));
}

// A headless mode's error line on stdout, shaped like the autopilot's own.
void printErrorLine(const QString &code, const QString &message)
{
    const QJsonObject line{{QStringLiteral("event"), QStringLiteral("error")},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("message"), message}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void printReplyLine(const InstanceMessage::Reply &reply)
{
    std::printf("%s\n", QJsonDocument(reply.toJson()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    if (!reply.accepted)
        printNotice(reply.message);
}
} // namespace

FieldConnectApp::FieldConnectApp(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    if (m_options.sandbox)
        m_sandbox = std::make_unique<SandboxServer>();
}

FieldConnectApp::~FieldConnectApp()
{
    // The page goes before the web profiles, so their cookies are flushed to disk; the
    // rendering guard hears of a clean exit only once the web engine is gone.
    if (m_session)
        m_session->releasePage();
    m_instance.reset();
    m_external.reset();
    m_window.reset();
    m_thumbnails.reset();
    m_refresher.reset();
    m_planning.reset();
    m_switcher.reset();
    m_controller.reset();
    m_session.reset();
    m_profiles.reset();
    if (m_rendering)
        m_rendering->engineStopped();
}

void FieldConnectApp::setIdentity()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QCoreApplication::setOrganizationName(QStringLiteral("FieldConnect"));
    QCoreApplication::setApplicationName(QStringLiteral("FieldConnect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDCONNECT_VERSION));
}

void FieldConnectApp::prepareProcess(const AppOptions &options)
{
    // Headless QA needs no display; the choice must be made before QApplication exists.
    if (options.isHeadless() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    if (options.needsWidgets() && geteuid() == 0
        && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        // Chromium refuses to start as root with its sandbox on: run the web view without it
        // rather than not at all, and say so.
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        printNotice(tr("running as root: the web view's sandbox is disabled. Run FieldConnect "
                       "as a normal user to keep it."));
    }
#if !defined(Q_OS_MACOS)
    // With --data-dir everything the run writes lives there. Qt 6.4's web profile writes its
    // first preferences under the application data location before it is given its own
    // storage path: that location moves into the data directory too.
    if (!options.dataDir.isEmpty())
        qputenv("XDG_DATA_HOME",
                QDir(options.dataDir).absoluteFilePath(QStringLiteral("share")).toLocal8Bit());
#endif
#endif
    // DevTools give full control of the page (and of a forged callback): off unless asked for,
    // whatever the environment says, and then only on loopback. Chromium reads these at start.
    if (options.devtools) {
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
    // Quiet by default; QT_LOGGING_RULES still overrides these for a support session.
    QLoggingCategory::setFilterRules(QStringLiteral("fieldconnect.*.debug=false\n"
                                                    "qt.webenginecontext.info=false"));
}

QString FieldConnectApp::dataDirFor(const AppOptions &options)
{
    return !options.dataDir.isEmpty()
               ? options.dataDir
               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString FieldConnectApp::instanceServerName(const QString &dataDir)
{
    // Two spellings of one directory (a symbolic link, "..") are one instance.
    const QFileInfo info(dataDir);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
#ifdef Q_OS_WIN
    const QString runtimeDir; // a named pipe: no path
#else
    const QString runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
#endif
    return InstanceMessage::serverName(SystemUser::name(), canonical, runtimeDir);
}

std::unique_ptr<QSettings> FieldConnectApp::openUserSettings(const QString &dataDir)
{
    // With --data-dir, in that directory, like everything else the run writes.
    if (dataDir.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("settings.ini")),
                                       QSettings::IniFormat);
}

QString FieldConnectApp::savedLanguage(const QString &dataDir)
{
    const std::unique_ptr<QSettings> settings = openUserSettings(dataDir);
    const QString language = DisplayPreferences(settings.get()).load().language;
    // What this build cannot show is reported by start(), once the log is open.
    return AppTranslations::availableLanguages().contains(language) ? language : QString();
}

std::optional<int> FieldConnectApp::handToRunningInstance(const AppOptions &options)
{
    if (!options.callbackUrl.isValid())
        return std::nullopt;
    const InstanceClient::Result sent =
        InstanceClient::send(instanceServerName(dataDirFor(options)), options.callbackUrl);
    if (sent.outcome == InstanceClient::Outcome::NoInstance)
        return std::nullopt;
    printReplyLine(sent.reply);
    if (sent.outcome == InstanceClient::Outcome::NoAnswer)
        return NoAnswer;
    return sent.reply.accepted ? CallbackAccepted : CallbackRefused;
}

bool FieldConnectApp::onSandbox() const
{
    return m_sandbox || m_options.sandboxUrl.isValid();
}

QString FieldConnectApp::logFile() const
{
    return m_log ? m_log->filePath() : QString();
}

CredentialStore *FieldConnectApp::sessionTokens() const
{
    return m_sessionTokens.get();
}

bool FieldConnectApp::start(QString *error)
{
    if (!readConfiguration(error) || !openData(error) || !startSandbox(error))
        return false;
    applyCommandLineOverrides();

    const SiteProfile site = m_registry.active();
    m_client = std::make_unique<DeepomaticClient>();
    // Before the outbox resumes what the last run left (it asks whether the site can be searched
    // by name); the profile switcher applies them again on every switch.
    m_client->setMaxInFlight(site.maxRequestsInFlight);
    m_client->setLookupByNameSupported(site.lookupByName);

    // A site's token comes from the operating system's credential store. Where the machine has
    // none: a file readable only by the user if the deployment allows it, else the token is
    // asked once per session and kept in memory. Never a settings file, never a log line.
    if (!m_systemStore) {
        m_keychain = std::make_unique<KeychainCredentialStore>(QStringLiteral("FieldConnect"));
        m_systemStore = m_keychain.get();
    }
    if (m_deployment.allowFileCredentialStore)
        m_fileStore = std::make_unique<FileCredentialStore>(
            QDir(m_dataDir).filePath(QStringLiteral("credentials")));
    m_credentials = std::make_unique<FallbackCredentialStore>(m_systemStore, m_fileStore.get());
    m_sessionTokens = std::make_unique<MemoryCredentialStore>();

    // Connectivity: the system's reachability where a backend loads, and every request's fate.
    m_connectivity = std::make_unique<Connectivity>();
    // A site on loopback (the sandbox) answers whatever the system thinks of the network: a
    // machine with no route at all would otherwise pause the outbox for nothing.
    if (!SiteProfile::isLoopbackHost(site.effectiveApiUrl().host()))
        m_connectivity->useSystemBackend();
    connect(m_client.get(), &DeepomaticClient::reachabilityObserved, m_connectivity.get(),
            &Connectivity::observe);
    m_reportSender = std::make_unique<ClosureReportSender>();
    connect(m_reportSender.get(), &ClosureReportSender::reachabilityObserved, m_connectivity.get(),
            &Connectivity::observe);

    // From now on, the profile the user chooses is the one the next run starts with (the
    // sandbox's included); the choice made by start-up itself (--sandbox) is not remembered.
    connect(&m_registry, &ProfileRegistry::activeProfileChanged, this,
            [this](const SiteProfile &p) { m_userProfiles->setActiveProfile(p.id); });
    connect(&m_registry, &ProfileRegistry::userProfilesChanged, this,
            [this](const QList<SiteProfile> &own) { m_userProfiles->save(own); });
    return true;
}

bool FieldConnectApp::readConfiguration(QString *error)
{
    // The user-level file under what the organisation set for the machine (DeploymentSources).
    m_deployment = DeploymentSources::read(m_options.configFile);
    m_deploymentFile = DeploymentSources::userFile(m_options.configFile);
    m_systemDeploymentFile = DeploymentSources::systemFile();
    if (!m_deployment.ok()) {
        *error = m_deployment.errors.join(u'\n');
        return false;
    }
    // What the organisation set holds on the command line too, unless the key allows it.
    struct Override {
        bool given;
        const char *option;
        const char *key;
    };
    for (const Override &o :
         {Override{m_options.threshold >= 0, "--threshold", "threshold"},
          Override{m_options.useFragment, "--use-fragment", "use_fragment"},
          Override{m_options.privateBrowsing, "--private", "private_browsing"},
          Override{m_options.sandbox, "--sandbox", "active_profile"},
          Override{m_options.sandboxUrl.isValid(), "--sandbox-url", "active_profile"}}) {
        const QString refused =
            o.given ? m_deployment.commandLineRefusal(QLatin1String(o.option), QLatin1String(o.key))
                    : QString();
        if (!refused.isEmpty()) {
            *error = refused;
            return false;
        }
    }
    // The user's own profiles (settings dialog) live in the per-user settings, never a token;
    // with --data-dir, in that directory, like everything else the run writes.
    m_userSettings = openUserSettings(m_options.dataDir);
    m_userProfiles = std::make_unique<UserProfileStore>(m_userSettings.get());
    m_display = std::make_unique<DisplayPreferences>(m_userSettings.get());
    const DisplayPreferences::Loaded display = m_display->load();
    m_displayProblems = display.problems;
    if (!display.language.isEmpty()
        && !AppTranslations::availableLanguages().contains(display.language))
        m_displayProblems << tr("the saved interface language \"%1\" is not one of %2; using "
                                "the system's.")
                                 .arg(display.language, AppTranslations::availableLanguages().join(
                                                            QStringLiteral(", ")));
    const UserProfileStore::Loaded loaded = m_userProfiles->load();
    for (const QString &problem : loaded.errors)
        printNotice(tr("ignoring a saved site profile: %1").arg(problem));
    m_registry.setDeploymentProfiles(m_deployment.profiles);
    m_registry.setUserProfiles(loaded.profiles);
    m_registry.setManaged(m_deployment.managed);
    // The organisation's choice, else the user's last one, else the deployment's, else the
    // first profile.
    const QString activeManaged =
        m_deployment.managedBy(QString(), QStringLiteral("active_profile"));
    if (!activeManaged.isEmpty())
        m_registry.lockActive(m_deployment.activeProfile, activeManaged);
    else if (!m_registry.setActive(m_userProfiles->activeProfile()))
        m_registry.setActive(m_deployment.activeProfile);
    m_haveSite = !m_registry.isEmpty();
    // The sandbox, when it was the profile in use at the end of the last run.
    m_sandboxRemembered =
        activeManaged.isEmpty() && m_userProfiles->activeProfile() == SandboxServer::ProfileId;
    return true;
}

bool FieldConnectApp::openData(QString *error)
{
    m_dataDir = dataDirFor(m_options);
    if (!QDir().mkpath(m_dataDir)) {
        *error = tr("cannot create the data directory \"%1\".").arg(m_dataDir);
        return false;
    }
    // Support's record of what happened; the app runs on without it when it cannot be written.
    m_log = std::make_unique<MessageLog>(m_dataDir);
    QString logError;
    if (!m_log->install(&logError)) {
        printNotice(tr("no log file: %1").arg(logError));
        m_log.reset();
    }
    qCInfo(lcApp).noquote() << "FieldConnect" << QCoreApplication::applicationVersion() << "on Qt"
                            << qVersion() << "started; data in" << m_dataDir;
    for (const QString &warning : std::as_const(m_deployment.warnings))
        qCWarning(lcApp).noquote() << warning;
    for (const QString &problem : std::as_const(m_displayProblems))
        qCWarning(lcApp).noquote() << "display settings:" << problem;
    // Before any web engine object exists: Chromium reads its rendering flags once.
    m_rendering = std::make_unique<RenderingGuard>(m_dataDir);
    m_rendering->decide(m_options.disableGpu, m_options.enableGpu);
    m_rendering->applyToEnvironment();
    m_renderingNotice = m_rendering->takeNotice();
    if (!m_renderingNotice.isEmpty() && m_options.mode == AppOptions::Mode::Autopilot)
        printNotice(m_renderingNotice);

    // The sandbox when asked, when it was in use at the end of the last run, or when no site is
    // configured: the app always has somewhere to connect to, with no account and no network.
    if (!m_sandbox && !m_options.sandboxUrl.isValid() && (!m_haveSite || m_sandboxRemembered))
        m_sandbox = std::make_unique<SandboxServer>();
    if (m_sandbox) {
        // The same faults as the standalone fieldconnect-sandbox reads, so a demo can show a
        // bad network; a spec that does not parse is a usage error, not a silent no-fault run.
        QString faultError;
        const SandboxFaults faults =
            SandboxFaults::parse(qEnvironmentVariable("FIELDCONNECT_SANDBOX_FAULTS"), &faultError);
        if (!faultError.isEmpty()) {
            *error = tr("FIELDCONNECT_SANDBOX_FAULTS: %1").arg(faultError);
            return false;
        }
        m_sandbox->setFaults(faults);
        QDir().mkpath(QDir(m_dataDir).filePath(QStringLiteral("sandbox")));
        m_sandbox->setStatePath(QDir(m_dataDir).filePath(QStringLiteral("sandbox/state.json")));
    }

    m_store = std::make_unique<WorkOrderStore>();
    if (!m_store->open(QDir(m_dataDir).filePath(QStringLiteral("fieldconnect.sqlite")))) {
        *error = m_store->lastError();
        return false;
    }
    if (m_sandbox && m_options.demoPlanning
        && !DemoPlanning::ensureImported(*m_store, m_sandbox->seededWorkOrders(),
                                         m_sandbox->siteProfile().id, error))
        return false;
    // The list (of the profile about to be in use) is read on worker threads while the rest of
    // the app, the sandbox first, starts.
    if (m_options.mode == AppOptions::Mode::Window)
        m_workOrders = WorkOrderListLoader::load(
            m_store->fileName(),
            onSandbox() ? QString::fromLatin1(SandboxServer::ProfileId) : m_registry.activeId());
    return true;
}

SiteProfile FieldConnectApp::sandboxProfile() const
{
    SiteProfile site;
    if (m_sandbox) {
        site = m_sandbox->siteProfile();
    } else {
        // The built-in seed's site, served by another process.
        site = SandboxServer().siteProfile();
        site.studioUrl = m_options.sandboxUrl;
        site.apiUrl = m_options.sandboxUrl.resolved(QUrl(QStringLiteral("/v0.2/")));
    }
    // As it ships, whatever another profile says: only the command line changes it for a run.
    // Its back-office receiver, so the demo shows closure reports too.
    site.closureReportUrl = site.studioUrl.resolved(QUrl(QStringLiteral("/__backoffice/closures")));
    return site;
}

bool FieldConnectApp::startSandbox(QString *error)
{
    if (m_sandbox && !m_sandbox->start(m_options.sandboxPort)) {
        *error = tr("the sandbox could not start: %1").arg(m_sandbox->errorString());
        return false;
    }
    if (onSandbox()) {
        // The sandbox is one more profile, and the one in use when it runs.
        const SiteProfile site = overridden(sandboxProfile());
        m_registry.setSandboxProfile(site);
        m_registry.setActive(site.id);
    }
    return true;
}

SiteProfile FieldConnectApp::overridden(SiteProfile profile) const
{
    // Command-line overrides hold for this run, whatever profile is in use.
    if (m_options.threshold >= 0)
        profile.threshold = m_options.threshold;
    if (m_options.useFragment)
        profile.useFragment = true;
    return profile;
}

void FieldConnectApp::applyCommandLineOverrides()
{
    if (m_options.threshold < 0 && !m_options.useFragment)
        return;
    QList<SiteProfile> deployed;
    for (const SiteProfile &p : std::as_const(m_deployment.profiles))
        deployed << overridden(p);
    m_registry.setDeploymentProfiles(deployed);
}

void FieldConnectApp::launch()
{
    if (m_launched)
        return;
    m_launched = true;
    m_profiles = std::make_unique<WebProfiles>(QDir(m_dataDir).filePath(QStringLiteral("web")));
    // --private for every profile; a profile's own private_browsing for itself.
    m_profiles->setOffTheRecord(m_options.privateBrowsing);
    m_session = std::make_unique<ConnectorSession>(m_profiles.get());
    connect(m_session.get(), &ConnectorSession::pageCreated, this,
            [this] { m_rendering->engineStarted(); });
    m_controller =
        std::make_unique<InterventionController>(m_store.get(), m_client.get(), m_session.get());
    m_controller->setUserName(SystemUser::name());
    // Base URL, pinned certificate, token, threshold and connector follow the active profile.
    m_switcher = std::make_unique<ProfileSwitcher>(&m_registry, m_client.get(), m_controller.get(),
                                                   m_session.get(), m_credentials.get(),
                                                   m_sessionTokens.get());
    if (onSandbox())
        m_switcher->setSandbox(m_sandbox ? m_sandbox->apiToken()
                                         : QString::fromLatin1(SandboxServer::DemoToken),
                               [this](const QString &token) {
                                   if (m_sandbox)
                                       m_sandbox->setApiToken(token);
                               });
    connect(m_switcher.get(), &ProfileSwitcher::tokenLoaded, this, &FieldConnectApp::tokenLoaded);
    m_switcher->applyActive(); // the token follows, once it may be asked for
    m_controller->setConnectivity(m_connectivity.get());
    m_controller->outboxRunner()->setReportSender(m_reportSender.get());

    createPlanningImporter();
    connect(m_controller.get(), &InterventionController::siteChanged, m_planning.get(),
            [this](const SiteProfile &site) { m_planning->setSiteProfile(site.id); });
    m_refresher = std::make_unique<ProgressRefresher>(m_controller.get());
    m_external = std::make_unique<ExternalCallbackReceiver>(m_session.get(), m_controller.get());
    if (m_options.needsWidgets()) {
        listenForOtherProcesses();
        createWindow();
    }
}

void FieldConnectApp::listenForOtherProcesses()
{
    // A second `fieldconnect fieldconnect://callback/…` (the browser following the callback of
    // a connector opened outside the app) hands its URL over here.
    m_instance = std::make_unique<InstanceServer>();
    m_instance->setHandler([this](const QUrl &url) { return m_external->receive(url); });
    QString error;
    if (!m_instance->listen(instanceServerName(m_dataDir), &error)) {
        qCWarning(lcApp).noquote() << "no single-instance socket:" << error;
        m_instance.reset();
    }
}

void FieldConnectApp::handleOwnCallbackUrl()
{
    if (!m_options.callbackUrl.isValid())
        return;
    // No other instance took it: this one judges it, by the same rules (a fresh start has no
    // launch open, so it says so rather than dropping it in silence).
    QTimer::singleShot(0, this,
                       [this] { printReplyLine(m_external->receive(m_options.callbackUrl)); });
}

void FieldConnectApp::createPlanningImporter()
{
    m_planning = std::make_unique<PlanningImporter>(m_store.get());
    m_planning->setUserName(SystemUser::name());
    m_planning->setSiteProfile(m_registry.activeId());
    if (m_sandbox) // a real site's types are not listed by the API: taken as written
        m_planning->setKnownTypes(m_sandbox->workOrderTypes());
}

void FieldConnectApp::createWindow()
{
    applyAppearance(); // before the first widget, so that none is drawn twice
    m_thumbnails = std::make_unique<ThumbnailLoader>(
        m_client.get(), QDir(m_dataDir).filePath(QStringLiteral("cache/thumbnails")));
    MainWindow::Flows flows;
    flows.store = m_store.get();
    flows.intervention = m_controller.get();
    flows.session = m_session.get();
    flows.outbox = m_controller->outboxRunner();
    flows.connectivity = m_connectivity.get();
    flows.planning = m_planning.get();
    flows.refresher = m_refresher.get();
    m_window = std::make_unique<MainWindow>(flows);
    m_window->setThumbnailLoader(m_thumbnails.get());
    m_window->restoreLayout(m_userSettings.get());
    new HelpMenu(diagnostics(), m_window.get()); // the window's child, last in its menu bar
    connect(m_window.get(), &MainWindow::settingsRequested, this, &FieldConnectApp::openSettings);
    connect(m_window.get(), &MainWindow::displaySettingsRequested, this,
            &FieldConnectApp::openDisplaySettings);
}

void FieldConnectApp::openSettings()
{
    QString note;
    if (m_credentials->usingFallback())
        note = tr("Warning: this computer has no credential store, and your organisation allows "
                  "API tokens to be kept in a file instead: %1. Only your user account can read "
                  "it, but anyone with access to your account or a backup of it can.")
                   .arg(QDir::toNativeSeparators(m_fileStore->filePath()));
    else if (m_credentials->primaryUnavailable())
        note = tr("This computer has no credential store: API tokens are kept in memory for this "
                  "session only, and asked again at the next start.");
    SettingsDialog dialog(&m_registry, m_credentials.get(), m_sessionTokens.get(), note,
                          m_window.get());
    connect(&dialog, &SettingsDialog::tokenChanged, m_switcher.get(),
            &ProfileSwitcher::reloadToken);
    dialog.exec();
}

void FieldConnectApp::applyAppearance()
{
    const DisplayPreferences::Loaded chosen = m_display->load();
    Appearance::apply(m_options.theme.value_or(chosen.theme),
                      m_options.textSize.value_or(chosen.textSize));
}

void FieldConnectApp::openDisplaySettings()
{
    DisplayPreferences::Loaded current = m_display->load();
    // What this run shows, the command line's choice included.
    current.theme = Appearance::currentTheme();
    current.textSize = Appearance::currentTextSize();
    DisplaySettingsDialog dialog(current, AppTranslations::availableLanguages(), m_window.get());
    connect(&dialog, &DisplaySettingsDialog::themeChosen, this,
            [this](DisplayPreferences::Theme theme) {
                m_display->setTheme(theme);
                Appearance::apply(theme, Appearance::currentTextSize());
            });
    connect(&dialog, &DisplaySettingsDialog::textSizeChosen, this,
            [this](DisplayPreferences::TextSize size) {
                m_display->setTextSize(size);
                Appearance::apply(Appearance::currentTheme(), size);
            });
    connect(&dialog, &DisplaySettingsDialog::languageChosen, this,
            [this](const QString &code) { m_display->setLanguage(code); });
    dialog.exec();
}

void FieldConnectApp::afterFirstPaint(std::function<void()> then)
{
    // Painted means the rows are on screen, not the empty window that says "Loading".
    connect(
        m_window.get(), &MainWindow::workOrdersLoaded, this,
        [this, then = std::move(then)] {
            auto *watcher = new FirstPaintWatcher(m_window->tableView()->viewport());
            connect(watcher, &FirstPaintWatcher::painted, this, then);
            m_window->tableView()->viewport()->update();
        },
        Qt::SingleShotConnection);
}

bool FieldConnectApp::waitForToken()
{
    // Headless: the token must already be in the credential store (the sandbox's may be, else
    // it uses its demo token).
    QEventLoop loop;
    connect(
        m_switcher.get(), &ProfileSwitcher::tokenLoaded, &loop,
        [this, &loop](bool haveToken, const QString &message) {
            if (!haveToken) {
                const QString text =
                    !message.isEmpty()
                        ? message
                        : tr("There is no API token for %1.").arg(m_registry.active().displayName);
                printErrorLine(QStringLiteral("no_token"), text);
                printNotice(text);
            }
            loop.exit(haveToken ? 0 : 1);
        });
    m_switcher->reloadToken(m_registry.activeId());
    return loop.exec() == 0;
}

int FieldConnectApp::exec()
{
    // A planning import needs the store and the site's rules only: no web engine, no token.
    if (m_options.mode == AppOptions::Mode::Import)
        return execImport();
    if (m_options.mode == AppOptions::Mode::ExportDiagnostics)
        return execExportDiagnostics();
    launch();
    switch (m_options.mode) {
    case AppOptions::Mode::Autopilot:
        return execAutopilot();
    case AppOptions::Mode::CreateAll:
        return execCreateAll();
    case AppOptions::Mode::Import:
    case AppOptions::Mode::ExportDiagnostics:
    case AppOptions::Mode::HashPin:
    case AppOptions::Mode::Window:
        break;
    }
    return execWindow();
}

int FieldConnectApp::execCreateAll()
{
    // Headless batch creation: no window, no web view; the outbox does the work.
    if (!waitForToken())
        return 1;
    HeadlessCreation creation(m_controller->outboxRunner(), m_store.get());
    // Queued: the outbox may be drained before the event loop has even started.
    connect(
        &creation, &HeadlessCreation::finished, this,
        [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    creation.start();
    return QCoreApplication::exec();
}

int FieldConnectApp::execImport()
{
    if (!m_planning)
        createPlanningImporter();
    HeadlessImport headless(m_planning.get(), m_options.importGoodRows
                                                  ? PlanningImport::Mode::GoodRowsOnly
                                                  : PlanningImport::Mode::AllOrNothing);
    // Queued: the exit code may be known before the event loop has even started.
    connect(
        &headless, &HeadlessImport::finished, this, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    headless.start(m_options.importFile);
    return QCoreApplication::exec();
}

DiagnosticsExport *FieldConnectApp::diagnostics()
{
    if (!m_diagnostics) {
        DiagnosticsExport::Sources sources;
        sources.dataDir = m_dataDir;
        sources.logDir = MessageLog::directory(m_dataDir);
        sources.deploymentFile = m_deploymentFile;
        sources.systemDeploymentFile = m_systemDeploymentFile;
        sources.userSettings = m_userSettings.get();
        sources.registry = &m_registry;
        sources.store = m_store.get();
        sources.credentialStores = {m_credentials.get(), m_sessionTokens.get()};
        sources.knownSecrets << QString::fromLatin1(SandboxServer::DemoToken);
        if (m_sandbox)
            sources.knownSecrets << m_sandbox->apiToken();
        m_diagnostics = std::make_unique<DiagnosticsExport>(sources);
    }
    return m_diagnostics.get();
}

int FieldConnectApp::execExportDiagnostics()
{
    // Nothing but what the archive reads: no web engine, no window, no token for the API.
    HeadlessDiagnostics headless(diagnostics());
    connect(
        &headless, &HeadlessDiagnostics::finished, this,
        [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    headless.start(m_options.diagnosticsFile);
    return QCoreApplication::exec();
}

int FieldConnectApp::execAutopilot()
{
    Autopilot::Options options;
    options.workOrderName = m_options.autopilotWorkOrder;
    options.photos = m_options.autopilotPhotos;
    if (m_sandbox && !m_sandbox->signInCredentials().isEmpty()) {
        // The sandbox asks for sign-in like the studio: the seeded technician signs in.
        options.signInUser = m_sandbox->signInCredentials().constFirst().first;
        options.signInPassword = m_sandbox->signInCredentials().constFirst().second;
    }
    m_window->reload(); // the flow starts from the complete list
    Autopilot pilot(m_window.get(), m_controller.get(), options);
    if (!waitForToken())
        return 1;
    // Queued: the flow may end before the event loop has even started.
    connect(
        &pilot, &Autopilot::finished, this, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    m_window->show();
    pilot.start();
    const int exitCode = QCoreApplication::exec();
    m_session->releasePage();
    return exitCode;
}

bool FieldConnectApp::kioskWanted() const
{
    return m_options.kiosk || m_deployment.kioskEnabled;
}

int FieldConnectApp::execHashPin()
{
    std::string line;
#ifdef Q_OS_UNIX
    // Typed at a terminal: asked for, and not shown on the screen as it is typed.
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(tr("Supervisor PIN (4 to 12 digits): ")), stderr);
        std::fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
#endif
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
#endif
    const QString pin = QString::fromLocal8Bit(line.data(), qsizetype(line.size())).trimmed();
    const QString problem = PinHash::pinProblem(pin);
    if (!problem.isEmpty()) {
        printNotice(tr("--hash-pin: %1 on standard input.").arg(problem));
        return 2;
    }
    std::printf("pin_hash = %s\n", qPrintable(PinHasher::hash(pin).toString()));
    std::fflush(stdout);
    return 0;
}

void FieldConnectApp::showWindow()
{
    // For a person: the screen stays on while they work on the Deepomatic page, kiosk or not.
    m_screenSaver = std::make_unique<ScreenSaverInhibitor>();
    connect(m_window.get(), &MainWindow::connectorShownChanged, m_screenSaver.get(),
            [this](bool shown) {
                if (shown)
                    m_screenSaver->inhibit(tr("An intervention is open in Deepomatic"));
                else
                    m_screenSaver->release();
            });
    if (kioskWanted()) {
        m_kiosk = std::make_unique<KioskLock>(m_deployment.kioskPin);
        m_window->enterKiosk(m_kiosk.get());
        // What would open another program is not offered to whoever stands at the kiosk.
        if (auto *openLogs = m_window->findChild<QAction *>(QStringLiteral("openLogFolderAction")))
            openLogs->setVisible(false);
        if (m_deployment.kioskPin.isNull())
            qCWarning(lcApp) << "kiosk mode with no [kiosk] pin_hash: it cannot be left from "
                                "the window";
    }
    if (m_options.reportReady) {
        // For the benchmark harness: one line when the rows are on screen, then quit.
        afterFirstPaint([this] {
            std::printf("FIELDCONNECT_READY rows=%d\n", m_window->tableView()->model()->rowCount());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    m_window->showWhenLoaded(m_workOrders);
    if (!m_renderingNotice.isEmpty()) {
        // Said where it matters, over the first Deepomatic page shown.
        connect(
            m_controller.get(), &InterventionController::connectorOpened, m_window.get(),
            [this] { m_window->connectorView()->showNotice(m_renderingNotice); },
            Qt::SingleShotConnection);
    }
    connect(m_switcher.get(), &ProfileSwitcher::tokenLoaded, m_window.get(),
            [this](bool, const QString &message) {
                if (!message.isEmpty())
                    m_window->statusBar()->showMessage(message);
                else if (m_credentials->usingFallback())
                    m_window->statusBar()->showMessage(
                        tr("Warning: no credential store on this computer; as your organisation "
                           "allows, API tokens are stored in a file readable only by you (see "
                           "Settings)."));
            });
    m_switcher->setTokenPrompt([this](const ApiTokenLoader::Request &request) {
        return TokenDialog::ask(m_window.get(), request);
    });
    // The credential store may take its time (a D-Bus service starting, a dialog asking for the
    // token): ask it once the list is on screen. Queued requests wait for the token meanwhile.
    // The window icon too: an SVG loads the icon engine and image plugins (~20 ms at start-up).
    afterFirstPaint([this] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fieldconnect.svg")));
        m_switcher->reloadToken(m_registry.activeId());
    });
    if (m_kiosk)
        m_window->showFullScreen();
    else
        m_window->show();
}

int FieldConnectApp::execWindow()
{
    showWindow();
    handleOwnCallbackUrl();
    const int exitCode = QCoreApplication::exec();
    m_session->releasePage();
    return exitCode;
}
