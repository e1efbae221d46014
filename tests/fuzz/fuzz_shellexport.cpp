// libFuzzer target for the shell exports, read back by real shells. From the input it makes a
// profile (user, password, host, name), NO_PROXY rules and a CA bundle path, renders the POSIX
// sh export (PosixShellExporter) and the .env export (DotEnvExporter) through the real exporters,
// and runs them: the sh export sourced by /bin/sh and by bash (when installed), the .env sourced
// by /bin/sh with `set -a`, each followed by `env -0`, which prints what a program started from
// the profile would see. Checked for every input:
//  - the shell exits 0, prints nothing else, and each variable reads back exactly as the exporter
//    meant it (Exporter::environment with ${PROXY_PASSWORD} expanded); a variable the export
//    unsets is gone, and no other variable appears;
//  - the proxy URL read back parses (ProxyUrlParts, percent-decoding the userinfo) to the
//    profile's scheme, host, port and user, and to the password: the one included, or the
//    PROXY_PASSWORD given to the shell; EnvironmentImport reads the same proxy and NO_PROXY back.
// Layout: byte 0 chooses the options, the rest is split at NUL bytes into user, password, host,
// profile name, CA bundle path and NO_PROXY items (NUL cannot stand in an environment variable,
// and the exporter is never given one). A host that ProxyEndpoint refuses (the settings never
// hold one) is replaced by a fixed one; an empty host makes a profile without a proxy.
// Each input starts three shells (posix_spawn, 10 s limit): a few dozen inputs a second.

#include "environmentimport.h"
#include "exporter.h"
#include "exportinput.h"
#include "settingsdata.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_shellexport: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

struct ShellRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

