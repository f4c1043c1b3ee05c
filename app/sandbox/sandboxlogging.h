#pragma once

#include <QLoggingCategory>

// One category for the whole sandbox (defined in sandboxserver.cpp). API tokens never reach it.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
