#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A KConfig file (kioslaverc, kdeglobals …) edited in place: every line that is not changed is
// written back exactly as it was, comments, other groups and unknown keys included. QSettings is
// not used because it rewrites the whole file in its own order and escaping.
// See https://api.kde.org/frameworks/kconfig/html/options.html for the format.
class KConfigText {
public:
    // Never fails: a line that is neither a group, a key nor a comment is kept as it is.
    static KConfigText parse(const QString &text);
    QString toText() const;

    bool hasGroup(const QString &group) const;
    // The value of the last "key=value" line of the group (KConfig's rule), unescaped.
    std::optional<QString> value(const QString &group, const QString &key) const;
    QStringList keys(const QString &group) const;
    // Replaces the key's line, or adds one at the end of the group (the group at the end of the file).
    void setValue(const QString &group, const QString &key, const QString &value);
    void remove(const QString &group, const QString &key);
    // Removes the group's header when nothing but blank lines is left in it.
    void removeGroupIfEmpty(const QString &group);

    static QString unescape(const QString &value);
    static QString escape(const QString &value);

private:
    struct Line {
        QString text; // as read, without the line break
        QString group; // the group it belongs to (a header belongs to its own group)
        QString key; // empty unless a key line
        bool header = false;
    };

    qsizetype lastLineOf(const QString &group, const QString &key) const;

    QList<Line> m_lines;
    bool m_finalNewline = true;
};
