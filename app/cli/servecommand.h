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
};
