#include "sandboxpages.h"

#include "connectorlink.h"
#include "sandboxhtml.h"
#include "sandboxlogging.h"

#include <QFile>
#include <QJsonArray>

namespace {
QString statusLabel(const QString &status)
{
    if (status == QLatin1String("ok"))
        return QStringLiteral("OK");
    if (status == QLatin1String("ko"))
        return QStringLiteral("Not OK");
    return QStringLiteral("Not analysed");
}

QString hiddenInput(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
        .arg(SandboxHtml::escape(name), SandboxHtml::escape(value));
}
} // namespace

QString SandboxPages::resource(const QString &name) const
{
    auto it = m_templates.constFind(name);
    if (it != m_templates.cend())
        return *it;
    QFile file(QStringLiteral(":/sandbox/templates/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qCWarning(lcSandbox, "Missing template %s", qPrintable(name));
    const QString text = QString::fromUtf8(file.readAll());
    m_templates.insert(name, text);
    return text;
}

QByteArray SandboxPages::layout(const QString &title, const QString &bodyClass,
                                const QString &content,
                                const QHash<QString, QString> &bodyData) const
{
    QString attributes;
    for (auto it = bodyData.cbegin(); it != bodyData.cend(); ++it)
        attributes += QStringLiteral(" data-%1=\"%2\"")
                          .arg(SandboxHtml::escape(it.key()), SandboxHtml::escape(it.value()));
    return SandboxHtml::fill(
               resource(QStringLiteral("layout.html")),
               {{QStringLiteral("title"), title}, {QStringLiteral("body_class"), bodyClass}},
               {{QStringLiteral("body_attributes"), attributes},
                {QStringLiteral("content"), content}})
        .toUtf8();
}

QString SandboxPages::photoPath(const QString &pagePath, const QString &group,
                                const SandboxConnectorQuery &query)
{
    return pagePath + QStringLiteral("/photos/")
           + QString::fromLatin1(QUrl::toPercentEncoding(group)) + u'?'
           + query.toQuery().query(QUrl::FullyEncoded);
}

QByteArray SandboxPages::connectorPage(const Connector &page) const
{
    const QString cardTemplate = resource(QStringLiteral("card.html"));
    const QString taskTemplate = resource(QStringLiteral("task.html"));
    QString cards;
    for (const QJsonValue gv : page.view.value(QLatin1String("task_groups")).toArray()) {
        const QJsonObject g = gv.toObject();
        QString tasks;
        for (const QJsonValue tv : g.value(QLatin1String("tasks")).toArray()) {
            const QJsonObject t = tv.toObject();
            const QString status = t.value(QLatin1String("status")).toString();
            tasks += SandboxHtml::fill(
                taskTemplate,
                {{QStringLiteral("name"), t.value(QLatin1String("name")).toString()},
                 {QStringLiteral("sentence"), t.value(QLatin1String("sentence")).toString()},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("status_label"), statusLabel(status)},
                 {QStringLiteral("message"), t.value(QLatin1String("message")).toString()},
                 {QStringLiteral("mandatory"), t.value(QLatin1String("mandatory")).toBool()
                                                   ? QStringLiteral("true")
                                                   : QStringLiteral("false")}});
        }
        const QString name = g.value(QLatin1String("name")).toString();
        QString messages;
        for (const QJsonValue m : g.value(QLatin1String("conformity_messages")).toArray())
            messages += QStringLiteral("        <li class=\"conformity-message\">%1</li>\n")
                            .arg(SandboxHtml::escape(m.toString()));
        const QString imageUrl = g.value(QLatin1String("image_url")).toString();
        cards += SandboxHtml::fill(
            cardTemplate,
            {{QStringLiteral("name"), name},
             {QStringLiteral("display_name"), g.value(QLatin1String("display_name")).toString()},
             {QStringLiteral("description"), g.value(QLatin1String("description")).toString()},
             {QStringLiteral("example_url"), g.value(QLatin1String("example_url")).toString()},
             {QStringLiteral("taken"), g.value(QLatin1String("taken")).toBool()
                                           ? QStringLiteral("true")
                                           : QStringLiteral("false")},
             {QStringLiteral("photo_url"), photoPath(page.pagePath, name, page.query)},
             {QStringLiteral("image_url"), imageUrl}},
            {{QStringLiteral("tasks"), tasks},
             {QStringLiteral("conformity_messages"), messages},
             {QStringLiteral("last_photo_hidden"),
              imageUrl.isEmpty() ? QStringLiteral(" hidden") : QString()}});
    }

    QString finish;
    if (page.scriptMode) {
        finish = SandboxHtml::fill(
            resource(QStringLiteral("finish-script.html")),
            {{QStringLiteral("finish_url"), page.finishUrl.toString(QUrl::FullyEncoded)}});
    } else {
        // Hidden inputs carry the decoded values; the browser encodes them again on submit.
        QString hidden;
        const QUrlQuery query = page.query.toQuery();
        for (const auto &item : query.queryItems(QUrl::FullyDecoded))
            hidden += hiddenInput(item.first, item.second);
        finish = SandboxHtml::fill(
            resource(QStringLiteral("finish-redirect.html")),
            {{QStringLiteral("action"), page.pagePath + QStringLiteral("/finish")}},
            {{QStringLiteral("hidden"), hidden}});
    }

    const QString name = page.view.value(QLatin1String("name")).toString();
    const QString progress =
        QString::number(page.view.value(QLatin1String("progress_score")).toInt());
    const QString content =
        SandboxHtml::fill(resource(QStringLiteral("connector.html")),
                          {{QStringLiteral("id"), page.view.value(QLatin1String("id")).toString()},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("progress"), progress}},
                          {{QStringLiteral("groups"), cards}, {QStringLiteral("finish"), finish}});
    return layout(name + QStringLiteral(" · Deepomatic sandbox"), QStringLiteral("connector-page"),
                  content,
                  {{QStringLiteral("finish-mode"),
                    page.scriptMode ? QStringLiteral("script") : QStringLiteral("redirect")}});
}

