#include "kdeproxy.h"

#include "environmentimport.h"
#include "kconfigtext.h"
#include "proxyendpoint.h"
#include "settingsstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {

const QString ProxyType = QStringLiteral("ProxyType");
const QString HttpProxy = QStringLiteral("httpProxy");
const QString HttpsProxy = QStringLiteral("httpsProxy");
const QString SocksProxy = QStringLiteral("socksProxy");
const QString NoProxyFor = QStringLiteral("NoProxyFor");
const QString ConfigScript = QStringLiteral("Proxy Config Script");
const QString ReversedException = QStringLiteral("ReversedException");

QMap<QString, QString> groupValues(const KConfigText &config)
{
    QMap<QString, QString> values;
    for (const QString &key : KdeProxy::managedKeys()) {
        if (const auto value = config.value(KdeProxy::group(), key))
            values.insert(key, *value);
    }
    return values;
}

} // namespace

KdeProxy::KdeProxy(QString backupPath, QString filePath)
    : DesktopBackend(std::move(backupPath))
    , m_filePath(std::move(filePath))
{
}

QString KdeProxy::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("kioslaverc"));
}

QStringList KdeProxy::managedKeys()
{
    return {ProxyType, HttpProxy, HttpsProxy, SocksProxy, NoProxyFor, ConfigScript, ReversedException};
}

Result<DesktopProxyServer> KdeProxy::parseServer(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return DesktopProxyServer{};
    if (const qsizetype scheme = text.indexOf(QStringLiteral("://")); scheme >= 0)
        text = text.mid(scheme + 3);
    QString host;
    QString port;
    if (const qsizetype space = text.lastIndexOf(u' '); space >= 0) {
        host = text.left(space).trimmed();
        port = text.mid(space + 1);
    } else if (text.startsWith(u'[') && text.contains(QStringLiteral("]:"))) {
        host = text.left(text.indexOf(QStringLiteral("]:")) + 1);
        port = text.mid(text.indexOf(QStringLiteral("]:")) + 2);
    } else if (text.count(u':') == 1) {
        host = text.left(text.indexOf(u':'));
        port = text.mid(text.indexOf(u':') + 1);
    } else {
        host = text;
    }
    if (host.endsWith(u'/'))
        host.chop(1);
    if (port.endsWith(u'/'))
        port.chop(1);
    auto parsedHost = ProxyEndpoint::parseHost(host);
    if (!parsedHost)
        return Error{tr("KDE proxy “%1”: %2").arg(input, parsedHost.error().message), QStringLiteral("host")};
    if (port.isEmpty())
        return DesktopProxyServer{parsedHost.value(), 0};
    auto parsedPort = ProxyEndpoint::parsePort(port);
    if (!parsedPort)
        return Error{tr("KDE proxy “%1”: %2").arg(input, parsedPort.error().message), QStringLiteral("port")};
    return DesktopProxyServer{parsedHost.value(), parsedPort.value()};
}

QString KdeProxy::formatServer(const QString &scheme, const DesktopProxyServer &server)
{
    // The form KDE's own settings module writes: a space before the port.
    if (!server.isSet())
        return {};
    return scheme + QStringLiteral("://") + ProxyEndpoint::hostForUrl(server.host) + u' '
        + QString::number(server.port);
}

DesktopSnapshot KdeProxy::snapshotFrom(const QMap<QString, QString> &keys)
{
    DesktopSnapshot snapshot;
    snapshot.keys = keys;
    DesktopProxy &proxy = snapshot.proxy;
    const auto server = [&](const QString &key) {
        auto parsed = parseServer(keys.value(key));
        if (!parsed) {
            snapshot.notes.append(parsed.error().message);
            return DesktopProxyServer{};
        }
        return parsed.value();
    };
    proxy.http = server(HttpProxy);
    proxy.https = server(HttpsProxy);
    proxy.socks = server(SocksProxy);
    proxy.useSameProxy = proxy.http == proxy.https;
    proxy.pacUrl = keys.value(ConfigScript);
    proxy.ignoreHosts = EnvironmentImport::splitNoProxy(keys.value(NoProxyFor));
    const QString type = keys.value(ProxyType, QStringLiteral("0")).trimmed();
    if (type == u"1") {
        proxy.mode = DesktopProxy::Mode::Manual;
    } else if (type == u"2") {
        proxy.mode = DesktopProxy::Mode::Auto;
    } else if (type == u"3") {
        proxy.mode = DesktopProxy::Mode::Auto;
        proxy.pacUrl.clear(); // WPAD: the PAC file is found on the network
    } else if (type == u"4") {
        snapshot.notes.append(
            tr("KDE takes its proxy from environment variables (ProxyType=4); import those with "
               "“proxydeck import-env”."));
    } else if (type != u"0") {
        snapshot.notes.append(
            tr("KDE ProxyType=%1 is not one ProxyDeck knows; it is read as no proxy.").arg(type));
    }
    if (keys.value(ReversedException).trimmed() == u"true" && proxy.mode == DesktopProxy::Mode::Manual) {
        snapshot.notes.append(
            tr("KDE uses the proxy only for the hosts in NoProxyFor (ReversedException=true); "
               "ProxyDeck reads them as hosts that go direct."));
    }
    (void)proxy.noProxy(&snapshot.notes);
    return snapshot;
}

