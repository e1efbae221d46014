#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// `proxydeck desktop show|import|apply|restore`: the desktop's own proxy settings (GNOME through
// gsettings, KDE's kioslaverc), and for macOS and Windows the commands that would set the same.
// apply shows the changes first, asks (or needs --yes), and keeps what it replaced for restore.
class DesktopCommand {
    Q_DECLARE_TR_FUNCTIONS(DesktopCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
