#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// One function per command; `arguments` starts with the program name, then the command's own
// words. Each returns an exit code (exitcode.h).
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    static int show(CliContext &context, const QStringList &arguments);
    static int set(CliContext &context, const QStringList &arguments);
    static int profile(CliContext &context, const QStringList &arguments);
    static int importEnvironment(CliContext &context, const QStringList &arguments);
};
