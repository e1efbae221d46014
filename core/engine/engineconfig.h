#pragma once

#include "clientallowlist.h"
#include "httphead.h"
#include "portranges.h"
#include "proxyauthenticator.h"
#include "result.h"
#include "upstreamauthmemory.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCertificate>

#include <memory>

class RouteResolver;
struct SettingsData;

// The upstream proxy the engine chains to, with the credentials it adds. The authorization
// value is built once at start from the keychain's password and lives only in memory.
struct UpstreamProxy
{
    QString scheme = QStringLiteral("http"); // "https": TLS to the proxy itself
    QString host;                            // name or IP literal (IPv6 without brackets)
    quint16 port = 0;
    QString user;
    QByteArray authorization; // "Basic …" (RFC 7617), empty when the profile has no user
    // For NTLM, which needs the password itself rather than the Basic value; memory only, never
    // logged or shown.
    QString password{};
    // What the engine learned about the upstream's scheme, shared by the copies of this config.
    std::shared_ptr<UpstreamAuthMemory> authMemory = std::make_shared<UpstreamAuthMemory>();
    bool isSet() const { return !host.isEmpty() && port != 0; }
    bool usesTls() const { return scheme == u"https"; }
    // scheme://user@host:port — for the status page and logs: never the password.
    QString displayUrl() const;
    static QByteArray basicAuthorization(const QString &user, const QString &password);
    // What a ProxyAuthenticator for a connection to this proxy needs.
    ProxyAuthenticator::Credentials credentials() const;
};

// Limits and timeouts; what goes past them gets a short, clear answer (see ProxySession).
struct EngineLimits
{
    HttpHeadLimits head{};
    int maxConnections = 4096;         // client connections at once; the next gets 503
    int handshakeTimeoutMs = 10'000;   // a client must send a whole head within this (408)
    int idleTimeoutMs = 300'000;       // a tunnel or kept-alive connection with no traffic is closed
    int connectTimeoutMs = 10'000;     // next hop: resolve and connect (504)
    qsizetype relayHighWater = 512 * 1024; // bytes queued towards a peer before reading pauses
};

// Everything an engine needs to run, resolved before it starts: nothing here blocks or asks the
// keychain later.
struct EngineConfig
{
    Q_DECLARE_TR_FUNCTIONS(EngineConfig)

public:
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 3128; // 0: any free port (tests, benchmarks)
    ClientAllowlist allowlist;
    PortRanges connectPorts = PortRanges::httpsOnly();
    EngineLimits limits;
    int workers = 0; // 0: one per core
    UpstreamProxy upstream;
    // Which destinations bypass the upstream: the same resolver as the Connections and Rules
    // pages. Null: every destination goes to the upstream (or direct when there is none).
    std::shared_ptr<const RouteResolver> routes;
    // CA anchors trusted on top of the system's for TLS to an https:// upstream.
    QList<QSslCertificate> caAnchors;
    // The system's roots, when the caller already read them (off the GUI thread); empty: the
    // engine reads them at start, if the upstream is https://.
    QList<QSslCertificate> systemRoots;
    QString profileName;
    // An automatic profile: where its PAC script is, and the script itself, read by the caller
    // before start (PacSource). Each worker evaluates it on its own thread, answers cached.
    QString pacUrl;
    QString pacScript;
    bool isAutomatic() const { return !pacUrl.isEmpty(); }

    // Refuses what must not run: a listener beyond loopback without an allowlist.
    Result<void> check() const;

    // The active (or named) profile of a settings snapshot: its upstream and NO_PROXY rules.
    // The password, read by the caller from the keychain, goes into the Basic authorization and,
    // for NTLM, into UpstreamProxy::password (memory only).
    // For an automatic profile, upstream holds the user and authorization (for whichever proxy
    // the PAC names) but no host, and pacUrl is set: the caller still has to read pacScript.
    static Result<EngineConfig> fromSettings(const SettingsData &data, const QString &profileId,
                                             const QString &password);

    // "127.0.0.1:3128", "[::1]:3128", "0.0.0.0:8080", "3128" (loopback), "localhost:3128".
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);
    static QString listenString(const QHostAddress &address, quint16 port);
};
