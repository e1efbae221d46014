#include "mainwindow.h"

#include "enginecontroller.h"
#include "enginestatuswidget.h"

#include "pages/certificatespage.h"
#include "pages/connectionspage.h"
#include "pages/diagnosticspage.h"
#include "pages/exportpage.h"
#include "pages/proxypage.h"
#include "pages/rulespage.h"
#include "pages/trafficpage.h"
#include "secretstore.h"
#include "settings.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QShortcut>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

MainWindow::MainWindow(Settings &settings, SecretStore &secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_proxyPage(new ProxyPage(settings, secrets, this))
    , m_connectionsPage(new ConnectionsPage(settings, this))
    , m_rulesPage(new RulesPage(settings, this))
    , m_certificatesPage(new CertificatesPage(QFileInfo(settings.filePath()).absolutePath(), this))
    , m_exportPage(new ExportPage(settings, secrets, this))
    , m_engine(new EngineController(settings, secrets, this))
    , m_trafficPage(new TrafficPage(*m_engine, settings, secrets, this))
    , m_diagnosticsPage(new DiagnosticsPage(settings, secrets, this))
    , m_dropHint(new QLabel(tr("Drop to trust these CA certificates"), this))
    , m_keychainStatus(new QLabel(this))
    , m_secrets(secrets)
{
    setWindowTitle(tr("ProxyDeck[*]"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMaximumWidth(170);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto central = new QWidget(this);
    auto layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("proxy"), style()->standardIcon(QStyle::SP_DriveNetIcon), tr("Proxy"), m_proxyPage);
    addPage(QStringLiteral("connections"), style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Connections"),
            m_connectionsPage);
    addPage(QStringLiteral("rules"), style()->standardIcon(QStyle::SP_FileDialogListView), tr("Rules"), m_rulesPage);
    addPage(QStringLiteral("certificates"), style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Certificates"),
            m_certificatesPage);
    addPage(QStringLiteral("export"), style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export"), m_exportPage);
    addPage(QStringLiteral("traffic"), style()->standardIcon(QStyle::SP_BrowserReload), tr("Traffic"), m_trafficPage);
    addPage(QStringLiteral("diagnostics"), style()->standardIcon(QStyle::SP_MessageBoxQuestion), tr("Diagnostics"),
            m_diagnosticsPage);
    connect(m_diagnosticsPage, &DiagnosticsPage::caImported, m_certificatesPage, [this](bool ok) {
        if (ok)
            m_certificatesPage->reload();
    });

    setAcceptDrops(true);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setAutoFillBackground(true);
    m_dropHint->setFrameShape(QFrame::Box);
    m_dropHint->setLineWidth(2);
    m_dropHint->hide();
    // Ctrl+V with PEM on the clipboard imports it; a focused text field keeps its own paste.
    auto paste = new QShortcut(QKeySequence::Paste, this);
    connect(paste, &QShortcut::activated, this, [this] {
        const QByteArray text = QApplication::clipboard()->text().toUtf8();
        if (text.contains("-----BEGIN CERTIFICATE-----")) {
            showPage(QStringLiteral("certificates"));
            m_certificatesPage->importText(text);
        }
    });

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_proxyPage, &ProxyPage::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_proxyPage, &ProxyPage::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(&m_secrets, &SecretStore::stateChanged, this, &MainWindow::updateKeychainStatus);

    m_engineStatus = new EngineStatusWidget(*m_engine, this);
    statusBar()->addPermanentWidget(m_engineStatus);
    statusBar()->addPermanentWidget(m_keychainStatus);
    statusBar()->showMessage(tr("Settings: %1").arg(settings.filePath()));
    updateKeychainStatus();
    m_secrets.probe();
    m_navigation->setCurrentRow(0);
    resize(900, 600);
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::showPage(const QString &name)
{
    if (const qsizetype index = m_pageNames.indexOf(name); index >= 0)
        showPage(int(index));
}

void MainWindow::addPage(const QString &name, const QIcon &icon, const QString &title, QWidget *page)
{
    m_pageNames.append(name);
    auto item = new QListWidgetItem(icon, title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(page);
}

void MainWindow::updateKeychainStatus()
{
    switch (m_secrets.state()) {
    case SecretStore::State::Unknown:
        m_keychainStatus->clear();
        break;
    case SecretStore::State::Available:
        m_keychainStatus->setText(tr("Keychain: available"));
        break;
    case SecretStore::State::Unavailable:
        m_keychainStatus->setText(tr("Keychain: unavailable"));
        m_keychainStatus->setToolTip(m_secrets.unavailableReason());
        break;
    }
}

namespace {

bool carriesCertificates(const QMimeData *mime)
{
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                return true;
        }
    }
    return mime->hasText() && mime->text().contains(QStringLiteral("-----BEGIN CERTIFICATE-----"));
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!carriesCertificates(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_dropHint->setGeometry(centralWidget()->geometry().adjusted(40, 40, -40, -40));
    m_dropHint->raise();
    m_dropHint->show();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropHint->hide();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_dropHint->hide();
    const QMimeData *mime = event->mimeData();
    if (!carriesCertificates(mime))
        return;
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    showPage(QStringLiteral("certificates"));
    if (!files.isEmpty())
        m_certificatesPage->importFiles(files);
    else
        m_certificatesPage->importText(mime->text().toUtf8());
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_proxyPage->confirmLeavingEdits())
        event->accept();
    else
        event->ignore();
}
