#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

class CliContext;
class PacScript;

// `proxydeck pac FILE|URL [TEST-URL…] [--json] [--trace]`: loads a PAC script (a file, or fetched over
// http(s) without a proxy, as browsers fetch them) and prints what it answers for each URL.
class PacCommand
{
    Q_DECLARE_TR_FUNCTIONS(PacCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

    // What script answers for each of urls: "URL → PROXY a:1; DIRECT" lines (and its alerts)
    // unless json, and one object per URL appended to answers (url, proxies or error, alerts).
    // ExitOk, ExitFailure when an evaluation failed, ExitUsage (printed) for a word that is not
    // a URL. Shared with `proxydeck wpad`.
    // With trace, also the helper calls each evaluation made, by line ("trace" in JSON).
    static int answer(CliContext &context, const PacScript &script, const QStringList &urls, bool json,
                      QJsonArray &answers, bool trace = false);
};
