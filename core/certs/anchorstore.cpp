#include "anchorstore.h"

#include "settingsstore.h"

#include <QDir>
#include <QFile>
#include <QSslConfiguration>

namespace {

QString normalisedFingerprint(const QString &text)
{
    return QString(text).remove(u':').trimmed().toLower();
}

QString posixQuote(const QString &path)
{
    return u'\'' + QString(path).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

} // namespace

AnchorStore::AnchorStore(const QString &configDirectory)
    : m_directory(QDir(configDirectory).filePath(QStringLiteral("anchors")))
    , m_bundlePath(QDir(configDirectory).filePath(QStringLiteral("ca-bundle.pem")))
{
}

QString AnchorStore::fileOf(const CertificateInfo &info) const
{
    return QDir(m_directory).filePath(info.shortId() + QStringLiteral(".pem"));
}

QList<CertificateInfo> AnchorStore::list() const
{
    QList<CertificateInfo> anchors;
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(QDir(m_directory).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (!certificates.isEmpty() && !certificates.constFirst().isNull())
            anchors.append(CertificateInfo::inspect(certificates.constFirst()));
    }
    std::sort(anchors.begin(), anchors.end(), [](const CertificateInfo &a, const CertificateInfo &b) {
        return a.subject.compare(b.subject, Qt::CaseInsensitive) < 0;
    });
    return anchors;
}

Result<bool> AnchorStore::add(const QSslCertificate &certificate)
{
    const CertificateInfo info = CertificateInfo::inspect(certificate);
    if (QFile::exists(fileOf(info)))
        return false;
    if (auto written = SettingsStore::writeAtomically(fileOf(info), certificate.toPem()); !written)
        return written.error();
    return true;
}

Result<CertificateInfo> AnchorStore::find(const QString &fingerprint) const
{
    const QString wanted = normalisedFingerprint(fingerprint);
    if (wanted.size() < 4)
        return Error{tr("Give at least 4 hex digits of the fingerprint.")};
    QList<CertificateInfo> matches;
    for (const CertificateInfo &info : list()) {
        if (normalisedFingerprint(info.sha256).startsWith(wanted))
            matches.append(info);
    }
    if (matches.isEmpty())
        return Error{tr("No trusted CA certificate has the fingerprint %1.").arg(fingerprint)};
    if (matches.size() > 1)
        return Error{tr("%1 matches %2 certificates; give more digits.").arg(fingerprint, QString::number(matches.size()))};
    return matches.constFirst();
}

Result<void> AnchorStore::remove(const QString &fingerprint)
{
    auto found = find(fingerprint);
    if (!found)
        return found.error();
    if (!QFile::remove(fileOf(found.value())))
        return Error{tr("Cannot remove %1.").arg(fileOf(found.value()))};
    return {};
}

QString AnchorStore::systemBundlePath()
{
    for (const char *path : {"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
                             "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem"}) {
        if (QFile::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    }
    return {};
}

Result<QString> AnchorStore::writeBundle() const
{
    QByteArray bundle;
    QFile system(systemBundlePath());
    if (!system.fileName().isEmpty() && system.open(QIODevice::ReadOnly)) {
        bundle = system.readAll();
    } else {
        for (const QSslCertificate &root : QSslConfiguration::systemCaCertificates())
            bundle += root.toPem();
    }
    if (!bundle.isEmpty() && !bundle.endsWith('\n'))
        bundle += '\n';
    for (const CertificateInfo &anchor : list()) {
        bundle += "# ProxyDeck anchor: " + anchor.subject.toUtf8() + " (SHA-256 " + anchor.sha256.toLatin1() + ")\n";
        bundle += anchor.certificate.toPem();
    }
    if (auto written = SettingsStore::writeAtomically(m_bundlePath, bundle); !written)
        return written.error();
    return m_bundlePath;
}

std::optional<AnchorStore::System> AnchorStore::systemFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"debian" || lower == u"ubuntu")
        return System::Debian;
    if (lower == u"rhel" || lower == u"fedora" || lower == u"centos")
        return System::Rhel;
    if (lower == u"macos")
        return System::MacOs;
    if (lower == u"windows")
        return System::Windows;
    return std::nullopt;
}

QStringList AnchorStore::trustCommands(System system) const
{
    QStringList lines;
    const QList<CertificateInfo> anchors = list();
    for (const CertificateInfo &anchor : anchors) {
        const QString file = fileOf(anchor);
        const QString name = QStringLiteral("proxydeck-") + anchor.shortId();
        switch (system) {
        case System::Debian: // update-ca-certificates only reads *.crt there
            lines.append(QStringLiteral("sudo cp %1 /usr/local/share/ca-certificates/%2.crt").arg(posixQuote(file), name));
            break;
        case System::Rhel:
            lines.append(QStringLiteral("sudo cp %1 /etc/pki/ca-trust/source/anchors/%2.pem").arg(posixQuote(file), name));
            break;
        case System::MacOs:
            lines.append(QStringLiteral("sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain %1")
                             .arg(posixQuote(file)));
            break;
        case System::Windows:
            lines.append(QStringLiteral("certutil -addstore -f Root \"%1\"").arg(QDir::toNativeSeparators(file)));
            break;
        }
    }
    if (!anchors.isEmpty()) {
        if (system == System::Debian)
            lines.append(QStringLiteral("sudo update-ca-certificates"));
        else if (system == System::Rhel)
            lines.append(QStringLiteral("sudo update-ca-trust"));
    }
    return lines;
}
