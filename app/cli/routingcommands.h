#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// route, noproxy and connection: where traffic goes and why (F2, F3).
class RoutingCommands
{
    Q_DECLARE_TR_FUNCTIONS(RoutingCommands)

public:
    static int route(CliContext &context, const QStringList &arguments);
    static int noProxy(CliContext &context, const QStringList &arguments);
    static int connection(CliContext &context, const QStringList &arguments);
};
