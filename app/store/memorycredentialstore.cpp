#include "memorycredentialstore.h"

#include <QPointer>
#include <QTimer>

void MemoryCredentialStore::answer(QObject *context, Callback done, const Result &result)
{
    // Asynchronous like a real store, so callers cannot come to rely on an immediate answer.
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hadContext, done = std::move(done), result] {
        if (!hadContext || guard)
            done(result);
    });
}

void MemoryCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_secrets.constFind(key);
    answer(context, std::move(done),
           it == m_secrets.cend() ? Result{Status::NotFound, {}, tr("No credential is stored.")}
                                  : Result{Status::Ok, *it, {}});
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                  Callback done)
{
    m_secrets.insert(key, secret);
    answer(context, std::move(done), {Status::Ok, {}, {}});
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    m_secrets.remove(key);
    answer(context, std::move(done), {Status::Ok, {}, {}});
}
