#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSslCertificate>
#include <QStringList>

// What a user needs to judge a CA certificate before trusting it.
struct CertificateInfo
{
    Q_DECLARE_TR_FUNCTIONS(CertificateInfo)

public:
    QSslCertificate certificate;
    QString subject;
    QString issuer;
    QString serial;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;            // upper-case hex, colon-separated (as browsers show it)
    QString keyType;           // RSA, EC, DSA, …
    int keyBits = 0;
    QString signatureAlgorithm;
    bool isCa = false;         // basicConstraints CA:TRUE
    bool selfSigned = false;

    static CertificateInfo inspect(const QSslCertificate &certificate);
    // The short fingerprint used in file names and on the command line: 16 lower-case hex digits.
    QString shortId() const;
    // Problems worth a warning (the certificate can still be imported): expired, not yet valid,
    // not a CA, SHA-1 signature, weak key.
    QStringList warnings(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};
