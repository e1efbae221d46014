#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// export: the settings in another tool's format (F8).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
