// Ground truth for the NO_PROXY model: every row of tests/data/noproxy-corpus.tsv is run through
// the real tools installed here, each against a loopback recording proxy and loopback origin
// servers, inside a network namespace with only loopback (tests/tools/run-isolated). ToolModel
// must predict, for every tool and row, whether the tool went direct or through the proxy.

#include "recordingserver.h"
#include "toolmodel.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CorpusRow
{
    int line = 0;
    std::optional<QString> lower;
    std::optional<QString> upper;
    QString url;
    QString lowerCell;
    QString upperCell;
};

std::optional<QString> cell(const QString &text)
{
    if (text == u"-")
        return std::nullopt;
    if (text == u"<empty>")
        return QString();
    return text;
}

QList<CorpusRow> readCorpus(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<CorpusRow> rows;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).remove(u'\n');
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList columns = text.split(u'\t');
        if (columns.size() != 3) {
            *error = QStringLiteral("%1:%2: expected 3 tab-separated columns, found %3").arg(path).arg(line).arg(columns.size());
            return {};
        }
        rows.append({line, cell(columns.at(0)), cell(columns.at(1)), columns.at(2), columns.at(0), columns.at(1)});
    }
    return rows;
}

} // namespace

class TestNoProxyTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realToolsDoWhatTheModelPredicts_data();
    void realToolsDoWhatTheModelPredicts();

private:
    struct Outcome
    {
        bool viaProxy = false;
        bool direct = false;
        QString output;
    };
    Outcome run(Tool tool, const QProcessEnvironment &environment, const QString &url, const QString &tag);
    QProcessEnvironment environmentFor(const CorpusRow &row) const;

    QList<Tool> m_tools;
    QTemporaryDir m_home;
    QString m_javaClasses;
    QString m_goClient;
    RecordingServer m_proxy;
    RecordingServer m_origin;
    quint16 m_proxyPort = 0;
    QHash<QString, QHostAddress> m_hosts;
};

