#pragma once

#include <QString>

// Where ProxyDeck keeps its files. One rule for the window and the command line:
// --config-dir DIR, else $PROXYDECK_CONFIG_DIR, else the platform's config folder
// (~/.config/ProxyDeck on Linux).
class ConfigLocation
{
public:
    static QString resolveDirectory(const QString &commandLineDir);
    static QString settingsFile(const QString &directory);
};
