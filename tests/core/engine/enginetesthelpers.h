#pragma once

#include "curl.h"
#include "engine.h"
#include "httpreply.h"

#include <QTest>

#include <memory>

class OriginServer;

// What the engine's integration suites (tst_engine, tst_enginelimits) share: starting an engine
// the way every test does, the requests a client sends it, and the checks every answer gets.
namespace EngineTest {

// An engine on 127.0.0.1, any free port, two workers, with config's other settings; null, with
// *error saying why, when it does not start.
std::unique_ptr<Engine> start(EngineConfig config, QString *error);
// The value for curl -x.
QString proxyUrl(const Engine &engine);
QString originUrl(quint16 originPort, const QString &path);
// curl -x <the engine> [arguments…] url
CurlResult fetch(const Engine &engine, const QString &url, const QStringList &arguments = {});
// A request as a client sends it to a proxy: absolute-form, with Host.
QByteArray get(quint16 port, const QByteArray &path, const QByteArray &version = "HTTP/1.1",
               const QByteArray &extraFields = {});

// An answer the engine made itself: that status, a plain-text body that is not empty, whose
// Content-Length is right and which contains needle.
void verifyAnswer(const HttpReply &reply, int status, const QString &needle);
// A normal request through the engine (curl, to the origin) still gets its exact body.
void verifyServes(const Engine &engine, const OriginServer &origin);

} // namespace EngineTest

#define START_ENGINE(engine, config)                                                                       \
    QString engine##Error;                                                                                 \
    const std::unique_ptr<Engine> engine = EngineTest::start(config, &engine##Error);                      \
    QVERIFY2(engine, qPrintable(engine##Error))

#define VERIFY_ANSWER(reply, status, needle)                                                               \
    do {                                                                                                   \
        EngineTest::verifyAnswer(reply, status, needle);                                                   \
        if (QTest::currentTestFailed())                                                                    \
            return;                                                                                        \
    } while (false)

#define VERIFY_SERVES(engine, origin)                                                                      \
    do {                                                                                                   \
        EngineTest::verifyServes(engine, origin);                                                          \
        if (QTest::currentTestFailed())                                                                    \
            return;                                                                                        \
    } while (false)
