#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// `proxydeck test [URL…]`: the Diagnostics page's tests from a terminal (DESIGN F6, F9). Exit 0
// when every step passed, 1 when one failed, 2 on a usage error.
class TestCommand
{
    Q_DECLARE_TR_FUNCTIONS(TestCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
