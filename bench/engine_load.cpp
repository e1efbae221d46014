// Load generator for bench/run-engine-bench: measures one forward proxy (or none, "direct")
// on loopback with the engine issue's five workloads, against origin servers of its own.
// Plain POSIX sockets and threads, so the client is never what limits the figures.
//
//   engine_load --proxy 127.0.0.1:3128 [--pids 123,456] [--quick]
//   engine_load --direct
//
// Prints one "name<TAB>value<TAB>unit" line per figure. Every loop is bounded in count, every
// socket has a 30 s timeout, and everything runs on 127.0.0.1 only.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    bool direct = false;
    int proxyPort = 0;
    std::vector<int> pids;
    bool quick = false; // smaller counts, for a smoke run
    std::string only;   // run one workload: one, parallel, short, keepalive, idle
};

[[noreturn]] void die(const std::string &message)
{
    std::fprintf(stderr, "engine_load: %s\n", message.c_str());
    std::exit(1);
}

void setTimeouts(int fd)
{
    timeval tv{30, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

int connectTo(int port)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        die("socket: " + std::string(std::strerror(errno)));
    setTimeouts(fd);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

// Reads up to and including "\r\n\r\n"; bytes after it are returned in `rest`.
bool readHead(int fd, std::string &head, std::string &rest)
{
    char buffer[4096];
    head.clear();
    while (head.size() < 65536) {
        const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return false;
        head.append(buffer, size_t(n));
        const size_t end = head.find("\r\n\r\n");
        if (end != std::string::npos) {
            rest = head.substr(end + 4);
            head.resize(end + 4);
            return true;
        }
    }
    return false;
}

// A connection to 127.0.0.1:port, through the proxy's CONNECT unless direct.
int tunnel(const Options &options, int port)
{
    if (options.direct)
        return connectTo(port);
    const int fd = connectTo(options.proxyPort);
    if (fd < 0)
        return -1;
    const std::string request = "CONNECT 127.0.0.1:" + std::to_string(port) + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + std::to_string(port) + "\r\n\r\n";
    std::string head;
    std::string rest;
    const bool answered = writeAll(fd, request.data(), request.size()) && readHead(fd, head, rest);
    const bool established = answered && (head.compare(0, 12, "HTTP/1.1 200") == 0 || head.compare(0, 12, "HTTP/1.0 200") == 0);
    if (!established || !rest.empty()) {
        close(fd);
        return -1;
    }
    return fd;
}

// ---- origin servers ------------------------------------------------------------------------

class Server
{
public:
    template<typename Handler>
    explicit Server(Handler handler)
    {
        m_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int one = 1;
        setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || listen(m_fd, 4096) != 0)
            die("origin: bind/listen failed");
        socklen_t length = sizeof address;
        getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this, handler] {
            while (true) {
                const int client = accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
                if (client < 0) {
                    if (m_stopping)
                        return;
                    continue;
                }
                setTimeouts(client);
                std::thread(handler, client).detach();
            }
        });
    }
    ~Server()
    {
        m_stopping = true;
        shutdown(m_fd, SHUT_RDWR);
        close(m_fd);
        m_thread.join();
    }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

// Reads "N\n", sends N bytes, closes.
void serveSource(int fd)
{
    std::string line;
    char c = 0;
    while (recv(fd, &c, 1, 0) == 1 && c != '\n' && line.size() < 32)
        line += c;
    long long left = std::atoll(line.c_str());
    static const std::vector<char> block(256 * 1024, 'x');
    while (left > 0) {
        const size_t n = size_t(std::min<long long>(left, (long long)block.size()));
        if (!writeAll(fd, block.data(), n))
            break;
        left -= (long long)n;
    }
    shutdown(fd, SHUT_WR);
    while (recv(fd, &c, 1, 0) > 0) {
    }
    close(fd);
}

// Echoes everything until the peer closes.
void serveEcho(int fd)
{
    char buffer[4096];
    while (true) {
        const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0 || !writeAll(fd, buffer, size_t(n)))
            break;
    }
    close(fd);
}

// HTTP/1.1 keep-alive: 200 with a 100-byte body per request head.
void serveHttp(int fd)
{
    static const std::string response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n"
        + std::string(100, 'y');
    std::string buffer;
    char chunk[8192];
    while (true) {
        const ssize_t n = recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            break;
        buffer.append(chunk, size_t(n));
        size_t end;
        while ((end = buffer.find("\r\n\r\n")) != std::string::npos) {
            buffer.erase(0, end + 4);
            if (!writeAll(fd, response.data(), response.size())) {
                close(fd);
                return;
            }
        }
    }
    close(fd);
}

