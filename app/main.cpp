#include "cli/commandline.h"
#include "configlocation.h"
#include "console.h"
#include "diagnosticspage.h"
#include "enginecontroller.h"
#include "mainwindow.h"
#include "processhardening.h"
#include "proxypage.h"
#include "secretstore.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QProcessEnvironment>

#include <csignal>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("ProxyDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROXYDECK_VERSION));
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    // The process holds the proxy password in memory: keep it out of core dumps.
    ProcessHardening::disableCoreDumps();
    // The engine writes to sockets whose peer may be gone: that is an error to handle, not a
    // reason for the process to die.
    ::signal(SIGPIPE, SIG_IGN);

    if (CommandLine::wantsCommandLine(argumentsOf(argc, argv))) {
        QCoreApplication application(argc, argv);
        setIdentity();
        Translations::install(application);
        return CommandLine::run(QCoreApplication::arguments());
    }

    QApplication application(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.proxydeck.ProxyDeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/proxydeck-64.png")));

    const QStringList arguments = QCoreApplication::arguments();
    const QString configDir = ConfigLocation::resolveDirectory(CommandLine::configDirArgument(arguments));
    const QString settingsFile = ConfigLocation::settingsFile(configDir);
    const bool firstRun = !QFileInfo::exists(settingsFile);
    Settings settings(settingsFile);
    settings.load();
    SecretStore secrets;

    // Translations follow the settings' language (or the system's); see Console.
    Console console(settings, secrets);
    MainWindow &window = *console.window();
    window.showPage(CommandLine::optionValue(arguments, QStringLiteral("page")));
    window.show();
    if (firstRun)
        window.proxyPage()->offerEnvironmentImport(QProcessEnvironment::systemEnvironment());
    if (arguments.contains(QStringLiteral("--start-engine")))
        console.engine()->start();
    // --test URL: open on the Diagnostics page, testing that URL.
    if (const QString url = CommandLine::optionValue(arguments, QStringLiteral("test")); !url.isEmpty()) {
        window.showPage(QStringLiteral("diagnostics"));
        window.diagnosticsPage()->run(url);
    }
    return application.exec();
}
