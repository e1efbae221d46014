#include "desktopbackend.h"

#include "gnomeproxy.h"
#include "kdeproxy.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

DesktopBackend::DesktopBackend(QString backupPath)
    : m_backupPath(std::move(backupPath))
{
}

DesktopBackend::~DesktopBackend() = default;

bool DesktopBackend::hasBackup() const
{
    return QFile::exists(m_backupPath);
}

Error DesktopBackend::noBackup() const
{
    return Error{tr("There is nothing to restore: no backup at %1 (ProxyDeck did not apply a profile to the "
                    "desktop, or it was restored already).")
                     .arg(m_backupPath)};
}

Result<void> DesktopBackend::removeBackup() const
{
    QFile file(m_backupPath);
    if (file.exists() && !file.remove())
        return Error{tr("The settings were restored but the backup %1 could not be removed: %2")
                         .arg(m_backupPath, file.errorString())};
    return {};
}

QString DesktopBackend::name(DesktopKind kind)
{
    switch (kind) {
    case DesktopKind::Kde:
        return QStringLiteral("kde");
    case DesktopKind::MacOs:
        return QStringLiteral("macos");
    case DesktopKind::Windows:
        return QStringLiteral("windows");
    case DesktopKind::Gnome:
        break;
    }
    return QStringLiteral("gnome");
}

QString DesktopBackend::displayName(DesktopKind kind)
{
    switch (kind) {
    case DesktopKind::Kde:
        return tr("KDE");
    case DesktopKind::MacOs:
        return tr("macOS");
    case DesktopKind::Windows:
        return tr("Windows");
    case DesktopKind::Gnome:
        break;
    }
    return tr("GNOME");
}

std::optional<DesktopKind> DesktopBackend::kindFromName(const QString &text)
{
    for (const DesktopKind kind :
        {DesktopKind::Gnome, DesktopKind::Kde, DesktopKind::MacOs, DesktopKind::Windows}) {
        if (text.compare(name(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

DesktopKind DesktopBackend::detect(const QProcessEnvironment &environment)
{
    // XDG_CURRENT_DESKTOP is a colon-separated list ("ubuntu:GNOME"); these desktops read
    // org.gnome.system.proxy.
    const QStringList desktops
        = environment.value(QStringLiteral("XDG_CURRENT_DESKTOP")).toUpper().split(u':');
    if (desktops.contains(QStringLiteral("KDE")))
        return DesktopKind::Kde;
    for (const char *gnomeLike : {"GNOME", "UNITY", "CINNAMON", "BUDGIE", "PANTHEON", "MATE"}) {
        if (desktops.contains(QLatin1String(gnomeLike)))
            return DesktopKind::Gnome;
    }
#if defined(Q_OS_MACOS)
    return DesktopKind::MacOs;
#elif defined(Q_OS_WIN)
    return DesktopKind::Windows;
#else
    if (QStandardPaths::findExecutable(QStringLiteral("gsettings")).isEmpty()
        && QFile::exists(KdeProxy::defaultPath()))
        return DesktopKind::Kde;
    return DesktopKind::Gnome;
#endif
}

QString DesktopBackend::backupFile(const QString &configDir, DesktopKind kind)
{
    return QDir(configDir).filePath(QStringLiteral("desktop-backup-%1.json").arg(name(kind)));
}

std::unique_ptr<DesktopBackend> DesktopBackend::create(DesktopKind kind, const QString &configDir)
{
    switch (kind) {
    case DesktopKind::Gnome:
        return std::make_unique<GnomeProxy>(backupFile(configDir, kind));
    case DesktopKind::Kde:
        return std::make_unique<KdeProxy>(backupFile(configDir, kind));
    case DesktopKind::MacOs:
    case DesktopKind::Windows:
        break;
    }
    return nullptr;
}
