#pragma once

#include "settingsdata.h"
#include "statusclient.h"
#include "tunnelrecord.h"

#include <QWidget>

#include <vector>

class QHBoxLayout;
class QToolButton;
class RemoteEngine;
class SecretStore;
class Settings;

// The engines the Traffic page watches besides the console's own (DESIGN F5/F7): `proxydeck
// serve` on forwarder nodes, reached over their status sockets. One button per engine tells its
// state (connected, trying again in n s, turned away) and offers reconnect and disconnect;
// "Connect to engine…" adds one. The URLs are remembered in the settings, the tokens in the
// keychain, so the same engines are watched again at the next start.
class RemoteEnginesBar : public QWidget
{
    Q_OBJECT

public:
    RemoteEnginesBar(Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~RemoteEnginesBar() override;

    // Starts watching; remember: also store the URL in the settings and the token in the keychain.
    void connectTo(const QUrl &url, const QByteArray &token, bool remember);
    // Stops watching and forgets the engine (URL and token).
    void disconnectFrom(const QString &name);
    // Watches the engines remembered in the settings (their tokens read from the keychain).
    void restore();

    QList<RemoteEngine *> engines() const;
    RemoteEngine *engine(const QString &name) const;
    // Sum of the connected engines' current rates, bytes per second.
    std::pair<double, double> rates() const;
    QString stateText(const QString &name) const;
    static QString tokenKey(const QString &name) { return ConsoleSettings::remoteTokenKey(name); }

    // Asks for a URL and a token, then connects.
    void showConnectDialog(const QString &url = {});

Q_SIGNALS:
    void snapshotReceived(const QString &engine, const TunnelRecords &records);
    void changesReceived(const TunnelRecords &records);
    void engineLost(const QString &engine);
    void engineRemoved(const QString &engine);
    void statusReceived();
    void enginesChanged();
    void message(const QString &text);

private:
    struct Entry
    {
        RemoteEngine *engine = nullptr;
        QToolButton *button = nullptr;
    };
    void add(const QUrl &url, const QByteArray &token);
    void drop(const QString &name);
    void updateButton(const Entry &entry);
    void remember(const QUrl &url, bool keep);

    Settings &m_settings;
    SecretStore &m_secrets;
    QHBoxLayout *m_layout;
    QToolButton *m_connect;
    std::vector<Entry> m_entries;
};
