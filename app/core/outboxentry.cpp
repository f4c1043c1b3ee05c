#include "outboxentry.h"

#include <QCoreApplication>

namespace {
struct KindName {
    OutboxEntry::Kind kind;
    const char *key;
    const char *display;
};
constexpr KindName kKinds[] = {
    {OutboxEntry::Kind::CreateWorkOrder, "create_work_order",
     QT_TRANSLATE_NOOP("OutboxEntry", "Create in Deepomatic")},
    {OutboxEntry::Kind::VerifyProgress, "verify_progress",
     QT_TRANSLATE_NOOP("OutboxEntry", "Verify the progress")},
    {OutboxEntry::Kind::ClosureReport, "closure_report",
     QT_TRANSLATE_NOOP("OutboxEntry", "Send the closure report")},
};

struct StateName {
    OutboxEntry::State state;
    const char *key;
    const char *display;
};
constexpr StateName kStates[] = {
    {OutboxEntry::State::Pending, "pending", QT_TRANSLATE_NOOP("OutboxEntry", "Pending")},
    {OutboxEntry::State::InFlight, "in_flight", QT_TRANSLATE_NOOP("OutboxEntry", "Sending")},
    {OutboxEntry::State::Done, "done", QT_TRANSLATE_NOOP("OutboxEntry", "Done")},
    {OutboxEntry::State::Failed, "failed", QT_TRANSLATE_NOOP("OutboxEntry", "Failed")},
    {OutboxEntry::State::InDoubt, "in_doubt", QT_TRANSLATE_NOOP("OutboxEntry", "In doubt")},
};
} // namespace

QString OutboxEntry::kindKey(Kind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<OutboxEntry::Kind> OutboxEntry::kindFromKey(const QString &key)
{
    for (const auto &k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString OutboxEntry::stateKey(State state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.key);
    }
    return {};
}

std::optional<OutboxEntry::State> OutboxEntry::stateFromKey(const QString &key)
{
    for (const auto &s : kStates) {
        if (key == QLatin1String(s.key))
            return s.state;
    }
    return std::nullopt;
}

QString OutboxEntry::stateDisplayName(State state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QCoreApplication::translate("OutboxEntry", s.display);
    }
    return {};
}

QString OutboxEntry::kindDisplayName(Kind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("OutboxEntry", k.display);
    }
    return {};
}
