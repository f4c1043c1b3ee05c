#pragma once

#include "appoptions.h"
#include "deploymentconfig.h"
#include "profileregistry.h"
#include "siteprofile.h"
#include "workorderrows.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

class ApiTokenLoader;
class Autopilot;
class ClosureReportSender;
class Connectivity;
class ConnectorSession;
class CredentialStore;
class DeepomaticClient;
class ExternalCallbackReceiver;
class DiagnosticsExport;
class DisplayPreferences;
class FallbackCredentialStore;
class FileCredentialStore;
class HeadlessCreation;
class InstanceServer;
class InterventionController;
class KeychainCredentialStore;
class KioskLock;
class MainWindow;
class MemoryCredentialStore;
class MessageLog;
class PlanningImporter;
class ProgressRefresher;
class ProfileSwitcher;
class QSettings;
class RenderingGuard;
class SandboxServer;
class ScreenSaverInhibitor;
class ThumbnailLoader;
class UserProfileStore;
class WebProfiles;
class WorkOrderStore;

// FieldConnect, one run of it: owns every part in start-up order (so they go in the reverse
// order: the window, then the flows, then the page before its web profile, then the store),
// built from the options CommandLine checked. The product's main() and the tests' rigs build
// this same object.
//
//   FieldConnectApp app(options);
//   if (!app.start(&error)) ...   // configuration, data, sandbox, store, client, credentials
//   app.launch();                 // web profiles, flows, window: what the mode needs
//   return app.exec();            // the window, the autopilot or the headless creation
class FieldConnectApp : public QObject
{
    Q_OBJECT
public:
    explicit FieldConnectApp(const AppOptions &options, QObject *parent = nullptr);
    ~FieldConnectApp() override;

    // The program's name, organisation and version, and the attributes Qt reads when the
    // application object is created: before the first QCoreApplication.
    static void setIdentity();
    // Before QApplication: what Chromium reads once at start (the platform of a headless run,
    // its sandbox when running as root, DevTools, the callback scheme). Prints, in the
    // installed language, what the user should know about it.
    static void prepareProcess(const AppOptions &options);

    // Exit codes of a process started with a callback URL that a running instance answered.
    enum HandOverExit { CallbackAccepted = 0, CallbackRefused = 3, NoAnswer = 4 };
    // The local socket of the FieldConnect running for this user and this data directory.
    static QString instanceServerName(const QString &dataDir);
    // The data directory a run with these options uses (absolute).
    static QString dataDirFor(const AppOptions &options);
    // With a callback URL in the options: hands it to the running instance, prints its verdict
    // (one JSON line on stdout, the message on stderr when refused) and gives the exit code.
    // Nothing when no instance runs: this process starts and handles the URL itself.
    static std::optional<int> handToRunningInstance(const AppOptions &options);
    // The user's settings for a data directory (empty: the platform's per-user settings).
    static std::unique_ptr<QSettings> openUserSettings(const QString &dataDir);
    // The interface language chosen in the display settings, if this build carries it; empty
    // for the system's. Read before the application object exists, for main()'s translations.
    static QString savedLanguage(const QString &dataDir);

    // Before start(): the operating system's credential store instead of the keychain (tests;
    // not owned).
    void setSystemCredentialStore(CredentialStore *store) { m_systemStore = store; }

    // Reads the deployment and the user's profiles, opens the data directory and the store,
    // starts the sandbox when it is to run, and sets up the API client and the credential
    // stores. False with *error, a message for the user, when something given is wrong.
    bool start(QString *error);
    // After start(): the web profiles, the intervention flow and the profile switcher, and for
    // a person or the autopilot the window (shown when the list is read).
    void launch();
    // After launch(), for a person: the window shows, its list read in the background, then
    // the token is looked for (and asked for when missing). exec() does it in Mode::Window.
    void showWindow();
    // Runs the mode to its end and returns the process's exit code.
    int exec();
    // --hash-pin: reads a PIN from standard input (not echoed on a terminal), prints the
    // deployment file's "pin_hash = …" line; 0, or 2 with the reason when it is not a PIN. Needs
    // no application object's start(): no configuration, no data directory.
    static int execHashPin();

