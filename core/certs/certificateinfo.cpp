#include "certificateinfo.h"

#include <QRegularExpression>
#include <QSslCertificateExtension>
#include <QSslKey>

namespace {

QString displayName(const QSslCertificate &certificate, bool issuer)
{
    const QString commonName = (issuer ? certificate.issuerInfo(QSslCertificate::CommonName)
                                       : certificate.subjectInfo(QSslCertificate::CommonName)).join(QStringLiteral(", "));
    const QString organization = (issuer ? certificate.issuerInfo(QSslCertificate::Organization)
                                         : certificate.subjectInfo(QSslCertificate::Organization)).join(QStringLiteral(", "));
    if (commonName.isEmpty())
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return organization.isEmpty() ? commonName : commonName + QStringLiteral(" (") + organization + u')';
}

} // namespace

CertificateInfo CertificateInfo::inspect(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.certificate = certificate;
    info.subject = displayName(certificate, false);
    info.issuer = displayName(certificate, true);
    info.serial = QString::fromLatin1(certificate.serialNumber());
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    for (qsizetype i = 0; i < digest.size(); i += 2)
        info.sha256 += (i ? QStringLiteral(":") : QString()) + QString::fromLatin1(digest.mid(i, 2));
    // Qt 6.4's OpenSSL backend dereferences a null key in publicKey() when the certificate's key
    // does not decode (an EC point off its curve, a truncated RSA key), which a dropped file can
    // hold; OpenSSL's text form says so first.
    const QString text = certificate.toText();
    const QSslKey key = text.contains(QStringLiteral("Unable to load Public Key")) ? QSslKey() : certificate.publicKey();
    switch (key.isNull() ? QSsl::Opaque : key.algorithm()) {
    case QSsl::Rsa:
        info.keyType = QStringLiteral("RSA");
        break;
    case QSsl::Ec:
        info.keyType = QStringLiteral("EC");
        break;
    case QSsl::Dsa:
        info.keyType = QStringLiteral("DSA");
        break;
    case QSsl::Dh:
        info.keyType = QStringLiteral("DH");
        break;
    case QSsl::Opaque:
        info.keyType = tr("other");
        break;
    }
    info.keyBits = key.isNull() ? 0 : key.length();
    // Qt has no accessor for it; OpenSSL's text form names it on a line of its own.
    static const QRegularExpression signature(QStringLiteral("Signature Algorithm:\\s*(\\S+)"));
    info.signatureAlgorithm = signature.match(text).captured(1);
    info.selfSigned = certificate.isSelfSigned();
    for (const QSslCertificateExtension &extension : certificate.extensions()) {
        if (extension.name() == u"basicConstraints")
            info.isCa = extension.value().toMap().value(QStringLiteral("ca")).toBool();
    }
    return info;
}

QString CertificateInfo::shortId() const
{
    return QString(sha256).remove(u':').left(16).toLower();
}

QStringList CertificateInfo::warnings(const QDateTime &now) const
{
    QStringList list;
    if (notAfter < now)
        list.append(tr("expired on %1").arg(notAfter.toString(Qt::ISODate)));
    if (notBefore > now)
        list.append(tr("not valid before %1").arg(notBefore.toString(Qt::ISODate)));
    if (!isCa)
        list.append(tr("not a CA certificate (basicConstraints CA:FALSE or missing): it cannot sign what a "
                       "proxy presents"));
    if (signatureAlgorithm.contains(QStringLiteral("sha1"), Qt::CaseInsensitive)
        || signatureAlgorithm.contains(QStringLiteral("md5"), Qt::CaseInsensitive))
        list.append(tr("signed with %1, which current TLS libraries reject").arg(signatureAlgorithm));
    if ((keyType == u"RSA" || keyType == u"DSA") && keyBits > 0 && keyBits < 2048)
        list.append(tr("%1-bit %2 key: too weak for current TLS libraries").arg(keyBits).arg(keyType));
    return list;
}
