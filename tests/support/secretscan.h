#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Looks for a proxy password everywhere it must not be, in each form it takes on its way out:
// as typed, percent-encoded (as in a proxy URL, either hex case) and as the Basic credentials
// base64(user:password) of a Proxy-Authorization header.
class SecretScan
{
public:
    SecretScan(const QString &user, const QString &password);

    // "Hyg-" and 20 random letters and digits among which '@', ':' and '%' (so that the
    // percent-encoded form differs from the raw one), different at every call.
    static QString randomPassword();

    // The forms of the password in bytes, by name ("raw", "percent-encoded", "base64(user:password)").
    QStringList formsIn(const QByteArray &bytes) const;
    QString percentEncoded() const;
    // "path: forms" for each regular file under dir (hidden ones included) holding one.
    QStringList filesUnder(const QString &dir) const;

    // What the processes a test started look like from outside, through /proc.
    struct ProcessCounts
    {
        int snapshots = 0;          // times a tree was walked
        QSet<qint64> seen;          // distinct pids looked at
        int unreadableEnvirons = 0; // of those, non-dumpable ones whose environ only root may read
    };
    // pid and its descendants now (from the ppid in /proc/*/stat).
    static QList<qint64> processTree(qint64 pid);
    // For pid and each descendant, "/proc/N/cmdline (comm): forms" when its command line or its
    // environment holds the password. Adds to counts.
    QStringList processesHolding(qint64 pid, ProcessCounts &counts) const;

private:
    struct Form
    {
        QString name;
        QByteArray bytes;
    };
    QList<Form> m_forms;
};
