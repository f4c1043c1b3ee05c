#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

// The query of a connector page request (site_id, org_slug, callback_uri, use_fragment), checked
// the way the studio must check it: each problem names the parameter and says what is wrong,
// because a field app developer reads these pages while wiring the connector.
class SandboxConnectorQuery
{
public:
    static SandboxConnectorQuery parse(const QUrlQuery &query, const QUuid &siteId,
                                       const QString &orgSlug);

    bool isValid() const { return m_problem.isEmpty(); }
    QString parameter() const { return m_parameter; } // the offending parameter when invalid
    QString problem() const { return m_problem; }

    QUrl callbackUri() const { return m_callbackUri; }
    bool useFragment() const { return m_useFragment; }

    // The parameters again, for forms and links that lead to /finish or to the photo endpoint.
    QUrlQuery toQuery() const;

    // The callback URI with work_order_progress and work_order_id added to its query, or to its
    // fragment with use_fragment=true. Its other items are kept; stale copies of these two are
    // replaced, so the field app never sees a parameter twice.
    QUrl finishUrl(int progress, const QString &workOrderId) const;

private:
    QString m_parameter;
    QString m_problem;
    QUuid m_siteId;
    QString m_orgSlug;
    QUrl m_callbackUri;
    bool m_useFragment = false;
};
