#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// `proxydeck pac FILE|URL [TEST-URL…] [--json]`: loads a PAC script (a file, or fetched over
// http(s) without a proxy, as browsers fetch them) and prints what it answers for each URL.
class PacCommand
{
    Q_DECLARE_TR_FUNCTIONS(PacCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
