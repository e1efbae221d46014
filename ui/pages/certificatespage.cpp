#include "certificatespage.h"

#include "anchorstore.h"
#include "certificateimport.h"
#include "messagebanner.h"
#include "readablecolor.h"
#include "settingsstore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

struct CertificatesPage::Outcome
{
    int added = 0;
    int duplicates = 0;
    QStringList rejected;  // one message per rejected file or block
    QStringList warnings;  // per imported certificate
    QString error;         // the store could not be written
};

CertificatesPage::CertificatesPage(const QString &configDirectory, QWidget *parent)
    : QWidget(parent)
    , m_configDirectory(configDirectory)
    , m_store(std::make_unique<AnchorStore>(configDirectory))
    , m_banner(new MessageBanner(this))
    , m_list(new QTableWidget(0, 3, this))
    , m_details(new QTextBrowser(this))
    , m_system(new QComboBox(this))
    , m_commands(new QTextBrowser(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_bundle(new QLabel(this))
{
    m_worker.setMaxThreadCount(1);
    m_banner->setObjectName(QStringLiteral("certificatesBanner"));
    m_list->setObjectName(QStringLiteral("anchors"));
    m_details->setObjectName(QStringLiteral("anchorDetails"));
    m_commands->setObjectName(QStringLiteral("trustCommands"));
    m_list->setHorizontalHeaderLabels({tr("Certificate"), tr("Expires"), tr("Fingerprint")});
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Trusted CA certificates"));
    m_list->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_details->setAccessibleName(tr("Details of the selected certificate"));
    m_commands->setAccessibleName(tr("Commands that install the certificates in the system trust store"));
    m_system->addItem(tr("Debian / Ubuntu"), QStringLiteral("debian"));
    m_system->addItem(tr("RHEL / Fedora"), QStringLiteral("rhel"));
    m_system->addItem(tr("macOS"), QStringLiteral("macos"));
    m_system->addItem(tr("Windows"), QStringLiteral("windows"));
    m_system->setAccessibleName(tr("Operating system"));
    m_commands->setMaximumHeight(110);
    m_bundle->setWordWrap(true);
    m_bundle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto importButton = new QPushButton(tr("&Import…"), this);
    auto pasteButton = new QPushButton(tr("&Paste PEM"), this);
    auto exportButton = new QPushButton(tr("E&xport bundle…"), this);
    auto copyButton = new QPushButton(tr("&Copy commands"), this);
    auto buttons = new QHBoxLayout;
    for (QPushButton *button : {importButton, pasteButton, m_remove, exportButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto commandsRow = new QHBoxLayout;
    commandsRow->addWidget(new QLabel(tr("Install in the system trust store on:"), this));
    commandsRow->addWidget(m_system);
    commandsRow->addStretch(1);
    commandsRow->addWidget(copyButton);

    auto hint = new QLabel(tr("Drop certificate files (.pem .crt .cer .der, bundles) anywhere on the window, or paste "
                              "PEM text with Ctrl+V, to trust the CA of a TLS-inspecting proxy."), this);
    hint->setWordWrap(true);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Certificates</h2>"), this));
    layout->addWidget(hint);
    layout->addWidget(m_banner);
    auto split = new QHBoxLayout;
    split->addWidget(m_list, 3);
    split->addWidget(m_details, 2);
    layout->addLayout(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_bundle);
    layout->addLayout(commandsRow);
    layout->addWidget(m_commands);
    // Tab in reading order: the buttons were created after the fields below them.
    setTabOrder(m_details, importButton);
    setTabOrder(importButton, pasteButton);
    setTabOrder(pasteButton, m_remove);
    setTabOrder(m_remove, exportButton);
    setTabOrder(exportButton, m_system);
    setTabOrder(m_system, copyButton);
    setTabOrder(copyButton, m_commands);

    connect(importButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import CA certificates"), QString(),
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!files.isEmpty())
            importFiles(files);
    });
    connect(pasteButton, &QPushButton::clicked, this, [this] { importText(QApplication::clipboard()->text().toUtf8()); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString target = QFileDialog::getSaveFileName(this, tr("Export CA bundle"), QStringLiteral("ca-bundle.pem"),
                                                            tr("PEM bundle (*.pem *.crt)"));
        if (target.isEmpty())
            return;
        exportBundle(target);
    });
    connect(copyButton, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_commands->toPlainText()); });
    connect(m_remove, &QPushButton::clicked, this, &CertificatesPage::removeSelected);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &CertificatesPage::showDetails);
    connect(m_system, &QComboBox::currentIndexChanged, this, &CertificatesPage::updateCommands);
    reload();
}

