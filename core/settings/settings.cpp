#include "settings.h"

#include "connectionkind.h"
#include "routetarget.h"
#include "textchars.h"

#include <QPointer>
#include <QUuid>

#include <algorithm>

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_store(filePath)
    , m_data(SettingsData::defaults())
{
    m_writer.setMaxThreadCount(1);
}

Settings::~Settings()
{
    m_writer.waitForDone();
}

const SettingsLoadReport &Settings::load()
{
    m_report = m_store.load();
    m_data = m_report.data;
    Q_EMIT changed();
    return m_report;
}

Error Settings::notWritable() const
{
    return Error{tr("Not saved: %1").arg(m_report.problem ? m_report.problem->message : QString())};
}

Result<void> Settings::save()
{
    if (!canSave())
        return notWritable();
    return m_store.save(m_data);
}

void Settings::saveAsync()
{
    if (!canSave()) {
        const QString message = notWritable().message;
        QMetaObject::invokeMethod(this, [this, message] { Q_EMIT saveFinished(false, message); },
                                  Qt::QueuedConnection);
        return;
    }
    const QString path = m_store.filePath();
    const SettingsData snapshot = m_data;
    QPointer<Settings> self(this);
    m_writer.start([self, path, snapshot] {
        const Result<void> result = SettingsStore(path).save(snapshot);
        const QString message = result ? QString() : result.error().message;
        if (self) {
            QMetaObject::invokeMethod(self, [self, ok = result.ok(), message] {
                if (self)
                    Q_EMIT self->saveFinished(ok, message);
            }, Qt::QueuedConnection);
        }
    });
}

Result<void> Settings::checkNewName(const QString &name, const QString &exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A profile needs a name."), QStringLiteral("name")};
    if (trimmed.size() > 100)
        return Error{tr("A profile name may have at most 100 characters."), QStringLiteral("name")};
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (isControlCharacter(trimmed.at(i)))
            return Error{tr("A profile name must not contain a line break or another control character (character %1).")
                             .arg(i + 1),
                         QStringLiteral("name")};
    }
    const ProxyProfile *existing = m_data.profileByName(trimmed);
    if (existing && existing->id != exceptId)
        return Error{tr("A profile named “%1” already exists.").arg(existing->name), QStringLiteral("name")};
    return {};
}

Result<QString> Settings::addProfile(const QString &name)
{
    if (auto check = checkNewName(name, QString()); !check)
        return check.error();
    ProxyProfile profile;
    profile.id = ProxyProfile::newId();
    profile.name = name.trimmed();
    m_data.profiles.append(profile);
    Q_EMIT changed();
    return profile.id;
}

Result<QString> Settings::profileNamedOrAdded(const QString &name)
{
    if (const ProxyProfile *found = m_data.profileByName(name))
        return found->id;
    return addProfile(name);
}

Result<QString> Settings::duplicateProfile(const QString &id, const QString &newName)
{
    const ProxyProfile *source = m_data.profileById(id);
    if (!source)
        return Error{tr("No such profile.")};
    if (auto check = checkNewName(newName, QString()); !check)
        return check.error();
    ProxyProfile copy = *source;
    copy.id = ProxyProfile::newId();
    copy.name = newName.trimmed();
    copy.secretRef.clear(); // the password stays with the original; the copy asks for its own
    m_data.profiles.append(copy);
    Q_EMIT changed();
    return copy.id;
}

Result<void> Settings::renameProfile(const QString &id, const QString &newName)
{
    ProxyProfile *profile = m_data.profileById(id);
    if (!profile)
        return Error{tr("No such profile.")};
    if (auto check = checkNewName(newName, id); !check)
        return check;
    profile->name = newName.trimmed();
    Q_EMIT changed();
    return {};
}

Result<void> Settings::removeProfile(const QString &id)
{
    if (!m_data.profileById(id))
        return Error{tr("No such profile.")};
    if (m_data.profiles.size() == 1)
        return Error{tr("The last profile cannot be removed.")};
    m_data.profiles.removeIf([&](const ProxyProfile &p) { return p.id == id; });
    if (m_data.activeProfileId == id)
        m_data.activeProfileId = m_data.profiles.constFirst().id;
    Q_EMIT changed();
    return {};
}

Result<void> Settings::setActiveProfile(const QString &id)
{
    if (!m_data.profileById(id))
        return Error{tr("No such profile.")};
    m_data.activeProfileId = id;
    Q_EMIT changed();
    return {};
}

