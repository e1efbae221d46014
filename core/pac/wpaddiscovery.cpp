#include "wpaddiscovery.h"

#include "pacscript.h"
#include "wpaddhcp.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

namespace {

constexpr int PacCheckTimeoutMs = 1000;

QString firstLine(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed().section(u'\n', 0, 0);
}

} // namespace

WpadOptions WpadOptions::fromEnvironment(const QProcessEnvironment &environment)
{
    WpadOptions options;
    if (environment.contains(QStringLiteral("PROXYDECK_DHCP_LEASES"))) {
        options.leaseFiles = environment.value(QStringLiteral("PROXYDECK_DHCP_LEASES"))
                                 .split(QDir::listSeparator(), Qt::SkipEmptyParts);
        options.nmcli.clear();
    }
    if (environment.contains(QStringLiteral("PROXYDECK_NMCLI")))
        options.nmcli = environment.value(QStringLiteral("PROXYDECK_NMCLI"));
    return options;
}

QString WpadAttempt::outcomeWord() const
{
    switch (outcome) {
    case Outcome::Found: return QStringLiteral("found");
    case Outcome::NoSuchHost: return QStringLiteral("no-such-host");
    case Outcome::ConnectionRefused: return QStringLiteral("connection-refused");
    case Outcome::HttpStatus: return QStringLiteral("http-status");
    case Outcome::Timeout: return QStringLiteral("timeout");
    case Outcome::TooLarge: return QStringLiteral("too-large");
    case Outcome::NotPac: return QStringLiteral("not-pac");
    case Outcome::NetworkError: return QStringLiteral("network-error");
    }
    return {};
}

WpadDiscovery::WpadDiscovery(WpadOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_fetch(m_manager)
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
    connect(&m_fetch, &PacFetch::finished, this, &WpadDiscovery::fetched);
    m_nmcliDeadline.setSingleShot(true);
    connect(&m_nmcliDeadline, &QTimer::timeout, this, [this] {
        if (m_nmcli)
            nmcliDone({}, tr("nmcli did not answer within %1 ms; its DHCP options were not read.")
                              .arg(m_options.nmcliTimeoutMs));
    });
}

WpadDiscovery::~WpadDiscovery()
{
    cancel();
}

void WpadDiscovery::start()
{
    cancel();
    m_result = {};
    m_next = 0;
    m_running = true;
    // Reports always come from the event loop, so a caller may connect after start() or wait
    // in a QEventLoop it starts afterwards.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (!m_running || generation != m_generation)
            return;
        m_dhcpFromFiles = WpadDhcp::fromLeaseFiles(m_options.leaseFiles ? *m_options.leaseFiles
                                                                        : WpadDhcp::systemLeaseFiles());
        askNetworkManager();
    });
}

void WpadDiscovery::cancel()
{
    ++m_generation;
    m_running = false;
    m_fetch.abort();
    m_nmcliDeadline.stop();
    if (m_nmcli) {
        m_nmcli->disconnect(this);
        m_nmcli->kill();
        m_nmcli->waitForFinished(1000); // after SIGKILL: at once
        m_nmcli.reset();
    }
}

void WpadDiscovery::askNetworkManager()
{
    if (m_options.nmcli.isEmpty()) {
        nmcliDone({}, {});
        return;
    }
    const QString program = QFileInfo(m_options.nmcli).isAbsolute() ? m_options.nmcli
                                                                    : QStandardPaths::findExecutable(m_options.nmcli);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        nmcliDone({}, {}); // no NetworkManager here: nothing to ask
        return;
    }
    m_nmcli = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // option names and values untranslated
    m_nmcli->setProcessEnvironment(environment);
    m_nmcli->setStandardInputFile(QProcess::nullDevice());
    connect(m_nmcli.get(), &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QByteArray output = m_nmcli->readAllStandardOutput();
        if (status != QProcess::NormalExit || exitCode != 0) {
            nmcliDone(QString::fromUtf8(output), tr("nmcli failed (exit code %1): %2")
                                                      .arg(exitCode)
                                                      .arg(firstLine(m_nmcli->readAllStandardError())));
        } else {
            nmcliDone(QString::fromUtf8(output), {});
        }
    });
    connect(m_nmcli.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            nmcliDone({}, tr("nmcli could not be started: %1").arg(m_nmcli->errorString()));
    });
    m_nmcliDeadline.start(m_options.nmcliTimeoutMs);
    m_nmcli->start(program, {QStringLiteral("-t"), QStringLiteral("-f"), QStringLiteral("DHCP4"),
                             QStringLiteral("device"), QStringLiteral("show")});
}

