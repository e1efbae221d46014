#pragma once

#include <QMainWindow>

class CertificatesPage;
class EngineController;
class EngineStatusWidget;
class ConnectionsPage;
class DiagnosticsPage;
class ExportPage;
class ProxyPage;
class RulesPage;
class TrafficPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class SecretStore;
class Settings;

// The console's frame: a sidebar of pages and the page shown. It only switches pages and keeps
// the window state (title, unsaved-changes mark, status bar); every page owns its own logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    // With an engine that outlives the window (the console keeps it across a language change).
    MainWindow(Settings &settings, SecretStore &secrets, EngineController *engine, QWidget *parent = nullptr);

    ProxyPage *proxyPage() const { return m_proxyPage; }
    ConnectionsPage *connectionsPage() const { return m_connectionsPage; }
    RulesPage *rulesPage() const { return m_rulesPage; }
    CertificatesPage *certificatesPage() const { return m_certificatesPage; }
    ExportPage *exportPage() const { return m_exportPage; }
    TrafficPage *trafficPage() const { return m_trafficPage; }
    DiagnosticsPage *diagnosticsPage() const { return m_diagnosticsPage; }
    EngineController *engineController() const { return m_engine; }
    EngineStatusWidget *engineStatus() const { return m_engineStatus; }
    void showPage(int index);
    // By the page's stable name: proxy, connections, rules, certificates, export, traffic, diagnostics.
    // Unknown names are ignored.
    void showPage(const QString &name);
    QString currentPageName() const;

    void showPreferences();
    // Closes for good, even when closing is set to keep ProxyDeck in the tray; false when the
    // user chose to stay (unsaved edits).
    bool closeForQuit();

Q_SIGNALS:
    // The user asked to quit (File > Quit), not just to close the window.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Certificates dropped anywhere on the window are imported (files and PEM text).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addPage(const QString &name, const QIcon &icon, const QString &title, QWidget *page);
    void createMenus();
    bool closesToTray() const;
    void updateKeychainStatus();

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ProxyPage *m_proxyPage;
    ConnectionsPage *m_connectionsPage;
    RulesPage *m_rulesPage;
    CertificatesPage *m_certificatesPage;
    ExportPage *m_exportPage;
    EngineController *m_engine;
    TrafficPage *m_trafficPage;
    DiagnosticsPage *m_diagnosticsPage;
    QLabel *m_dropHint;
    QLabel *m_keychainStatus;
    EngineStatusWidget *m_engineStatus;
    Settings &m_settings;
    SecretStore &m_secrets;
    QStringList m_pageNames;
    bool m_quitting = false;
};
