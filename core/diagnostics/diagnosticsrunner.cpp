#include "diagnosticsrunner.h"

#include "anchorstore.h"
#include "connectionkind.h"
#include "pacresolver.h"
#include "pacsource.h"
#include "routeresolver.h"
#include "routetarget.h"

#include <QSslConfiguration>

DiagnosticsRunner::DiagnosticsRunner(SettingsData data, QString password, QString configDir, QObject *parent)
    : QObject(parent), m_data(std::move(data)), m_password(std::move(password)), m_configDir(std::move(configDir))
{
}

DiagnosticsRunner::~DiagnosticsRunner()
{
    m_password.fill(u'\0');
    m_options.proxy.authorization.fill('\0');
}

Result<QList<DiagnosticTarget>> DiagnosticsRunner::targets(const SettingsData &data, const QStringList &urls)
{
    const RouteResolver resolver(data);
    QList<DiagnosticTarget> list;
    for (const QString &text : urls) {
        auto url = Diagnosis::parseUrl(text);
        if (!url)
            return url.error();
        auto target = RouteTarget::parse(url.value().toString());
        if (!target)
            return target.error();
        list.append(DiagnosticTarget{url.value().toString(), url.value(), resolver.route(target.value())});
    }
    if (!urls.isEmpty())
        return list;
    for (const Connection &connection : data.connections) {
        const ConnectionKind *kind = ConnectionKind::find(connection.kind);
        auto target = RouteTarget::parse(connection.endpoint, kind ? kind->defaultScheme : QStringLiteral("https"));
        if (!target)
            continue; // the Connections page already says what is wrong with it
        const RouteTarget &t = target.value();
        QUrl url;
        const bool web = t.scheme == u"http" || t.scheme == u"https" || t.scheme == u"ws" || t.scheme == u"wss";
        url.setScheme(web ? t.scheme : QStringLiteral("tcp"));
        url.setHost(t.host);
        url.setPort(t.port);
        if (web) {
            const QUrl given(connection.endpoint);
            url.setPath(given.isValid() && !given.path().isEmpty() ? given.path() : QStringLiteral("/"));
        }
        list.append(DiagnosticTarget{connection.name, url, resolver.route(connection)});
    }
    return list;
}

void DiagnosticsRunner::routeByPac()
{
    const ProxyProfile *profile = m_data.activeProfile();
    if (!profile || !profile->isAutomatic())
        return;
    // The page asks for targets on the GUI thread, where the PAC cannot be fetched: the targets
    // it left to the PAC get their answer here, on the runner's thread.
    RouteResolver resolver(m_data);
    auto loaded = PacSource::loadBlocking(QUrl(profile->pacUrl));
    std::shared_ptr<PacResolver> pac;
    if (loaded) {
        pac = std::make_shared<PacResolver>(std::move(loaded.value().script));
        resolver.setPacAnswer([pac](const QUrl &url) { return pac->resolve(url); });
    } else {
        const Error error = loaded.error();
        resolver.setPacAnswer([error](const QUrl &) -> Result<QList<PacProxy>> { return error; });
    }
    for (DiagnosticTarget &target : m_targets) {
        if (target.route.kind != Route::Kind::Automatic)
            continue;
        QUrl url = target.url;
        if (url.scheme() == u"tcp")
            continue; // not HTTP: the route already says it goes direct
        if (auto parsed = RouteTarget::parse(url.toString()))
            target.route = resolver.route(parsed.value());
    }
}

void DiagnosticsRunner::start(const QList<DiagnosticTarget> &targets)
{
    auto config = EngineConfig::fromSettings(m_data, {}, m_password);
    if (config)
        m_options.proxy = config.value().upstream;
    m_options.trusted = QSslConfiguration::systemCaCertificates();
    for (const CertificateInfo &info : AnchorStore(m_configDir).list())
        m_options.trusted.append(info.certificate);
    m_targets = targets;
    routeByPac();
    m_reports.clear();
    m_diagnoses.clear();
    m_diagnoses.resize(size_t(targets.size()));
    for (const DiagnosticTarget &target : targets) {
        DiagnosticReport report;
        report.label = target.label;
        report.url = target.url.toString();
        m_reports.append(report);
    }
    m_next = 0;
    m_done = 0;
    m_running = true;
    Q_EMIT progress(0, int(targets.size()));
    if (targets.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < m_concurrency; ++i)
        launchNext();
}

void DiagnosticsRunner::launchNext()
{
    if (!m_running || m_next >= m_targets.size())
        return;
    const int index = m_next++;
    const DiagnosticTarget &target = m_targets.at(index);
    DiagnosisOptions options = m_options;
    if (target.route.proxied() && !target.route.pacAnswer.isEmpty()) {
        // The proxy the PAC named for this URL, with the profile's credentials.
        const QUrl proxy(target.route.proxy);
        options.proxy.scheme = proxy.scheme();
        options.proxy.host = proxy.host();
        options.proxy.port = quint16(proxy.port());
    }
    auto diagnosis = std::make_unique<Diagnosis>(target.label, target.url, target.route, options);
    Diagnosis *raw = diagnosis.get();
    m_diagnoses[size_t(index)] = std::move(diagnosis);
    connect(raw, &Diagnosis::stepChanged, this, [this, index, raw] {
        m_reports[index] = raw->report();
        Q_EMIT reportChanged(index, m_reports.at(index));
    });
    connect(raw, &Diagnosis::finished, this, [this, index] { onFinished(index); }, Qt::QueuedConnection);
    raw->start();
}

void DiagnosticsRunner::onFinished(int index)
{
    if (Diagnosis *diagnosis = m_diagnoses[size_t(index)].get()) {
        m_reports[index] = diagnosis->report();
        m_diagnoses[size_t(index)].reset();
    }
    Q_EMIT reportChanged(index, m_reports.at(index));
    ++m_done;
    Q_EMIT progress(m_done, int(m_targets.size()));
    if (m_done == m_targets.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    launchNext();
}

void DiagnosticsRunner::cancel()
{
    if (!m_running)
        return;
    // Those not started yet are reported as cancelled too, and count as done.
    for (int i = m_next; i < m_targets.size(); ++i) {
        m_reports[i].cancelled = true;
        ++m_done;
        Q_EMIT reportChanged(i, m_reports.at(i));
    }
    m_next = int(m_targets.size());
    bool running = false;
    for (auto &diagnosis : m_diagnoses) {
        if (diagnosis) {
            running = true;
            diagnosis->cancel(); // its finished() comes, queued, and completes the count
        }
    }
    Q_EMIT progress(m_done, int(m_targets.size()));
    if (!running) {
        m_running = false;
        Q_EMIT finished();
    }
}
