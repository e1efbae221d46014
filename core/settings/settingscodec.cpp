#include "settingscodec.h"

#include "connectionkind.h"
#include "routetarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <limits>

namespace {

const QString KeyVersion = QStringLiteral("version");
const QString KeyProfiles = QStringLiteral("profiles");
const QString KeyActiveId = QStringLiteral("activeProfileId");
const QString KeyActiveNameV0 = QStringLiteral("activeProfile");
const QString KeyNoProxy = QStringLiteral("noProxy");
const QString KeyConnections = QStringLiteral("connections");
const QString KeyConsole = QStringLiteral("console");

const QStringList KnownKeys = {KeyVersion, KeyProfiles, KeyActiveId, KeyActiveNameV0, KeyNoProxy, KeyConnections,
                               KeyConsole};

Error fieldError(const QString &field, const QString &message)
{
    return Error{SettingsCodec::tr("%1: %2").arg(field, message), field};
}

Result<QString> stringField(const QJsonObject &object, const QString &key, const QString &path,
                            bool required)
{
    const QJsonValue value = object.value(key);
    const QString fieldPath = path.isEmpty() ? key : path + u'.' + key;
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fieldError(fieldPath, SettingsCodec::tr("missing"));
        return QString();
    }
    if (!value.isString())
        return fieldError(fieldPath, SettingsCodec::tr("must be a string"));
    return value.toString();
}

Result<ProxyProfile> decodeProfile(const QJsonValue &value, const QString &path, int version)
{
    if (!value.isObject())
        return fieldError(path, SettingsCodec::tr("must be an object"));
    const QJsonObject object = value.toObject();
    ProxyProfile profile;

    auto name = stringField(object, QStringLiteral("name"), path, true);
    if (!name)
        return name.error();
    profile.name = name.value().trimmed();
    if (profile.name.isEmpty())
        return fieldError(path + u".name", SettingsCodec::tr("must not be empty"));

    auto id = stringField(object, QStringLiteral("id"), path, version >= 1);
    if (!id)
        return id.error();
    // Version 0 files were written by hand and name profiles only; give them stable ids.
    profile.id = id.value().isEmpty() ? ProxyProfile::newId() : id.value();

    auto host = stringField(object, QStringLiteral("host"), path, false);
    if (!host)
        return host.error();
    if (!host.value().trimmed().isEmpty()) {
        auto scheme = stringField(object, QStringLiteral("scheme"), path, false);
        if (!scheme)
            return scheme.error();
        const QJsonValue portValue = object.value(QStringLiteral("port"));
        QString portText;
        if (portValue.isDouble())
            portText = QString::number(portValue.toDouble(), 'g', 17);
        else if (portValue.isString())
            portText = portValue.toString();
        auto endpoint = ProxyEndpoint::parse(scheme.value().isEmpty() ? QStringLiteral("http") : scheme.value(),
                                             host.value(), portText);
        if (!endpoint)
            return fieldError(path + u'.' + endpoint.error().field, endpoint.error().message);
        profile.scheme = endpoint.value().scheme;
        profile.host = endpoint.value().host;
        profile.port = endpoint.value().port;
    }

    auto pac = stringField(object, QStringLiteral("pacUrl"), path, false);
    if (!pac)
        return pac.error();
    if (!pac.value().trimmed().isEmpty()) {
        if (profile.usesProxy())
            return fieldError(path + u".pacUrl",
                              SettingsCodec::tr("a profile has a fixed proxy (host) or a PAC script, not both"));
        auto location = ProxyProfile::normalizePacLocation(pac.value());
        if (!location)
            return fieldError(path + u".pacUrl", location.error().message);
        profile.pacUrl = location.value();
    }

    auto user = stringField(object, QStringLiteral("username"), path, false);
    if (!user)
        return user.error();
    profile.username = user.value();

    auto secretRef = stringField(object, QStringLiteral("secretRef"), path, false);
    if (!secretRef)
        return secretRef.error();
    profile.secretRef = secretRef.value();
    return profile;
}

bool insertUnique(QSet<QString> &set, const QString &value)
{
    if (set.contains(value))
        return false;
    set.insert(value);
    return true;
}

Result<Connection> decodeConnection(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fieldError(path, SettingsCodec::tr("must be an object"));
    const QJsonObject object = value.toObject();
    Connection connection;
    for (auto [key, target] : {std::pair{QStringLiteral("id"), &connection.id},
                               std::pair{QStringLiteral("name"), &connection.name},
                               std::pair{QStringLiteral("kind"), &connection.kind},
                               std::pair{QStringLiteral("endpoint"), &connection.endpoint}}) {
        auto text = stringField(object, key, path, true);
        if (!text)
            return text.error();
        *target = text.value().trimmed();
        if (target->isEmpty())
            return fieldError(path + u'.' + key, SettingsCodec::tr("must not be empty"));
    }
    const ConnectionKind *kind = ConnectionKind::find(connection.kind);
    if (!kind)
        return fieldError(path + u".kind", SettingsCodec::tr("unknown connection kind “%1”").arg(connection.kind));
    if (auto endpoint = RouteTarget::parse(connection.endpoint, kind->defaultScheme); !endpoint)
        return fieldError(path + u".endpoint", endpoint.error().message);
    const QJsonValue useProxy = object.value(QStringLiteral("useProxy"));
    if (!useProxy.isUndefined() && !useProxy.isBool())
        return fieldError(path + u".useProxy", SettingsCodec::tr("must be true or false"));
    connection.useProxy = useProxy.toBool(true);
    return connection;
}

