#include "pacfetch.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

PacFetch::PacFetch(QNetworkAccessManager &manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort(); // emits finished, handled in onFinished
    });
}

PacFetch::~PacFetch()
{
    abort();
}

void PacFetch::start(const QUrl &url, int timeoutMs)
{
    abort();
    m_timeoutMs = timeoutMs;
    m_timedOut = false;
    m_tooLarge = false;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // A PAC file is fetched without a proxy, as browsers do: the PAC is what decides the proxy
    // (and http_proxy in the environment must not send WPAD through one).
    m_manager.setProxy(QNetworkProxy::NoProxy);
    m_clock.start();
    m_reply = m_manager.get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > MaxBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received) {
        if (received > MaxBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &PacFetch::onFinished);
    m_deadline.start(timeoutMs);
}

void PacFetch::abort()
{
    m_deadline.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void PacFetch::onFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    reply->disconnect(this);

    Outcome outcome;
    outcome.elapsedMs = m_clock.elapsed();
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QNetworkReply::NetworkError error = reply->error();
    if (m_tooLarge) {
        outcome.failure = Failure::TooLarge;
        outcome.message = tr("over 1 MiB: not a PAC file");
    } else if (m_timedOut || error == QNetworkReply::TimeoutError) {
        outcome.failure = Failure::Timeout;
        outcome.message = tr("no complete answer within %1 s").arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    } else if (outcome.httpStatus != 0 && outcome.httpStatus != 200) {
        outcome.failure = Failure::HttpStatus;
        outcome.message = tr("the server answered %1 %2").arg(outcome.httpStatus).arg(outcome.reasonPhrase).trimmed();
    } else if (error == QNetworkReply::HostNotFoundError) {
        outcome.failure = Failure::NoSuchHost;
        outcome.message = tr("no such host (%1 does not resolve)").arg(reply->url().host());
    } else if (error == QNetworkReply::ConnectionRefusedError) {
        outcome.failure = Failure::ConnectionRefused;
        outcome.message = tr("connection refused");
    } else if (error != QNetworkReply::NoError) {
        outcome.failure = Failure::Network;
        outcome.message = reply->errorString();
    } else {
        const QByteArray bytes = reply->readAll();
        if (bytes.size() > MaxBytes) {
            outcome.failure = Failure::TooLarge;
            outcome.message = tr("over 1 MiB: not a PAC file");
        } else {
            outcome.body = QString::fromUtf8(bytes);
        }
    }
    Q_EMIT finished(outcome);
}

Result<QString> PacFetch::fetchBlocking(const QUrl &url, int timeoutMs)
{
    QNetworkAccessManager manager;
    PacFetch fetch(manager);
    QEventLoop loop;
    Outcome outcome;
    connect(&fetch, &PacFetch::finished, &loop, [&](const Outcome &done) {
        outcome = done;
        loop.quit();
    });
    fetch.start(url, timeoutMs);
    loop.exec(); // finished() always comes: the deadline aborts the reply at the latest
    if (!outcome.ok())
        return Error{tr("Cannot fetch %1: %2.").arg(url.toDisplayString(), outcome.message), QStringLiteral("pac")};
    return outcome.body;
}