// Holds the connection open until the peer closes.
void serveHold(int fd)
{
    char c;
    while (recv(fd, &c, 1, 0) > 0) {
    }
    close(fd);
}

// ---- workloads -----------------------------------------------------------------------------

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

long long download(const Options &options, int port, long long bytes)
{
    const int fd = tunnel(options, port);
    if (fd < 0)
        return -1;
    const std::string ask = std::to_string(bytes) + "\n";
    writeAll(fd, ask.data(), ask.size());
    std::vector<char> buffer(256 * 1024);
    long long received = 0;
    while (true) {
        const ssize_t n = recv(fd, buffer.data(), buffer.size(), 0);
        if (n <= 0)
            break;
        received += n;
    }
    close(fd);
    return received;
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s\t%.1f\t%s\n", name, value, unit);
    std::fflush(stdout);
}

void oneTunnel(const Options &options, const Server &source)
{
    const long long bytes = options.quick ? (64LL << 20) : (1LL << 30);
    const auto start = Clock::now();
    const long long got = download(options, source.port(), bytes);
    const double elapsed = seconds(start);
    if (got != bytes)
        die("one tunnel: received " + std::to_string(got) + " of " + std::to_string(bytes) + " bytes");
    print("one_tunnel_1GiB", double(bytes) / elapsed / 1e6, "MB/s");
}

void parallelTunnels(const Options &options, const Server &source)
{
    const int count = 64;
    const long long each = options.quick ? (1LL << 20) : (16LL << 20);
    std::atomic<long long> total{0};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    const auto start = Clock::now();
    for (int i = 0; i < count; ++i) {
        threads.emplace_back([&] {
            const long long got = download(options, source.port(), each);
            if (got != each)
                ++failures;
            else
                total += got;
        });
    }
    for (auto &t : threads)
        t.join();
    const double elapsed = seconds(start);
    if (failures)
        die("parallel tunnels: " + std::to_string(failures.load()) + " failed");
    print("parallel_64x16MiB", double(total) / elapsed / 1e6, "MB/s");
}

