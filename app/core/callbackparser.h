#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QUrl>

// Reads a callback URL that the connector captured and decides whether it may be trusted
//. It only reads values: whether the navigation came from the main frame of the
// open connector page is the connector's job.
class CallbackParser
{
    Q_DECLARE_TR_FUNCTIONS(CallbackParser)
public:
    struct Expectation {
        QUrl callbackUri; // the exact URI given to Deepomatic for this launch
        QString deepomaticId; // the work order open in the connector
    };

    struct Verdict {
        bool accepted = false;
        int progress = -1;
        bool fromFragment = false;
        QString reason; // why it was rejected (empty when accepted)
        // The same, as a stable untranslated word for scripts (empty when accepted):
        // invalid_url, no_launch, wrong_launch, duplicate_parameter, duplicate_progress,
        // missing_progress, invalid_progress, wrong_work_order.
        QString code;
        QMap<QString, QString> extras; // every other parameter, recorded as received
    };

    static Verdict parse(const QUrl &url, const Expectation &expected);

    // A plain base-10 integer 0–100: ASCII digits only, no sign, no spaces, no exponent, no
    // leading zeros. Returns -1 when the text is anything else.
    static int parseProgress(const QString &text);

    static constexpr const char *ProgressKey = "work_order_progress";
};
