#pragma once

#include <QString>

// A named connection the user routes: its kind (ConnectionKind::id), its endpoint (a URL or
// host:port) and whether it uses the global proxy ("Use global proxy" in the reference setups).
struct Connection
{
    QString id;
    QString name;
    QString kind;
    QString endpoint;
    bool useProxy = true;

    friend bool operator==(const Connection &, const Connection &) = default;
};
