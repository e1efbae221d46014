#pragma once

#include <QByteArray>

class QTcpSocket;

// One HTTP/1.1 response as a raw client reads it off the wire, for tests that must write bytes a
// real client would not send (malformed heads, half heads, hand-made upgrades).
struct HttpReply
{
    int status = 0;     // 0: no complete status line and head arrived
    QByteArray head;    // status line and fields, without the final empty line
    QByteArray body;    // decoded when chunked
    QByteArray rest;    // bytes after the response (after a 101: the other protocol's)
    bool closed = false; // the server closed the connection (checked by exchange())

    // The first value of a field, matched case-insensitively; null when absent.
    QByteArray header(const QByteArray &name) const;

    // Reads one response: the head, then the body as its framing says (Content-Length, chunked,
    // until close; none for 1xx, 204 and 304). Gives up after timeoutMs with what arrived.
    static HttpReply read(QTcpSocket &socket, int timeoutMs = 20000, bool toHeadRequest = false);
    // Connects to 127.0.0.1:port, sends request, reads one response, then waits up to closeWaitMs
    // for the server to close the connection.
    static HttpReply exchange(quint16 port, const QByteArray &request, int closeWaitMs = 3000);
    // Waits up to timeoutMs for the peer to close; bytes it still sends are appended to *extra.
    static bool waitForClose(QTcpSocket &socket, int timeoutMs, QByteArray *extra = nullptr);
};
