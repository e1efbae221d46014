#include "insecuretls.h"

#include <QRegularExpression>

namespace {

struct Rule
{
    QRegularExpression pattern;
    const char *replacement;
};

const QList<Rule> &rules()
{
    // Matched anywhere on a line, so `export X=0`, `X=0` in a .env, `$env:X = '0'`, `set -gx X 0`
    // and YAML/INI `key: value` forms are all found. Comment lines are skipped by the caller.
    static const QList<Rule> list = [] {
        const auto rule = [](const char *pattern, const char *replacement) {
            return Rule{QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption),
                        replacement};
        };
        return QList<Rule>{
            rule(R"(\bNODE_TLS_REJECT_UNAUTHORIZED\b\W*['"]?0\b)",
                 QT_TRANSLATE_NOOP("InsecureTls", "NODE_EXTRA_CA_CERTS pointing at the CA bundle")),
            rule(R"(\bskip_ssl_validation\b\s*[:=]\s*['"]?(yes|true|on|1)\b)",
                 QT_TRANSLATE_NOOP("InsecureTls", "skip_ssl_validation: no, with the proxy's CA trusted")),
            rule(R"(--sslcheck=0\b)", QT_TRANSLATE_NOOP("InsecureTls", "removing --sslcheck=0, with the proxy's CA trusted")),
            rule(R"(\bGIT_SSL_NO_VERIFY\b\W*['"]?(1|true|yes)\b)", QT_TRANSLATE_NOOP("InsecureTls", "GIT_SSL_CAINFO pointing at the CA bundle")),
            rule(R"(\bsslVerify\s*=\s*false\b)", QT_TRANSLATE_NOOP("InsecureTls", "http.sslCAInfo pointing at the CA bundle")),
            rule(R"(\bPYTHONHTTPSVERIFY\b\W*['"]?0\b)", QT_TRANSLATE_NOOP("InsecureTls", "REQUESTS_CA_BUNDLE pointing at the CA bundle")),
            rule(R"(\bstrict-ssl\s*=\s*false\b)", QT_TRANSLATE_NOOP("InsecureTls", "cafile= pointing at the CA bundle")),
            rule(R"(Verify-Peer\s+"?false\b)", QT_TRANSLATE_NOOP("InsecureTls", "Acquire::https::CaInfo pointing at the CA bundle")),
        };
    }();
    return list;
}

} // namespace

QList<InsecureTls::Finding> InsecureTls::scan(const QString &text)
{
    QList<Finding> findings;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(u'#') || line.startsWith(u';') || line.startsWith(u"//"))
            continue;
        for (const Rule &rule : rules()) {
            if (rule.pattern.match(line).hasMatch()) {
                findings.append({int(i + 1), line, tr(rule.replacement)});
                break;
            }
        }
    }
    return findings;
}

QString InsecureTls::describe(const QString &where, const Finding &finding)
{
    return tr("%1:%2: “%3” turns TLS certificate checking off; use %4 instead.")
        .arg(where, QString::number(finding.line), finding.setting, finding.replacement);
}
