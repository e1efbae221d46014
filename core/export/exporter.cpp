#include "exporter.h"

#include "agentexporters.h"
#include "fleetexporters.h"
#include "shellexporters.h"
#include "toolconfigexporters.h"

const QList<std::shared_ptr<const Exporter>> &Exporter::all()
{
    static const QList<std::shared_ptr<const Exporter>> exporters = {
        std::make_shared<DotEnvExporter>(),
        std::make_shared<PosixShellExporter>(),
        std::make_shared<FishExporter>(),
        std::make_shared<PowerShellExporter>(),
        std::make_shared<EnvironmentDExporter>(),
        std::make_shared<GitConfigExporter>(),
        std::make_shared<NpmrcExporter>(),
        std::make_shared<PipConfExporter>(),
        std::make_shared<AptConfExporter>(),
        std::make_shared<JvmOptionsExporter>(),
        std::make_shared<DockerClientExporter>(),
        std::make_shared<HaproxyForwarderExporter>(),
        std::make_shared<SquidForwardExporter>(),
        std::make_shared<ApacheForwardExporter>(),
        std::make_shared<NginxReverseExporter>(),
        std::make_shared<ApacheReverseExporter>(),
        std::make_shared<DockerDaemonExporter>(),
        std::make_shared<AgentYamlExporter>(),
        std::make_shared<AgentIniExporter>(),
    };
    return exporters;
}

std::shared_ptr<const Exporter> Exporter::find(const QString &id)
{
    for (const auto &exporter : all()) {
        if (exporter->id() == id)
            return exporter;
    }
    return nullptr;
}

QStringList Exporter::notes(const ExportInput &) const
{
    return {};
}

QList<std::pair<QString, QString>> Exporter::environment(const ExportInput &input, const QString &reference)
{
    QList<std::pair<QString, QString>> variables;
    // Both cases: curl and wget read only lower-case http_proxy, Go prefers upper case
    // (reference/conventions.md §1–2).
    const QString url = input.profile.usesProxy() ? input.proxyUrl(reference) : QString();
    for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "grpc_proxy", "GRPC_PROXY"})
        variables.append({QString::fromLatin1(name), url});
    const QString noProxy = input.noProxy.join(u',');
    variables.append({QStringLiteral("no_proxy"), noProxy});
    variables.append({QStringLiteral("NO_PROXY"), noProxy});
    if (!input.caBundlePath.isEmpty()) {
        // Tools that replace their trust store get the combined bundle (system roots + anchors).
        for (const char *name : {"REQUESTS_CA_BUNDLE", "SSL_CERT_FILE", "CURL_CA_BUNDLE", "NODE_EXTRA_CA_CERTS",
                                 "GIT_SSL_CAINFO", "AWS_CA_BUNDLE"})
            variables.append({QString::fromLatin1(name), input.caBundlePath});
    }
    return variables;
}

const QByteArray Exporter::BlockBegin = "# >>> proxydeck >>>";
const QByteArray Exporter::BlockEnd = "# <<< proxydeck <<<";

namespace {

// [begin, end) of the block with its trailing newline, or {-1, -1}.
std::pair<qsizetype, qsizetype> blockSpan(const QByteArray &file)
{
    const qsizetype begin = file.indexOf(Exporter::BlockBegin);
    const qsizetype end = begin < 0 ? -1 : file.indexOf(Exporter::BlockEnd, begin);
    if (begin < 0 || end < 0)
        return {-1, -1};
    qsizetype after = end + Exporter::BlockEnd.size();
    if (after < file.size() && file.at(after) == '\r')
        ++after;
    if (after < file.size() && file.at(after) == '\n')
        ++after;
    return {begin, after};
}

} // namespace

QByteArray Exporter::installInto(const QByteArray &file, const QByteArray &block)
{
    const auto [begin, after] = blockSpan(file);
    if (begin < 0) {
        QByteArray result = file;
        if (!result.isEmpty() && !result.endsWith('\n'))
            result += '\n';
        return result + block;
    }
    return file.left(begin) + block + file.mid(after);
}

QByteArray Exporter::outsideBlock(const QByteArray &file)
{
    const auto [begin, after] = blockSpan(file);
    return begin < 0 ? file : file.left(begin) + file.mid(after);
}
