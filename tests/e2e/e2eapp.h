#pragma once

// Everything the app wires in main.cpp, owned in the same order, so that a test's teardown is
// the app's too (the window, then the controller, then the page before its web profile).
// Shared by the end-to-end suites; each fills it in its init().

#include "connectorsession.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "siteprofile.h"
#include "webprofiles.h"
#include "workorderstore.h"

#include <QTemporaryDir>

#include <memory>

struct E2eApp {
    QTemporaryDir dir;
    SandboxServer sandbox;
    WorkOrderStore store;
    DeepomaticClient client;
    std::unique_ptr<WebProfiles> profiles;
    std::unique_ptr<ConnectorSession> session;
    std::unique_ptr<InterventionController> controller;
    std::unique_ptr<MainWindow> window;
    SiteProfile site;

    ~E2eApp()
    {
        window.reset();
        controller.reset();
        session.reset(); // the page goes before its profile
        profiles.reset();
    }
};