Result<ConsoleSettings> decodeConsole(const QJsonValue &value)
{
    if (!value.isObject())
        return fieldError(KeyConsole, SettingsCodec::tr("must be an object"));
    const QJsonObject object = value.toObject();
    ConsoleSettings console;
    const QJsonValue capacity = object.value(QStringLiteral("trafficCapacity"));
    if (!capacity.isUndefined()) {
        const double number = capacity.toDouble(-1);
        // The range first: casting a number out of range (1e300) would be undefined.
        if (!capacity.isDouble() || number < ConsoleSettings::MinTrafficCapacity
            || number > ConsoleSettings::MaxTrafficCapacity || number != std::trunc(number)) {
            return fieldError(QStringLiteral("console.trafficCapacity"),
                              SettingsCodec::tr("must be a whole number from %1 to %2")
                                  .arg(ConsoleSettings::MinTrafficCapacity)
                                  .arg(ConsoleSettings::MaxTrafficCapacity));
        }
        console.trafficCapacity = int(number);
    }
    const QJsonValue engines = object.value(QStringLiteral("remoteEngines"));
    if (!engines.isUndefined() && !engines.isArray())
        return fieldError(QStringLiteral("console.remoteEngines"), SettingsCodec::tr("must be an array of strings"));
    const QJsonArray list = engines.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            return fieldError(QStringLiteral("console.remoteEngines[%1]").arg(i), SettingsCodec::tr("must be a string"));
        console.remoteEngines.append(list.at(i).toString());
    }
    const QJsonValue language = object.value(QStringLiteral("language"));
    if (!language.isUndefined()) {
        if (!language.isString() || (!language.toString().isEmpty() && !ConsoleSettings::languages().contains(language.toString()))) {
            return fieldError(QStringLiteral("console.language"),
                              SettingsCodec::tr("must be one of %1, or empty for the system's language")
                                  .arg(ConsoleSettings::languages().join(QStringLiteral(", "))));
        }
        console.language = language.toString();
    }
    const QJsonValue closeToTray = object.value(QStringLiteral("closeToTray"));
    if (!closeToTray.isUndefined()) {
        if (!closeToTray.isBool())
            return fieldError(QStringLiteral("console.closeToTray"), SettingsCodec::tr("must be true or false"));
        console.closeToTray = closeToTray.toBool();
    }
    return console;
}

} // namespace

