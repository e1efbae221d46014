#include "certificateimport.h"

#include <QFile>
#include <QFileInfo>

namespace {

const QByteArray Begin = "-----BEGIN CERTIFICATE-----";
const QByteArray End = "-----END CERTIFICATE-----";

} // namespace

CertificateImport CertificateImport::fromData(const QByteArray &data, const QString &source)
{
    CertificateImport result;
    const auto fail = [&](const QString &message, qsizetype position = -1) {
        result.problems.append(Error{message, source, position});
    };
    if (data.trimmed().isEmpty()) {
        fail(tr("%1 is empty.").arg(source));
        return result;
    }
    if (data.size() > MaxFileSize) {
        fail(tr("%1 is %2 bytes; certificates are far smaller (limit %3 bytes).").arg(source, QString::number(data.size()), QString::number(MaxFileSize)));
        return result;
    }

    if (data.contains("-----BEGIN PKCS7-----")) {
        // Qt's TLS backends read no PKCS#7; openssl converts it in one step.
        fail(tr("%1 is a PKCS#7 bundle, which ProxyDeck cannot read; convert it with "
                "“openssl pkcs7 -print_certs -in %1 -out %1.pem” and import the .pem.").arg(source));
        return result;
    }
    if (!data.contains("-----BEGIN")) {
        // No PEM armour: DER, or not a certificate at all.
        const QList<QSslCertificate> der = QSslCertificate::fromData(data, QSsl::Der);
        if (der.isEmpty() || der.constFirst().isNull())
            fail(tr("%1 is not a certificate (neither PEM nor DER).").arg(source));
        else
            result.certificates = der;
        return result;
    }

    int block = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = data.indexOf(Begin, from);
        if (begin < 0)
            break;
        ++block;
        const qsizetype end = data.indexOf(End, begin);
        const qsizetype nextBegin = data.indexOf(Begin, begin + Begin.size());
        if (end < 0 || (nextBegin >= 0 && nextBegin < end)) {
            fail(tr("%1, certificate %2: the PEM block is truncated (no END line).").arg(source, QString::number(block)), begin);
            if (nextBegin < 0)
                break;
            from = nextBegin;
            continue;
        }
        const QByteArray pem = data.mid(begin, end + End.size() - begin);
        const QList<QSslCertificate> parsed = QSslCertificate::fromData(pem, QSsl::Pem);
        if (parsed.isEmpty() || parsed.constFirst().isNull())
            fail(tr("%1, certificate %2: the PEM block does not hold a valid certificate.").arg(source, QString::number(block)), begin);
        else
            result.certificates.append(parsed.constFirst());
        from = end + End.size();
    }
    if (block == 0)
        fail(tr("%1 has PEM data but no certificate (expected “%2”).").arg(source, QString::fromLatin1(Begin)));
    return result;
}

CertificateImport CertificateImport::fromFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CertificateImport result;
        result.problems.append(Error{tr("Cannot read %1: %2").arg(path, file.errorString()), name});
        return result;
    }
    if (file.size() > MaxFileSize) {
        CertificateImport result;
        result.problems.append(Error{tr("%1 is %2 bytes; certificates are far smaller (limit %3 bytes).")
                                         .arg(name, QString::number(file.size()), QString::number(MaxFileSize)), name});
        return result;
    }
    return fromData(file.readAll(), name);
}
