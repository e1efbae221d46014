#pragma once

#include <QString>

// "host:port" as it stands in an authority or a log line: an IPv6 address in brackets.
inline QString hostPort(const QString &host, quint16 port)
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}