void WpadDiscovery::nmcliDone(const QString &output, const QString &note)
{
    m_nmcliDeadline.stop();
    if (m_nmcli) {
        // Called from the process's own signals: let it go once control is back in the loop.
        QProcess *process = m_nmcli.release();
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning)
            process->kill();
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        if (process->state() == QProcess::NotRunning)
            process->deleteLater();
    }
    if (!note.isEmpty())
        m_result.notes.append(note);

    QSet<QString> seen;
    const auto add = [this, &seen](const QList<WpadCandidate> &candidates) {
        for (const WpadCandidate &candidate : candidates) {
            const QString key = candidate.url.toString();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            m_result.candidates.append(candidate);
        }
    };
    add(m_dhcpFromFiles);
    add(WpadDhcp::fromNmcli(output));
    const QList<WpadDomain> domains = m_options.domains ? *m_options.domains
                                                        : WpadCandidates::systemDomains(m_options.resolvConf);
    if (domains.isEmpty())
        m_result.notes.append(tr("This machine has no DNS domain (no search or domain line in %1, no domain in "
                                 "its host name): DNS discovery has nothing to try.")
                                  .arg(m_options.resolvConf));
    add(WpadCandidates::fromDomains(domains));
    Q_EMIT candidatesReady(m_result.candidates);
    tryNext();
}

void WpadDiscovery::tryNext()
{
    if (!m_running)
        return;
    if (m_next >= m_result.candidates.size()) {
        finish();
        return;
    }
    m_fetch.start(m_result.candidates.at(m_next).url, m_options.timeoutMs);
}

void WpadDiscovery::fetched(const PacFetch::Outcome &outcome)
{
    if (!m_running || m_next >= m_result.candidates.size())
        return;
    WpadAttempt attempt;
    attempt.candidate = m_result.candidates.at(m_next);
    attempt.httpStatus = outcome.httpStatus;
    attempt.elapsedMs = outcome.elapsedMs;
    attempt.reason = outcome.message;
    switch (outcome.failure) {
    case PacFetch::Failure::None: {
        PacOptions check;
        check.timeoutMs = PacCheckTimeoutMs;
        check.resolve = [](const QString &) { return QStringList(); }; // never block on DNS here
        check.myAddresses = {QStringLiteral("127.0.0.1")};
        const QString fileName = attempt.candidate.url.fileName().isEmpty() ? attempt.candidate.url.toString()
                                                                            : attempt.candidate.url.fileName();
        const auto script = PacScript::load(outcome.body, fileName, std::move(check));
        if (script) {
            attempt.outcome = WpadAttempt::Outcome::Found;
            attempt.reason.clear();
        } else {
            attempt.outcome = WpadAttempt::Outcome::NotPac;
            attempt.reason = tr("not a PAC script: %1").arg(script.error().message);
        }
        break;
    }
    case PacFetch::Failure::NoSuchHost: attempt.outcome = WpadAttempt::Outcome::NoSuchHost; break;
    case PacFetch::Failure::ConnectionRefused: attempt.outcome = WpadAttempt::Outcome::ConnectionRefused; break;
    case PacFetch::Failure::HttpStatus: attempt.outcome = WpadAttempt::Outcome::HttpStatus; break;
    case PacFetch::Failure::Timeout: attempt.outcome = WpadAttempt::Outcome::Timeout; break;
    case PacFetch::Failure::TooLarge: attempt.outcome = WpadAttempt::Outcome::TooLarge; break;
    case PacFetch::Failure::Network: attempt.outcome = WpadAttempt::Outcome::NetworkError; break;
    }
    m_result.attempts.append(attempt);
    Q_EMIT attemptFinished(attempt);
    if (!m_running)
        return; // a receiver cancelled
    if (attempt.outcome == WpadAttempt::Outcome::Found) {
        m_result.found = attempt.candidate;
        m_result.pacText = outcome.body;
        finish();
        return;
    }
    ++m_next;
    tryNext();
}

void WpadDiscovery::finish()
{
    m_running = false;
    Q_EMIT finished(m_result);
}