Result<QString> KdeProxy::readFile(bool *exists) const
{
    QFile file(m_filePath);
    *exists = file.exists();
    if (!*exists)
        return QString();
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(m_filePath, file.errorString())};
    return QString::fromUtf8(file.read(SettingsStore::MaxFileSize));
}

Result<void> KdeProxy::writeFile(const QString &text) const
{
    return SettingsStore::writeAtomically(m_filePath, text.toUtf8());
}

Result<DesktopSnapshot> KdeProxy::read() const
{
    bool exists = false;
    auto text = readFile(&exists);
    if (!text)
        return text.error();
    return snapshotFrom(groupValues(KConfigText::parse(text.value())));
}

QMap<QString, QString> KdeProxy::keysFor(const DesktopProxy &wanted) const
{
    QMap<QString, QString> result;
    switch (wanted.mode) {
    case DesktopProxy::Mode::None:
        result.insert(ProxyType, QStringLiteral("0"));
        break;
    case DesktopProxy::Mode::Auto:
        result.insert(ProxyType, wanted.pacUrl.isEmpty() ? QStringLiteral("3") : QStringLiteral("2"));
        if (!wanted.pacUrl.isEmpty())
            result.insert(ConfigScript, wanted.pacUrl);
        break;
    case DesktopProxy::Mode::Manual:
        result.insert(ProxyType, QStringLiteral("1"));
        result.insert(HttpProxy, formatServer(QStringLiteral("http"), wanted.http));
        result.insert(HttpsProxy,
            formatServer(QStringLiteral("http"), wanted.useSameProxy ? wanted.http : wanted.https));
        result.insert(SocksProxy, formatServer(QStringLiteral("socks"), wanted.socks));
        result.insert(NoProxyFor, wanted.ignoreHosts.join(u','));
        result.insert(ReversedException, QStringLiteral("false"));
        break;
    }
    return result;
}

Result<void> KdeProxy::apply(const QList<DesktopChange> &changes)
{
    bool exists = false;
    auto text = readFile(&exists);
    if (!text)
        return text.error();
    KConfigText config = KConfigText::parse(text.value());
    const QMap<QString, QString> current = groupValues(config);
    for (const DesktopChange &change : changes) {
        if (!managedKeys().contains(change.key) || !change.newValue)
            return Error{tr("ProxyDeck does not write the KDE setting “%1”.").arg(change.key), change.key};
        const std::optional<QString> now
            = current.contains(change.key) ? std::optional(current.value(change.key)) : std::nullopt;
        if (now != change.oldValue) {
            return Error{
                tr("KDE setting %1 changed since the changes were shown; nothing was applied: look at the "
                   "changes again.")
                    .arg(change.key),
                change.key};
        }
    }
    if (changes.isEmpty())
        return {};

    if (!hasBackup()) {
        DesktopBackup backup;
        backup.desktop = DesktopBackend::name(kind());
        backup.created = QDateTime::currentDateTimeUtc();
        backup.fileExisted = exists;
        backup.groupExisted = config.hasGroup(group());
        for (const QString &key : managedKeys())
            backup.entries.append(
                {key, current.contains(key) ? std::optional(current.value(key)) : std::nullopt, false});
        if (auto saved = backup.save(backupPath()); !saved)
            return Error{tr("Nothing was applied: the previous settings could not be kept. %1")
                             .arg(saved.error().message)};
    }
    for (const DesktopChange &change : changes)
        config.setValue(group(), change.key, *change.newValue);
    return writeFile(config.toText());
}

Result<QList<DesktopChange>> KdeProxy::restore()
{
    auto loaded = loadBackup();
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return noBackup();
    const DesktopBackup &backup = *loaded.value();
    bool exists = false;
    auto text = readFile(&exists);
    if (!text)
        return text.error();
    KConfigText config = KConfigText::parse(text.value());
    const QMap<QString, QString> current = groupValues(config);

    QList<DesktopChange> changes;
    for (const DesktopBackup::Entry &entry : backup.entries) {
        if (!managedKeys().contains(entry.key))
            continue;
        const std::optional<QString> now
            = current.contains(entry.key) ? std::optional(current.value(entry.key)) : std::nullopt;
        if (now == entry.value)
            continue;
        changes.append({entry.key, now, entry.value});
        if (entry.value)
            config.setValue(group(), entry.key, *entry.value);
        else
            config.remove(group(), entry.key);
    }
    if (!backup.groupExisted)
        config.removeGroupIfEmpty(group());
    const QString restored = config.toText();
    if (!backup.fileExisted && restored.trimmed().isEmpty()) {
        if (exists && !QFile::remove(m_filePath))
            return Error{tr("Cannot remove %1, which ProxyDeck created.").arg(m_filePath)};
    } else if (!changes.isEmpty() || restored != text.value()) {
        if (auto written = writeFile(restored); !written)
            return written.error();
    }
    if (auto removed = removeBackup(); !removed)
        return removed.error();
    return changes;
}
