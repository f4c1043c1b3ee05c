#include "keychaincredentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcCredentials, "fieldconnect.credentials")

namespace {
CredentialStore::Result resultOf(QKeychain::Job *job)
{
    using S = CredentialStore::Status;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError: {
        QString secret;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            secret = read->textData();
        return {S::Ok, secret, {}};
    }
    case QKeychain::EntryNotFound:
        return {S::NotFound, {}, KeychainCredentialStore::tr("No credential is stored.")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {S::AccessDenied,
                {},
                KeychainCredentialStore::tr("The credential store refused access (%1). Unlock "
                                            "it and try again.")
                    .arg(detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {
            S::Unavailable,
            {},
            KeychainCredentialStore::tr("This computer has no credential store (%1).").arg(detail)};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing session bus or keyring service as OtherError: to the user
    // that is "no credential store", not a mysterious failure.
    if (detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("dbus"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("org.freedesktop.secrets"))
        || detail.contains(QLatin1String("not provided by any .service")))
        return {
            S::Unavailable,
            {},
            KeychainCredentialStore::tr("This computer has no credential store (%1).").arg(detail)};
    return {
        S::Failed, {}, KeychainCredentialStore::tr("The credential store failed: %1").arg(detail)};
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{ }

QString KeychainCredentialStore::backendName() const
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#else
    return tr("Secret Service or KWallet");
#endif
}

void KeychainCredentialStore::run(QKeychain::Job *job, QObject *context, Callback done)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // a token in a plain file is not a credential store
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    // Exactly one answer: the job's, or the time limit's, whichever comes first.
    auto answered = std::make_shared<bool>(false);
    auto answer = [guard, hadContext, done, answered](const Result &result) {
        if (*answered)
            return;
        *answered = true;
        if (!hadContext || guard)
            done(result);
    };
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, answer] {
        qCWarning(lcCredentials) << "the credential store did not answer in" << m_timeoutMs << "ms";
        answer({Status::TimedOut,
                {},
                tr("The credential store did not answer within %1 s. It may be locked.")
                    .arg(m_timeoutMs / 1000)});
    });
    connect(job, &QKeychain::Job::finished, this, [answer](QKeychain::Job *finished) {
        const Result result = resultOf(finished);
        if (!result.ok())
            qCInfo(lcCredentials).noquote() << "credential store:" << result.message;
        answer(result);
        finished->deleteLater();
    });
    timer->start(m_timeoutMs);
    job->start();
}

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                    Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done));
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, std::move(done));
}