QByteArray SettingsCodec::encode(const SettingsData &data)
{
    QJsonObject root = data.extra;
    root.insert(KeyVersion, SettingsData::CurrentVersion);
    root.insert(KeyActiveId, data.activeProfileId);

    QJsonArray profiles;
    for (const ProxyProfile &profile : data.profiles) {
        QJsonObject object{{QStringLiteral("id"), profile.id}, {QStringLiteral("name"), profile.name}};
        if (profile.usesProxy()) {
            object.insert(QStringLiteral("scheme"), profile.scheme);
            object.insert(QStringLiteral("host"), profile.host);
            object.insert(QStringLiteral("port"), int(profile.port));
        }
        if (profile.isAutomatic())
            object.insert(QStringLiteral("pacUrl"), profile.pacUrl);
        if (!profile.username.isEmpty())
            object.insert(QStringLiteral("username"), profile.username);
        if (!profile.secretRef.isEmpty())
            object.insert(QStringLiteral("secretRef"), profile.secretRef);
        profiles.append(object);
    }
    root.insert(KeyProfiles, profiles);
    root.insert(KeyNoProxy, QJsonArray::fromStringList(data.noProxy));
    if (!data.connections.isEmpty()) {
        QJsonArray connections;
        for (const Connection &connection : data.connections) {
            connections.append(QJsonObject{{QStringLiteral("id"), connection.id},
                                           {QStringLiteral("name"), connection.name},
                                           {QStringLiteral("kind"), connection.kind},
                                           {QStringLiteral("endpoint"), connection.endpoint},
                                           {QStringLiteral("useProxy"), connection.useProxy}});
        }
        root.insert(KeyConnections, connections);
    }
    if (data.console != ConsoleSettings{}) {
        QJsonObject console{{QStringLiteral("trafficCapacity"), data.console.trafficCapacity}};
        if (!data.console.remoteEngines.isEmpty())
            console.insert(QStringLiteral("remoteEngines"), QJsonArray::fromStringList(data.console.remoteEngines));
        if (!data.console.language.isEmpty())
            console.insert(QStringLiteral("language"), data.console.language);
        if (data.console.closeToTray)
            console.insert(QStringLiteral("closeToTray"), true);
        root.insert(KeyConsole, console);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::pair<int, int> SettingsCodec::lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return {line, column};
}

Result<SettingsData> SettingsCodec::decode(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports a string left open at the end ("{\"a\":\"b") one byte past the input.
        const qsizetype offset = std::min<qsizetype>(parseError.offset, json.size());
        const auto [line, column] = lineAndColumn(json, offset);
        return Error{tr("not valid JSON at line %1, column %2 (byte %3): %4")
                         .arg(line).arg(column).arg(offset).arg(parseError.errorString()),
                     QString(), offset};
    }
    if (!document.isObject())
        return Error{tr("the top level must be a JSON object")};
    const QJsonObject root = document.object();

    int version = 0; // files without a version were written by hand before versioning
    if (root.contains(KeyVersion)) {
        const QJsonValue value = root.value(KeyVersion);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != std::trunc(number))
            return fieldError(KeyVersion, tr("must be a whole number"));
        // A far-future version does not fit in an int (casting it would be undefined); it is still newer.
        version = int(std::min<double>(number, std::numeric_limits<int>::max()));
    }
    if (version > SettingsData::CurrentVersion) {
        return Error{tr("written by a newer ProxyDeck (settings version %1; this one reads up to %2). "
                        "Update ProxyDeck; the file was left untouched.")
                         .arg(version).arg(SettingsData::CurrentVersion), KeyVersion};
    }

    SettingsData data;
    const QJsonValue profilesValue = root.value(KeyProfiles);
    if (!profilesValue.isUndefined() && !profilesValue.isArray())
        return fieldError(KeyProfiles, tr("must be an array"));
    const QJsonArray profiles = profilesValue.toArray();
    QSet<QString> names;
    QSet<QString> ids;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QString path = QStringLiteral("profiles[%1]").arg(i);
        auto profile = decodeProfile(profiles.at(i), path, version);
        if (!profile)
            return profile.error();
        const QString folded = profile.value().name.toCaseFolded();
        if (names.contains(folded))
            return fieldError(path + u".name", tr("“%1” is used by two profiles").arg(profile.value().name));
        if (ids.contains(profile.value().id))
            return fieldError(path + u".id", tr("“%1” is used by two profiles").arg(profile.value().id));
        names.insert(folded);
        ids.insert(profile.value().id);
        data.profiles.append(profile.value());
    }

    if (version == 0) {
        auto activeName = stringField(root, KeyActiveNameV0, QString(), false);
        if (!activeName)
            return activeName.error();
        if (const ProxyProfile *active = data.profileByName(activeName.value()))
            data.activeProfileId = active->id;
    } else {
        auto activeId = stringField(root, KeyActiveId, QString(), false);
        if (!activeId)
            return activeId.error();
        data.activeProfileId = activeId.value();
    }
    if (data.profiles.isEmpty())
        data = SettingsData::defaults();
    if (!data.profileById(data.activeProfileId))
        data.activeProfileId = data.profiles.constFirst().id;

    const QJsonValue noProxy = root.value(KeyNoProxy);
    if (!noProxy.isUndefined()) {
        if (!noProxy.isArray())
            return fieldError(KeyNoProxy, tr("must be an array of strings"));
        const QJsonArray entries = noProxy.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (!entries.at(i).isString())
                return fieldError(QStringLiteral("noProxy[%1]").arg(i), tr("must be a string"));
            data.noProxy.append(entries.at(i).toString());
        }
    }

    const QJsonValue connectionsValue = root.value(KeyConnections);
    if (!connectionsValue.isUndefined() && !connectionsValue.isArray())
        return fieldError(KeyConnections, tr("must be an array"));
    const QJsonArray connections = connectionsValue.toArray();
    QSet<QString> connectionNames;
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const QString path = QStringLiteral("connections[%1]").arg(i);
        auto connection = decodeConnection(connections.at(i), path);
        if (!connection)
            return connection.error();
        if (!insertUnique(connectionNames, connection.value().name.toCaseFolded()))
            return fieldError(path + u".name", tr("“%1” is used by two connections").arg(connection.value().name));
        data.connections.append(connection.value());
    }

    const QJsonValue consoleValue = root.value(KeyConsole);
    if (!consoleValue.isUndefined()) {
        auto console = decodeConsole(consoleValue);
        if (!console)
            return console.error();
        data.console = console.value();
    }

    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!KnownKeys.contains(it.key()))
            data.extra.insert(it.key(), it.value());
    }
    return data;
}
