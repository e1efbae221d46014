// The console around the window, offscreen: the language switch of the Preferences dialog (the
// window is rebuilt in the new language, the engine and unsaved edits survive it), the tray
// icon's menu and state, closing to the tray, the menu bar's shortcuts, and the first-run offer
// to import the environment's proxy.
#include "console.h"
#include "enginecontroller.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "preferencesdialog.h"
#include "proxypage.h"
#include "secretstore.h"
#include "settings.h"
#include "translations.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QString navigationText(MainWindow *window, int row)
{
    return window->findChild<QListWidget *>(QStringLiteral("navigation"))->item(row)->text();
}

// Answers the Preferences dialog once it is open (it runs modally), then presses OK.
void answerPreferences(const std::function<void(PreferencesDialog *)> &edit)
{
    QTimer::singleShot(0, qApp, [edit] {
        auto dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        edit(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void choosingALanguageRebuildsTheWindowInItAndKeepsTheEngine();
    void aLanguageChangeWaitsForUnsavedEditsOnTheProxyPage();
    void theStoredLanguageIsAppliedAtStart();
    void preferencesOfferClosingToTheTrayOnlyWhereThereIsATray();
    void closingWithoutATrayClosesTheWindowEvenWhenSetToCloseToTray();
    void theTrayMenuSwitchesTheActiveProfileAndStartsTheEngine();
    void theTrayIconShowsTheEngineState();
    void theMenuBarGoesToEachPageWithCtrlAndADigit();
    void menuShortcutsAreUnique();
    void aFirstRunOffersTheEnvironmentsProxyWithoutShowingItsPassword();
    void noOfferWhenTheEnvironmentNamesTheProxyTheProfileAlreadyUses();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestConsole::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.json")));
    m_settings->load();
    m_secrets = std::make_unique<SecretStore>();
}

void TestConsole::cleanup()
{
    m_secrets.reset();
    m_settings.reset();
    // Back to English for the next test, whatever this one chose.
    Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
}

void TestConsole::choosingALanguageRebuildsTheWindowInItAndKeepsTheEngine()
{
    Console console(*m_settings, *m_secrets);
    MainWindow *before = console.window();
    before->show();
    before->showPage(QStringLiteral("rules"));
    EngineController *engine = console.engine();
    QCOMPARE(navigationText(before, 1), QStringLiteral("Connections"));

    QSignalSpy rebuilt(&console, &Console::windowRebuilt);
    answerPreferences([](PreferencesDialog *dialog) {
        auto language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
    });
    before->showPreferences();
    QVERIFY(rebuilt.wait(5000));

    MainWindow *after = console.window();
    QVERIFY(after != before);
    QVERIFY(after->isVisible());
    QCOMPARE(navigationText(after, 1), QStringLiteral("Verbindungen"));
    QCOMPARE(after->currentPageName(), QStringLiteral("rules"));
    QCOMPARE(after->engineController(), engine);
    QCOMPARE(m_settings->data().console.language, QStringLiteral("de"));
    QCOMPARE(console.appliedLanguage(), QStringLiteral("de"));

    QSignalSpy again(&console, &Console::windowRebuilt);
    answerPreferences([](PreferencesDialog *dialog) {
        auto language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    });
    after->showPreferences();
    QVERIFY(again.wait(5000));
    QCOMPARE(navigationText(console.window(), 1), QStringLiteral("Connexions"));
}

void TestConsole::aLanguageChangeWaitsForUnsavedEditsOnTheProxyPage()
{
    Console console(*m_settings, *m_secrets);
    MainWindow *before = console.window();
    before->show();
    auto host = before->findChild<QLineEdit *>(QStringLiteral("host"));
    before->findChild<QCheckBox *>(QStringLiteral("useProxy"))->setChecked(true);
    host->setText(QStringLiteral("typed-not-saved.corp"));
    QVERIFY(before->proxyPage()->isDirty());

    QSignalSpy rebuilt(&console, &Console::windowRebuilt);
    ConsoleSettings german = m_settings->data().console;
    german.language = QStringLiteral("de");
    m_settings->setConsole(german);
    QVERIFY(!rebuilt.wait(300));
    QCOMPARE(console.window(), before);
    QCOMPARE(host->text(), QStringLiteral("typed-not-saved.corp"));

    before->proxyPage()->revert();
    QVERIFY(rebuilt.wait(5000));
    QCOMPARE(navigationText(console.window(), 0), QStringLiteral("Proxy"));
    QCOMPARE(navigationText(console.window(), 6), QStringLiteral("Diagnose"));
}

void TestConsole::theStoredLanguageIsAppliedAtStart()
{
    ConsoleSettings french = m_settings->data().console;
    french.language = QStringLiteral("fr");
    m_settings->setConsole(french);
    Console console(*m_settings, *m_secrets);
    QCOMPARE(navigationText(console.window(), 6), QStringLiteral("Diagnostic"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QLocale::setDefault(QLocale::c());
}

void TestConsole::preferencesOfferClosingToTheTrayOnlyWhereThereIsATray()
{
    ConsoleSettings console;
    console.closeToTray = true;
    PreferencesDialog withTray(console, true);
    auto box = withTray.findChild<QCheckBox *>(QStringLiteral("closeToTray"));
    QVERIFY(box->isEnabled());
    QVERIFY(box->isChecked());
    box->setChecked(false);
    QCOMPARE(withTray.console().closeToTray, false);

    PreferencesDialog without(console, false);
    box = without.findChild<QCheckBox *>(QStringLiteral("closeToTray"));
    QVERIFY(!box->isEnabled());
    QVERIFY(!box->isChecked());
    QVERIFY(!box->toolTip().isEmpty());
    // Languages are offered by their own names.
    auto language = without.findChild<QComboBox *>(QStringLiteral("language"));
    QCOMPARE(language->itemText(language->findData(QStringLiteral("de"))), QStringLiteral("Deutsch"));
    QCOMPARE(language->itemText(language->findData(QStringLiteral("fr"))), QStringLiteral("Français"));
}

void TestConsole::closingWithoutATrayClosesTheWindowEvenWhenSetToCloseToTray()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("this platform has a system tray; the test is about one without");
    ConsoleSettings console = m_settings->data().console;
    console.closeToTray = true;
    m_settings->setConsole(console);
    MainWindow window(*m_settings, *m_secrets);
    window.show();
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
}

void TestConsole::theTrayMenuSwitchesTheActiveProfileAndStartsTheEngine()
{
    const auto office = m_settings->addProfile(QStringLiteral("Office"));
    QVERIFY(office);
    EngineController engine(*m_settings, *m_secrets);
    EngineController::Options options;
    options.listenPort = 0;
    options.statusSocket = false;
    engine.setOptions(options);
    TrayIcon tray(engine, *m_settings);
    tray.rebuildMenu();

    auto profiles = tray.menu()->findChild<QMenu *>(QStringLiteral("trayProfiles"));
    QVERIFY(profiles);
    QStringList names;
    QAction *officeAction = nullptr;
    for (QAction *action : profiles->actions()) {
        names.append(action->text());
        QCOMPARE(action->isChecked(), action->data().toString() == m_settings->data().activeProfileId);
        if (action->data().toString() == office.value())
            officeAction = action;
    }
    QCOMPARE(names.size(), m_settings->data().profiles.size());
    QVERIFY(names.contains(QStringLiteral("Office")));
    QVERIFY(officeAction);
    QSignalSpy saved(m_settings.get(), &Settings::saveFinished);
    officeAction->trigger();
    QCOMPARE(m_settings->data().activeProfileId, office.value());
    QVERIFY(saved.wait(10000));
    QVERIFY(tray.toolTip().contains(QStringLiteral("Office")));

    auto start = tray.menu()->findChild<QAction *>(QStringLiteral("trayEngine"));
    QVERIFY(start);
    QSignalSpy state(&engine, &EngineController::stateChanged);
    start->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineController::State::Running, 10000);
    tray.rebuildMenu();
    QCOMPARE(tray.menu()->findChild<QAction *>(QStringLiteral("trayEngine"))->text(), QStringLiteral("S&top engine"));
    QVERIFY(tray.toolTip().contains(engine.listenString()));
    tray.menu()->findChild<QAction *>(QStringLiteral("trayEngine"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineController::State::Stopped, 10000);
}

void TestConsole::theTrayIconShowsTheEngineState()
{
    // The dot in the corner differs per state, and is not the bare application icon.
    const auto corner = [](EngineController::State state) {
        return TrayIcon::stateIcon(state).pixmap(64, 64).toImage().pixelColor(49, 49);
    };
    const QSet<QRgb> colours{corner(EngineController::State::Stopped).rgb(),
                             corner(EngineController::State::Starting).rgb(),
                             corner(EngineController::State::Running).rgb(),
                             corner(EngineController::State::Failed).rgb()};
    QCOMPARE(colours.size(), 4);
    const QColor running = corner(EngineController::State::Running);
    QVERIFY2(running.green() > running.red() && running.green() > running.blue(), qPrintable(running.name()));
    const QColor failed = corner(EngineController::State::Failed);
    QVERIFY2(failed.red() > failed.green() && failed.red() > failed.blue(), qPrintable(failed.name()));
}

void TestConsole::theMenuBarGoesToEachPageWithCtrlAndADigit()
{
    MainWindow window(*m_settings, *m_secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QStringList pages{QStringLiteral("proxy"),        QStringLiteral("connections"), QStringLiteral("rules"),
                            QStringLiteral("certificates"), QStringLiteral("export"),      QStringLiteral("traffic"),
                            QStringLiteral("diagnostics")};
    for (int i = pages.size() - 1; i >= 0; --i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), pages.at(i));
    }
}

void TestConsole::menuShortcutsAreUnique()
{
    MainWindow window(*m_settings, *m_secrets);
    QHash<QString, QString> seen;
    int count = 0;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            ++count;
            const QString key = action->shortcut().toString();
            QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(": ") + seen.value(key) + QStringLiteral(" and ")
                                                     + action->text()));
            seen.insert(key, action->text());
        }
    }
    QVERIFY2(count >= 12, qPrintable(QString::number(count)));
    QVERIFY(seen.contains(QStringLiteral("Ctrl+Q")) || seen.contains(QKeySequence(QKeySequence::Quit).toString()));
}

