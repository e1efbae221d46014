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
#include "preferencesdialog.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSystemTrayIcon>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

MainWindow::MainWindow(Settings &settings, SecretStore &secrets, QWidget *parent)
    : MainWindow(settings, secrets, nullptr, parent)
{
}

MainWindow::MainWindow(Settings &settings, SecretStore &secrets, EngineController *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_proxyPage(new ProxyPage(settings, secrets, this))
    , m_connectionsPage(new ConnectionsPage(settings, this))
    , m_rulesPage(new RulesPage(settings, this))
    , m_certificatesPage(new CertificatesPage(QFileInfo(settings.filePath()).absolutePath(), this))
    , m_exportPage(new ExportPage(settings, secrets, this))
    , m_engine(engine ? engine : new EngineController(settings, secrets, this))
    , m_trafficPage(new TrafficPage(*m_engine, settings, secrets, this))
    , m_diagnosticsPage(new DiagnosticsPage(settings, secrets, this))
    , m_dropHint(new QLabel(tr("Drop to trust these CA certificates"), this))
    , m_keychainStatus(new QLabel(this))
    , m_settings(settings)
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
    createMenus();
    m_navigation->setCurrentRow(0);
    resize(QSize(900, 600).boundedTo(screen()->availableSize() * 9 / 10)); // room for the frame
}

QString MainWindow::currentPageName() const
{
    return m_pageNames.value(m_navigation->currentRow());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, [this] {
        if (closeForQuit())
            Q_EMIT quitRequested();
    });
    quit->setObjectName(QStringLiteral("actionQuit"));
    // Ctrl+Q where the platform names no quit key (the offscreen and some X11 themes).
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty() ? QList{QKeySequence(tr("Ctrl+Q"))}
                                                                            : QKeySequence::keyBindings(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);

    // Ctrl+1 … Ctrl+7 go to the pages in sidebar order.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QAction *page = go->addAction(m_navigation->item(row)->text(), this, [this, row] {
            showPage(row);
            m_pages->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
        page->setObjectName(QStringLiteral("actionPage_") + m_pageNames.at(row));
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }

    QMenu *engine = menuBar()->addMenu(tr("&Engine"));
    QAction *start = engine->addAction(tr("&Start engine"), m_engine, &EngineController::start);
    start->setObjectName(QStringLiteral("actionStartEngine"));
    start->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    QAction *stop = engine->addAction(tr("S&top engine"), m_engine, &EngineController::stop);
    stop->setObjectName(QStringLiteral("actionStopEngine"));
    stop->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    const auto updateEngineActions = [start, stop](EngineController::State state) {
        start->setEnabled(state == EngineController::State::Stopped || state == EngineController::State::Failed);
        stop->setEnabled(state == EngineController::State::Running || state == EngineController::State::Starting);
    };
    updateEngineActions(m_engine->state());
    connect(m_engine, &EngineController::stateChanged, this, updateEngineActions);
    engine->addSeparator();
    QAction *test = engine->addAction(tr("&Test connectivity"), this, [this] {
        showPage(QStringLiteral("diagnostics"));
        m_diagnosticsPage->setFocus(Qt::ShortcutFocusReason);
    });
    test->setObjectName(QStringLiteral("actionTest"));
    test->setShortcut(QKeySequence(tr("Ctrl+T")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ProxyDeck"), this, [this] {
        QMessageBox::about(this, tr("About ProxyDeck"),
                           tr("<p><b>ProxyDeck %1</b></p><p>Set the outbound proxy once, decide per connection "
                              "what goes through it, and hand it to every tool.</p><p>Settings: %2</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    m_settings.filePath().toHtmlEscaped()));
    })->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings.data().console, QSystemTrayIcon::isSystemTrayAvailable(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.console() == m_settings.data().console)
        return;
    m_settings.setConsole(dialog.console());
    m_settings.saveAsync();
}

bool MainWindow::closesToTray() const
{
    return !m_quitting && m_settings.data().console.closeToTray && QSystemTrayIcon::isSystemTrayAvailable();
}

bool MainWindow::closeForQuit()
{
    m_quitting = true;
    const bool closed = close();
    m_quitting = false;
    return closed;
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
    // A page taller or wider than the screen (200 % on a laptop) scrolls instead of pushing the
    // window off it.
    auto scroll = new QScrollArea(m_pages);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own
    m_pages->addWidget(scroll);
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
    // Kept in the tray: nothing is lost, the edits stay on the page for when it comes back.
    if (closesToTray()) {
        hide();
        event->ignore();
        return;
    }
    if (m_proxyPage->confirmLeavingEdits())
        event->accept();
    else
        event->ignore();
}
