#include "tokendialog.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

TokenDialog::TokenDialog(const ApiTokenLoader::Request &request, QWidget *parent)
    : QDialog(parent)
    , m_token(new QLineEdit(this))
{
    setWindowTitle(tr("Deepomatic API token"));
    setObjectName(QStringLiteral("tokenDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *label =
        new QLabel(tr("API token for %1 (%2):")
                       .arg(request.site.displayName, request.storeAvailable
                                                          ? tr("saved in %1").arg(request.storeName)
                                                          : tr("this session only")),
                   this);
    label->setWordWrap(true);
    label->setBuddy(m_token);
    layout->addWidget(label);
    m_token->setObjectName(QStringLiteral("tokenField"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setMinimumHeight(48);
    m_token->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                 | Qt::ImhNoAutoUppercase | Qt::ImhHiddenText);
    layout->addWidget(m_token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    for (QAbstractButton *button : buttons->buttons())
        button->setMinimumSize(96, 48);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString TokenDialog::token() const
{
    return m_token->text().trimmed();
}

std::optional<QString> TokenDialog::ask(QWidget *parent, const ApiTokenLoader::Request &request)
{
    if (!request.storeAvailable)
        QMessageBox::warning(parent, tr("No credential store"),
                             tr("%1\n\nThe API token will be asked at each start and kept in "
                                "memory only.")
                                 .arg(request.why));
    TokenDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.token();
}
