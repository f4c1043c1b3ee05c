#pragma once

#include <QWebEnginePage>

class QPushButton;

// The callback baseline: the least a Qt app can do with a callback. A bare page that catches
// any navigation to the fieldconnect:// scheme and at once enables a button: no parsing, no
// launch check, no database, no API.
class BaselinePage : public QWebEnginePage
{
    Q_OBJECT
public:
    BaselinePage(QWebEngineProfile *profile, QPushButton *button, QObject *parent = nullptr);

signals:
    void callbackCaptured(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    QPushButton *m_button;
};
