#pragma once

// The two versions savingloop alternates between and tst_crashsafesettings expects to find: both
// built here so the writer and the checker cannot drift apart. Large (hundreds of kilobytes of
// JSON) so that a write cut short is a visibly different file, not a near-identical one.
#include "settingsdata.h"

#include <QChar>

namespace SavingVersions {

inline constexpr int ConnectionCount = 300;

// 'A' or 'B': the same shape, every value different.
inline SettingsData settings(QChar version)
{
    const QString tag = QString(version).toLower();
    SettingsData data;
    ProxyProfile profile;
    profile.id = QStringLiteral("00000000-0000-4000-8000-00000000000") + tag;
    profile.name = QStringLiteral("Office ") + version;
    profile.host = QStringLiteral("proxy-%1.corp.example").arg(tag);
    profile.port = version == u'A' ? 3128 : 8080;
    profile.username = QStringLiteral("user-") + tag;
    data.profiles.append(profile);
    data.activeProfileId = profile.id;
    data.noProxy = {QStringLiteral("localhost"), QStringLiteral(".%1.corp.example").arg(tag)};
    for (int i = 0; i < ConnectionCount; ++i) {
        Connection connection;
        connection.id = QStringLiteral("%1-%2").arg(tag).arg(i, 5, 10, QChar(u'0'));
        connection.name = QStringLiteral("Dataset %1 %2").arg(version).arg(i);
        connection.kind = QStringLiteral("s3");
        connection.endpoint = QStringLiteral("https://bucket-%1-%2.s3.eu-west-1.amazonaws.com").arg(tag).arg(i);
        connection.useProxy = (i % 3 != 0) == (version == u'A');
        data.connections.append(connection);
    }
    return data;
}

// The anchors (make-test-certs' files): version A trusts the first two, version B all three.
inline QStringList anchorFiles()
{
    return {QStringLiteral("root.pem"), QStringLiteral("inter.pem"), QStringLiteral("leaf.pem")};
}

} // namespace SavingVersions
