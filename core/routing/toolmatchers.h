#pragma once

#include "routetarget.h"

#include <QString>

// The NO_PROXY matching of each tool, one function each, written from the tool's source so that
// quirks are kept (they are the point). Used by ToolModel; tested against the real tools.
namespace ToolMatchers {

struct Match
{
    bool direct = false;
    QString entry; // the entry, as the tool saw it, that matched
};

Match curl(const QString &noProxy, const RouteTarget &target);
Match wget(const QString &noProxy, const RouteTarget &target);
// urllib compares against the URL's netloc ("host:port" only when the URL has a port).
Match urllib(const QString &noProxy, const QString &netloc);
// requests checks its own reading first, then urllib's with the bare host name.
Match requests(const QString &requestsValue, const QString &urllibValue, const RouteTarget &target);
Match go(const QString &noProxy, const RouteTarget &target);
Match node(const QString &noProxy, const RouteTarget &target);
// property: the -Dhttp.nonProxyHosts value, or a null string when the property is unset.
Match java(const QString &property, const RouteTarget &target);

} // namespace ToolMatchers
