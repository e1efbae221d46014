#pragma once

#include <QCoreApplication>
#include <QStringList>

// `proxydeck <command> …`: the same core as the window, for scripts and fleets.
// Errors go to stderr as one line "proxydeck: error: …"; exit codes are in exitcode.h.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when the arguments ask for a command (or --help/--version) rather than the window.
    static bool wantsCommandLine(const QStringList &arguments);
    // The --config-dir value, when given (also used by the window).
    static QString configDirArgument(const QStringList &arguments);
    // The value of "--name VALUE" or "--name=VALUE", empty when absent.
    static QString optionValue(const QStringList &arguments, const QString &name);

    static int run(const QStringList &arguments);
};
