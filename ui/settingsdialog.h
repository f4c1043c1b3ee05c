#pragma once

#include "siteprofile.h"

#include <QDialog>
#include <QHash>

class ConnectionTest;
class QCheckBox;
class CredentialStore;
class ProfileRegistry;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Site profiles and API tokens: the list of profiles (deployment ones read-only, each value
// the organisation set marked "Set by your organisation", the user's own editable), a form
// whose problems are shown in words next to each field, "Use this profile" to switch (unless
// the organisation chose it), and the selected profile's API token: set (never shown back),
// Test connection, remove. Tokens go only through the CredentialStore.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `sessionTokens`: where a token typed on a machine without a credential store is kept for
    // this session (may be null). `storeNote`: what the user must know about the credential
    // store in use (a warning for the file store, "none on this computer"), or empty.
    SettingsDialog(ProfileRegistry *registry, CredentialStore *store,
                   CredentialStore *sessionTokens, const QString &storeNote,
                   QWidget *parent = nullptr);

    QString selectedId() const;
    void selectProfile(const QString &id);
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QComboBox *choice(const QString &key) const { return m_choices.value(key); }
    QLabel *fieldError(const QString &key) const { return m_errors.value(key); }
    // "Set by your organisation" under a field, shown when the organisation set its value.
    QLabel *fieldLock(const QString &key) const { return m_locks.value(key); }
    QCheckBox *flag(const QString &key) const { return m_flags.value(key); }
    // The field, choice or flag of `key`; "type_thresholds" is the field of every
    // threshold.<type> key ("installation=80, maintenance=60").
    QWidget *input(const QString &key) const;

signals:
    // The token of this profile was saved, or removed: whoever uses it should read it again.
    void tokenChanged(const QString &profileId);

private:
    void rebuildList();
    void showProfile(const QString &id);
    void startNewProfile();
    void saveProfile();
    void removeProfile();
    void activateProfile();
    void saveToken();
    void removeToken();
    void testConnection();
    void setFormEditable(bool editable);
    static void setFieldReadOnly(QLineEdit *edit, bool readOnly);
    static QString typeThresholdsText(const SiteProfile &profile);
    // Adds the threshold.<type> keys the field names; a problem of its syntax, or empty.
    static QString addTypeThresholds(const QString &text, QHash<QString, QString> *values);
    // `managed`: the keys the organisation set (key -> where), shown locked.
    void showLocks(const QHash<QString, QString> &managed);
    void clearErrors();
    QString credentialKey() const;
    SiteProfile formBase() const;

    ProfileRegistry *m_registry;
    CredentialStore *m_store;
    CredentialStore *m_sessionTokens;
    ConnectionTest *m_test;
    QString m_editingId; // empty while adding a new profile
    QListWidget *m_list;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QComboBox *> m_choices;
    QHash<QString, QCheckBox *> m_flags;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_locks;
    QLabel *m_activeLock;
    QLabel *m_origin;
    QLabel *m_formError;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_activate;
    QLineEdit *m_token;
    QLabel *m_tokenStatus;
    QPushButton *m_testButton;
};
