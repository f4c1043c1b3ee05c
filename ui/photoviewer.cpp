#include "photoviewer.h"

#include "appearance.h"
#include "zoomableimage.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <cmath>

PhotoViewer::PhotoViewer(const QString &caption, const QImage &preview, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("photoViewer"));
    setWindowTitle(caption);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_caption = new QLabel(caption, this);
    m_caption->setObjectName(QStringLiteral("photoCaption"));
    m_caption->setWordWrap(true);
    Appearance::setTextRole(m_caption, Appearance::TextRole::Heading);
    top->addWidget(m_caption, 1);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("photoClose"));
    m_close->setMinimumSize(120, 56);
    m_close->setAccessibleDescription(tr("Back to the work order"));
    top->addWidget(m_close);
    layout->addLayout(top);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("photoProblem"));
    m_problem->setWordWrap(true);
    Appearance::setTone(m_problem, Appearance::Tone::WarningText);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_image = new ZoomableImage(this);
    m_image->setAccessibleName(caption);
    layout->addWidget(m_image, 1);

    auto *zoom = new QHBoxLayout;
    m_zoomOut = new QPushButton(tr("Zoom out"), this);
    m_zoomOut->setObjectName(QStringLiteral("photoZoomOut"));
    m_fit = new QPushButton(tr("Whole photo"), this);
    m_fit->setObjectName(QStringLiteral("photoFit"));
    m_zoomIn = new QPushButton(tr("Zoom in"), this);
    m_zoomIn->setObjectName(QStringLiteral("photoZoomIn"));
    m_zoomLevel = new QLabel(this);
    m_zoomLevel->setObjectName(QStringLiteral("photoZoomLevel"));
    m_zoomLevel->setMinimumWidth(80);
    m_zoomLevel->setAlignment(Qt::AlignCenter);
    zoom->addStretch();
    for (QPushButton *b : {m_zoomOut, m_fit, m_zoomIn}) {
        b->setMinimumSize(120, 56);
        b->setAutoDefault(false);
    }
    zoom->addWidget(m_zoomOut);
    zoom->addWidget(m_fit);
    zoom->addWidget(m_zoomIn);
    zoom->addWidget(m_zoomLevel);
    zoom->addStretch();
    layout->addLayout(zoom);

    connect(m_zoomIn, &QPushButton::clicked, m_image, &ZoomableImage::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, m_image, &ZoomableImage::zoomOut);
    connect(m_fit, &QPushButton::clicked, m_image, &ZoomableImage::fit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_image, &ZoomableImage::scaleChanged, this, &PhotoViewer::updateButtons);
    new QShortcut(QKeySequence::ZoomIn, this, m_image, &ZoomableImage::zoomIn);
    new QShortcut(QKeySequence::ZoomOut, this, m_image, &ZoomableImage::zoomOut);
    new QShortcut(QKeySequence(Qt::Key_0), this, m_image, &ZoomableImage::fit);

    m_image->setImage(preview);
    updateButtons();
}

void PhotoViewer::setImage(const QImage &image)
{
    if (image.isNull())
        return;
    m_image->setImage(image);
    m_problem->hide();
    updateButtons();
}

void PhotoViewer::setProblem(const QString &message)
{
    m_problem->setText(tr("Only the thumbnail can be shown: %1").arg(message));
    m_problem->show();
}

void PhotoViewer::updateButtons()
{
    const double scale = m_image->scale();
    m_zoomLevel->setText(tr("%1 %").arg(std::lround(scale * 100)));
    m_zoomIn->setEnabled(scale < ZoomableImage::kMaximumScale - 1e-6);
    m_zoomOut->setEnabled(!m_image->isFitted());
    m_fit->setEnabled(!m_image->isFitted());
}
