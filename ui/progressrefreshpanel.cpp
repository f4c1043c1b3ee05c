#include "progressrefreshpanel.h"

#include "progressrefresher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

ProgressRefreshPanel::ProgressRefreshPanel(ProgressRefresher *refresher, QWidget *parent)
    : QWidget(parent)
    , m_refresher(refresher)
{
    setObjectName(QStringLiteral("progressRefreshPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setMinimumWidth(160);
    m_bar->setAccessibleName(tr("Progress refresh"));
    m_bar->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRefreshButton"));
    m_cancel->setMinimumHeight(48);
    m_cancel->setAccessibleName(tr("Cancel the progress refresh"));
    m_cancel->hide();
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, m_refresher, &ProgressRefresher::cancel);
    connect(m_refresher, &ProgressRefresher::progressed, this, [this](int done, int total) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        m_bar->show();
        m_cancel->show();
        m_label->setText(tr("Refreshing progress: %1 of %2").arg(done).arg(total));
    });
    connect(m_refresher, &ProgressRefresher::finished, this,
            [this](int verified, int failed, bool cancelled) {
                m_bar->hide();
                m_cancel->hide();
                QString text =
                    cancelled ? tr("Progress refresh cancelled: %n verified.", nullptr, verified)
                              : tr("Progress refreshed: %n verified.", nullptr, verified);
                if (failed > 0)
                    text += u' ' + tr("%n could not be verified.", nullptr, failed);
                m_label->setText(text);
            });
}
