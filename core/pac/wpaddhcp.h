#pragma once

#include "wpadcandidates.h"

#include <QCoreApplication>
#include <QStringList>

// The DHCP half of WPAD: option 252 ("auto-proxy-config", a URL), where Linux keeps it. There is
// no system call for it; each DHCP client stores leases its own way:
//   dhclient            /var/lib/dhcp/dhclient*.leases, /var/lib/dhclient/*.lease(s): an
//                       `option <name> "…";` line, named as dhclient.conf declared code 252
//                       (wpad, proxy-auto-discovery, wpad-url …) or `unknown-252` when it was not
//                       declared, as text or as colon-separated hex bytes
//   NetworkManager      `nmcli -t -f DHCP4 device show`: `DHCP4.OPTION[n]:wpad = http://…`
//   systemd-networkd    /run/systemd/netif/leases/<ifindex>: KEY=VALUE; it does not request 252,
//                       but keeps private options as OPTION_252=<hex> when a server sends them
// The parsers are lenient (a value may end in the NUL byte some Windows DHCP servers append) and
// keep only http(s) URLs with a host. Newest lease first.
class WpadDhcp
{
    Q_DECLARE_TR_FUNCTIONS(WpadDhcp)

public:
    static QStringList parseDhclientLeases(const QString &text);
    static QStringList parseNmcli(const QString &text);
    static QStringList parseNetworkdLease(const QString &text);
    // One lease file of either format (told apart by its content).
    static QStringList parseLeaseFile(const QString &text);

    // The lease files of dhclient and systemd-networkd present on this machine.
    static QStringList systemLeaseFiles();
    // Candidates from lease files (small files, read here), in order, without repeats.
    static QList<WpadCandidate> fromLeaseFiles(const QStringList &paths);
    // Candidates from nmcli's output.
    static QList<WpadCandidate> fromNmcli(const QString &output);

    // "http://wpad.example.com/wpad.dat" when text is such a URL (after undoing quoting, hex
    // bytes and a trailing NUL); empty otherwise.
    static QString cleanUrl(const QString &text);
};
