#pragma once

#include "result.h"
#include "settingsdata.h"
#include "settingsstore.h"

#include <QObject>
#include <QThreadPool>

#include <optional>

// The single source of truth for what the user configured. Pages edit it, the command line
// edits it, exporters and the engine read it. Every change is validated here; saving is atomic
// and never contains a secret.
class Settings : public QObject
{
    Q_OBJECT

public:
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    ~Settings() override;

    // Reads the file (synchronously: called once at start, before any window exists).
    const SettingsLoadReport &load();
    const SettingsLoadReport &loadReport() const { return m_report; }

    const SettingsData &data() const { return m_data; }
    QString filePath() const { return m_store.filePath(); }
    bool canSave() const { return m_report.writable; }

    Result<void> save();  // synchronous, for the command line
    void saveAsync();     // for the GUI: written on a worker thread, then saveFinished()

    Result<QString> addProfile(const QString &name);                    // returns the new id
    Result<QString> profileNamedOrAdded(const QString &name);           // its id; added when missing
    Result<QString> duplicateProfile(const QString &id, const QString &newName);
    Result<void> renameProfile(const QString &id, const QString &newName);
    Result<void> removeProfile(const QString &id);
    Result<void> setActiveProfile(const QString &id);
    // Replaces the profile with the same id; fields are validated as the parsers do.
    Result<void> updateProfile(const ProxyProfile &profile);
    void setNoProxy(const QStringList &entries);
    // The console's own preferences: consoleChanged(), not changed(), follows.
    void setConsole(const ConsoleSettings &console);

    // Connections: names are unique (case-insensitive); kind and endpoint are validated.
    Result<QString> addConnection(const Connection &connection); // returns the new id
    Result<void> updateConnection(const Connection &connection);
    Result<void> removeConnection(const QString &id);
    Result<void> setConnectionUsesProxy(const QString &id, bool useProxy);
    const Connection *findConnection(const QString &nameOrId) const;

    // Resolves a profile given by name (case-insensitive) or id; empty → the active one.
    const ProxyProfile *findProfile(const QString &nameOrId) const;

Q_SIGNALS:
    void changed();
    void consoleChanged();
    void saveFinished(bool ok, const QString &errorMessage);

private:
    Result<void> checkNewName(const QString &name, const QString &exceptId) const;
    Result<Connection> validated(const Connection &connection) const;
    Error notWritable() const;

    SettingsStore m_store;
    SettingsData m_data;
    SettingsLoadReport m_report;
    QThreadPool m_writer; // one thread: writes land in the order they were asked for
};
