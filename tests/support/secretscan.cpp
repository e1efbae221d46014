#include "secretscan.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QUrl>

#include <cctype>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace {

// Reads a /proc file by hand: QFile trusts the size it reports, which is 0.
QByteArray readProcFile(const QString &path, bool *readable = nullptr)
{
    QByteArray bytes;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (readable)
        *readable = fd >= 0;
    if (fd < 0)
        return bytes;
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            if (got < 0 && readable)
                *readable = false;
            break;
        }
        bytes.append(buffer, got);
    }
    ::close(fd);
    return bytes;
}

// The ppid in /proc/N/stat: the fourth field, after the command name in parentheses (which may
// itself hold spaces and parentheses).
qint64 parentOf(const QString &pid)
{
    const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

} // namespace

SecretScan::SecretScan(const QString &user, const QString &password)
{
    const QByteArray percent = QUrl::toPercentEncoding(password);
    QByteArray lowerHex = percent; // %3a instead of %3A: RFC 3986 allows both
    for (qsizetype i = 0; i + 2 < lowerHex.size(); ++i) {
        if (lowerHex.at(i) == '%') {
            lowerHex[i + 1] = char(std::tolower(lowerHex.at(i + 1)));
            lowerHex[i + 2] = char(std::tolower(lowerHex.at(i + 2)));
        }
    }
    m_forms = {{QStringLiteral("raw"), password.toUtf8()},
               {QStringLiteral("percent-encoded"), percent},
               {QStringLiteral("percent-encoded"), lowerHex},
               {QStringLiteral("base64(user:password)"), (user + u':' + password).toUtf8().toBase64()}};
}

QString SecretScan::randomPassword()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QRandomGenerator *random = QRandomGenerator::global();
    QString chars;
    for (int i = 0; i < 17; ++i)
        chars.append(alphabet.at(random->bounded(int(alphabet.size()))));
    for (const QChar special : {u'@', u':', u'%'})
        chars.insert(random->bounded(int(chars.size()) + 1), special);
    return QStringLiteral("Hyg-") + chars;
}

QString SecretScan::percentEncoded() const
{
    return QString::fromLatin1(m_forms.at(1).bytes);
}

QStringList SecretScan::formsIn(const QByteArray &bytes) const
{
    QStringList found;
    for (const Form &form : m_forms) {
        if (bytes.contains(form.bytes) && !found.contains(form.name))
            found.append(form.name);
    }
    return found;
}

QStringList SecretScan::filesUnder(const QString &dir) const
{
    QStringList hits;
    // Not QDir::System: opening a FIFO (XDG_RUNTIME_DIR has some) would block.
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (const QStringList forms = formsIn(TestSupport::readFile(path)); !forms.isEmpty())
            hits.append(path + QStringLiteral(": ") + forms.join(u", "));
    }
    return hits;
}

QList<qint64> SecretScan::processTree(qint64 pid)
{
    QHash<qint64, QList<qint64>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 child = entry.toLongLong(&number);
        if (number)
            children[parentOf(entry)].append(child);
    }
    QList<qint64> tree{pid};
    for (qsizetype i = 0; i < tree.size(); ++i)
        tree += children.value(tree.at(i));
    return tree;
}

QStringList SecretScan::processesHolding(qint64 pid, ProcessCounts &counts) const
{
    QStringList hits;
    ++counts.snapshots;
    for (const qint64 process : processTree(pid)) {
        const QString base = QStringLiteral("/proc/%1/").arg(process);
        bool readable = true;
        const QByteArray cmdline = readProcFile(base + QStringLiteral("cmdline"));
        const QByteArray environment = readProcFile(base + QStringLiteral("environ"), &readable);
        if (cmdline.isEmpty() && !QFile::exists(base))
            continue; // gone meanwhile
        if (!counts.seen.contains(process)) {
            counts.seen.insert(process);
            if (!readable && ::geteuid() != 0)
                ++counts.unreadableEnvirons;
        }
        const QString name = QString::fromUtf8(readProcFile(base + QStringLiteral("comm"))).trimmed();
        if (const QStringList forms = formsIn(cmdline); !forms.isEmpty())
            hits.append(base + QStringLiteral("cmdline (%1): ").arg(name) + forms.join(u", "));
        if (const QStringList forms = formsIn(environment); !forms.isEmpty())
            hits.append(base + QStringLiteral("environ (%1): ").arg(name) + forms.join(u", "));
    }
    return hits;
}
