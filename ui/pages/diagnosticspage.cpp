#include "diagnosticspage.h"

#include "diagnosticstree.h"

#include "anchorstore.h"
#include "errortext.h"
#include "secretstore.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace {

DiagnosticReport placeholder(const DiagnosticTarget &target)
{
    DiagnosticReport report;
    report.label = target.label.isEmpty() ? target.url.toString() : target.label;
    report.url = target.url.toString();
    report.route = Route::kindId(target.route.kind);
    report.routeReason = target.route.reason;
    return report;
}

bool running(const DiagnosticReport &report)
{
    return report.steps.isEmpty() ? !report.cancelled : !report.isFinished();
}

} // namespace

DiagnosticsPage::DiagnosticsPage(Settings &settings, SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_url(new QLineEdit(this))
    , m_webSocket(new QCheckBox(tr("&WebSocket"), this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_runAll(new QPushButton(tr("Test &all connections"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_copyText(new QPushButton(tr("Copy as &text"), this))
    , m_copyJson(new QPushButton(tr("Copy as &JSON"), this))
    , m_import(new QPushButton(this))
    , m_progress(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
{
    m_thread.setObjectName(QStringLiteral("diagnostics"));
    m_worker.setMaxThreadCount(1);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &DiagnosticsPage::refreshTree);

    m_url->setObjectName(QStringLiteral("diagnosticsUrl"));
    m_url->setPlaceholderText(tr("https://example.com/"));
    m_url->setClearButtonEnabled(true);
    m_url->setAccessibleName(tr("URL to test"));
    m_url->setToolTip(tr("http, https, ws, wss or tcp://host:port; a bare host name is tested as https://."));
    m_webSocket->setObjectName(QStringLiteral("diagnosticsWebSocket"));
    m_webSocket->setAccessibleName(tr("Also try a WebSocket upgrade"));
    m_webSocket->setToolTip(
        tr("Also try a WebSocket upgrade through the same route (always done for ws:// and wss://)."));
    m_run->setObjectName(QStringLiteral("diagnosticsRun"));
    m_run->setAccessibleName(tr("Run the test"));
    m_run->setDefault(true);
    m_runAll->setObjectName(QStringLiteral("diagnosticsRunAll"));
    m_runAll->setAccessibleName(tr("Test all connections"));
    m_runAll->setToolTip(tr("Test every connection of the Connections page, each with its own route."));
    m_cancel->setObjectName(QStringLiteral("diagnosticsCancel"));
    m_cancel->setAccessibleName(tr("Cancel the tests"));
    m_copyText->setObjectName(QStringLiteral("diagnosticsCopyText"));
    m_copyText->setAccessibleName(tr("Copy the reports as text"));
    m_copyJson->setObjectName(QStringLiteral("diagnosticsCopyJson"));
    m_copyJson->setAccessibleName(tr("Copy the reports as JSON"));
    m_import->setObjectName(QStringLiteral("diagnosticsImportCa"));
    m_import->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_import->hide();
    m_progress->setObjectName(QStringLiteral("diagnosticsProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_message->setObjectName(QStringLiteral("diagnosticsMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setObjectName(QStringLiteral("diagnosticsResults"));
    m_tree->setAccessibleName(tr("Test results"));
    DiagnosticsTree::setUp(*m_tree);
    m_details->setObjectName(QStringLiteral("diagnosticsDetails"));
    m_details->setAccessibleName(tr("Details of the selected step"));
    m_details->setPlaceholderText(tr("Select a step to read what happened and, on failure, what to do."));

    auto intro = new QLabel(tr("Tests step by step how a URL is reached, the way a tool configured by ProxyDeck "
                               "connects: the proxy, its authentication, the CONNECT tunnel, TLS and the HTTP status."),
                            this);
    intro->setWordWrap(true);
    auto urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_webSocket);
    urlRow->addWidget(m_run);
    urlRow->addWidget(m_runAll);
    urlRow->addWidget(m_cancel);
    auto statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addStretch(1);
    statusRow->addWidget(m_import);
    statusRow->addWidget(m_copyText);
    statusRow->addWidget(m_copyJson);
    auto split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Diagnostics</h2>"), this));
    layout->addWidget(intro);
    layout->addLayout(urlRow);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addLayout(statusRow);
    // Tab in reading order: the status row's buttons were created before the results above them.
    setTabOrder(m_cancel, m_tree);
    setTabOrder(m_tree, m_details);
    setTabOrder(m_details, m_import);

    connect(m_run, &QPushButton::clicked, this, [this] { run(m_url->text()); });
    connect(m_url, &QLineEdit::returnPressed, this, [this] { run(m_url->text()); });
    connect(m_runAll, &QPushButton::clicked, this, &DiagnosticsPage::runAll);
    connect(m_cancel, &QPushButton::clicked, this, &DiagnosticsPage::cancel);
    connect(m_copyText, &QPushButton::clicked, this, [this] { copyText(); });
    connect(m_copyJson, &QPushButton::clicked, this, [this] { copyJson(); });
    connect(m_import, &QPushButton::clicked, this, &DiagnosticsPage::confirmImport);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showDetails();
        updateImportButton();
    });
    updateControls();
}

DiagnosticsPage::~DiagnosticsPage()
{
    m_worker.waitForDone();
    if (m_runner) {
        // Its sockets belong to the worker thread: they are closed there.
        DiagnosticsRunner *runner = std::exchange(m_runner, nullptr);
        QMetaObject::invokeMethod(runner, [runner] { delete runner; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void DiagnosticsPage::run(const QString &url)
{
    if (isRunning())
        return;
    if (m_url->text() != url)
        m_url->setText(url); // when asked from elsewhere (--test URL): show what is tested
    if (url.trimmed().isEmpty()) {
        setMessage(tr("Type a URL to test, e.g. https://example.com/."), true);
        return;
    }
    auto targets = DiagnosticsRunner::targets(m_settings.data(), {url});
    if (!targets) {
        setMessage(targets.error().message, true);
        return;
    }
    startFresh(targets.value());
}

void DiagnosticsPage::runAll()
{
    if (isRunning())
        return;
    auto targets = DiagnosticsRunner::targets(m_settings.data(), {});
    if (!targets) {
        setMessage(targets.error().message, true);
        return;
    }
    if (targets.value().isEmpty()) {
        setMessage(tr("There are no connections to test: add them on the Connections page, or type a URL."), true);
        return;
    }
    startFresh(targets.value());
}

void DiagnosticsPage::startFresh(const QList<DiagnosticTarget> &targets)
{
    m_targets = targets;
    m_reports.clear();
    m_tree->clear();
    QList<int> indices;
    for (const DiagnosticTarget &target : targets) {
        indices.append(int(m_reports.size()));
        m_reports.append(placeholder(target));
        new QTreeWidgetItem(m_tree);
    }
    start(targets, indices);
}

void DiagnosticsPage::start(const QList<DiagnosticTarget> &targets, const QList<int> &indices, const QString &note)
{
    const quint64 generation = ++m_generation;
    m_state = State::Starting;
    m_notes.clear();
    m_notesAreErrors = false;
    if (!note.isEmpty())
        m_notes.append(note);
    m_pending = targets;
    m_indices = indices;
    for (int i = 0; i < indices.size(); ++i) {
        m_reports[indices.at(i)] = placeholder(targets.at(i));
        m_dirty.insert(indices.at(i));
    }
    refreshTree();
    m_progress->setText(tr("%1 of %2 done").arg(0).arg(targets.size()));

    const ProxyProfile *profile = m_settings.data().activeProfile();
    const bool wantsPassword = profile && (profile->usesProxy() || profile->isAutomatic()) && !profile->username.isEmpty();
    if (wantsPassword && profile->hasStoredPassword()) {
        showStatus(tr("Reading the proxy password from the keychain…"));
        m_secrets.read(profile->secretKey(), this, [this, generation](const SecretOutcome &outcome) {
            if (generation != m_generation || m_state != State::Starting)
                return; // cancelled meanwhile
            if (!outcome.ok()) {
                m_notes.append(tr("Testing without the proxy password, which the keychain did not give: %1")
                                   .arg(outcome.message));
                m_notesAreErrors = true;
            }
            launch(outcome.ok() ? outcome.secret : QString());
        });
        return;
    }
    if (wantsPassword)
        m_notes.append(tr("No password is stored for “%1”: testing without one. Enter it on the Proxy page.")
                           .arg(profile->username));
    launch(QString());
}

void DiagnosticsPage::launch(const QString &password)
{
    if (!m_thread.isRunning())
        m_thread.start();
    // The runner keeps the only copy that outlives this call, and wipes it when it goes.
    auto runner = new DiagnosticsRunner(m_settings.data(), password, QFileInfo(m_settings.filePath()).absolutePath());
    runner->setWebSocket(m_webSocket->isChecked());
    runner->setTimeout(m_timeoutMs);
    runner->moveToThread(&m_thread);
    m_runner = runner;
    // Queued: the runner emits on its thread. The runner pointer tells its answers from an older one's.
    connect(runner, &DiagnosticsRunner::reportChanged, this, [this, runner](int index, const DiagnosticReport &report) {
        if (runner == m_runner)
            onReportChanged(index, report);
    });
    connect(runner, &DiagnosticsRunner::progress, this, [this, runner](int done, int total) {
        if (runner == m_runner)
            onProgress(done, total);
    });
    connect(runner, &DiagnosticsRunner::finished, this, [this, runner] {
        if (runner == m_runner)
            onFinished();
    });
    m_state = State::Running;
    QMetaObject::invokeMethod(runner, [runner, targets = m_pending] { runner->start(targets); }, Qt::QueuedConnection);
    showStatus(tr("Testing…"));
    updateControls();
}

void DiagnosticsPage::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::Cancelling:
        return;
    case State::Starting:
        ++m_generation; // the keychain's answer is dropped
        for (int index : std::as_const(m_indices)) {
            m_reports[index].cancelled = true;
            m_dirty.insert(index);
        }
        finishWithoutRunner();
        return;
    case State::Running:
        m_state = State::Cancelling;
        QMetaObject::invokeMethod(m_runner, &DiagnosticsRunner::cancel, Qt::QueuedConnection);
        showStatus(tr("Cancelling…"));
        updateControls();
        return;
    }
}

void DiagnosticsPage::onReportChanged(int index, const DiagnosticReport &report)
{
    const int slot = m_indices.value(index, -1);
    if (slot < 0 || slot >= m_reports.size())
        return;
    m_reports[slot] = report;
    m_dirty.insert(slot);
    if (!m_refresh.isActive())
        m_refresh.start();
}

void DiagnosticsPage::onProgress(int done, int total)
{
    m_progress->setText(tr("%1 of %2 done").arg(done).arg(total));
}

void DiagnosticsPage::onFinished()
{
    m_runner->deleteLater(); // on its own thread
    m_runner = nullptr;
    finishWithoutRunner();
}

void DiagnosticsPage::finishWithoutRunner()
{
    const bool cancelled = m_state != State::Running;
    m_state = State::Idle;
    m_refresh.stop();
    refreshTree();
    int passed = 0;
    for (int index : std::as_const(m_indices))
        passed += m_reports.at(index).passed() ? 1 : 0;
    const int total = int(m_indices.size());
    showStatus(cancelled ? tr("Cancelled.")
               : passed == total ? tr("Every test passed.")
                                 : tr("%1 of %2 passed.").arg(passed).arg(total));
    // Show the first failure's hint unless the user is reading something else.
    if (!m_tree->currentItem()) {
        for (int index : std::as_const(m_indices)) {
            const DiagnosticReport &report = m_reports.at(index);
            const DiagnosticStep *failure = report.firstFailure();
            if (failure) {
                m_tree->setCurrentItem(m_tree->topLevelItem(index)->child(int(failure - report.steps.constData())));
                break;
            }
        }
    }
    updateControls();
    Q_EMIT runFinished();
}

void DiagnosticsPage::refreshTree()
{
    const QSet<int> dirty = std::exchange(m_dirty, {});
    for (int index : dirty)
        updateItem(index);
    updateImportButton();
    updateControls();
    showDetails();
}

void DiagnosticsPage::updateItem(int index)
{
    QTreeWidgetItem *top = m_tree->topLevelItem(index);
    if (!top || index >= m_reports.size())
        return;
    DiagnosticsTree::fill(top, m_reports.at(index), running(m_reports.at(index)) && isRunning(), *style());
}

void DiagnosticsPage::showDetails()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    QTreeWidgetItem *top = item && item->parent() ? item->parent() : item;
    const int index = top ? m_tree->indexOfTopLevelItem(top) : -1;
    if (index < 0 || index >= m_reports.size()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(DiagnosticsTree::detailsHtml(m_reports.at(index), item == top ? -1 : top->indexOfChild(item),
                                                    item->text(DiagnosticsTree::ResultColumn),
                                                    item->text(DiagnosticsTree::TimeColumn)));
}

int DiagnosticsPage::importCandidate() const
{
    // The selected report's CA, else the first one offered.
    if (QTreeWidgetItem *item = m_tree->currentItem()) {
        QTreeWidgetItem *top = item->parent() ? item->parent() : item;
        const int index = m_tree->indexOfTopLevelItem(top);
        if (index >= 0 && index < m_reports.size() && !m_reports.at(index).untrustedCa.isNull())
            return index;
    }
    for (int i = 0; i < m_reports.size(); ++i) {
        if (!m_reports.at(i).untrustedCa.isNull())
            return i;
    }
    return -1;
}

void DiagnosticsPage::updateImportButton()
{
    const int index = importCandidate();
    if (index < 0) {
        m_import->hide();
        return;
    }
    const QString subject = CertificateInfo::inspect(m_reports.at(index).untrustedCa).subject;
    m_import->setText(tr("Import “%1” as a trusted CA…").arg(subject));
    m_import->setAccessibleName(tr("Import “%1” as a trusted CA").arg(subject));
    m_import->setToolTip(tr("The proxy presented this CA instead of the server's certificate: TLS is inspected."));
    m_import->show();
}

void DiagnosticsPage::updateControls()
{
    const bool busy = isRunning();
    m_run->setEnabled(!busy);
    m_runAll->setEnabled(!busy);
    m_cancel->setEnabled(m_state == State::Starting || m_state == State::Running);
    m_copyText->setEnabled(!m_reports.isEmpty());
    m_copyJson->setEnabled(!m_reports.isEmpty());
    m_import->setEnabled(!busy);
}

void DiagnosticsPage::confirmImport()
{
    const int index = importCandidate();
    if (index < 0)
        return;
    const CertificateInfo info = CertificateInfo::inspect(m_reports.at(index).untrustedCa);
    QMessageBox box(QMessageBox::Question, tr("Trust this CA?"),
                    tr("Trust “%1” as a CA for TLS checks by ProxyDeck and the tools it configures?")
                        .arg(info.subject),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    QStringList lines{tr("Subject: %1").arg(info.subject), tr("Issuer: %1").arg(info.issuer),
                      tr("SHA-256: %1").arg(info.sha256)};
    for (const QString &warning : info.warnings())
        lines.append(QStringLiteral("⚠ ") + warning);
    lines.append(QString());
    lines.append(tr("Import it only if your organisation runs this TLS-inspecting proxy: whoever holds this CA's "
                    "key can read and change the traffic it signs for. Compare the fingerprint with the one your "
                    "IT department publishes."));
    box.setInformativeText(lines.join(u'\n'));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (box.exec() == QMessageBox::Yes)
        importUntrustedCa(index);
}

void DiagnosticsPage::importUntrustedCa(int reportIndex)
{
    if (reportIndex < 0 || reportIndex >= m_reports.size() || m_reports.at(reportIndex).untrustedCa.isNull())
        return;
    const QSslCertificate certificate = m_reports.at(reportIndex).untrustedCa;
    const QString directory = QFileInfo(m_settings.filePath()).absolutePath();
    const quint64 generation = m_generation;
    QPointer<DiagnosticsPage> self(this);
    // The anchor and the combined bundle are files: written on the worker, as the Certificates page does.
    m_worker.start([self, directory, certificate, generation] {
        AnchorStore store(directory);
        const Result<bool> added = store.add(certificate);
        QString error = added ? QString() : added.error().message;
        if (added) {
            if (auto bundle = store.writeBundle(); !bundle)
                error = bundle.error().message;
        }
        const bool isNew = added && added.value();
        QMetaObject::invokeMethod(qApp, [self, certificate, generation, error, isNew] {
            if (!self)
                return;
            const QString subject = CertificateInfo::inspect(certificate).subject;
            if (!error.isEmpty()) {
                const QString text = tr("Could not trust “%1”: %2").arg(subject, error);
                self->setMessage(text, true);
                Q_EMIT self->caImported(false, text);
                return;
            }
            QString text = isNew ? tr("“%1” is now a trusted CA.").arg(subject)
                                 : tr("“%1” was already a trusted CA.").arg(subject);
            // Test again what was shown this CA, unless the user started something else meanwhile.
            const bool again = !self->isRunning() && generation == self->m_generation;
            if (!again)
                text += u' ' + tr("Run the test again to check.");
            Q_EMIT self->caImported(true, text);
            if (!again) {
                self->setMessage(text);
                return;
            }
            QList<DiagnosticTarget> targets;
            QList<int> indices;
            for (int i = 0; i < self->m_reports.size(); ++i) {
                if (self->m_reports.at(i).untrustedCa == certificate && i < self->m_targets.size()) {
                    targets.append(self->m_targets.at(i));
                    indices.append(i);
                }
            }
            self->start(targets, indices, text);
        }, Qt::QueuedConnection);
    });
}

QString DiagnosticsPage::copyText()
{
    QStringList parts;
    for (const DiagnosticReport &report : std::as_const(m_reports))
        parts.append(report.toText());
    const QString text = parts.join(u'\n');
    QApplication::clipboard()->setText(text);
    setMessage(tr("Copied %n report(s) as text.", nullptr, int(m_reports.size())));
    return text;
}

QString DiagnosticsPage::copyJson()
{
    // The shape `proxydeck test --json` prints.
    bool passed = !m_reports.isEmpty();
    QJsonArray list;
    for (const DiagnosticReport &report : std::as_const(m_reports)) {
        passed = passed && report.passed();
        list.append(report.toJson());
    }
    const QString text = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("passed"), passed}, {QStringLiteral("reports"), list}})
            .toJson(QJsonDocument::Indented));
    QApplication::clipboard()->setText(text);
    setMessage(tr("Copied %n report(s) as JSON.", nullptr, int(m_reports.size())));
    return text;
}

QString DiagnosticsPage::message() const
{
    return m_message->text();
}

void DiagnosticsPage::showStatus(const QString &status)
{
    QStringList parts = m_notes;
    if (!status.isEmpty())
        parts.append(status);
    setMessage(parts.join(u' '), m_notesAreErrors);
}

void DiagnosticsPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    ErrorText::apply(m_message, error);
}
