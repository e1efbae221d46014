#pragma once

#include <QMainWindow>

class ProxyPage;
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

    ProxyPage *proxyPage() const { return m_proxyPage; }
    void showPage(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QIcon &icon, const QString &title, QWidget *page);
    void updateKeychainStatus();

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ProxyPage *m_proxyPage;
    QLabel *m_keychainStatus;
    SecretStore &m_secrets;
};
