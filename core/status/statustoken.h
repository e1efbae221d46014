#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

// The secret a status-socket client must present (DESIGN F5). One per configuration folder,
// in the owner-only file `status-token`: generated at the engine's first start, rotated on
// request (which locks out every client holding the old one).
class StatusToken
{
    Q_DECLARE_TR_FUNCTIONS(StatusToken)

public:
    static constexpr qsizetype Length = 43; // 32 random bytes, base64url without padding

    static QString filePath(const QString &configDir);
    // The folder's token; creates it when there is none. Refuses a file that others can read,
    // or that does not hold a token, with the file named.
    static Result<QByteArray> loadOrCreate(const QString &configDir);
    // A new token, written atomically; the old one stops working at once for new clients.
    static Result<QByteArray> rotate(const QString &configDir);
    static QByteArray generate();
    static bool isWellFormed(QByteArrayView token);
    // Compares in time that depends on neither content nor length of `offered`.
    static bool matches(QByteArrayView offered, QByteArrayView expected);
};
