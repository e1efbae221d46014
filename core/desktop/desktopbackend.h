#pragma once

#include "desktopbackup.h"
#include "desktopchange.h"
#include "desktopproxy.h"
#include "result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

enum class DesktopKind { Gnome, Kde, MacOs, Windows };

// One desktop whose proxy settings ProxyDeck reads and writes (GNOME, KDE). Applying is two steps:
// changesFor() to show the diff, then apply() with exactly those changes. The first apply keeps
// the values it replaced in a backup file; restore() puts them back and removes the backup, so a
// second apply before a restore never overwrites the user's own settings in the backup.
class DesktopBackend {
    Q_DECLARE_TR_FUNCTIONS(DesktopBackend)

public:
    explicit DesktopBackend(QString backupPath);
    virtual ~DesktopBackend();
    DesktopBackend(const DesktopBackend &) = delete;
    DesktopBackend &operator=(const DesktopBackend &) = delete;

    virtual DesktopKind kind() const = 0;
    virtual Result<DesktopSnapshot> read() const = 0;
    // The keys and values that make the desktop use `wanted`: only those that matter for its mode
    // (a "none" proxy leaves the hosts as they are, as the desktops' own settings pages do).
    virtual QMap<QString, QString> keysFor(const DesktopProxy &wanted) const = 0;
    QList<DesktopChange> changesFor(const DesktopSnapshot &current, const DesktopProxy &wanted) const
    {
        return DesktopChanges::between(current.keys, keysFor(wanted));
    }
    // Fails without writing when a key's value is no longer the change's oldValue.
    virtual Result<void> apply(const QList<DesktopChange> &changes) = 0;
    // What restoring changed; an error when there is no backup.
    virtual Result<QList<DesktopChange>> restore() = 0;

    QString backupPath() const { return m_backupPath; }
    bool hasBackup() const;

    static QString name(DesktopKind kind); // gnome | kde | macos | windows
    static QString displayName(DesktopKind kind);
    static std::optional<DesktopKind> kindFromName(const QString &name);
    // XDG_CURRENT_DESKTOP when it names KDE or a gsettings desktop, else GNOME when gsettings is
    // installed, else the platform's own.
    static DesktopKind detect(const QProcessEnvironment &environment);
    static QString backupFile(const QString &configDir, DesktopKind kind);
    // GNOME and KDE; nullptr for macOS and Windows, whose commands are only shown (ForeignProxyCommands).
    static std::unique_ptr<DesktopBackend> create(DesktopKind kind, const QString &configDir);

protected:
    Result<std::optional<DesktopBackup>> loadBackup() const { return DesktopBackup::load(m_backupPath); }
    Error noBackup() const;
    Result<void> removeBackup() const;

private:
    QString m_backupPath;
};