    const AppOptions &options() const { return m_options; }
    QString dataDir() const { return m_dataDir; }
    // <data dir>/logs/fieldconnect.log once start() opened the data directory, else empty.
    QString logFile() const;
    // The sandbox this process serves (created with the app when options().sandbox, so that
    // its sign-in mode, TLS or faults can be set before start()), or null.
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    bool onSandbox() const;
    ProfileRegistry *registry() { return &m_registry; }
    WorkOrderStore *store() const { return m_store.get(); }
    DeepomaticClient *client() const { return m_client.get(); }
    FallbackCredentialStore *credentials() const { return m_credentials.get(); }
    CredentialStore *sessionTokens() const;
    Connectivity *connectivity() const { return m_connectivity.get(); }
    WebProfiles *webProfiles() const { return m_profiles.get(); }
    ConnectorSession *session() const { return m_session.get(); }
    InterventionController *controller() const { return m_controller.get(); }
    ProfileSwitcher *switcher() const { return m_switcher.get(); }
    PlanningImporter *planningImporter() const { return m_planning.get(); }
    ProgressRefresher *progressRefresher() const { return m_refresher.get(); }
    MainWindow *window() const { return m_window.get(); }
    // Listening once launch() ran for the window or the autopilot (null when the socket could
    // not be made: the app runs on, a second process then starts on its own).
    InstanceServer *instanceServer() const { return m_instance.get(); }
    ExternalCallbackReceiver *externalCallbacks() const { return m_external.get(); }
    // After start(): Export diagnostics, for the Help menu and --export-diagnostics.
    DiagnosticsExport *diagnostics();
    DisplayPreferences *displayPreferences() const { return m_display.get(); }
    // Kiosk mode (--kiosk or the deployment's [kiosk] enabled), once the window is shown; else
    // null.
    KioskLock *kioskLock() const { return m_kiosk.get(); }
    bool kioskWanted() const;
    // Holds the screen saver off while the Deepomatic page is shown (window mode), else null.
    ScreenSaverInhibitor *screenSaverInhibitor() const { return m_screenSaver.get(); }

signals:
    // The active profile's token was looked for (found or not, and why not).
    void tokenLoaded(bool haveToken, const QString &message);

private:
    bool readConfiguration(QString *error);
    bool openData(QString *error);
    bool startSandbox(QString *error);
    SiteProfile sandboxProfile() const;
    SiteProfile overridden(SiteProfile profile) const;
    void applyCommandLineOverrides();
    void createPlanningImporter();
    void createWindow();
    void listenForOtherProcesses();
    // The callback URL of this process's own command line, once the window is up.
    void handleOwnCallbackUrl();
    void openSettings();
    void openDisplaySettings();
    // The theme and text size of this run: the command line's, else the user's choice.
    void applyAppearance();
    // Runs `then` once the window's list has painted for the first time.
    void afterFirstPaint(std::function<void()> then);
    // Waits (in a local event loop) for the active profile's token; false when there is none.
    bool waitForToken();
    int execAutopilot();
    int execCreateAll();
    int execImport();
    int execExportDiagnostics();
    int execWindow();

    AppOptions m_options;
    // First in, last out: the other parts' last messages still reach the file.
    std::unique_ptr<MessageLog> m_log;
    DeploymentConfig m_deployment;
    QString m_deploymentFile; // the user-level one read, if any
    QString m_systemDeploymentFile; // the machine's, if any
    std::unique_ptr<QSettings> m_userSettings;
    std::unique_ptr<UserProfileStore> m_userProfiles;
    std::unique_ptr<DisplayPreferences> m_display;
    QStringList m_displayProblems; // logged once the log file is open
    ProfileRegistry m_registry;
    QString m_dataDir;
    bool m_haveSite = false;
    bool m_sandboxRemembered = false;
    std::unique_ptr<RenderingGuard> m_rendering;
    QString m_renderingNotice;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WorkOrderStore> m_store;
    QFuture<WorkOrderRows> m_workOrders; // read on worker threads while the rest starts
    std::unique_ptr<DeepomaticClient> m_client;
    CredentialStore *m_systemStore = nullptr;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    std::unique_ptr<FileCredentialStore> m_fileStore;
    std::unique_ptr<FallbackCredentialStore> m_credentials;
    std::unique_ptr<MemoryCredentialStore> m_sessionTokens;
    std::unique_ptr<Connectivity> m_connectivity;
    std::unique_ptr<ClosureReportSender> m_reportSender;
    std::unique_ptr<WebProfiles> m_profiles;
    std::unique_ptr<ConnectorSession> m_session;
    std::unique_ptr<InterventionController> m_controller;
    std::unique_ptr<ProfileSwitcher> m_switcher;
    std::unique_ptr<PlanningImporter> m_planning;
    std::unique_ptr<ProgressRefresher> m_refresher;
    std::unique_ptr<ThumbnailLoader> m_thumbnails;
    std::unique_ptr<ExternalCallbackReceiver> m_external;
    std::unique_ptr<InstanceServer> m_instance;
    // Before the window (its Help menu uses it), after what it reads.
    std::unique_ptr<DiagnosticsExport> m_diagnostics;
    // Outlive the window, which uses them to its end.
    std::unique_ptr<KioskLock> m_kiosk;
    std::unique_ptr<ScreenSaverInhibitor> m_screenSaver;
    std::unique_ptr<MainWindow> m_window;
    bool m_launched = false;
};
