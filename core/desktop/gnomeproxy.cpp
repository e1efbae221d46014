#include "gnomeproxy.h"

#include "gvarianttext.h"

#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace {

bool isNameCharacter(QChar c, bool allowDot)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
        || (allowDot && c == u'.');
}

bool isName(QStringView text, bool allowDot)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [allowDot](QChar c) {
        return isNameCharacter(c, allowDot);
    });
}

QString key(const QString &schemaSuffix, const QString &name)
{
    return GnomeProxy::schema() + schemaSuffix + u' ' + name;
}

} // namespace

GnomeProxy::GnomeProxy(QString backupPath, QString program)
    : DesktopBackend(std::move(backupPath))
    , m_program(std::move(program))
{
}

Result<QString> GnomeProxy::run(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    const QString path = m_program.contains(u'/') ? m_program : QStandardPaths::findExecutable(m_program);
    if (path.isEmpty()) {
        return Error{
            tr("gsettings was not found, so the GNOME proxy settings cannot be read: install it (Debian "
               "and Ubuntu package libglib2.0-bin), or choose another desktop with --desktop.")};
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(path, arguments);
    const QString command = QStringLiteral("gsettings ") + arguments.join(u' ');
    if (!process.waitForStarted(TimeoutMs))
        return Error{tr("Cannot run %1: %2").arg(path, process.errorString())};
    process.closeWriteChannel();
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error{tr("“%1” did not finish within %2 seconds.").arg(command).arg(TimeoutMs / 1000)};
    }
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // "No such schema “org.gnome.system.proxy”", or "No schemas installed" when there are none at all.
        if (arguments.value(0) == u"list-recursively"
            && errors.contains(QStringLiteral("schema"), Qt::CaseInsensitive)) {
            return Error{
                tr("The GNOME proxy settings schema %1 is not installed (gsettings says: %2). Install it "
                   "(Debian and Ubuntu package gsettings-desktop-schemas).")
                    .arg(schema(), errors)};
        }
        return Error{
            tr("“%1” failed: %2")
                .arg(command, errors.isEmpty() ? tr("exit code %1").arg(process.exitCode()) : errors)};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

Result<QString> GnomeProxy::run(const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("LANGUAGE"), QStringLiteral("C")); // untranslated errors, values unchanged
    return run(arguments, environment);
}

Result<QString> GnomeProxy::listRecursively() const
{
    return run({QStringLiteral("list-recursively"), schema()});
}

Result<QMap<QString, QString>> GnomeProxy::keys(bool schemaDefaults) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    // The memory backend starts empty, so it answers with every key's schema default.
    if (schemaDefaults)
        environment.insert(QStringLiteral("GSETTINGS_BACKEND"), QStringLiteral("memory"));
    auto text = run({QStringLiteral("list-recursively"), schema()}, environment);
    if (!text)
        return text.error();
    return parseListing(text.value());
}

Result<QMap<QString, QString>> GnomeProxy::parseListing(const QString &text)
{
    QMap<QString, QString> result;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const auto fail = [&](const QString &why) {
            return Error{tr("gsettings output, line %1: %2").arg(i + 1).arg(why), QString(), -1};
        };
        const qsizetype afterSchema = line.indexOf(u' ');
        const qsizetype afterKey = afterSchema < 0 ? -1 : line.indexOf(u' ', afterSchema + 1);
        if (afterKey < 0)
            return fail(tr("expected “schema key value”, not “%1”").arg(line.left(80)));
        const QString schemaName = line.left(afterSchema);
        const QString keyName = line.mid(afterSchema + 1, afterKey - afterSchema - 1);
        if (!isName(schemaName, true))
            return fail(tr("“%1” is not a schema name").arg(schemaName.left(80)));
        if (!isName(keyName, false))
            return fail(tr("“%1” is not a key name").arg(keyName.left(80)));
        const QString name = schemaName + u' ' + keyName;
        if (name == passwordKey())
            continue; // never held, never backed up
        auto value = GVariantText::parse(line.mid(afterKey + 1));
        if (!value) {
            return fail(tr("column %1: %2")
                            .arg(afterKey + 2 + std::max<qsizetype>(value.error().position, 0))
                            .arg(value.error().message));
        }
        result.insert(name, GVariantText::format(value.value()));
    }
    return result;
}