void TestNoProxyTools::initTestCase()
{
    // Refuse to run anywhere but in the isolated namespace: direct requests must reach our origin.
    QVERIFY2(qEnvironmentVariableIsSet("PROXYDECK_ISOLATED"),
             "run through tests/tools/run-isolated (ctest does): outside it, 'direct' would leave loopback");
    QFile hosts(QStringLiteral("/etc/hosts"));
    QVERIFY(hosts.open(QIODevice::ReadOnly));
    while (!hosts.atEnd()) {
        const QStringList parts = QString::fromUtf8(hosts.readLine()).simplified().split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 2 || parts.first().startsWith(u'#'))
            continue;
        const QHostAddress address(parts.first());
        QVERIFY2(address.isLoopback(), qPrintable(parts.join(u' ')));
        for (const QString &name : parts.mid(1))
            m_hosts.insert(name, address);
    }

    m_proxyPort = m_proxy.listen(QHostAddress::LocalHost);
    QVERIFY(m_proxyPort != 0);
    for (quint16 port : {80, 8080, 9090})
        QVERIFY2(m_origin.listen(QHostAddress::Any, port) == port, "origin ports 80, 8080, 9090 must be free");

    const auto have = [](const QString &program) { return !QStandardPaths::findExecutable(program).isEmpty(); };
    if (have(QStringLiteral("curl")))
        m_tools.append(Tool::Curl);
    if (have(QStringLiteral("wget")))
        m_tools.append(Tool::Wget);
    if (have(QStringLiteral("git")))
        m_tools.append(Tool::Git);
    if (QFile::exists(QStringLiteral("/usr/bin/python3"))) {
        m_tools.append(Tool::PythonUrllib);
        if (QProcess::execute(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import requests")}) == 0)
            m_tools.append(Tool::PythonRequests);
    }
    if (have(QStringLiteral("javac")) && have(QStringLiteral("java"))) {
        m_javaClasses = m_home.filePath(QStringLiteral("java"));
        const int compiled = QProcess::execute(QStringLiteral("javac"),
                                               {QStringLiteral("-d"), m_javaClasses, QStringLiteral(PROXYDECK_TOOLS_DIR "/Fetch.java")});
        QCOMPARE(compiled, 0);
        m_tools.append(Tool::Java);
    }
    // Go: a tiny client on net/http's default transport, built here (standard library only).
    if (have(QStringLiteral("go"))) {
        m_goClient = m_home.filePath(QStringLiteral("fetch-go"));
        QProcess build;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GOCACHE"), m_home.filePath(QStringLiteral("go-cache")));
        environment.insert(QStringLiteral("GOPATH"), m_home.filePath(QStringLiteral("go")));
        environment.insert(QStringLiteral("GOPROXY"), QStringLiteral("off"));
        environment.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
        build.setProcessEnvironment(environment);
        build.setProcessChannelMode(QProcess::MergedChannels);
        build.start(QStringLiteral("go"), {QStringLiteral("build"), QStringLiteral("-o"), m_goClient,
                                           QStringLiteral(PROXYDECK_TOOLS_DIR "/fetch.go")});
        QVERIFY(build.waitForFinished(300000));
        QVERIFY2(build.exitCode() == 0, build.readAll().constData());
        m_tools.append(Tool::Go);
    }
    // Node's own env-proxy support (NODE_USE_ENV_PROXY, Node >= 22.21) is undici's
    // EnvHttpProxyAgent; scripts/test installs undici next to the build for older Nodes.
    if (have(QStringLiteral("node")) && QFile::exists(QStringLiteral(PROXYDECK_UNDICI "/package.json")))
        m_tools.append(Tool::Node);
    QVERIFY2(m_tools.size() >= 4, "curl, wget, git and python3 are installed by scripts/install-deps --test");
    QStringList names;
    for (Tool tool : std::as_const(m_tools))
        names.append(ToolModel::info(tool).id);
    qInfo("tools checked: %s", qPrintable(names.join(u", ")));
}

QProcessEnvironment TestNoProxyTools::environmentFor(const CorpusRow &row) const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    environment.insert(QStringLiteral("NODE_NO_WARNINGS"), QStringLiteral("1"));
    const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort);
    for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"})
        environment.insert(QString::fromLatin1(name), proxy);
    if (row.lower)
        environment.insert(QStringLiteral("no_proxy"), *row.lower);
    if (row.upper)
        environment.insert(QStringLiteral("NO_PROXY"), *row.upper);
    return environment;
}

TestNoProxyTools::Outcome TestNoProxyTools::run(Tool tool, const QProcessEnvironment &environment,
                                                const QString &url, const QString &tag)
{
    QString program;
    QStringList arguments;
    switch (tool) {
    case Tool::Curl:
        program = QStringLiteral("curl");
        arguments = {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                     QStringLiteral("--max-time"), QStringLiteral("5"), url};
        break;
    case Tool::Wget:
        program = QStringLiteral("wget");
        arguments = {QStringLiteral("--no-config"), QStringLiteral("-q"), QStringLiteral("-O"), QStringLiteral("/dev/null"),
                     QStringLiteral("-T"), QStringLiteral("5"), QStringLiteral("-t"), QStringLiteral("1"), url};
        break;
    case Tool::Git:
        program = QStringLiteral("git");
        arguments = {QStringLiteral("ls-remote"), url};
        break;
    case Tool::PythonUrllib:
        program = QStringLiteral("/usr/bin/python3");
        arguments = {QStringLiteral("-c"),
                     QStringLiteral("import sys,urllib.request; urllib.request.urlopen(sys.argv[1], timeout=5).read()"), url};
        break;
    case Tool::PythonRequests:
        program = QStringLiteral("/usr/bin/python3");
        arguments = {QStringLiteral("-c"), QStringLiteral("import sys,requests; requests.get(sys.argv[1], timeout=5)"), url};
        break;
    case Tool::Java: {
        program = QStringLiteral("java");
        const QString nonProxyHosts = ToolModel::javaNonProxyHostsFor(environment);
        arguments = {QStringLiteral("-cp"), m_javaClasses, QStringLiteral("-Dhttp.proxyHost=127.0.0.1"),
                     QStringLiteral("-Dhttp.proxyPort=%1").arg(m_proxyPort)};
        if (!nonProxyHosts.isNull())
            arguments.append(QStringLiteral("-Dhttp.nonProxyHosts=") + nonProxyHosts);
        arguments << QStringLiteral("Fetch") << url;
        break;
    }
    case Tool::Node:
        program = QStringLiteral("node");
        arguments = {QStringLiteral("-e"),
                     QStringLiteral("const {EnvHttpProxyAgent, request} = require(process.argv[1]);"
                                    "request(process.argv[2], {dispatcher: new EnvHttpProxyAgent()})"
                                    ".then(r => r.body.text()).catch(e => { console.error(String(e)); process.exitCode = 1; });"),
                     QStringLiteral(PROXYDECK_UNDICI), url};
        break;
    case Tool::Go:
        program = m_goClient;
        arguments = {url};
        break;
    }
    // One tool at a time, each starting from empty records: a tunnelling client (undici sends
    // CONNECT even for http:// URLs) names only host:port, not the tagged path.
    m_proxy.clear();
    m_origin.clear();
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(20000);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    Outcome outcome;
    outcome.viaProxy = m_proxy.sawRequestContaining(tag) || m_proxy.sawRequestContaining(QStringLiteral("CONNECT "));
    outcome.direct = m_origin.sawRequestContaining(tag);
    outcome.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return outcome;
}

