#include "pinpaddialog.h"

#include "kiosklock.h"
#include "pinhash.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Bigger than the 48 px minimum: digits are hit in a row, with a glove, without looking.
constexpr int kKey = 72;
} // namespace

PinPadDialog::PinPadDialog(KioskLock *lock, QWidget *parent)
    : QDialog(parent)
    , m_lock(lock)
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("pinPadDialog"));
    setWindowTitle(tr("Leave kiosk mode"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("Supervisor PIN"), this);
    prompt->setObjectName(QStringLiteral("pinPrompt"));
    layout->addWidget(prompt);

    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("pinField"));
    m_field->setEchoMode(QLineEdit::Password);
    // An on-screen keyboard shows its digit pad and keeps no suggestion of what was typed.
    m_field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                 | Qt::ImhNoAutoUppercase);
    m_field->setMaxLength(PinHash::MaxPinLength);
    m_field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(PinHash::MaxPinLength)), m_field));
    m_field->setAccessibleName(tr("Supervisor PIN"));
    m_field->setMinimumHeight(56);
    prompt->setBuddy(m_field);
    layout->addWidget(m_field);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    auto *keypad = new QGridLayout;
    keypad->setSpacing(8);
    auto key = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setMinimumSize(kKey, kKey);
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus); // the field keeps the focus (and the keyboard's typing)
        return b;
    };
    for (int digit = 0; digit <= 9; ++digit) {
        QPushButton *b = key(QString::number(digit), QStringLiteral("digit%1").arg(digit));
        connect(b, &QPushButton::clicked, this,
                [this, digit] { m_field->insert(QString::number(digit)); });
        m_digits << b;
    }
    for (int digit = 1; digit <= 9; ++digit)
        keypad->addWidget(m_digits.at(digit), (digit - 1) / 3, (digit - 1) % 3);
    m_clear = key(tr("Clear"), QStringLiteral("pinClearButton"));
    m_clear->setAccessibleName(tr("Clear the PIN"));
    m_back = key(tr("⌫ Back"), QStringLiteral("pinBackButton"));
    m_back->setAccessibleName(tr("Delete the last digit"));
    keypad->addWidget(m_clear, 3, 0);
    keypad->addWidget(m_digits.at(0), 3, 1);
    keypad->addWidget(m_back, 3, 2);
    connect(m_clear, &QPushButton::clicked, m_field, &QLineEdit::clear);
    connect(m_back, &QPushButton::clicked, m_field, &QLineEdit::backspace);
    layout->addLayout(keypad);

    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("pinCancelButton"));
    m_ok = new QPushButton(tr("OK"), this);
    m_ok->setObjectName(QStringLiteral("pinOkButton"));
    for (QPushButton *b : {m_cancel, m_ok}) {
        b->setMinimumSize(120, 56);
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->insertSpacing(1, 32); // apart, so that a finger aiming for one misses the other
    m_ok->setDefault(true);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &PinPadDialog::submit);
    connect(m_field, &QLineEdit::returnPressed, this, &PinPadDialog::submit);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &PinPadDialog::showLockout);

    if (!m_lock->canBeLeft()) {
        m_message->setText(tr("No supervisor PIN is set in the deployment file, so kiosk mode "
                              "cannot be left here. Ask your IT department (see [kiosk] "
                              "pin_hash)."));
        setKeypadEnabled(false);
    } else if (m_lock->lockoutRemainingMs() > 0) {
        showLockout();
    }
}

void PinPadDialog::setKeypadEnabled(bool enabled)
{
    for (QPushButton *b : std::as_const(m_digits))
        b->setEnabled(enabled);
    m_clear->setEnabled(enabled);
    m_back->setEnabled(enabled);
    m_ok->setEnabled(enabled);
    m_field->setEnabled(enabled);
}

void PinPadDialog::submit()
{
    if (!m_ok->isEnabled())
        return;
    const QString pin = m_field->text();
    m_field->clear();
    switch (m_lock->tryPin(pin)) {
    case KioskLock::Answer::Unlocked:
        accept();
        return;
    case KioskLock::Answer::WrongPin:
        m_message->setText(
            tr("Wrong PIN. %n more tries before the keypad waits.", nullptr, m_lock->triesLeft()));
        return;
    case KioskLock::Answer::LockedOut:
        showLockout();
        return;
    case KioskLock::Answer::NoPinConfigured:
        return;
    }
}

void PinPadDialog::showLockout()
{
    const int remaining = m_lock->lockoutRemainingMs();
    if (remaining <= 0) {
        m_countdown->stop();
        m_message->setText(tr("You can try the PIN again."));
        setKeypadEnabled(true);
        m_field->setFocus();
        return;
    }
    setKeypadEnabled(false);
    m_message->setText(tr("Wrong PIN too many times. Try again in %n seconds.", nullptr,
                          (remaining + 999) / 1000));
    if (!m_countdown->isActive())
        m_countdown->start();
}