void TestConsole::aFirstRunOffersTheEnvironmentsProxyWithoutShowingItsPassword()
{
    MainWindow window(*m_settings, *m_secrets);
    window.show();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("https_proxy"), QStringLiteral("http://carol:Env-s3cret@proxy.env.corp:8080"));
    environment.insert(QStringLiteral("no_proxy"), QStringLiteral("localhost,.env.corp"));
    QVERIFY(window.proxyPage()->offerEnvironmentImport(environment));

    auto banner = window.proxyPage()->findChild<MessageBanner *>(QStringLiteral("banner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("https_proxy=http://carol:***@proxy.env.corp:8080")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("localhost,.env.corp")));
    QVERIFY(!banner->text().contains(QStringLiteral("Env-s3cret")));

    // Nothing changes until the user says yes.
    auto host = window.findChild<QLineEdit *>(QStringLiteral("host"));
    QVERIFY(host->text().isEmpty());
    auto yes = banner->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(yes->isVisible());
    QTest::mouseClick(yes, Qt::LeftButton);
    QCOMPARE(host->text(), QStringLiteral("proxy.env.corp"));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("username"))->text(), QStringLiteral("carol"));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("password"))->text(), QStringLiteral("Env-s3cret"));
    QVERIFY(window.proxyPage()->isDirty());
    QVERIFY(!yes->isVisible());
}

void TestConsole::noOfferWhenTheEnvironmentNamesTheProxyTheProfileAlreadyUses()
{
    ProxyProfile profile = *m_settings->data().activeProfile();
    profile.host = QStringLiteral("proxy.same.corp");
    profile.port = 3128;
    QVERIFY(m_settings->updateProfile(profile));
    MainWindow window(*m_settings, *m_secrets);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("http_proxy"), QStringLiteral("http://proxy.same.corp:3128"));
    QVERIFY(!window.proxyPage()->offerEnvironmentImport(environment));
    QProcessEnvironment empty;
    QVERIFY(!window.proxyPage()->offerEnvironmentImport(empty));
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
