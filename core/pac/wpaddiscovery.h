#pragma once

#include "pacfetch.h"
#include "wpadcandidates.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>
#include <optional>

class QProcess;

// Where WpadDiscovery looks; the defaults are this machine.
struct WpadOptions
{
    int timeoutMs = 3000; // per candidate URL, the whole fetch
    // DHCP lease files to read; nullopt: the system's (WpadDhcp::systemLeaseFiles()).
    std::optional<QStringList> leaseFiles;
    // NetworkManager's command line, asked for its DHCP options; empty: not asked. Found in PATH;
    // absent is not an error (not every machine runs NetworkManager).
    QString nmcli = QStringLiteral("nmcli");
    int nmcliTimeoutMs = 3000;
    // DNS domains to walk; nullopt: the system's (WpadCandidates::systemDomains(resolvConf)).
    std::optional<QList<WpadDomain>> domains;
    QString resolvConf = QStringLiteral("/etc/resolv.conf");

    // The defaults, changed by two environment variables (for tests, and for a lease kept
    // somewhere unusual):
    //   PROXYDECK_DHCP_LEASES=FILE[:FILE…]  read only these lease files (dhclient or networkd
    //                                       format), and do not ask NetworkManager
    //   PROXYDECK_NMCLI=PROGRAM             run this instead of nmcli (empty: do not ask)
    static WpadOptions fromEnvironment(const QProcessEnvironment &environment);
};

// One candidate tried, and what came of it.
struct WpadAttempt
{
    enum class Outcome { Found, NoSuchHost, ConnectionRefused, HttpStatus, Timeout, TooLarge, NotPac, NetworkError };
    WpadCandidate candidate;
    Outcome outcome = Outcome::NetworkError;
    QString reason; // translated, e.g. "the server answered 404 Not Found"; empty when found
    int httpStatus = 0;
    qint64 elapsedMs = 0;

    // Stable words for --json and scripts: found, no-such-host, connection-refused, http-status,
    // timeout, too-large, not-pac, network-error.
    QString outcomeWord() const;
};

struct WpadResult
{
    QList<WpadCandidate> candidates; // every candidate, DHCP first, in the order they are tried
    QList<WpadAttempt> attempts;     // those tried, in order; the last is the one found, if any
    std::optional<WpadCandidate> found;
    QString pacText; // the PAC script when found
    QStringList notes; // translated remarks on the sources (nmcli failed, no domain known …)

    bool ok() const { return found.has_value(); }
};

// Web Proxy Auto-Discovery: finds this network's PAC file. Tries DHCP option 252 first (the
// URLs in the lease files and NetworkManager's options, WpadDhcp), then DNS (wpad.<domain>/wpad.dat
// walking up the search domains, WpadCandidates, which says which domains are never asked), one
// candidate at a time, each fetched directly (never through a proxy), at most 1 MiB and
// WpadOptions::timeoutMs. A candidate is accepted only when it answers 200 and its body loads as
// a PAC script defining FindProxyForURL; the first accepted ends the search.
//
// Asynchronous and on the calling thread: name lookups and fetches go through
// QNetworkAccessManager, nmcli is a QProcess, and only a few small files are read directly. The
// PAC is checked by loading it with name lookups disabled, so a script's top-level code cannot
// block on DNS (it is still limited to one second).
class WpadDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit WpadDiscovery(WpadOptions options = {}, QObject *parent = nullptr);
    ~WpadDiscovery() override;

    // Starts (or restarts) the search; everything it reports comes from the event loop, never
    // from inside start().
    void start();
    // Stops; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }
    const WpadResult &result() const { return m_result; }

Q_SIGNALS:
    void candidatesReady(const QList<WpadCandidate> &candidates);
    void attemptFinished(const WpadAttempt &attempt);
    void finished(const WpadResult &result);

private:
    void askNetworkManager();
    void nmcliDone(const QString &output, const QString &note);
    void tryNext();
    void fetched(const PacFetch::Outcome &outcome);
    void finish();

    WpadOptions m_options;
    QNetworkAccessManager m_manager;
    PacFetch m_fetch;
    std::unique_ptr<QProcess> m_nmcli;
    QTimer m_nmcliDeadline;
    QList<WpadCandidate> m_dhcpFromFiles;
    WpadResult m_result;
    qsizetype m_next = 0;
    quint64 m_generation = 0; // a start() that was cancelled or restarted must not go on
    bool m_running = false;
};
