#include "externalcallbackreceiver.h"

#include "connectorsession.h"
#include "interventioncontroller.h"

ExternalCallbackReceiver::ExternalCallbackReceiver(ConnectorSession *session,
                                                   InterventionController *controller,
                                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_controller(controller)
{ }

InstanceMessage::Reply ExternalCallbackReceiver::receive(const QUrl &url)
{
    InstanceMessage::Reply reply;
    if (!InstanceMessage::isCallbackUrl(url)) {
        reply = InstanceMessage::Reply::refused(
            QStringLiteral("not_a_callback"),
            InstanceMessage::tr("Only a fieldconnect://callback/ URL can be handed to "
                                "FieldConnect."));
        emit callbackHandled(reply);
        return reply;
    }
    // The session's verdict is followed, synchronously, by the intervention's: it may still
    // refuse a callback whose launch is no longer the stored one, or fail to record it.
    bool recorded = false;
    QString refusal;
    const auto accepted = connect(m_controller, &InterventionController::callbackAccepted, this,
                                  [&recorded] { recorded = true; });
    const auto rejected =
        connect(m_controller, &InterventionController::callbackRejected, this,
                [&refusal](const QString &, const QString &reason) { refusal = reason; });
    const ConnectorSession::Judgement judgement = m_session->judgeExternal(url);
    disconnect(accepted);
    disconnect(rejected);

    if (!judgement.accepted) {
        reply = InstanceMessage::Reply::refused(judgement.code, judgement.reason);
    } else if (!recorded) {
        reply = !refusal.isEmpty()
                    ? InstanceMessage::Reply::refused(QStringLiteral("stale_launch"), refusal)
                    : InstanceMessage::Reply::refused(
                        QStringLiteral("not_recorded"),
                        tr("The callback could not be recorded; see the FieldConnect window."));
    } else {
        const auto wo = m_controller->workOrder(judgement.workOrderKey);
        reply.accepted = true;
        reply.code = QStringLiteral("accepted");
        reply.verificationPending = wo && wo->isCreatedInDeepomatic();
        reply.message = tr("Deepomatic reported %1 % for %2; FieldConnect checks it with the API.")
                            .arg(judgement.progress)
                            .arg(judgement.workOrderKey);
    }
    emit callbackHandled(reply);
    return reply;
}
