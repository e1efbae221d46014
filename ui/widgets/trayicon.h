#pragma once

#include "enginecontroller.h"

#include <QSystemTrayIcon>

class QMenu;
class Settings;

// ProxyDeck in the system tray: the engine's state in the icon and its tooltip, and a menu to
// show the window, switch the active profile, and start or stop the engine. The menu is built
// when it opens, so it always lists the current profiles in the current language.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    TrayIcon(EngineController &engine, Settings &settings, QObject *parent = nullptr);
    ~TrayIcon() override;

    // The application icon with a dot in the corner: grey stopped, amber starting, green
    // running, red failed.
    static QIcon stateIcon(EngineController::State state);
    QMenu *menu() const { return m_menu; }
    void rebuildMenu();

Q_SIGNALS:
    void showWindowRequested();
    void quitRequested();

private:
    void updateState();

    EngineController &m_engine;
    Settings &m_settings;
    QMenu *m_menu;
};