Result<void> Settings::updateProfile(const ProxyProfile &updated)
{
    ProxyProfile *profile = m_data.profileById(updated.id);
    if (!profile)
        return Error{tr("No such profile.")};
    if (auto check = checkNewName(updated.name, updated.id); !check)
        return check;
    ProxyProfile normalised = updated;
    normalised.name = updated.name.trimmed();
    if (updated.usesProxy()) {
        auto endpoint = ProxyEndpoint::parse(updated.scheme, updated.host, QString::number(updated.port));
        if (!endpoint)
            return endpoint.error();
        normalised.scheme = endpoint.value().scheme;
        normalised.host = endpoint.value().host;
        normalised.port = endpoint.value().port;
    }
    if (updated.isAutomatic()) {
        if (updated.usesProxy())
            return Error{tr("A profile has a fixed proxy or a PAC script, not both."), QStringLiteral("pacUrl")};
        auto location = ProxyProfile::normalizePacLocation(updated.pacUrl);
        if (!location)
            return location.error();
        normalised.pacUrl = location.value();
    }
    if (normalised.username.contains(QChar(u'\n')) || normalised.username.contains(QChar(u'\r')))
        return Error{tr("The user name must not contain a line break."), QStringLiteral("username")};
    if (*profile == normalised)
        return {};
    *profile = normalised;
    Q_EMIT changed();
    return {};
}

void Settings::setNoProxy(const QStringList &entries)
{
    if (m_data.noProxy == entries)
        return;
    m_data.noProxy = entries;
    Q_EMIT changed();
}

void Settings::setConsole(const ConsoleSettings &console)
{
    ConsoleSettings checked = console;
    checked.trafficCapacity =
        std::clamp(console.trafficCapacity, ConsoleSettings::MinTrafficCapacity, ConsoleSettings::MaxTrafficCapacity);
    if (m_data.console == checked)
        return;
    m_data.console = checked;
    Q_EMIT consoleChanged();
}

const ProxyProfile *Settings::findProfile(const QString &nameOrId) const
{
    if (nameOrId.isEmpty())
        return m_data.activeProfile();
    if (const ProxyProfile *byName = m_data.profileByName(nameOrId))
        return byName;
    return m_data.profileById(nameOrId);
}

Result<Connection> Settings::validated(const Connection &connection) const
{
    Connection result = connection;
    result.name = connection.name.trimmed();
    result.endpoint = connection.endpoint.trimmed();
    if (result.name.isEmpty())
        return Error{tr("A connection needs a name."), QStringLiteral("name")};
    const Connection *existing = m_data.connectionByName(result.name);
    if (existing && existing->id != connection.id)
        return Error{tr("A connection named “%1” already exists.").arg(existing->name), QStringLiteral("name")};
    const ConnectionKind *kind = ConnectionKind::find(connection.kind);
    if (!kind)
        return Error{tr("Unknown connection kind “%1”.").arg(connection.kind), QStringLiteral("kind")};
    if (auto target = RouteTarget::parse(result.endpoint, kind->defaultScheme); !target)
        return target.error();
    return result;
}

Result<QString> Settings::addConnection(const Connection &connection)
{
    Connection fresh = connection;
    fresh.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto checked = validated(fresh);
    if (!checked)
        return checked.error();
    m_data.connections.append(checked.value());
    Q_EMIT changed();
    return fresh.id;
}

Result<void> Settings::updateConnection(const Connection &connection)
{
    auto it = std::find_if(m_data.connections.begin(), m_data.connections.end(),
                           [&](const Connection &c) { return c.id == connection.id; });
    if (it == m_data.connections.end())
        return Error{tr("No such connection.")};
    auto checked = validated(connection);
    if (!checked)
        return checked.error();
    if (*it == checked.value())
        return {};
    *it = checked.value();
    Q_EMIT changed();
    return {};
}

Result<void> Settings::removeConnection(const QString &id)
{
    if (m_data.connections.removeIf([&](const Connection &c) { return c.id == id; }) == 0)
        return Error{tr("No such connection.")};
    Q_EMIT changed();
    return {};
}

Result<void> Settings::setConnectionUsesProxy(const QString &id, bool useProxy)
{
    const Connection *connection = m_data.connectionById(id);
    if (!connection)
        return Error{tr("No such connection.")};
    Connection changedConnection = *connection;
    changedConnection.useProxy = useProxy;
    return updateConnection(changedConnection);
}

const Connection *Settings::findConnection(const QString &nameOrId) const
{
    if (const Connection *byName = m_data.connectionByName(nameOrId))
        return byName;
    return m_data.connectionById(nameOrId);
}
