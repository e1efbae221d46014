#pragma once

#include <QObject>
#include <QPointer>

class EngineController;
class MainWindow;
class SecretStore;
class Settings;
class TrayIcon;

// The running console: the main window, the tray icon and the local engine they share. The
// engine belongs here, not to the window, so a language change (which rebuilds the window in
// the new language) keeps a running engine and its tunnels.
class Console : public QObject
{
    Q_OBJECT

public:
    Console(Settings &settings, SecretStore &secrets, QObject *parent = nullptr);
    ~Console() override;

    MainWindow *window() const { return m_window; }
    EngineController *engine() const { return m_engine; }
    TrayIcon *tray() const { return m_tray; }
    QString appliedLanguage() const { return m_appliedLanguage; }

    // Installs the translation of the settings' language and, if it changed, rebuilds the window
    // in it. With unsaved edits on the Proxy page the rebuild waits until they are saved or
    // reverted (the page says so), so nothing typed is lost.
    void applyLanguage();

Q_SIGNALS:
    void windowRebuilt();

private:
    MainWindow *createWindow();
    void rebuildWindow();
    void showWindow();
    void quit();

    Settings &m_settings;
    SecretStore &m_secrets;
    EngineController *m_engine;
    QPointer<MainWindow> m_window;
    TrayIcon *m_tray = nullptr;
    QString m_appliedLanguage;
    bool m_rebuildPending = false;
};