Result<DesktopProxy> GnomeProxy::proxyFrom(const QMap<QString, QString> &keys)
{
    // Every value is re-read from its text; a key of the wrong type is an error naming it.
    std::optional<Error> problem;
    const auto value = [&](const QString &name, QMetaType::Type type) -> QVariant {
        const auto found = keys.constFind(name);
        if (found == keys.cend() || problem)
            return {};
        auto parsed = GVariantText::parse(found.value());
        if (!parsed || parsed.value().typeId() != type) {
            problem
                = Error{tr("GNOME setting %1 has the unexpected value %2.").arg(name, found.value()), name};
            return {};
        }
        return parsed.value();
    };
    const auto text = [&](const QString &name) { return value(name, QMetaType::QString).toString(); };
    const auto server = [&](const QString &suffix) {
        const QVariant port = value(key(suffix, QStringLiteral("port")), QMetaType::LongLong);
        return DesktopProxyServer{text(key(suffix, QStringLiteral("host"))),
            quint16(port.toLongLong() > 0 && port.toLongLong() <= 65535 ? port.toLongLong() : 0)};
    };

    DesktopProxy proxy;
    const QString mode = text(key(QString(), QStringLiteral("mode")));
    if (!mode.isEmpty()) {
        const auto parsedMode = DesktopProxy::modeFromName(mode);
        if (!parsedMode && !problem)
            problem = Error{
                tr("GNOME proxy mode “%1” is not none, manual or auto.").arg(mode), QStringLiteral("mode")};
        proxy.mode = parsedMode.value_or(DesktopProxy::Mode::None);
    }
    proxy.http = server(QStringLiteral(".http"));
    proxy.https = server(QStringLiteral(".https"));
    proxy.socks = server(QStringLiteral(".socks"));
    proxy.pacUrl = text(key(QString(), QStringLiteral("autoconfig-url")));
    proxy.ignoreHosts
        = value(key(QString(), QStringLiteral("ignore-hosts")), QMetaType::QStringList).toStringList();
    const QVariant same = value(key(QString(), QStringLiteral("use-same-proxy")), QMetaType::Bool);
    proxy.useSameProxy = same.isValid() ? same.toBool() : true;
    if (value(key(QStringLiteral(".http"), QStringLiteral("use-authentication")), QMetaType::Bool).toBool())
        proxy.user = text(key(QStringLiteral(".http"), QStringLiteral("authentication-user")));
    if (problem)
        return *problem;
    return proxy;
}

Result<DesktopSnapshot> GnomeProxy::read() const
{
    auto current = keys();
    if (!current)
        return current.error();
    auto proxy = proxyFrom(current.value());
    if (!proxy)
        return proxy.error();
    DesktopSnapshot snapshot{proxy.value(), current.value(), {}};
    (void)snapshot.proxy.noProxy(&snapshot.notes);
    return snapshot;
}

QMap<QString, QString> GnomeProxy::keysFor(const DesktopProxy &wanted) const
{
    QMap<QString, QString> result;
    const auto string = [](const QString &value) { return GVariantText::quote(value); };
    result.insert(key(QString(), QStringLiteral("mode")), string(DesktopProxy::modeName(wanted.mode)));
    if (wanted.mode == DesktopProxy::Mode::Auto)
        result.insert(key(QString(), QStringLiteral("autoconfig-url")), string(wanted.pacUrl));
    if (wanted.mode != DesktopProxy::Mode::Manual)
        return result;
    const auto server = [&](const QString &suffix, const DesktopProxyServer &value) {
        result.insert(key(suffix, QStringLiteral("host")), string(value.host));
        result.insert(key(suffix, QStringLiteral("port")), QString::number(value.isSet() ? value.port : 0));
    };
    server(QStringLiteral(".http"), wanted.http);
    server(QStringLiteral(".https"), wanted.https);
    server(QStringLiteral(".socks"), wanted.socks);
    result.insert(key(QString(), QStringLiteral("ignore-hosts")), GVariantText::format(wanted.ignoreHosts));
    result.insert(
        key(QString(), QStringLiteral("use-same-proxy")), GVariantText::format(wanted.useSameProxy));
    // The user name only; GNOME's authentication-password key is never written.
    result.insert(key(QStringLiteral(".http"), QStringLiteral("use-authentication")),
        GVariantText::format(!wanted.user.isEmpty()));
    result.insert(key(QStringLiteral(".http"), QStringLiteral("authentication-user")), string(wanted.user));
    return result;
}