void TestNoProxyTools::realToolsDoWhatTheModelPredicts_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("lower"); // the corpus cell: "-" unset, "<empty>" empty
    QTest::addColumn<QString>("upper");
    QTest::addColumn<QString>("url");
    QString error;
    const QList<CorpusRow> rows = readCorpus(QStringLiteral(PROXYDECK_CORPUS), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    for (const CorpusRow &row : rows) {
        const QString name = QStringLiteral("line %1: no_proxy=%2 NO_PROXY=%3 %4")
                                 .arg(row.line)
                                 .arg(row.lower ? u'"' + *row.lower + u'"' : QStringLiteral("unset"),
                                      row.upper ? u'"' + *row.upper + u'"' : QStringLiteral("unset"), row.url);
        QTest::newRow(qPrintable(name)) << row.line << row.lowerCell << row.upperCell << row.url;
    }
}

void TestNoProxyTools::realToolsDoWhatTheModelPredicts()
{
    QFETCH(int, line);
    QFETCH(QString, lower);
    QFETCH(QString, upper);
    QFETCH(QString, url);

    const CorpusRow row{line, cell(lower), cell(upper), url, lower, upper};
    const QProcessEnvironment environment = environmentFor(row);
    QStringList mismatches;
    for (Tool tool : std::as_const(m_tools)) {
        const QString tag = QStringLiteral("row%1-%2").arg(line).arg(ToolModel::info(tool).id);
        auto target = RouteTarget::parse(url + tag);
        QVERIFY2(target.ok(), qPrintable(url));
        QVERIFY2(target.value().isIp() ? target.value().address.isLoopback() : m_hosts.contains(target.value().host),
                 qPrintable(QStringLiteral("%1 is not on loopback in tests/tools/hosts").arg(url)));
        const ToolDecision predicted = ToolModel::decide(tool, environment, target.value());
        const Outcome actual = run(tool, environment, url + tag, tag);
        if (!actual.viaProxy && !actual.direct) {
            mismatches.append(QStringLiteral("%1 reached neither server: %2").arg(ToolModel::info(tool).id, actual.output));
            continue;
        }
        if (actual.direct != predicted.direct) {
            mismatches.append(QStringLiteral("%1 went %2, model said %3 (%4)")
                                  .arg(ToolModel::info(tool).id, actual.direct ? QStringLiteral("direct") : QStringLiteral("via proxy"),
                                       predicted.direct ? QStringLiteral("direct") : QStringLiteral("via proxy"), predicted.reason));
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestNoProxyTools)
#include "tst_noproxytools.moc"
