#pragma once

#include <QString>

// What the Close intervention button must do, and the words it shows when it cannot.
struct CloseDecision {
    bool allowed = false;
    bool unverified = false; // allowed under the allow-unverified policy only
    bool canReopen = false; // offer "Reopen in Deepomatic"
    bool canRefresh = false; // offer "Refresh progress"
    QString reason; // one or two sentences, always set
};
