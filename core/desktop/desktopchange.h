#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One setting the desktop would change: its key as the desktop names it ("org.gnome.system.proxy
// mode", "httpProxy") and the values as the desktop writes them; nullopt when the key is absent.
struct DesktopChange {
    QString key;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;

    friend bool operator==(const DesktopChange &, const DesktopChange &) = default;
};

class DesktopChanges {
    Q_DECLARE_TR_FUNCTIONS(DesktopChanges)

public:
    // The keys of `wanted` whose value differs from `current` (absent keys differ), in key order.
    static QList<DesktopChange> between(
        const QMap<QString, QString> &current, const QMap<QString, QString> &wanted);
    // "key: old → new", one line per change, for people.
    static QStringList describe(const QList<DesktopChange> &changes);
};
