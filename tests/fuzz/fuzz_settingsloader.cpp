// libFuzzer target for the settings loader: SettingsCodec::decode on the file's bytes, and
// SettingsStore::load of the same bytes from a file in a private temporary folder (never the
// user's configuration). Checked for every input:
//  - a refused file has a message, and a byte position (when it has one) inside the input;
//  - a decoded file encodes to JSON that decodes to the same settings, and encoding that again
//    gives the same bytes (what the console saves, it loads);
//  - the decoded settings are complete: an active profile that exists, unique profile ids;
//  - load() of the file gives the decoded settings; a damaged file is moved aside to the backup
//    it names, byte for byte, and a file from a newer version is left where it is, not writable.
// Profile ids made up while decoding (version 0 files, the default profile) are random, so
// settings are compared with ids numbered in order instead. Any difference aborts, which
// libFuzzer reports as a crash.

#include "settingscodec.h"
#include "settingsstore.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_settingsloader: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

// Ids replaced by their profile's index, so that made-up ids compare equal.
SettingsData withNumberedIds(SettingsData data)
{
    for (qsizetype i = 0; i < data.profiles.size(); ++i) {
        const QString number = QString::number(i);
        if (data.activeProfileId == data.profiles.at(i).id)
            data.activeProfileId = number;
        data.profiles[i].id = number;
    }
    return data;
}

void checkComplete(const SettingsData &data)
{
    check(!data.profiles.isEmpty(), "decoded settings without a profile");
    check(data.activeProfile() != nullptr, "decoded settings whose active profile does not exist:", data.activeProfileId);
    QSet<QString> ids;
    for (const ProxyProfile &profile : data.profiles) {
        check(!profile.id.isEmpty() && !ids.contains(profile.id), "a profile id empty or used twice:", profile.id);
        ids.insert(profile.id);
        check(!(profile.usesProxy() && profile.isAutomatic()), "a profile with both a host and a PAC script");
        if (profile.usesProxy())
            check(profile.port != 0, "a proxy profile without a port:", profile.name);
    }
}

void checkStore(const QByteArray &input, const Result<SettingsData> &decoded)
{
    static QTemporaryDir folder;
    check(folder.isValid(), "no temporary folder");
    const QString path = folder.filePath(QStringLiteral("settings.json"));
    {
        QFile file(path);
        check(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(input) == input.size(),
              "cannot write the temporary settings file");
    }
    const SettingsLoadReport report = SettingsStore(path).load();
    if (decoded) {
        check(!report.problem && report.writable && report.backupPath.isEmpty(), "a decodable file loads with a problem");
        check(withNumberedIds(report.data) == withNumberedIds(decoded.value()), "load() and decode() disagree");
    } else if (decoded.error().field == u"version") {
        check(report.problem && !report.writable && report.backupPath.isEmpty(), "a newer file is not left alone");
        check(QFile::exists(path), "a newer file was moved");
    } else {
        check(report.problem && report.writable && !report.backupPath.isEmpty(), "a damaged file is not moved aside");
        check(!QFile::exists(path), "a damaged file is still in place");
        QFile backup(report.backupPath);
        check(backup.open(QIODevice::ReadOnly) && backup.readAll() == input, "the backup differs from the damaged file");
        backup.close();
        QFile::remove(report.backupPath);
    }
    QFile::remove(path);
    if (!decoded)
        checkComplete(report.data); // the defaults used instead
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = SettingsCodec::decode(input);
    if (!decoded) {
        check(!decoded.error().message.isEmpty(), "an error without a message");
        check(decoded.error().position >= -1 && decoded.error().position <= input.size(),
              "an error position outside the input:", QString::number(decoded.error().position));
        const auto [line, column] = SettingsCodec::lineAndColumn(input, decoded.error().position);
        check(line >= 1 && column >= 1, "a line or column below 1");
    } else {
        checkComplete(decoded.value());
        const QByteArray encoded = SettingsCodec::encode(decoded.value());
        const auto again = SettingsCodec::decode(encoded);
        check(bool(again), "encoded settings do not decode:",
              again ? QString() : again.error().message + u'\n' + QString::fromUtf8(encoded));
        check(again.value() == decoded.value(), "encoded settings decode to other settings:", QString::fromUtf8(encoded));
        check(SettingsCodec::encode(again.value()) == encoded, "encoding is not stable");
    }
    checkStore(input, decoded);
    return 0;
}
