#pragma once

#include <QMenu>
#include <QPointer>

#include <functional>

class AboutDialog;
class DiagnosticsExport;
class QMainWindow;
class QMessageBox;

// The Help menu: About FieldConnect, Open log folder and Export diagnostics…, for a technician
// on the phone with support. The folder is opened and the file chosen through functions a test
// may replace; the product's are the desktop's (QDesktopServices) and a save dialog.
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &url)>;
    // The file to write, or empty when the user cancelled.
    using SaveFileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    // `diagnostics` is not owned and outlives the menu; the menu is added to `window`'s bar.
    HelpMenu(DiagnosticsExport *diagnostics, QMainWindow *window);

    QAction *aboutAction() const { return m_about; }
    QAction *openLogFolderAction() const { return m_openLogs; }
    QAction *exportDiagnosticsAction() const { return m_export; }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

    // The open About dialog, and the message that says where the archive went (or why not).
    AboutDialog *aboutDialog() const;
    QMessageBox *exportResultBox() const;

    void showAbout();
    void openLogFolder();
    void exportDiagnostics();

private:
    void showStatus(const QString &text);

    DiagnosticsExport *m_diagnostics;
    QMainWindow *m_window;
    QAction *m_about;
    QAction *m_openLogs;
    QAction *m_export;
    UrlOpener m_openUrl;
    SaveFileChooser m_chooseFile;
    QPointer<AboutDialog> m_aboutDialog;
    QPointer<QMessageBox> m_resultBox;
    bool m_exporting = false;
};
