#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>

// Reads certificates from bytes: PEM (one or many blocks, text around them allowed) or DER.
// Each bad PEM block is reported by its index; the good ones are kept.
struct CertificateImport
{
    Q_DECLARE_TR_FUNCTIONS(CertificateImport)

public:
    QList<QSslCertificate> certificates;
    QList<Error> problems; // messages name the source and, in a bundle, the block number

    static constexpr qint64 MaxFileSize = 10 * 1024 * 1024;

    static CertificateImport fromData(const QByteArray &data, const QString &sourceName);
    static CertificateImport fromFile(const QString &path);
};
