#include "fallbackcredentialstore.h"

FallbackCredentialStore::FallbackCredentialStore(CredentialStore *primary,
                                                 CredentialStore *fallback, QObject *parent)
    : CredentialStore(parent)
    , m_primary(primary)
    , m_fallback(fallback)
{ }

QString FallbackCredentialStore::backendName() const
{
    return usingFallback() ? m_fallback->backendName() : m_primary->backendName();
}

void FallbackCredentialStore::route(const std::function<void(CredentialStore *, Callback)> &call,
                                    QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto answer = [guard, hadContext, done](const Result &result) {
        if (!hadContext || guard)
            done(result);
    };
    if (usingFallback())
        return call(m_fallback, answer);
    call(m_primary, [this, call, answer](const Result &result) {
        if (result.status != Status::Unavailable) {
            answer(result);
            return;
        }
        m_primaryUnavailable = true;
        if (!m_fallback) {
            answer(result);
            return;
        }
        call(m_fallback, answer);
    });
}

void FallbackCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    route([key, this](CredentialStore *store, Callback cb) { store->read(key, this, cb); }, context,
          std::move(done));
}

void FallbackCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                    Callback done)
{
    route([key, secret, this](CredentialStore *store,
                              Callback cb) { store->write(key, secret, this, cb); },
          context, std::move(done));
}

void FallbackCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    route([key, this](CredentialStore *store, Callback cb) { store->remove(key, this, cb); },
          context, std::move(done));
}
