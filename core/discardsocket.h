#pragma once

#include <QAbstractSocket>

// Ends a socket held through a raw pointer at once: no more of its signals reach receiver, the
// connection is aborted, the object goes when control returns to its event loop (it may be in
// the middle of emitting), and the pointer is cleared. Null is fine.
template<typename Socket>
void discardSocket(Socket *&socket, const QObject *receiver)
{
    if (!socket)
        return;
    socket->disconnect(receiver);
    socket->abort();
    socket->deleteLater();
    socket = nullptr;
}
