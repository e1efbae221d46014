#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// ca import|list|show|remove|bundle|trust-commands: CA anchors (F4).
class CaCommands
{
    Q_DECLARE_TR_FUNCTIONS(CaCommands)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