// Runs argv with exactly `environment`, stdin from /dev/null, and collects stdout and stderr.
ShellRun run(const QList<QByteArray> &argv, const QList<QByteArray> &environment)
{
    ShellRun result;
    int outPipe[2];
    int errPipe[2];
    check(pipe2(outPipe, O_CLOEXEC) == 0 && pipe2(errPipe, O_CLOEXEC) == 0, "pipe2 failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);

    std::vector<char *> args;
    for (const QByteArray &arg : argv)
        args.push_back(const_cast<char *>(arg.constData()));
    args.push_back(nullptr);
    std::vector<char *> env;
    for (const QByteArray &entry : environment)
        env.push_back(const_cast<char *>(entry.constData()));
    env.push_back(nullptr);

    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, args.front(), &actions, nullptr, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    close(outPipe[1]);
    close(errPipe[1]);
    check(spawned == 0, "posix_spawn failed:", QString::fromLatin1(argv.front()));

    // A shell that hangs (an export that reads stdin or loops) is a finding too, after 10 s.
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int openPipes = 2;
    while (openPipes > 0) {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const long elapsed = (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
        if (elapsed > 10000) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
            check(false, "the shell did not finish within 10 s:", QString::fromLatin1(argv.front()));
        }
        if (poll(fds, 2, int(10000 - elapsed)) < 0 && errno != EINTR)
            check(false, "poll failed");
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buffer[4096];
            const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                (i == 0 ? result.out : result.err).append(buffer, n);
            } else if (n == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --openPipes;
            }
        }
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

// `env -0` output: NAME=value, each ended by NUL.
QHash<QString, QString> parseEnv(const QByteArray &out)
{
    QHash<QString, QString> variables;
    for (const QByteArray &line : out.split('\0')) {
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf('=');
        check(equals > 0, "a line of env -0 without a name:", QString::fromUtf8(line));
        variables.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return variables;
}

const QByteArray PasswordGiven = QUrl::toPercentEncoding(QStringLiteral("p@ss:w rd$`\"\\'*?[x]€"));

// The environment every shell starts with: each exported name already set, so that an export
// that should clear a variable is seen to clear it.
QList<QByteArray> startingEnvironment(const QList<std::pair<QString, QString>> &variables)
{
    QList<QByteArray> environment{"PATH=/usr/bin:/bin", "LC_ALL=C", "PROXY_PASSWORD=" + PasswordGiven};
    for (const auto &[name, value] : variables)
        environment.append(name.toUtf8() + "=stale-" + name.toUtf8());
    return environment;
}

void checkReadBack(const char *shell, const ShellRun &result, const QList<std::pair<QString, QString>> &expected,
                   bool nullIsEmpty, const QByteArray &script)
{
    const QString detail = QString::fromLatin1(shell) + u'\n' + QString::fromUtf8(script) + u"\nstderr: "
        + QString::fromUtf8(result.err);
    check(result.status == 0, "the shell failed:", detail + u"\nstatus " + QString::number(result.status));
    check(result.err.isEmpty(), "the shell wrote to stderr:", detail);
    QHash<QString, QString> variables = parseEnv(result.out);
    for (const auto &[name, value] : expected) {
        if (value.isNull() && !nullIsEmpty) {
            check(!variables.contains(name), "a variable the export unsets is still set:", name + u'\n' + detail);
        } else {
            check(variables.contains(name), "a variable the export sets is not set:", name + u'\n' + detail);
            check(variables.value(name) == value, "a variable reads back differently:",
                  name + u": " + value + u" / " + variables.value(name) + u'\n' + detail);
        }
        variables.remove(name);
    }
    for (const char *name : {"PATH", "LC_ALL", "PROXY_PASSWORD", "PWD", "OLDPWD", "SHLVL", "_"})
        variables.remove(QString::fromLatin1(name));
    check(variables.isEmpty(), "the export set another variable:",
          (variables.isEmpty() ? QString() : variables.keys().constFirst()) + u'\n' + detail);
}

// Decoded read-back of the proxy URL: the user and password the exporter was given.
void checkProxyUrl(const ExportInput &input, const QString &url)
{
    if (!input.profile.usesProxy()) {
        check(url.isNull(), "a profile without a proxy exports one:", url);
        return;
    }
    const auto parts = ProxyUrlParts::parse(url);
    check(bool(parts), "the exported proxy URL does not parse:", url + (parts ? QString() : u": " + parts.error().message));
    const ProxyUrlParts &read = parts.value();
    check(read.scheme == input.profile.scheme && read.host == input.profile.host && read.port == input.profile.port,
          "the exported proxy URL names another proxy:", url);
    check(read.username == input.profile.username, "the exported user reads back differently:",
          input.profile.username + u" / " + read.username);
    QString password;
    if (!input.profile.username.isEmpty()) {
        if (input.includeSecrets)
            password = input.password;
        else if (input.hasPasswordPart())
            password = QUrl::fromPercentEncoding(PasswordGiven);
    }
    check(read.password == password, "the exported password reads back differently:", password + u" / " + read.password);
}

QList<QByteArray> shellArgs(const char *shell, const QString &script, bool allExport)
{
    const QByteArray program = allExport ? "set -a; . \"$1\" || exit 97; exec /usr/bin/env -0"
                                         : ". \"$1\" || exit 97; exec /usr/bin/env -0";
    return {shell, "-c", program, shell, QFile::encodeName(script)};
}

QString writeScript(const QTemporaryDir &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size(),
          "cannot write the export");
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    const uint8_t options = data[0];
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QList<QByteArray> fields = rest.split('\0');
    const auto field = [&](qsizetype i) { return i < fields.size() ? QString::fromUtf8(fields.at(i)) : QString(); };

    static constexpr quint16 Ports[] = {3128, 8080, 80, 443, 1, 65535, 8443, 3129};
    SettingsData settings;
    ProxyProfile profile;
    profile.id = QStringLiteral("p1");
    profile.name = field(3).isEmpty() ? QStringLiteral("Office") : field(3);
    profile.scheme = (options & 4) ? QStringLiteral("https") : QStringLiteral("http");
    const QString hostText = field(2);
    if (!hostText.isEmpty()) {
        const auto host = ProxyEndpoint::parseHost(hostText);
        profile.host = host ? host.value() : QStringLiteral("proxy.example");
        profile.port = Ports[options >> 5];
    }
    profile.username = field(0);
    if (options & 2)
        profile.secretRef = QStringLiteral("keychain:proxydeck/profile/p1");
    settings.profiles.append(profile);
    settings.activeProfileId = profile.id;
    for (qsizetype i = 5; i < fields.size() && i < 5 + 16; ++i)
        settings.noProxy.append(QString::fromUtf8(fields.at(i)));

    const QString caPath = (options & 8) ? (field(4).isEmpty() ? QStringLiteral("/etc/proxydeck/ca-bundle.pem") : field(4))
                                         : QString();
    ExportInput input = ExportInput::fromSettings(settings, caPath);
    input.includeSecrets = options & 1;
    if (input.includeSecrets)
        input.password = field(1);

    static QTemporaryDir folder;
    check(folder.isValid(), "no temporary folder");

    const QString given = QString::fromLatin1(PasswordGiven);
    const auto expected = Exporter::environment(input, given);

    const QByteArray shScript = Exporter::find(QStringLiteral("sh"))->render(input);
    const QString shPath = writeScript(folder, QStringLiteral("proxydeck.sh"), shScript);
    const QList<QByteArray> environment = startingEnvironment(expected);
    const ShellRun sh = run(shellArgs("/bin/sh", shPath, false), environment);
    checkReadBack("/bin/sh", sh, expected, false, shScript);
    static const bool haveBash = access("/bin/bash", X_OK) == 0;
    if (haveBash)
        checkReadBack("/bin/bash", run(shellArgs("/bin/bash", shPath, false), environment), expected, false, shScript);

    const QByteArray envScript = Exporter::find(QStringLiteral("env"))->render(input);
    const QString envPath = writeScript(folder, QStringLiteral("proxy.env"), envScript);
    checkReadBack("/bin/sh (.env)", run(shellArgs("/bin/sh", envPath, true), environment), expected, true, envScript);

    // What a program started from the profile makes of it.
    const QHash<QString, QString> variables = parseEnv(sh.out);
    checkProxyUrl(input, variables.value(QStringLiteral("http_proxy")));
    QProcessEnvironment seen;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        seen.insert(it.key(), it.value());
    const auto imported = EnvironmentImport::read(seen);
    check(imported.ok() == input.profile.usesProxy(), "the environment imports differently:",
          imported ? imported.value().proxy.host : imported.error().message);
    if (imported) {
        const ProxyProfile back = imported.value().appliedTo(input.profile);
        check(back == input.profile, "the environment imports another profile:", back.displayUrl());
        check(imported.value().noProxy == input.noProxy, "NO_PROXY imports differently:",
              imported.value().noProxy.join(u',') + u" / " + input.noProxy.join(u','));
    }
    return 0;
}
