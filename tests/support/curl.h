#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The real curl, run by a test with `-sS --max-time 20` and no proxy variables from the
// environment (curl would honour NO_PROXY even with -x).
struct CurlResult
{
    int exitCode = -1;     // curl's; -1 when it could not run or was killed
    int status = 0;        // %{http_code}: the final response's status, 0 when none
    int connectStatus = 0; // %{http_connect}: the proxy's answer to CONNECT, 0 when none
    QByteArray body;
    QByteArray headers; // every response head curl received (-D)
    QString error;      // standard error

    QString describe() const; // for failure messages
};

class Curl
{
public:
    static bool isAvailable();
    static CurlResult run(const QStringList &arguments);
};
