#include "diagnosticreport.h"

#include <QJsonArray>

QString DiagnosticStep::idString(Id id)
{
    switch (id) {
    case Id::ResolveProxy: return QStringLiteral("resolve-proxy");
    case Id::ConnectProxy: return QStringLiteral("connect-proxy");
    case Id::ProxyTls: return QStringLiteral("proxy-tls");
    case Id::ProxyAuth: return QStringLiteral("proxy-auth");
    case Id::Tunnel: return QStringLiteral("connect-tunnel");
    case Id::ResolveTarget: return QStringLiteral("resolve-target");
    case Id::ConnectTarget: return QStringLiteral("connect-target");
    case Id::Tls: return QStringLiteral("tls");
    case Id::Http: return QStringLiteral("http");
    case Id::WebSocket: return QStringLiteral("websocket");
    }
    return {};
}

QString DiagnosticStep::title(Id id)
{
    switch (id) {
    case Id::ResolveProxy: return tr("Resolve the proxy");
    case Id::ConnectProxy: return tr("Connect to the proxy");
    case Id::ProxyTls: return tr("TLS with the proxy");
    case Id::ProxyAuth: return tr("Proxy authentication");
    case Id::Tunnel: return tr("CONNECT tunnel");
    case Id::ResolveTarget: return tr("Resolve the host");
    case Id::ConnectTarget: return tr("Connect to the host");
    case Id::Tls: return tr("TLS handshake");
    case Id::Http: return tr("HTTP status");
    case Id::WebSocket: return tr("WebSocket upgrade");
    }
    return {};
}

QString DiagnosticStep::outcomeString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return QStringLiteral("pending");
    case Outcome::Pass: return QStringLiteral("pass");
    case Outcome::Fail: return QStringLiteral("fail");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

bool DiagnosticReport::passed() const
{
    if (cancelled)
        return false;
    for (const DiagnosticStep &step : steps) {
        if (step.outcome == DiagnosticStep::Outcome::Fail || step.outcome == DiagnosticStep::Outcome::Pending)
            return false;
    }
    return true;
}

bool DiagnosticReport::isFinished() const
{
    if (cancelled)
        return true;
    for (const DiagnosticStep &step : steps) {
        if (step.outcome == DiagnosticStep::Outcome::Pending)
            return false;
    }
    return true;
}

const DiagnosticStep *DiagnosticReport::firstFailure() const
{
    for (const DiagnosticStep &step : steps) {
        if (step.outcome == DiagnosticStep::Outcome::Fail)
            return &step;
    }
    return nullptr;
}

qint64 DiagnosticReport::totalMs() const
{
    qint64 total = 0;
    for (const DiagnosticStep &step : steps)
        total += step.durationMs;
    return total;
}

QString DiagnosticReport::toText() const
{
    QString text = label == url || label.isEmpty() ? url : QStringLiteral("%1 (%2)").arg(label, url);
    text += u'\n';
    text += tr("  route: %1 — %2").arg(route, routeReason); // the reason names the proxy
    text += u'\n';
    for (const DiagnosticStep &step : steps) {
        QString mark;
        switch (step.outcome) {
        case DiagnosticStep::Outcome::Pass: mark = QStringLiteral("[pass]"); break;
        case DiagnosticStep::Outcome::Fail: mark = QStringLiteral("[FAIL]"); break;
        case DiagnosticStep::Outcome::Skipped: mark = QStringLiteral("[skip]"); break;
        case DiagnosticStep::Outcome::Pending: mark = QStringLiteral("[ -- ]"); break;
        }
        QString line = QStringLiteral("  %1 %2").arg(mark, DiagnosticStep::title(step.id).leftJustified(22));
        if (step.outcome != DiagnosticStep::Outcome::Skipped && step.outcome != DiagnosticStep::Outcome::Pending)
            line += QStringLiteral("%1 ms  ").arg(step.durationMs, 5);
        else
            line += QStringLiteral("          ");
        line += step.detail;
        text += line.trimmed().isEmpty() ? QString() : line;
        text += u'\n';
        if (!step.hint.isEmpty())
            text += QStringLiteral("         → %1\n").arg(step.hint);
    }
    if (cancelled)
        text += tr("  cancelled\n");
    else
        text += passed() ? tr("  result: pass (%1 ms)\n").arg(totalMs()) : tr("  result: FAIL\n");
    return text;
}

QJsonObject DiagnosticReport::toJson() const
{
    QJsonArray list;
    for (const DiagnosticStep &step : steps) {
        QJsonObject object{{QStringLiteral("step"), DiagnosticStep::idString(step.id)},
                           {QStringLiteral("title"), DiagnosticStep::title(step.id)},
                           {QStringLiteral("outcome"), DiagnosticStep::outcomeString(step.outcome)},
                           {QStringLiteral("ms"), double(step.durationMs)},
                           {QStringLiteral("detail"), step.detail}};
        if (!step.hint.isEmpty())
            object.insert(QStringLiteral("hint"), step.hint);
        list.append(object);
    }
    QJsonObject object{{QStringLiteral("label"), label},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("route"), route},
                       {QStringLiteral("route_reason"), routeReason},
                       {QStringLiteral("passed"), passed()},
                       {QStringLiteral("steps"), list}};
    if (!proxy.isEmpty())
        object.insert(QStringLiteral("proxy"), proxy);
    if (cancelled)
        object.insert(QStringLiteral("cancelled"), true);
    if (!untrustedCa.isNull()) {
        object.insert(QStringLiteral("untrusted_ca"),
                      QJsonObject{{QStringLiteral("subject"), untrustedCa.subjectDisplayName()},
                                  {QStringLiteral("sha256"),
                                   QString::fromLatin1(untrustedCa.digest(QCryptographicHash::Sha256).toHex(':'))},
                                  {QStringLiteral("pem"), QString::fromLatin1(untrustedCa.toPem())}});
    }
    return object;
}
