#pragma once

#include "diagnosticreport.h"
#include "engineconfig.h"
#include "httpresponsehead.h"
#include "route.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <vector>

class QHostInfo;
class QSslSocket;

// What every test of one run shares: the upstream (with its Basic credentials, from the active
// profile), the certificates TLS is checked against, and how long a step may take.
struct DiagnosisOptions
{
    UpstreamProxy proxy;              // used when a route says "proxied"
    QList<QSslCertificate> trusted;   // the system's roots and the CA anchors
    int timeoutMs = 10'000;           // per step
    bool webSocket = false;           // also try a WebSocket upgrade (always done for ws:// and wss://)
};

// One connectivity test of a URL (DESIGN F6), step by step, the way a tool behind the proxy
// would connect: resolve, TCP, the proxy's TLS and authentication, CONNECT, TLS with the target,
// the HTTP status and, when asked, a WebSocket upgrade — each timed, and on failure explained.
// Everything is asynchronous on the thread the object lives in; run it off the GUI thread.
// diagnosis.cpp runs the steps; diagnosisverdicts.cpp judges the answers and words the hints.
class Diagnosis : public QObject
{
    Q_OBJECT

public:
    Diagnosis(QString label, QUrl url, Route route, DiagnosisOptions options, QObject *parent = nullptr);
    ~Diagnosis() override;

    void start();
    // Stops at once; the report says cancelled. finished() follows.
    void cancel();
    const DiagnosticReport &report() const { return m_report; }

    // ws://, wss://, http://, https:// and tcp://host:port; a bare host gets https://.
    static Result<QUrl> parseUrl(const QString &text);

Q_SIGNALS:
    void stepChanged(int index);
    void finished();

private:
    enum class Waiting { Nothing, Lookup, Connected, ProxyEncrypted, TunnelHead, TargetEncrypted, ResponseHead };
    enum class Stage { Resolve, Connect, ProxyTls, Tunnel, TargetTls, Request, Upgrade };

    int indexOf(DiagnosticStep::Id id) const;
    void begin(DiagnosticStep::Id id);
    void pass(const QString &detail);
    void fail(const QString &detail, const QString &hint);
    void skip(DiagnosticStep::Id id, const QString &why);
    void finish();
    void advance();
    void runStage();

    void resolve();
    void onLookup(const QHostInfo &info);
    void connectTcp();
    void onConnected();
    void onSocketError();
    void startProxyTls();
    void sendConnect();
    void startTargetTls();
    void startTls(const QString &peerName, Waiting waiting);
    void onEncrypted();
    void sendRequest();
    void onReadyRead();
    void onTimeout();
    void judgeTunnel(const HttpResponseHead &head);
    void judgeResponse(const HttpResponseHead &head);
    void judgeProxyAuth(const HttpResponseHead &head);
    QString tlsHint(const QString &host, bool proxy);
    void resetSocket();

    bool proxied() const { return m_route.proxied() && m_options.proxy.isSet(); }
    bool secure() const;
    bool webSocketUrl() const;
    bool bypassed() const; // a NO_PROXY rule or a connection's toggle sends it direct
    bool rawTcp() const; // tcp://host:port: reaching the port (or CONNECT to it) is the whole test
    quint16 targetPort() const;
    QString targetAuthority() const;

    DiagnosticReport m_report;
    QUrl m_url;
    Route m_route;
    DiagnosisOptions m_options;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Waiting m_waiting = Waiting::Nothing;
    int m_lookupId = -1;
    int m_current = -1;          // the step running, -1 when none
    QList<QHostAddress> m_addresses;
    int m_addressIndex = 0;
    QByteArray m_buffer;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain; // as presented during a failed handshake
    std::vector<Stage> m_plan;
    std::vector<Stage> m_upgradePlan; // empty unless an http(s) URL also gets a WebSocket try
    size_t m_stage = 0;
    bool m_finished = false;
    QByteArray m_webSocketKey;
    bool m_upgradePass = false;  // the second connection, for the WebSocket step of an http(s) URL
    bool m_sentCredentials = false;
};
