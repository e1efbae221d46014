#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// `proxydeck wpad [--json] [--timeout S] [TEST-URL…]`: Web Proxy Auto-Discovery. Prints every
// candidate tried (DHCP option 252, then wpad.<domain> up the DNS search list) and why each was
// rejected, where the PAC file came from, and what it answers for each TEST-URL.
class WpadCommand
{
    Q_DECLARE_TR_FUNCTIONS(WpadCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
