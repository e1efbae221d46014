#include "enginecontroller.h"

#include "anchorstore.h"
#include "engine.h"
#include "pacsource.h"
#include "secretstore.h"
#include "settings.h"
#include "statuspublisher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSslConfiguration>
#include <QThreadPool>

EngineController::EngineController(Settings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_publisher(new StatusPublisher(QFileInfo(settings.filePath()).absolutePath(), this))
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &EngineController::poll);
    connect(&m_settings, &Settings::changed, this, [this] {
        if (m_state == State::Running && !m_stale) {
            m_stale = true;
            Q_EMIT stateChanged(m_state);
        }
    });
}

EngineController::~EngineController()
{
    if (m_engine)
        m_engine->stop();
}

QString EngineController::listenString() const
{
    return m_engine && m_engine->isRunning() ? m_engine->listenString()
                                             : EngineConfig::listenString(m_options.listenAddress, m_options.listenPort);
}

void EngineController::start()
{
    if (m_state == State::Running || m_state == State::Starting)
        return;
    const ProxyProfile *profile = m_settings.data().activeProfile();
    setState(State::Starting);
    const quint64 generation = ++m_startGeneration;
    if (profile && profile->needsStoredPassword()) {
        m_secrets.read(profile->secretKey(), this, [this, generation](const SecretOutcome &outcome) {
            if (generation != m_startGeneration || m_state != State::Starting)
                return;
            if (!outcome.ok()) {
                setState(State::Failed, tr("The engine needs the proxy password: %1").arg(outcome.message));
                return;
            }
            launch(outcome.secret);
        });
        return;
    }
    launch({});
}

void EngineController::launch(const QString &password)
{
    auto config = EngineConfig::fromSettings(m_settings.data(), {}, password);
    if (!config) {
        setState(State::Failed, config.error().message);
        return;
    }
    EngineConfig engineConfig = std::move(config).value();
    engineConfig.listenAddress = m_options.listenAddress;
    engineConfig.listenPort = m_options.listenPort;
    engineConfig.allowlist = m_options.allowlist;
    engineConfig.connectPorts = m_options.connectPorts;
    engineConfig.workers = m_options.workers;

    // The anchors and the system's roots are files: read off the GUI thread, then start here.
    const QString dir = QFileInfo(m_settings.filePath()).absolutePath();
    const quint64 generation = m_startGeneration;
    QPointer<EngineController> self(this);
    QThreadPool::globalInstance()->start([self, dir, generation, engineConfig = std::move(engineConfig)]() mutable {
        QString failure;
        if (engineConfig.isAutomatic()) {
            // A PAC URL is fetched here, off the GUI thread; a broken one stops the start.
            if (auto loaded = PacSource::loadBlocking(QUrl(engineConfig.pacUrl)))
                engineConfig.pacScript = loaded.value().source;
            else
                failure = loaded.error().message;
        }
        const AnchorStore anchors(dir);
        for (const CertificateInfo &info : anchors.list())
            engineConfig.caAnchors.append(info.certificate);
        if (engineConfig.upstream.usesTls() || engineConfig.isAutomatic())
            engineConfig.systemRoots = QSslConfiguration::systemCaCertificates();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, failure, engineConfig = std::move(engineConfig)]() mutable {
                if (!self || generation != self->m_startGeneration || self->m_state != State::Starting)
                    return;
                if (!failure.isEmpty())
                    self->setState(State::Failed, failure);
                else
                    self->run(std::move(engineConfig));
            },
            Qt::QueuedConnection);
    });
}

void EngineController::run(EngineConfig engineConfig)
{
    m_engine = std::make_unique<Engine>(std::move(engineConfig));
    connect(m_engine.get(), &Engine::tunnelsChanged, this, &EngineController::tunnelsChanged);
    if (const Result<void> started = m_engine->start(); !started) {
        m_engine.reset();
        setState(State::Failed, started.error().message);
        return;
    }
    if (m_options.statusSocket) {
        connect(m_engine.get(), &Engine::tunnelsChanged, m_publisher, &StatusPublisher::publish);
        StatusServer::Options status;
        status.address = m_options.statusAddress;
        status.port = m_options.statusPort;
        status.allowlist = m_options.allowlist;
        m_publisher->start(status);
    }
    m_lastUp = 0;
    m_lastDown = 0;
    m_stale = false;
    m_poll.start();
    setState(State::Running);
    poll();
}

void EngineController::stop()
{
    ++m_startGeneration;
    m_poll.stop();
    if (m_engine) {
        m_engine->stop();
        m_engine.reset();
        m_publisher->stop();
    }
    m_status = {};
    m_stale = false;
    setState(State::Stopped);
}

void EngineController::setState(State state, const QString &error)
{
    m_error = error;
    if (state == m_state && error.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EngineController::poll()
{
    if (!m_engine)
        return;
    QJsonObject status = m_engine->status();
    if (m_options.statusSocket)
        m_publisher->publishStatus(status);
    const QJsonObject bytes = status.value(QStringLiteral("bytes")).toObject();
    const qint64 up = bytes.value(QStringLiteral("up")).toInteger();
    const qint64 down = bytes.value(QStringLiteral("down")).toInteger();
    status.insert(QStringLiteral("rate_up"), double(up - m_lastUp) * 1000.0 / m_poll.interval());
    status.insert(QStringLiteral("rate_down"), double(down - m_lastDown) * 1000.0 / m_poll.interval());
    m_lastUp = up;
    m_lastDown = down;
    m_status = status;
    Q_EMIT statusUpdated(m_status);
}
