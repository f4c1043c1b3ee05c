#include "settingsdialog.h"

#include "apitokenloader.h"
#include "appearance.h"
#include "connectiontest.h"
#include "credentialstore.h"
#include "environmentbadge.h"
#include "profileregistry.h"
#include "siteprofileconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
const QString kGroup = QStringLiteral("form");
// Not a key of its own: the form's one field for every threshold.<type> key.
constexpr const char kTypeThresholds[] = "type_thresholds";

QString originText(ProfileRegistry::Origin origin)
{
    switch (origin) {
    case ProfileRegistry::Origin::Deployment:
        return SettingsDialog::tr("Set by your organisation's deployment file: read-only here.");
    case ProfileRegistry::Origin::Sandbox:
        return SettingsDialog::tr("The built-in sandbox: read-only.");
    case ProfileRegistry::Origin::User:
        break;
    }
    return SettingsDialog::tr("Your own profile, kept in your settings (never the token).");
}
} // namespace

SettingsDialog::SettingsDialog(ProfileRegistry *registry, CredentialStore *store,
                               CredentialStore *sessionTokens, const QString &storeNote,
                               QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_store(store)
    , m_sessionTokens(sessionTokens)
    , m_test(new ConnectionTest(this))
{
    setWindowTitle(tr("Site profiles and API token"));
    auto *layout = new QHBoxLayout;

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Site profiles"));
    m_list->setWordWrap(true); // a long name stays readable in a narrow column
    left->addWidget(m_list, 1);
    auto *add = new QPushButton(tr("Add profile"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_remove = new QPushButton(tr("Remove profile"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_activate = new QPushButton(tr("Use this profile"), this);
    m_activate->setObjectName(QStringLiteral("activateButton"));
    for (QPushButton *b : {add, m_remove, m_activate}) {
        b->setMinimumHeight(48);
        left->addWidget(b);
    }
    m_activeLock = new QLabel(this);
    m_activeLock->setObjectName(QStringLiteral("activeLock"));
    m_activeLock->setWordWrap(true);
    m_activeLock->setTextFormat(Qt::PlainText);
    m_activeLock->setStyleSheet(QStringLiteral("font-style:italic;"));
    Appearance::setTone(m_activeLock, Appearance::Tone::Muted);
    m_activeLock->hide();
    left->addWidget(m_activeLock);
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("originNote"));
    m_origin->setWordWrap(true);
    right->addWidget(m_origin);
    // One section per concern, every key of a profile editable (or shown locked); inside a
    // scroll area, so the dialog fits a small screen at any scaling.
    QFormLayout *form = nullptr;
    auto section = [&](const QString &title) {
        auto *box = new QGroupBox(title, this);
        form = new QFormLayout(box);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        right->addWidget(box);
    };
    auto addRow = [&](const QString &key, const QString &label, QWidget *input) {
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        input->setParent(cell);
        input->setObjectName(key);
        input->setMinimumHeight(48);
        // The form's label names the cell, not the field inside it: named here for a screen
        // reader (a check box says its own text).
        if (!label.isEmpty())
            input->setAccessibleName(label);
        cellLayout->addWidget(input);
        // Said in words under the field, not only in a tooltip: a tablet has no hover.
        auto *lock = new QLabel(tr("Set by your organisation"), cell);
        lock->setObjectName(key + QStringLiteral("Lock"));
        lock->setStyleSheet(QStringLiteral("font-style:italic;"));
        Appearance::setTone(lock, Appearance::Tone::Muted);
        lock->hide();
        cellLayout->addWidget(lock);
        m_locks.insert(key, lock);
        auto *error = new QLabel(cell);
        error->setObjectName(key + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setTextFormat(Qt::PlainText);
        Appearance::setTone(error, Appearance::Tone::Error);
        error->hide();
        cellLayout->addWidget(error);
        m_errors.insert(key, error);
        form->addRow(label, cell);
    };
    // An empty field means the key is not set: the profile's default applies. A placeholder
    // is therefore either that default or an example marked as one.
    auto addField = [&](const QString &key, const QString &label, const QString &placeholder,
                        Qt::InputMethodHints hints = Qt::ImhNoAutoUppercase) {
        auto *edit = new QLineEdit;
        edit->setPlaceholderText(placeholder);
        edit->setInputMethodHints(hints | Qt::ImhNoPredictiveText);
        m_fields.insert(key, edit);
        addRow(key, label, edit);
    };
    auto addChoice = [&](const QString &key, const QString &label,
                         const QList<std::pair<QString, QString>> &items) {
        auto *combo = new QComboBox;
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        m_choices.insert(key, combo);
        addRow(key, label, combo);
    };
    auto addFlag = [&](const QString &key, const QString &text) {
        auto *box = new QCheckBox(text);
        // A box a gloved finger can hit, not the style's 13 px one.
        box->setStyleSheet(QStringLiteral("QCheckBox::indicator{width:28px;height:28px;}"));
        m_flags.insert(key, box);
        addRow(key, QString(), box);
    };
    const QString https = QStringLiteral("https://");
    section(tr("Site"));
    addField(QStringLiteral("name"), tr("Name"), tr("for example: ACME fibre (testing)"),
             Qt::ImhNone);
    addField(QStringLiteral("id"), tr("Profile id"), tr("for example: acme-testing"));
    addChoice(QStringLiteral("environment"), tr("Environment"),
              {{tr("Testing"), QStringLiteral("testing")},
               {tr("Production"), QStringLiteral("production")}});
    addChoice(QStringLiteral("region"), tr("Region"),
              {{tr("EU"), QStringLiteral("EU")}, {tr("US"), QStringLiteral("US")}});
    addField(QStringLiteral("site_id"), tr("Site id (UUID)"),
             tr("for example: %1").arg(QStringLiteral("000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b")));
    addField(QStringLiteral("org_slug"), tr("Organisation slug"),
             tr("for example: %1").arg(QStringLiteral("acme")));
    addField(QStringLiteral("studio_url"), tr("Studio URL"), SiteProfile().studioUrl.toString(),
             Qt::ImhUrlCharactersOnly);
    addField(QStringLiteral("api_url"), tr("API URL"), tr("derived from the region and site id"),
             Qt::ImhUrlCharactersOnly);

    section(tr("Closing an intervention"));
    addField(QStringLiteral("threshold"), tr("Threshold (%)"),
             QString::number(SiteProfile().threshold), Qt::ImhDigitsOnly);
    addField(QLatin1String(kTypeThresholds), tr("Thresholds per work order type"),
             tr("for example: installation=80, maintenance=60"));
    addChoice(QStringLiteral("verification_policy"), tr("When Deepomatic cannot be reached"),
              {{tr("Block until the progress is verified"), QStringLiteral("block")},
               {tr("Allow an unverified progress (recorded as such)"),
                QStringLiteral("allow-unverified")}});
    addFlag(QStringLiteral("close_without_launch"),
            tr("May close a work order never opened on this device"));
    addFlag(QStringLiteral("supervisor_override"),
            tr("A supervisor may close a blocked intervention, with a reason"));

    section(tr("Connector and callback"));
    addChoice(QStringLiteral("connector_mode"), tr("Connector opens"),
              {{tr("Inside FieldConnect"), QStringLiteral("embedded")},
               {tr("In the system browser"), QStringLiteral("external")}});
    addChoice(QStringLiteral("callback_mode"), tr("Callback"),
              {{tr("fieldconnect:// address"), QStringLiteral("scheme")},
               {tr("https:// address of the site"), QStringLiteral("https")}});
    addField(QStringLiteral("callback_prefix"), tr("Callback https prefix"),
             tr("for example: %1").arg(https + QStringLiteral("acme.example.com/fieldconnect/")),
             Qt::ImhUrlCharactersOnly);
    addFlag(QStringLiteral("use_fragment"), tr("Pass the progress in the URL fragment"));
    addFlag(QStringLiteral("private_browsing"),
            tr("Private browsing: never keep the Deepomatic sign-in"));

    section(tr("Web page"));
    addField(QStringLiteral("allow_hosts"), tr("Sign-in hosts"),
             tr("for example: login.example.com, sso.example.com"), Qt::ImhUrlCharactersOnly);
    addField(QStringLiteral("photo_hosts"), tr("Photo hosts"),
             tr("for example: storage.example.com"), Qt::ImhUrlCharactersOnly);
    addChoice(QStringLiteral("external_links"), tr("Links to other sites"),
              {{tr("Refused"), QStringLiteral("refuse")},
               {tr("Opened in the system browser"), QStringLiteral("open")}});
    addChoice(QStringLiteral("media_permissions"), tr("Camera and microphone"),
              {{tr("Allowed for the sign-in and studio hosts"), QStringLiteral("allow-listed")},
               {tr("Never"), QStringLiteral("deny")}});
    addFlag(QStringLiteral("allow_downloads"), tr("Allow downloads from the page"));
    addField(QStringLiteral("photo_max_side"), tr("Longest photo side (pixels)"),
             QString::number(SiteProfile().photoMaxSide), Qt::ImhDigitsOnly);
    addField(QStringLiteral("scan_key"), tr("Metadata field on the labels (Scan)"),
             tr("for example: %1").arg(QStringLiteral("equipment_id")), Qt::ImhNoPredictiveText);

    section(tr("Network"));
    addField(QStringLiteral("max_requests_in_flight"), tr("Requests at once"),
             QString::number(SiteProfile().maxRequestsInFlight), Qt::ImhDigitsOnly);
    addFlag(QStringLiteral("lookup_by_name"),
            tr("The site can find a work order by name (resolves uncertain creations)"));
    addField(QStringLiteral("closure_report_url"), tr("Closure report URL"),
             tr("none: no report is sent"), Qt::ImhUrlCharactersOnly);
    addField(QStringLiteral("tls_override"), tr("Pinned certificate"),
             tr("for example: host.example.com followed by its SHA-256 fingerprint"));
    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setTextFormat(Qt::PlainText);
    Appearance::setTone(m_formError, Appearance::Tone::Error);
    m_formError->hide();
    right->addWidget(m_formError);
    m_save = new QPushButton(tr("Save profile"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setMinimumHeight(48);
    right->addWidget(m_save);

    auto *tokenBox = new QGroupBox(tr("Deepomatic API token"), this);
    auto *tokenLayout = new QVBoxLayout(tokenBox);
    auto *storeLabel = new QLabel(tokenBox);
    storeLabel->setObjectName(QStringLiteral("storeNote"));
    storeLabel->setWordWrap(true);
    storeLabel->setTextFormat(Qt::PlainText);
    storeLabel->setText(
        storeNote.isEmpty() ? tr("Tokens are kept in %1.").arg(m_store->backendName()) : storeNote);
    if (!storeNote.isEmpty())
        storeLabel->setStyleSheet(QStringLiteral("padding:6px;"));
    Appearance::setTone(storeLabel, Appearance::Tone::Warning);
    tokenLayout->addWidget(storeLabel);
    m_token = new QLineEdit(tokenBox);
    m_token->setObjectName(QStringLiteral("tokenField"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setMinimumHeight(40);
    m_token->setPlaceholderText(tr("Paste a new token to set it; the stored one is never shown"));
    tokenLayout->addWidget(m_token);
    auto *tokenButtons = new QHBoxLayout;
    auto *saveToken = new QPushButton(tr("Save token"), tokenBox);
    saveToken->setObjectName(QStringLiteral("saveTokenButton"));
    m_testButton = new QPushButton(tr("Test connection"), tokenBox);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    auto *removeToken = new QPushButton(tr("Remove token"), tokenBox);
    removeToken->setObjectName(QStringLiteral("removeTokenButton"));
    for (QPushButton *b : {saveToken, m_testButton, removeToken}) {
        b->setMinimumHeight(48);
        tokenButtons->addWidget(b);
    }
    tokenLayout->addLayout(tokenButtons);
    m_tokenStatus = new QLabel(tokenBox);
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
    m_tokenStatus->setWordWrap(true);
    m_tokenStatus->setTextFormat(Qt::PlainText);
    tokenLayout->addWidget(m_tokenStatus);
    right->addWidget(tokenBox);
    right->addStretch();
    layout->addLayout(right, 3);

    // Everything but Close scrolls, by finger too: the dialog fits a 800 px screen at 200 %.
    auto *content = new QWidget;
    content->setLayout(layout);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Rows wrap their label above the field instead: nothing to scroll sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setMinimumSize(96, 48);
    outer->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &SettingsDialog::startNewProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_activate, &QPushButton::clicked, this, &SettingsDialog::activateProfile);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(saveToken, &QPushButton::clicked, this, &SettingsDialog::saveToken);
    connect(removeToken, &QPushButton::clicked, this, &SettingsDialog::removeToken);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_test, &ConnectionTest::finished, this, [this](bool, const QString &message) {
        m_testButton->setEnabled(true);
        m_tokenStatus->setText(message);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!selectedId().isEmpty())
            showProfile(selectedId());
    });
    connect(m_registry, &ProfileRegistry::profilesChanged, this, &SettingsDialog::rebuildList);
    connect(m_registry, &ProfileRegistry::activeProfileChanged, this, &SettingsDialog::rebuildList);
    rebuildList();
    selectProfile(m_registry->activeId());
    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(960, screen.width()), qMin(760, screen.height()));
}

QString SettingsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SettingsDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            showProfile(id); // also when the row was already current
            return;
        }
    }
}

void SettingsDialog::rebuildList()
{
    const QString keep = m_editingId.isEmpty() ? selectedId() : m_editingId;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ProfileRegistry::Entry &e : m_registry->entries()) {
        QString text = EnvironmentBadge::textFor(e.profile);
        if (e.profile.id == m_registry->activeId())
            text = tr("%1 (in use)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, e.profile.id);
        item->setSizeHint(QSize(0, 48));
        // The environment's colour beside each name, as in the window's badge.
        const QColor colour = EnvironmentBadge::colourFor(e.profile.environment);
        if (colour.isValid()) {
            QPixmap swatch(16, 16);
            swatch.fill(colour);
            item->setIcon(QIcon(swatch));
        }
        if (e.profile.id == keep)
            m_list->setCurrentItem(item);
    }
}

void SettingsDialog::setFormEditable(bool editable)
{
    for (QLineEdit *edit : std::as_const(m_fields))
        setFieldReadOnly(edit, !editable);
    for (QComboBox *combo : std::as_const(m_choices))
        combo->setEnabled(editable);
    for (QCheckBox *box : std::as_const(m_flags))
        box->setEnabled(editable);
    m_save->setEnabled(editable);
}

void SettingsDialog::setFieldReadOnly(QLineEdit *edit, bool readOnly)
{
    // On the window's colour and without its frame, a read-only value reads as text, not as a
    // field one could type in; an editable one takes the palette of the window again.
    edit->setReadOnly(readOnly);
    edit->setFrame(!readOnly);
    QPalette palette;
    if (readOnly) {
        palette = edit->parentWidget()->palette();
        palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    }
    edit->setPalette(palette);
}

QWidget *SettingsDialog::input(const QString &key) const
{
    if (QLineEdit *edit = m_fields.value(key))
        return edit;
    if (QComboBox *combo = m_choices.value(key))
        return combo;
    return m_flags.value(key);
}

void SettingsDialog::showLocks(const QHash<QString, QString> &managed)
{
    // Every threshold.<type> key is shown in one field.
    QHash<QString, QString> byField;
    for (auto it = managed.cbegin(); it != managed.cend(); ++it)
        byField.insert(it.key().startsWith(QLatin1String("threshold."))
                           ? QString::fromLatin1(kTypeThresholds)
                           : it.key(),
                       it.value());
    for (auto it = m_locks.cbegin(); it != m_locks.cend(); ++it) {
        const QString where = byField.value(it.key());
        QWidget *input = this->input(it.key());
        const QString why =
            where.isEmpty()
                ? QString()
                : tr("Set by your organisation in %1; it cannot be changed here.").arg(where);
        it.value()->setVisible(!where.isEmpty());
        it.value()->setToolTip(why);
        input->setToolTip(why);
        if (where.isEmpty())
            continue;
        // Locked whatever the profile's origin: the organisation's value is the one used.
        if (auto *edit = qobject_cast<QLineEdit *>(input))
            setFieldReadOnly(edit, true);
        else
            input->setEnabled(false);
    }
    const QString activeBy = m_registry->activeLockedBy();
    m_activeLock->setVisible(!activeBy.isEmpty());
    m_activeLock->setText(
        tr("Set by your organisation: the profile in use cannot be changed (%1).").arg(activeBy));
}

void SettingsDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_formError->clear();
    m_formError->hide();
}

void SettingsDialog::showProfile(const QString &id)
{
    const auto entry = m_registry->entry(id);
    if (!entry)
        return;
    m_editingId = id;
    clearErrors();
    const QHash<QString, QString> values = SiteProfileConfig::toValues(entry->profile, kGroup);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(it.key() == QLatin1String(kTypeThresholds)
                                ? typeThresholdsText(entry->profile)
                                : values.value(kGroup + u'/' + it.key()));
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        it.value()->setCurrentIndex(
            qMax(0, it.value()->findData(values.value(kGroup + u'/' + it.key()))));
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        it.value()->setChecked(values.value(kGroup + u'/' + it.key()) == QLatin1String("true"));
    m_origin->setText(originText(entry->origin));
    setFormEditable(entry->editable());
    showLocks(m_registry->managedKeys(id));
    m_remove->setEnabled(entry->editable());
    m_activate->setEnabled(id != m_registry->activeId() && m_registry->activeLockedBy().isEmpty());
    m_token->clear();
    m_tokenStatus->clear();
}

void SettingsDialog::startNewProfile()
{
    m_list->clearSelection();
    m_editingId.clear();
    clearErrors();
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->clear();
    for (QComboBox *combo : std::as_const(m_choices))
        combo->setCurrentIndex(0);
    // A new profile starts from the defaults, as a deployment file with only the required keys.
    const QHash<QString, QString> defaults = SiteProfileConfig::toValues(SiteProfile(), kGroup);
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        it.value()->setChecked(defaults.value(kGroup + u'/' + it.key()) == QLatin1String("true"));
    m_origin->setText(tr("A new profile of your own."));
    setFormEditable(true);
    showLocks({});
    m_remove->setEnabled(false);
    m_activate->setEnabled(false);
    m_fields.value(QStringLiteral("name"))->setFocus();
}

SiteProfile SettingsDialog::formBase() const
{
    const auto entry = m_registry->entry(m_editingId);
    return entry ? entry->profile : SiteProfile();
}

void SettingsDialog::saveProfile()
{
    clearErrors();
    // Start from the profile's full settings, so keys this form does not show are kept.
    QHash<QString, QString> values = SiteProfileConfig::toValues(formBase(), kGroup);
    if (m_editingId.isEmpty())
        values.remove(kGroup + QStringLiteral("/site_id")); // a new profile has none yet
    const QString typePrefix = kGroup + QStringLiteral("/threshold.");
    values.removeIf([&typePrefix](const QHash<QString, QString>::iterator it) {
        return it.key().startsWith(typePrefix);
    });
    QString typesProblem;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (it.key() == QLatin1String(kTypeThresholds))
            typesProblem = addTypeThresholds(text, &values);
        else if (text.isEmpty()) // not set: the default applies, as the placeholder says
            values.remove(kGroup + u'/' + it.key());
        else
            values.insert(kGroup + u'/' + it.key(), text);
    }
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        values.insert(kGroup + u'/' + it.key(), it.value()->currentData().toString());
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        values.insert(kGroup + u'/' + it.key(),
                      it.value()->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    const SiteProfileConfig::Parsed parsed = SiteProfileConfig::parse(values, tr("form"), kGroup);
    QStringList general;
    if (!typesProblem.isEmpty()) {
        fieldError(QLatin1String(kTypeThresholds))->setText(typesProblem);
        fieldError(QLatin1String(kTypeThresholds))->show();
    }
    for (auto it = parsed.keyErrors.cbegin(); it != parsed.keyErrors.cend(); ++it) {
        QLabel *label = m_errors.value(it.key().startsWith(QLatin1String("threshold."))
                                           ? QString::fromLatin1(kTypeThresholds)
                                           : it.key());
        if (!label) {
            general << it.value();
            continue;
        }
        label->setText(it.value());
        label->show();
    }
    if (parsed.ok() && typesProblem.isEmpty()) {
        SiteProfile profile = parsed.profile;
        profile.id = values.value(kGroup + QStringLiteral("/id"));
        if (profile.displayName.isEmpty())
            profile.displayName = profile.id;
        general = m_registry->saveUserProfile(profile, m_editingId);
        if (general.isEmpty()) {
            m_editingId = profile.id;
            rebuildList();
            selectProfile(profile.id);
            m_tokenStatus->setText(tr("Profile saved."));
            return;
        }
    }
    if (!general.isEmpty()) {
        m_formError->setText(general.join(u'\n'));
        m_formError->show();
    }
}

void SettingsDialog::removeProfile()
{
    QString error;
    if (!m_registry->removeUserProfile(selectedId(), &error)) {
        m_formError->setText(error);
        m_formError->show();
        return;
    }
    m_editingId.clear();
    selectProfile(m_registry->activeId());
}

void SettingsDialog::activateProfile()
{
    QString error;
    if (!m_registry->setActive(selectedId(), &error)) {
        m_formError->setText(error);
        m_formError->show();
        return;
    }
    m_activate->setEnabled(false);
}

QString SettingsDialog::credentialKey() const
{
    SiteProfile p;
    p.id = m_editingId;
    return ApiTokenLoader::credentialKey(p);
}

void SettingsDialog::saveToken()
{
    const QString token = m_token->text().trimmed();
    if (m_editingId.isEmpty() || token.isEmpty()) {
        m_tokenStatus->setText(m_editingId.isEmpty() ? tr("Save the profile first.")
                                                     : tr("Paste the token first."));
        return;
    }
    const QString id = m_editingId;
    m_token->clear(); // never kept in the form, never shown back
    m_tokenStatus->setText(tr("Saving…"));
    m_store->write(
        credentialKey(), token, this, [this, id, token](const CredentialStore::Result &saved) {
            if (saved.ok()) {
                m_tokenStatus->setText(tr("Token saved in %1.").arg(m_store->backendName()));
                emit tokenChanged(id);
                return;
            }
            if (!m_sessionTokens) {
                m_tokenStatus->setText(tr("The token could not be saved: %1").arg(saved.message));
                return;
            }
            SiteProfile p;
            p.id = id;
            m_sessionTokens->write(
                ApiTokenLoader::credentialKey(p), token, this,
                [this, id, why = saved.message](const CredentialStore::Result &) {
                    m_tokenStatus->setText(
                        tr("%1\nThe token is kept in memory for this session only.").arg(why));
                    emit tokenChanged(id);
                });
        });
}

void SettingsDialog::removeToken()
{
    if (m_editingId.isEmpty())
        return;
    const QString id = m_editingId;
    const QString key = credentialKey();
    if (m_sessionTokens)
        m_sessionTokens->remove(key, this, [](const CredentialStore::Result &) {});
    m_store->remove(key, this, [this, id](const CredentialStore::Result &removed) {
        m_tokenStatus->setText(removed.ok()
                                   ? tr("Token removed.")
                                   : tr("The token could not be removed: %1").arg(removed.message));
        emit tokenChanged(id);
    });
}

void SettingsDialog::testConnection()
{
    const auto entry = m_registry->entry(m_editingId);
    if (!entry) {
        m_tokenStatus->setText(tr("Save the profile first."));
        return;
    }
    const SiteProfile site = entry->profile;
    m_testButton->setEnabled(false);
    m_tokenStatus->setText(tr("Testing the connection to %1…").arg(site.effectiveApiUrl().host()));
    const QString typed = m_token->text().trimmed();
    if (!typed.isEmpty()) {
        m_test->start(site, typed);
        return;
    }
    // No token typed: test the one in use, from the session first, then the store.
    auto fromStore = [this, site] {
        m_store->read(credentialKey(), this, [this, site](const CredentialStore::Result &stored) {
            if (!stored.ok() || stored.secret.isEmpty()) {
                m_testButton->setEnabled(true);
                m_tokenStatus->setText(
                    stored.status == CredentialStore::Status::NotFound
                        ? tr("No token is stored for %1: paste one above.").arg(site.displayName)
                        : stored.message);
                return;
            }
            m_test->start(site, stored.secret);
        });
    };
    if (!m_sessionTokens)
        return fromStore();
    m_sessionTokens->read(credentialKey(), this,
                          [this, site, fromStore](const CredentialStore::Result &session) {
                              if (session.ok() && !session.secret.isEmpty())
                                  m_test->start(site, session.secret);
                              else
                                  fromStore();
                          });
}

QString SettingsDialog::typeThresholdsText(const SiteProfile &profile)
{
    QStringList types = profile.typeThresholds.keys();
    types.sort();
    QStringList pairs;
    for (const QString &type : std::as_const(types))
        pairs << type + u'=' + QString::number(profile.typeThresholds.value(type));
    return pairs.join(QStringLiteral(", "));
}

QString SettingsDialog::addTypeThresholds(const QString &text, QHash<QString, QString> *values)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        const QString pair = item.trimmed();
        const qsizetype equals = pair.indexOf(u'=');
        const QString type = pair.left(equals).trimmed();
        if (pair.isEmpty())
            continue;
        if (equals <= 0 || type.contains(QRegularExpression(QStringLiteral("\\s"))))
            return tr("\"%1\" is not <work order type>=<threshold>").arg(pair);
        // The value is judged with the others, as threshold.<type> in a deployment file.
        values->insert(kGroup + QStringLiteral("/threshold.") + type,
                       pair.mid(equals + 1).trimmed());
    }
    return {};
}
