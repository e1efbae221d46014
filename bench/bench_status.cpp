// The status socket under the Traffic page's load: change sets of 1,000 records at 10 Hz, and
// the snapshot a console gets when it connects to an engine with 10,000 finished and 1,000 open
// tunnels. Prints the cost of writing and reading each message and the time from publish() on
// the engine's side to the parsed records on the watcher's (a real StatusServer and StatusClient
// over loopback, each on its own thread, as in the console). Figures only; never fails.
//   build/release/bench/bench_status [batches]
#include "statusclient.h"
#include "statusprotocol.h"
#include "statusserver.h"
#include "statustoken.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

TunnelRecord record(quint64 id, bool open)
{
    TunnelRecord r;
    r.id = id;
    r.kind = id % 5 == 0 ? TunnelRecord::Kind::Request : TunnelRecord::Kind::Tunnel;
    r.state = open ? TunnelRecord::State::Open : TunnelRecord::State::Closed;
    r.client = QStringLiteral("10.20.%1.%2:%3").arg(id % 200).arg(id % 250).arg(40000 + id % 20000);
    r.method = r.kind == TunnelRecord::Kind::Request ? QStringLiteral("GET") : QStringLiteral("CONNECT");
    r.target = QStringLiteral("api-%1.example.com:443").arg(id % 997);
    r.route = id % 3 ? QStringLiteral("upstream") : QStringLiteral("direct (NO_PROXY entry .example.com)");
    r.status = 200;
    r.bytesUp = qint64(id) * 37;
    r.bytesDown = qint64(id) * 1013;
    r.startMs = 1'796'000'000'000 + qint64(id);
    r.endMs = open ? 0 : r.startMs + 1500;
    return r;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double percentile99(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, values.size() * 99 / 100)];
}

template<typename Work>
double microseconds(Work work, int rounds)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times.push_back(double(clock.nsecsElapsed()) / 1000.0);
    }
    return median(times);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const int batches = argc > 1 ? std::max(10, std::atoi(argv[1])) : 100;

    TunnelRecords batch;
    for (quint64 id = 1; id <= 1000; ++id)
        batch.append(record(id, id % 4 != 0));
    TunnelRecords snapshotRecords;
    for (quint64 id = 1; id <= 11'000; ++id)
        snapshotRecords.append(record(id, id > 10'000));

    const QByteArray changes = StatusProtocol::changes(batch, 1);
    const QByteArray snapshot = StatusProtocol::snapshot(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}},
                                                         snapshotRecords);
    std::printf("message                        size       write (median)  read (median)\n");
    std::printf("change set, 1,000 records   %7.1f KiB  %9.2f ms  %9.2f ms\n", double(changes.size()) / 1024.0,
                microseconds([&] { (void)StatusProtocol::changes(batch, 1); }, 30) / 1000.0,
                microseconds([&] { (void)StatusProtocol::parse(changes); }, 30) / 1000.0);
    std::printf("snapshot, 11,000 records    %7.1f KiB  %9.2f ms  %9.2f ms\n", double(snapshot.size()) / 1024.0,
                microseconds([&] { (void)StatusProtocol::snapshot({}, snapshotRecords); }, 10) / 1000.0,
                microseconds([&] { (void)StatusProtocol::parse(snapshot); }, 10) / 1000.0);

    // End to end over loopback: the server on one thread, the watcher on another.
    QThread serverThread;
    QThread clientThread;
    StatusServer::Options options;
    options.port = 0;
    options.token = StatusToken::generate();
    auto *server = new StatusServer(options);
    server->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(server, [server, &port] {
        if (server->listen())
            port = server->port();
    }, Qt::BlockingQueuedConnection);
    if (!port) {
        std::fprintf(stderr, "bench_status: the status server could not listen\n");
        return 1;
    }
    auto *client = new StatusClient(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)), options.token);
    client->moveToThread(&clientThread);
    clientThread.start();

    std::vector<qint64> sentAt(size_t(batches) + 1, 0);
    std::vector<double> latencies;
    QElapsedTimer clock;
    clock.start();
    int received = 0;
    int sent = 0;
    QObject::connect(client, &StatusClient::changesReceived, &application, [&](const TunnelRecords &records) {
        const quint64 sequence = records.isEmpty() ? 0 : records.constFirst().startMs - 1'796'000'000'000 - 1;
        if (sequence < sentAt.size())
            latencies.push_back(double(clock.nsecsElapsed() - sentAt[sequence]) / 1e6);
        if (++received == batches)
            application.quit();
    });
    QObject::connect(client, &StatusClient::snapshotReceived, &application, [&] {
        // Connected: publish a batch every 100 ms, each one's first record telling its number.
        auto *timer = new QTimer(&application);
        QObject::connect(timer, &QTimer::timeout, &application, [&, timer] {
            TunnelRecords numbered = batch;
            numbered[0].startMs = 1'796'000'000'000 + sent + 1;
            sentAt[size_t(sent)] = clock.nsecsElapsed();
            QMetaObject::invokeMethod(server, [server, numbered] { server->publish(numbered); });
            if (++sent == batches)
                timer->stop();
        });
        timer->start(100);
    });
    QMetaObject::invokeMethod(client, &StatusClient::open);
    QTimer::singleShot(batches * 100 + 20'000, &application, &QCoreApplication::quit); // bounded
    application.exec();

    std::printf("\npublish() to parsed records at the watcher, %d change sets of 1,000 at 10 Hz over loopback:\n",
                int(latencies.size()));
    std::printf("  median %.2f ms, p99 %.2f ms, max %.2f ms\n", median(latencies), percentile99(latencies),
                latencies.empty() ? 0.0 : *std::max_element(latencies.begin(), latencies.end()));

    QMetaObject::invokeMethod(client, [client] { delete client; }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    clientThread.quit();
    serverThread.quit();
    clientThread.wait();
    serverThread.wait();
    return received == batches ? 0 : 1;
}
