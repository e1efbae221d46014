#include "connectionkind.h"

const QList<ConnectionKind> &ConnectionKind::catalogue()
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    // clang-format off
    static const QList<ConnectionKind> kinds = {
        // id, name, default scheme, via http proxy, via https proxy, raw TCP, bypass domains,
        // CONNECT ports, proxy variable, note
        {s("http-dataset"), QT_TRANSLATE_NOOP("ConnectionKind", "HTTP/HTTPS remote dataset"), s("https"), true, true, false, {}, {}, {},
         QT_TRANSLATE_NOOP("ConnectionKind", "Fetched by the platform's backend through the global proxy.")},
        {s("ftp-dataset"), QT_TRANSLATE_NOOP("ConnectionKind", "FTP remote dataset"), s("ftp"), true, true, false, {}, s("20 21 1024-65535"), s("ftp_proxy"),
         QT_TRANSLATE_NOOP("ConnectionKind", "FTP through an HTTP proxy needs passive mode, and the proxy must allow CONNECT to ports 20, 21 "
            "and 1024-65535.")},
        {s("s3"), QT_TRANSLATE_NOOP("ConnectionKind", "Amazon S3"), s("https"), true, true, false, {}, {}, {}, nullptr},
        {s("gcs"), QT_TRANSLATE_NOOP("ConnectionKind", "Google Cloud Storage"), s("https"), true, true, false, {}, {}, {}, nullptr},
        {s("azure-blob"), QT_TRANSLATE_NOOP("ConnectionKind", "Azure Blob Storage"), s("https"), true, true, false, {}, {}, {}, nullptr},
        {s("elasticsearch"), QT_TRANSLATE_NOOP("ConnectionKind", "Elasticsearch"), s("https"), true, true, false, {}, {}, {}, nullptr},
        {s("snowflake"), QT_TRANSLATE_NOOP("ConnectionKind", "Snowflake"), s("https"), true, false, false, {s("snowflakecomputing.com")}, {}, {},
         QT_TRANSLATE_NOOP("ConnectionKind", "Snowflake works through an http:// proxy only; with an https:// proxy it must bypass it, so "
            "snowflakecomputing.com is added to NO_PROXY.")},
        {s("bigquery"), QT_TRANSLATE_NOOP("ConnectionKind", "Google BigQuery"), s("https"), true, true, false, {}, {}, {},
         QT_TRANSLATE_NOOP("ConnectionKind", "BigQuery works through http:// and https:// proxies.")},
        {s("postgresql"), QT_TRANSLATE_NOOP("ConnectionKind", "PostgreSQL"), s("postgresql"), false, false, true, {}, {}, {},
         QT_TRANSLATE_NOOP("ConnectionKind", "PostgreSQL speaks its own protocol over TCP, which an HTTP proxy does not carry: the firewall must "
            "allow the connection directly.")},
        {s("redshift"), QT_TRANSLATE_NOOP("ConnectionKind", "Amazon Redshift"), s("redshift"), false, false, true, {}, {}, {},
         QT_TRANSLATE_NOOP("ConnectionKind", "Redshift uses the PostgreSQL protocol over TCP: the firewall must allow the connection directly.")},
        {s("databricks"), QT_TRANSLATE_NOOP("ConnectionKind", "Databricks"), s("https"), false, false, false, {}, {}, {},
         QT_TRANSLATE_NOOP("ConnectionKind", "Databricks connections do not support a proxy: they go direct, so the firewall must allow them.")},
        {s("grpc"), QT_TRANSLATE_NOOP("ConnectionKind", "gRPC endpoint"), s("https"), true, true, false, {}, {}, s("grpc_proxy"),
         QT_TRANSLATE_NOOP("ConnectionKind", "gRPC clients read grpc_proxy first, then https_proxy; no_grpc_proxy before no_proxy.")},
        {s("http-api"), QT_TRANSLATE_NOOP("ConnectionKind", "HTTP(S) API"), s("https"), true, true, false, {}, {}, {}, nullptr},
        {s("tcp"), QT_TRANSLATE_NOOP("ConnectionKind", "TCP service"), s("tcp"), false, false, true, {}, {}, {},
         QT_TRANSLATE_NOOP("ConnectionKind", "Plain TCP is not carried by an HTTP proxy: the firewall must allow it directly.")},
    };
    // clang-format on
    return kinds;
}

const ConnectionKind *ConnectionKind::find(const QString &id)
{
    for (const ConnectionKind &kind : catalogue()) {
        if (kind.id == id)
            return &kind;
    }
    return nullptr;
}
