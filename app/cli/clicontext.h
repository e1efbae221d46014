#pragma once

#include "exitcode.h"
#include "result.h"
#include "secretstore.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

// What every command needs: the loaded settings, the keychain, and one way to print.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    // Parses `arguments` (program name first) with the command's options plus the global ones.
    // On --help or a usage error prints and returns the exit code to stop with.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                             const QString &syntax, const QString &description);

    // Loads the settings named by --config-dir / $PROXYDECK_CONFIG_DIR. Returns an exit code
    // when they are unusable (the problem is printed).
    std::optional<int> loadSettings(const QCommandLineParser &parser);

    Settings &settings() { return *m_settings; }
    SecretStore &secrets() { return m_secrets; }
    QTextStream &out() { return m_out; }

    int fail(int code, const QString &message);
    int failWith(int code, const Error &error) { return fail(code, error.message); }
    void warn(const QString &message);
    int saveSettings();

    // Runs one keychain operation and waits for its answer.
    SecretOutcome readSecret(const QString &key);
    SecretOutcome writeSecret(const QString &key, const QString &secret);
    SecretOutcome removeSecret(const QString &key);
    static int exitCodeFor(const SecretOutcome &outcome);
    // Standard input without its final line break, for --password-stdin and --token-stdin; when it
    // cannot be read or is empty, says so (naming the option) and sets *exitCode.
    std::optional<QString> readStandardInput(const QString &option, int *exitCode);

    static const QCommandLineOption &configDirOption();

private:
    template<typename Start>
    SecretOutcome waitFor(Start start);

    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
    std::unique_ptr<Settings> m_settings;
    SecretStore m_secrets;
};
