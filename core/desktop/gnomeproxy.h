#pragma once

#include "desktopbackend.h"

#include <QProcessEnvironment>

// GNOME's proxy settings (org.gnome.system.proxy and its .http, .https, .ftp, .socks children),
// read and written with the `gsettings` program so that whatever backend the session uses
// (dconf) is the one written. Keys are named "schema key" as `gsettings list-recursively` prints
// them; values are GVariant text. authentication-password is never read into a value, never backed
// up and never written.
class GnomeProxy : public DesktopBackend {
    Q_DECLARE_TR_FUNCTIONS(GnomeProxy)

public:
    static constexpr int TimeoutMs = 10'000;

    // `program` is the gsettings to run: a path, or a name looked up in PATH.
    explicit GnomeProxy(QString backupPath, QString program = QStringLiteral("gsettings"));

    static QString schema() { return QStringLiteral("org.gnome.system.proxy"); }
    static QString passwordKey()
    {
        return QStringLiteral("org.gnome.system.proxy.http authentication-password");
    }

    DesktopKind kind() const override { return DesktopKind::Gnome; }
    Result<DesktopSnapshot> read() const override;
    QMap<QString, QString> keysFor(const DesktopProxy &wanted) const override;
    Result<void> apply(const QList<DesktopChange> &changes) override;
    Result<QList<DesktopChange>> restore() override;

    // `gsettings list-recursively` output → "schema key" → value as GVariantText::format() writes
    // it. Errors name the line. The password key is left out.
    static Result<QMap<QString, QString>> parseListing(const QString &text);
    // The proxy those keys describe; keys that are missing keep their defaults.
    static Result<DesktopProxy> proxyFrom(const QMap<QString, QString> &keys);

    // What `gsettings list-recursively org.gnome.system.proxy` prints, as it prints it.
    Result<QString> listRecursively() const;

private:
    Result<QString> run(const QStringList &arguments, const QProcessEnvironment &environment) const;
    Result<QString> run(const QStringList &arguments) const;
    Result<QMap<QString, QString>> keys(bool schemaDefaults = false) const;
    Result<void> write(const QString &key, const std::optional<QString> &value) const;

    QString m_program;
};