CertificatesPage::~CertificatesPage()
{
    m_worker.waitForDone();
}

void CertificatesPage::exportBundle(const QString &target)
{
    const QString directory = m_configDirectory;
    QPointer<CertificatesPage> self(this);
    m_worker.start([self, directory, target] {
        AnchorStore store(directory);
        auto bundle = store.writeBundle();
        QString message;
        if (bundle) {
            QFile file(bundle.value());
            const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            auto written = SettingsStore::writeAtomically(target, bytes);
            message = written ? CertificatesPage::tr("Bundle written to %1.").arg(target) : written.error().message;
        } else {
            message = bundle.error().message;
        }
        QMetaObject::invokeMethod(qApp, [self, message] {
            if (self)
                self->m_banner->showMessage(MessageBanner::Kind::Information, message);
        }, Qt::QueuedConnection);
    });
}

void CertificatesPage::importFiles(const QStringList &paths)
{
    runImport([paths] {
        QList<std::pair<QString, QByteArray>> sources;
        for (const QString &path : paths)
            sources.append({path, QByteArray()});
        return sources;
    });
}

void CertificatesPage::importText(const QByteArray &text)
{
    runImport([text] { return QList<std::pair<QString, QByteArray>>{{QString(), text}}; });
}

void CertificatesPage::runImport(std::function<QList<std::pair<QString, QByteArray>>()> read)
{
    // Reading files, parsing and writing the anchors and the bundle all happen on the worker.
    const QString directory = m_configDirectory;
    QPointer<CertificatesPage> self(this);
    m_worker.start([self, directory, read] {
        Outcome outcome;
        AnchorStore store(directory);
        for (const auto &[path, text] : read()) {
            const CertificateImport imported = path.isEmpty()
                ? CertificateImport::fromData(text, CertificatesPage::tr("the pasted text"))
                : CertificateImport::fromFile(path);
            for (const Error &problem : imported.problems)
                outcome.rejected.append(problem.message);
            for (const QSslCertificate &certificate : imported.certificates) {
                auto added = store.add(certificate);
                if (!added) {
                    outcome.error = added.error().message;
                    continue;
                }
                if (!added.value()) {
                    ++outcome.duplicates;
                    continue;
                }
                ++outcome.added;
                const CertificateInfo info = CertificateInfo::inspect(certificate);
                for (const QString &warning : info.warnings())
                    outcome.warnings.append(info.subject + QStringLiteral(": ") + warning);
            }
        }
        if (auto bundle = store.writeBundle(); !bundle)
            outcome.error = bundle.error().message;
        QMetaObject::invokeMethod(qApp, [self, outcome] {
            if (self)
                self->finishImport(outcome);
        }, Qt::QueuedConnection);
    });
}

void CertificatesPage::finishImport(const Outcome &outcome)
{
    reload();
    const bool nothing = outcome.added == 0 && outcome.duplicates == 0 && outcome.rejected.isEmpty();
    if (nothing && outcome.error.isEmpty())
        return; // a bundle refresh
    QString summary = tr("%1 imported, %2 duplicate, %3 rejected")
                          .arg(outcome.added).arg(outcome.duplicates).arg(outcome.rejected.size());
    if (!outcome.rejected.isEmpty())
        summary += QStringLiteral(": ") + outcome.rejected.join(QStringLiteral("; "));
    QStringList lines{summary};
    lines += outcome.warnings;
    if (!outcome.error.isEmpty())
        lines.append(outcome.error);
    const bool problem = !outcome.rejected.isEmpty() || !outcome.error.isEmpty();
    m_banner->showMessage(problem ? MessageBanner::Kind::Warning
                                  : outcome.warnings.isEmpty() ? MessageBanner::Kind::Information
                                                               : MessageBanner::Kind::Warning,
                          lines.join(u'\n'));
    Q_EMIT importFinished(summary);
}

