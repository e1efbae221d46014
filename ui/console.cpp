#include "console.h"

#include "enginecontroller.h"
#include "mainwindow.h"
#include "pages/proxypage.h"
#include "settings.h"
#include "translations.h"
#include "trayicon.h"

#include <QApplication>
#include <QStatusBar>
#include <QTimer>

namespace {

QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace

Console::Console(Settings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_engine(new EngineController(settings, secrets, this))
    , m_appliedLanguage(settings.data().console.language)
{
    const QLocale locale = localeFor(m_appliedLanguage);
    QLocale::setDefault(locale);
    Translations::install(*QCoreApplication::instance(), locale);
    m_window = createWindow();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(*m_engine, m_settings, this);
        connect(m_tray, &TrayIcon::showWindowRequested, this, &Console::showWindow);
        connect(m_tray, &TrayIcon::quitRequested, this, &Console::quit);
        m_tray->show();
    }
    // Queued: the change usually comes from the Preferences dialog, which the rebuild deletes.
    connect(&m_settings, &Settings::consoleChanged, this, &Console::applyLanguage, Qt::QueuedConnection);
}

Console::~Console()
{
    delete m_window;
}

MainWindow *Console::createWindow()
{
    auto window = new MainWindow(m_settings, m_secrets, m_engine);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(window, &MainWindow::quitRequested, this, &Console::quit);
    connect(window->proxyPage(), &ProxyPage::dirtyChanged, this, [this](bool dirty) {
        if (!dirty && m_rebuildPending)
            QTimer::singleShot(0, this, &Console::rebuildWindow);
    });
    return window;
}

void Console::applyLanguage()
{
    const QString language = m_settings.data().console.language;
    if (language == m_appliedLanguage)
        return;
    m_appliedLanguage = language;
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    Translations::install(*QCoreApplication::instance(), locale);
    if (m_tray)
        m_tray->rebuildMenu();
    m_rebuildPending = true;
    rebuildWindow();
}

void Console::rebuildWindow()
{
    if (!m_rebuildPending || !m_window)
        return;
    if (m_window->proxyPage()->isDirty()) {
        m_window->statusBar()->showMessage(
            tr("The new language applies when the edits on the Proxy page are saved or reverted."));
        return;
    }
    m_rebuildPending = false;
    MainWindow *old = m_window;
    MainWindow *window = createWindow();
    window->restoreGeometry(old->saveGeometry());
    window->showPage(old->currentPageName());
    m_window = window;
    if (old->isVisible())
        window->show();
    old->hide();
    old->deleteLater();
    Q_EMIT windowRebuilt();
}

void Console::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void Console::quit()
{
    if (m_window && m_window->isVisible() && !m_window->closeForQuit())
        return;
    if (m_window && !m_window->isVisible() && !m_window->proxyPage()->confirmLeavingEdits())
        return;
    QCoreApplication::quit();
}