Result<void> GnomeProxy::write(const QString &name, const std::optional<QString> &value) const
{
    const qsizetype space = name.indexOf(u' ');
    if (name == passwordKey() || space < 0 || !name.startsWith(schema()))
        return Error{tr("ProxyDeck does not write the GNOME setting “%1”.").arg(name), name};
    QStringList arguments{
        value ? QStringLiteral("set") : QStringLiteral("reset"), name.left(space), name.mid(space + 1)};
    if (value)
        arguments.append(*value);
    auto done = run(arguments);
    if (!done)
        return done.error();
    return {};
}

Result<void> GnomeProxy::apply(const QList<DesktopChange> &changes)
{
    for (const DesktopChange &change : changes) {
        if (change.key == passwordKey() || !change.key.startsWith(schema()) || !change.newValue)
            return Error{tr("ProxyDeck does not write the GNOME setting “%1”.").arg(change.key), change.key};
    }
    auto current = keys();
    if (!current)
        return current.error();
    for (const DesktopChange &change : changes) {
        const auto found = current.value().constFind(change.key);
        const std::optional<QString> now
            = found == current.value().cend() ? std::nullopt : std::optional(found.value());
        if (now != change.oldValue) {
            return Error{
                tr("GNOME setting %1 changed since the changes were shown (it is now %2); nothing was "
                   "applied: look at the changes again.")
                    .arg(change.key, now.value_or(tr("not set"))),
                change.key};
        }
    }
    if (changes.isEmpty())
        return {};

    if (!hasBackup()) {
        DesktopBackup backup;
        backup.desktop = DesktopBackend::name(kind());
        backup.created = QDateTime::currentDateTimeUtc();
        const auto defaults = keys(true);
        for (auto it = current.value().cbegin(); it != current.value().cend(); ++it) {
            const bool atDefault = defaults && defaults.value().value(it.key()) == it.value();
            backup.entries.append({it.key(), it.value(), atDefault});
        }
        if (auto saved = backup.save(backupPath()); !saved)
            return Error{tr("Nothing was applied: the previous settings could not be kept. %1")
                             .arg(saved.error().message)};
    }

    for (const DesktopChange &change : changes) {
        if (auto written = write(change.key, change.newValue); !written)
            return written;
    }
    auto after = keys();
    if (!after)
        return after.error();
    for (const DesktopChange &change : changes) {
        if (after.value().value(change.key) != *change.newValue) {
            return Error{
                tr("gsettings did not keep %1 = %2: the settings are not being stored. Is the dconf "
                   "backend installed (package dconf-gsettings-backend) and a D-Bus session running? "
                   "GSETTINGS_BACKEND=memory keeps nothing.")
                    .arg(change.key, *change.newValue),
                change.key};
        }
    }
    return {};
}

Result<QList<DesktopChange>> GnomeProxy::restore()
{
    auto loaded = loadBackup();
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return noBackup();
    const DesktopBackup &backup = *loaded.value();
    auto current = keys();
    if (!current)
        return current.error();

    QList<DesktopChange> changes;
    for (const DesktopBackup::Entry &entry : backup.entries) {
        if (!entry.value || entry.key == passwordKey())
            continue;
        const auto found = current.value().constFind(entry.key);
        if (found != current.value().cend() && found.value() == *entry.value)
            continue;
        changes.append({entry.key,
            found == current.value().cend() ? std::nullopt : std::optional(found.value()), entry.value});
        // A value that was the default goes back to being the default (unset in dconf), not a copy of it.
        if (auto written = write(entry.key, entry.atDefault ? std::nullopt : entry.value); !written)
            return written.error();
    }

    // A system-wide default that differs from the schema's would make a reset land elsewhere: set those.
    for (int pass = 0; pass < 2; ++pass) {
        auto after = keys();
        if (!after)
            return after.error();
        bool same = true;
        for (const DesktopBackup::Entry &entry : backup.entries) {
            if (!entry.value || after.value().value(entry.key) == *entry.value)
                continue;
            same = false;
            if (pass == 1) {
                return Error{
                    tr("GNOME setting %1 could not be put back to %2 (it is %3); the backup %4 is kept.")
                        .arg(entry.key, *entry.value, after.value().value(entry.key), backupPath()),
                    entry.key};
            }
            if (auto written = write(entry.key, entry.value); !written)
                return written.error();
        }
        if (same)
            break;
    }
    if (auto removed = removeBackup(); !removed)
        return removed.error();
    return changes;
}
