#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// `proxydeck serve`: the engine without a window, for a workstation's tools or a forwarder
// node of a fleet. Stops gracefully on SIGTERM or SIGINT.
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
    // `proxydeck status-token [--rotate]`: prints the status socket's token (creating it).
    static int token(CliContext &context, const QStringList &arguments);
    // `proxydeck watch list | add URL --token-stdin | remove URL`: the remote engines the
    // console's Traffic page watches (URL in the settings, token in the keychain).
    static int watch(CliContext &context, const QStringList &arguments);
};