QString CertificatesPage::lastSummary() const
{
    return m_banner->text();
}

void CertificatesPage::removeSelected()
{
    QStringList ids;
    for (const QModelIndex &row : m_list->selectionModel()->selectedRows())
        ids.append(m_list->item(row.row(), 2)->data(Qt::UserRole).toString());
    if (ids.isEmpty())
        return;
    const QString directory = m_configDirectory;
    QPointer<CertificatesPage> self(this);
    m_worker.start([self, directory, ids] {
        AnchorStore store(directory);
        for (const QString &id : ids)
            (void)store.remove(id);
        (void)store.writeBundle();
        QMetaObject::invokeMethod(qApp, [self] {
            if (self)
                self->reload();
        }, Qt::QueuedConnection);
    });
}

void CertificatesPage::reload()
{
    // A few small files: listing them here keeps the page simple; imports run on the worker.
    const QList<CertificateInfo> anchors = m_store->list();
    m_list->setRowCount(0);
    for (const CertificateInfo &info : anchors) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        const QStringList warnings = info.warnings();
        const bool expired = info.notAfter < QDateTime::currentDateTimeUtc();
        auto subject = new QTableWidgetItem(info.subject);
        subject->setIcon(style()->standardIcon(expired ? QStyle::SP_MessageBoxCritical
                                               : warnings.isEmpty() ? QStyle::SP_DialogApplyButton
                                                                    : QStyle::SP_MessageBoxWarning));
        subject->setToolTip(warnings.join(u'\n'));
        auto fingerprint = new QTableWidgetItem(info.shortId());
        fingerprint->setData(Qt::UserRole, info.sha256);
        m_list->setItem(row, 0, subject);
        m_list->setItem(row, 1, new QTableWidgetItem(info.notAfter.date().toString(Qt::ISODate)));
        m_list->setItem(row, 2, fingerprint);
    }
    m_remove->setEnabled(false);
    m_details->clear();
    m_bundle->setText(anchors.isEmpty() ? tr("No CA certificates are trusted beyond the system's yet.")
                                        : tr("Combined bundle (system roots + these): %1").arg(m_store->bundlePath()));
    updateCommands();
}

void CertificatesPage::showDetails()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    m_remove->setEnabled(!rows.isEmpty());
    if (rows.size() != 1) {
        m_details->clear();
        return;
    }
    auto found = m_store->find(m_list->item(rows.constFirst().row(), 2)->data(Qt::UserRole).toString());
    if (!found)
        return;
    const CertificateInfo &info = found.value();
    QString html = QStringLiteral("<b>%1</b><br>").arg(info.subject.toHtmlEscaped());
    const auto line = [&](const QString &label, const QString &value) {
        html += QStringLiteral("%1: %2<br>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Issuer"), info.issuer);
    line(tr("Valid"), tr("%1 to %2").arg(info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate)));
    line(tr("SHA-256"), info.sha256);
    line(tr("Serial"), info.serial);
    line(tr("Key"), QStringLiteral("%1 %2").arg(info.keyType).arg(info.keyBits));
    line(tr("Signature"), info.signatureAlgorithm);
    line(tr("CA"), (info.isCa ? tr("yes") : tr("no")) + (info.selfSigned ? tr(", self-signed") : QString()));
    const QString red = ReadableColor::on(m_details->palette().color(QPalette::Base), QColor(0xc0, 0x20, 0x20)).name();
    for (const QString &warning : info.warnings())
        html += QStringLiteral("<font color=\"%1\">⚠ %2</font><br>").arg(red, warning.toHtmlEscaped());
    m_details->setHtml(html);
}

void CertificatesPage::updateCommands()
{
    const auto system = AnchorStore::systemFromName(m_system->currentData().toString());
    m_commands->setPlainText(system ? m_store->trustCommands(*system).join(u'\n') : QString());
}
