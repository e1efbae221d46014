#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The desktop's proxy keys as they were before ProxyDeck first applied a profile, kept as JSON in
// the ProxyDeck config folder so that restore can put every one of them back. Never a password.
struct DesktopBackup {
    Q_DECLARE_TR_FUNCTIONS(DesktopBackup)

public:
    struct Entry {
        QString key;
        std::optional<QString> value; // nullopt: the key was absent (KDE)
        bool atDefault = false; // GNOME: the value was the schema's default, so restore resets it

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static constexpr int CurrentVersion = 1;

    QString desktop; // "gnome" | "kde"
    QDateTime created;
    QList<Entry> entries;
    bool fileExisted = true; // KDE: kioslaverc was there
    bool groupExisted = true; // KDE: it had a [Proxy Settings] group

    const Entry *entry(const QString &key) const;

    QByteArray toJson() const;
    static Result<DesktopBackup> fromJson(const QByteArray &bytes, const QString &path);

    // nullopt when there is no backup at path.
    static Result<std::optional<DesktopBackup>> load(const QString &path);
    Result<void> save(const QString &path) const; // atomic, owner-only

    friend bool operator==(const DesktopBackup &, const DesktopBackup &) = default;
};
