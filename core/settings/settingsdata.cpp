#include "settingsdata.h"

#include <QCoreApplication>

SettingsData SettingsData::defaults()
{
    SettingsData data;
    ProxyProfile direct;
    direct.id = ProxyProfile::newId();
    direct.name = QCoreApplication::translate("SettingsData", "Default");
    data.profiles.append(direct);
    data.activeProfileId = direct.id;
    return data;
}

const ProxyProfile *SettingsData::profileById(const QString &id) const
{
    for (const ProxyProfile &profile : profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

ProxyProfile *SettingsData::profileById(const QString &id)
{
    return const_cast<ProxyProfile *>(std::as_const(*this).profileById(id));
}

const ProxyProfile *SettingsData::profileByName(const QString &name) const
{
    for (const ProxyProfile &profile : profiles) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

const ProxyProfile *SettingsData::activeProfile() const
{
    return profileById(activeProfileId);
}

const Connection *SettingsData::connectionById(const QString &id) const
{
    for (const Connection &connection : connections) {
        if (connection.id == id)
            return &connection;
    }
    return nullptr;
}

const Connection *SettingsData::connectionByName(const QString &name) const
{
    for (const Connection &connection : connections) {
        if (connection.name.compare(name, Qt::CaseInsensitive) == 0)
            return &connection;
    }
    return nullptr;
}