void shortTunnels(const Options &options, const Server &echo)
{
    const int total = options.quick ? 500 : 5000;
    const int concurrency = 50;
    std::vector<double> latencies(size_t(total), 0.0);
    std::atomic<int> next{0};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    const auto start = Clock::now();
    for (int t = 0; t < concurrency; ++t) {
        threads.emplace_back([&] {
            char payload[100];
            std::memset(payload, 'p', sizeof payload);
            char back[100];
            for (int i = next++; i < total; i = next++) {
                const auto begin = Clock::now();
                const int fd = tunnel(options, echo.port());
                bool ok = fd >= 0 && writeAll(fd, payload, sizeof payload);
                size_t got = 0;
                while (ok && got < sizeof back) {
                    const ssize_t n = recv(fd, back + got, sizeof back - got, 0);
                    ok = n > 0;
                    got += ok ? size_t(n) : 0;
                }
                if (fd >= 0)
                    close(fd);
                if (!ok)
                    ++failures;
                latencies[size_t(i)] = seconds(begin) * 1000.0;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    const double elapsed = seconds(start);
    if (failures)
        die("short tunnels: " + std::to_string(failures.load()) + " failed");
    std::sort(latencies.begin(), latencies.end());
    print("short_tunnels", total / elapsed, "tunnels/s");
    print("short_tunnels_p50", latencies[latencies.size() / 2], "ms");
    print("short_tunnels_p99", latencies[latencies.size() * 99 / 100], "ms");
}

void keepAliveGets(const Options &options, const Server &http)
{
    const int connections = 8;
    const int perConnection = options.quick ? 500 : 5000;
    std::atomic<int> failures{0};
    std::atomic<int> reconnects{0};
    std::vector<std::thread> threads;
    const std::string target = options.direct ? "/" : "http://127.0.0.1:" + std::to_string(http.port()) + "/";
    const std::string request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(http.port())
        + "\r\nUser-Agent: engine_load\r\n\r\n";
    const int port = options.direct ? http.port() : options.proxyPort;
    const auto start = Clock::now();
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&] {
            int fd = connectTo(port);
            std::string buffer;
            char chunk[8192];
            int fresh = 0; // requests on this connection
            for (int i = 0; i < perConnection && fd >= 0;) {
                if (!writeAll(fd, request.data(), request.size())) {
                    ++failures;
                    break;
                }
                // The response: a head with Content-Length: 100, then the body. A proxy that
                // closes after each response (no keep-alive) is reconnected to, and counted.
                bool done = false;
                bool closed = false;
                while (!done && !closed) {
                    const size_t end = buffer.find("\r\n\r\n");
                    if (end != std::string::npos) {
                        const size_t length = buffer.find("Content-Length: 100");
                        if (length == std::string::npos || length > end)
                            die("keep-alive: unexpected response " + buffer.substr(0, end));
                        if (buffer.size() >= end + 4 + 100) {
                            buffer.erase(0, end + 4 + 100);
                            done = true;
                            continue;
                        }
                    }
                    const ssize_t n = recv(fd, chunk, sizeof chunk, 0);
                    if (n <= 0)
                        closed = true;
                    else
                        buffer.append(chunk, size_t(n));
                }
                if (done) {
                    ++i;
                    ++fresh;
                }
                if (closed) {
                    close(fd);
                    if (fresh == 0) { // closed before any answer: a failure, not a policy
                        ++failures;
                        fd = -1;
                        break;
                    }
                    ++reconnects;
                    buffer.clear();
                    fresh = 0;
                    fd = connectTo(port);
                }
            }
            if (fd >= 0)
                close(fd);
        });
    }
    for (auto &t : threads)
        t.join();
    const double elapsed = seconds(start);
    if (failures) {
        std::fprintf(stderr, "engine_load: keep-alive: %d connections failed\n", failures.load());
        return;
    }
    print("keepalive_gets", connections * perConnection / elapsed, "req/s");
    print("keepalive_reconnects", reconnects.load(), "connections");
}

long long rssKiB(const std::vector<int> &pids)
{
    long long total = 0;
    for (int pid : pids) {
        std::ifstream status("/proc/" + std::to_string(pid) + "/status");
        std::string line;
        while (std::getline(status, line)) {
            if (line.rfind("VmRSS:", 0) == 0)
                total += std::atoll(line.c_str() + 6);
        }
    }
    return total;
}

void idleTunnels(const Options &options, const Server &hold)
{
    if (options.direct || options.pids.empty())
        return;
    const int count = options.quick ? 200 : 1000;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const long long before = rssKiB(options.pids);
    std::vector<int> fds;
    for (int i = 0; i < count; ++i) {
        const int fd = tunnel(options, hold.port());
        if (fd < 0)
            die("idle tunnels: tunnel " + std::to_string(i) + " failed");
        fds.push_back(fd);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    const long long after = rssKiB(options.pids);
    for (int fd : fds)
        close(fd);
    print("idle_tunnel_rss", double(after - before) / count, "KiB/tunnel");
}

Options parse(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--direct") {
            options.direct = true;
        } else if (argument == "--quick") {
            options.quick = true;
        } else if (argument == "--proxy" && i + 1 < argc) {
            const std::string value = argv[++i];
            options.proxyPort = std::atoi(value.substr(value.rfind(':') + 1).c_str());
            if (value.rfind("127.0.0.1:", 0) != 0)
                die("--proxy must be 127.0.0.1:PORT: the benchmark stays on loopback");
        } else if (argument == "--only" && i + 1 < argc) {
            options.only = argv[++i];
        } else if (argument == "--pids" && i + 1 < argc) {
            std::stringstream list(argv[++i]);
            std::string pid;
            while (std::getline(list, pid, ','))
                options.pids.push_back(std::atoi(pid.c_str()));
        } else {
            die("usage: engine_load --direct | --proxy 127.0.0.1:PORT [--pids P,P] [--quick] [--only one|parallel|short|keepalive|idle]");
        }
    }
    if (!options.direct && options.proxyPort <= 0)
        die("usage: engine_load --direct | --proxy 127.0.0.1:PORT [--pids P,P] [--quick] [--only one|parallel|short|keepalive|idle]");
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parse(argc, argv);
    const Server source(serveSource);
    const Server echo(serveEcho);
    const Server http(serveHttp);
    const Server hold(serveHold);
    const auto wanted = [&](const char *name) { return options.only.empty() || options.only == name; };
    if (wanted("one"))
        oneTunnel(options, source);
    if (wanted("parallel"))
        parallelTunnels(options, source);
    if (wanted("short"))
        shortTunnels(options, echo);
    if (wanted("keepalive"))
        keepAliveGets(options, http);
    if (wanted("idle"))
        idleTunnels(options, hold);
    return 0;
}
