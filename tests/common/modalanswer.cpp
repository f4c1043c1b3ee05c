#include "modalanswer.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>

ModalAnswer::ModalAnswer(const QString &buttonName, QObject *parent)
    : QObject(parent)
    , m_buttonName(buttonName)
{
    m_poll.setInterval(10);
    connect(&m_poll, &QTimer::timeout, this, &ModalAnswer::look);
    m_poll.start();
}

void ModalAnswer::look()
{
    QWidget *dialog = QApplication::activeModalWidget();
    if (!dialog || !dialog->isVisible())
        return;
    auto *button = dialog->findChild<QPushButton *>(m_buttonName);
    if (!button)
        return;
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        if (!label->text().isEmpty())
            texts << label->text();
    m_text = texts.join(u'\n');
    m_poll.stop();
    m_answered = true;
    button->click();
}
