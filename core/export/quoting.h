#pragma once

#include <QString>

#include <functional>

// Quoting shared by the environment-style exporters. A value that carries a password reference is
// built with `placeholder()` where the reference goes, quoted for the target with every special
// character escaped, and only then is the placeholder replaced by the target's live reference
// (`${PROXY_PASSWORD}`, `$env:PROXY_PASSWORD` …): the reference alone stays live.
namespace Quoting {

QString placeholder();

// `open` + value with each character escaped by `escape` + `close`; then the placeholder becomes
// `reference`.
QString quoted(const QString &value, const std::function<QString(QChar)> &escape, const QString &reference,
               QChar open = u'"', QChar close = u'"');

// Backslash before each character of `special`.
std::function<QString(QChar)> backslashBefore(const QString &special);

} // namespace Quoting
