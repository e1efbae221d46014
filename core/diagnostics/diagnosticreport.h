#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>

// One step of a connectivity test (DESIGN F6), as the Diagnostics page, `proxydeck test` and
// their JSON show it: what was tried, how it ended, how long it took, and on failure what to do.
struct DiagnosticStep
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticStep)

public:
    enum class Id {
        ResolveProxy,  // the proxy's host name
        ConnectProxy,  // TCP to the proxy
        ProxyTls,      // TLS to an https:// proxy itself
        ProxyAuth,     // what the proxy said about credentials (407 or not)
        Tunnel,        // CONNECT host:port (https, wss) — or skipped for plain HTTP
        ResolveTarget, // direct routes: the target's name
        ConnectTarget, // direct routes: TCP to the target
        Tls,           // TLS with the target, checked against system roots + anchors
        Http,          // the target's HTTP status
        WebSocket,     // an upgrade to WebSocket, through the same route
    };
    enum class Outcome { Pending, Pass, Fail, Skipped };

    Id id = Id::Http;
    Outcome outcome = Outcome::Pending;
    qint64 durationMs = 0;
    QString detail; // what happened, in a few words ("200 OK", "10.0.0.5:3128")
    QString hint;   // on failure: what it means and what to do, in plain words

    static QString idString(Id id);  // "resolve-proxy", "connect-proxy", … "websocket"
    static QString title(Id id);     // "Resolve the proxy", …
    static QString outcomeString(Outcome outcome); // "pending", "pass", "fail", "skipped"
};

struct DiagnosticReport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticReport)

public:
    QString label;       // the connection's name, or the URL
    QString url;
    QString route;       // Route::kindId(): proxied, bypassed-rule, …
    QString routeReason; // why, in one sentence
    QString proxy;       // the proxy's URL without password, when proxied
    QList<DiagnosticStep> steps;
    // The CA a TLS inspection proxy (or an unknown server) presented and this machine does not
    // trust: what the console offers to import. Null when there is none.
    QSslCertificate untrustedCa;
    bool cancelled = false;

    bool passed() const;          // every step passed or was skipped, and not cancelled
    bool isFinished() const;      // no step pending
    const DiagnosticStep *firstFailure() const;
    qint64 totalMs() const;
    QString toText() const;
    QJsonObject toJson() const;
};
