#include "statustoken.h"

#include "settingsstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace {

const QString FileName = QStringLiteral("status-token");

bool isTokenByte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

QString StatusToken::filePath(const QString &configDir)
{
    return QDir(configDir).filePath(FileName);
}

QByteArray StatusToken::generate()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool StatusToken::isWellFormed(QByteArrayView token)
{
    if (token.size() != Length)
        return false;
    for (const char c : token) {
        if (!isTokenByte(c))
            return false;
    }
    return true;
}

bool StatusToken::matches(QByteArrayView offered, QByteArrayView expected)
{
    // Hashing first makes both sides the same length, so neither an early mismatch nor a
    // length difference shows in the time taken.
    const QByteArray a = QCryptographicHash::hash(offered, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0 && !expected.isEmpty();
}

Result<QByteArray> StatusToken::rotate(const QString &configDir)
{
    const QByteArray token = generate();
    if (const Result<void> written = SettingsStore::writeAtomically(filePath(configDir), token + '\n'); !written)
        return written.error();
    return token;
}

Result<QByteArray> StatusToken::loadOrCreate(const QString &configDir)
{
    const QString path = filePath(configDir);
    QFile file(path);
    if (!file.exists())
        return rotate(configDir);
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
        return Error{tr("%1 can be read by other users: make it private (chmod 600) or rotate the token.").arg(path),
                     FileName};
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString()), FileName};
    // The whole file, not a prefix: a token followed by anything else is not a token.
    const QByteArray token = file.read(4096).trimmed();
    if (!isWellFormed(token)) {
        qsizetype position = 0;
        while (position < token.size() && position < Length && isTokenByte(token[position]))
            ++position;
        return Error{tr("%1 does not hold a status token (%2 characters of A–Z a–z 0–9 - _ expected): "
                        "rotate the token to write a new one.")
                         .arg(path)
                         .arg(Length),
                     FileName, position};
    }
    return token;
}