QByteArray SandboxPages::signInPage(const SignIn &form) const
{
    QString hidden;
    for (const auto &field : form.hidden)
        hidden += hiddenInput(field.first, field.second);
    const QString content =
        SandboxHtml::fill(resource(QStringLiteral("signin.html")),
                          {{QStringLiteral("brand"), form.brand},
                           {QStringLiteral("heading"), form.heading},
                           {QStringLiteral("action"), form.action},
                           {QStringLiteral("error"), form.error},
                           {QStringLiteral("username"), form.username},
                           {QStringLiteral("hint"), form.hint}},
                          {{QStringLiteral("hidden"), hidden},
                           {QStringLiteral("error_hidden"),
                            form.error.isEmpty() ? QStringLiteral(" hidden") : QString()}});
    return layout(form.heading + QStringLiteral(" · ") + form.brand,
                  form.identityProvider ? QStringLiteral("signin-page idp-page")
                                        : QStringLiteral("signin-page"),
                  content);
}

QByteArray SandboxPages::sessionStorePage(const QString &token, const QString &next) const
{
    return layout(
        QStringLiteral("Signing in · Deepomatic sandbox"), QStringLiteral("session-store-page"),
        SandboxHtml::fill(resource(QStringLiteral("session-store.html")),
                          {{QStringLiteral("token"), token}, {QStringLiteral("next"), next}}));
}

QByteArray SandboxPages::sessionShellPage(const QString &signInUrl) const
{
    return layout(QStringLiteral("Deepomatic sandbox"), QStringLiteral("session-shell-page"),
                  SandboxHtml::fill(resource(QStringLiteral("session-shell.html")),
                                    {{QStringLiteral("sign_in_url"), signInUrl}}));
}

QByteArray SandboxPages::signedOutPage(bool clearStoredSession) const
{
    return layout(QStringLiteral("Signed out · Deepomatic sandbox"),
                  QStringLiteral("signed-out-page"),
                  SandboxHtml::fill(
                      resource(QStringLiteral("signed-out.html")),
                      {{QStringLiteral("clear_session"),
                        clearStoredSession ? QStringLiteral("true") : QStringLiteral("false")}}));
}

QByteArray SandboxPages::errorPage(int status, const QString &title, const QString &parameter,
                                   const QString &message) const
{
    const QString parameterLine =
        parameter.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"parameter\">Parameter: <code>%1</code></p>")
                  .arg(SandboxHtml::escape(parameter));
    const QString content = SandboxHtml::fill(resource(QStringLiteral("error.html")),
                                              {{QStringLiteral("status"), QString::number(status)},
                                               {QStringLiteral("parameter"), parameter},
                                               {QStringLiteral("title"), title},
                                               {QStringLiteral("message"), message}},
                                              {{QStringLiteral("parameter_line"), parameterLine}});
    return layout(title + QStringLiteral(" · Deepomatic sandbox"), QStringLiteral("error-page"),
                  content);
}

QByteArray SandboxPages::indexPage(const QList<QJsonObject> &workOrders,
                                   const SiteProfile &profile) const
{
    const QString rowTemplate = resource(QStringLiteral("index-row.html"));
    // The default callback of a human clicking around: FieldConnect's scheme, a fixed launch.
    const QUrl callback(QStringLiteral("fieldconnect://callback/manual"));
    QString rows;
    for (const QJsonObject &wo : workOrders) {
        const QString id = wo.value(QLatin1String("id")).toString();
        const ConnectorLink::Result link = ConnectorLink::build(profile, id, callback);
        QStringList types;
        for (const QJsonValue t : wo.value(QLatin1String("types")).toArray())
            types << t.toString();
        rows += SandboxHtml::fill(
            rowTemplate, {{QStringLiteral("id"), id},
                          {QStringLiteral("name"), wo.value(QLatin1String("name")).toString()},
                          {QStringLiteral("city"), wo.value(QLatin1String("metadata"))
                                                       .toObject()
                                                       .value(QLatin1String("city"))
                                                       .toString()},
                          {QStringLiteral("types"), types.join(QStringLiteral(", "))},
                          {QStringLiteral("engineer"),
                           wo.value(QLatin1String("field_engineer_name")).toString()},
                          {QStringLiteral("progress"),
                           QString::number(wo.value(QLatin1String("progress_score")).toInt())},
                          {QStringLiteral("link"),
                           link.ok() ? link.url.toString(QUrl::FullyEncoded) : QString()}});
    }
    const QString content = SandboxHtml::fill(
        resource(QStringLiteral("index.html")),
        {{QStringLiteral("site_id"), profile.siteId.toString(QUuid::WithoutBraces)},
         {QStringLiteral("org_slug"), profile.orgSlug},
         {QStringLiteral("api_url"), profile.apiUrl.toString()},
         {QStringLiteral("count"), QString::number(workOrders.size())}},
        {{QStringLiteral("rows"), rows}});
    return layout(QStringLiteral("Deepomatic sandbox"), QStringLiteral("index-page"), content);
}
