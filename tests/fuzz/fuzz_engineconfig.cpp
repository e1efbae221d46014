// libFuzzer target for the engine's administrator-typed values: CONNECT port lists, client
// allowlists and listen addresses. The input is UTF-8 text.
//
// Checked for every input: a parse never crashes; an accepted port list prints as a canonical
// form that parses back to the same ranges and the same membership for every port; a refused
// one has a message and a position inside the text; an accepted listen address prints back
// (listenString) to one that parses to the same address and port.

#include "clientallowlist.h"
#include "engineconfig.h"
#include "portranges.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_engineconfig: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto ports = PortRanges::parse(text);
    if (ports) {
        const auto again = PortRanges::parse(ports.value().toString());
        check(bool(again), "a canonical port list does not parse back");
        check(again.value() == ports.value(), "a canonical port list parses to other ranges");
        for (uint port = 1; port <= 65535; port += 97)
            check(again.value().contains(quint16(port)) == ports.value().contains(quint16(port)), "membership changed");
    } else {
        check(!ports.error().message.isEmpty(), "a refused port list has no message");
        check(ports.error().position >= 0 && ports.error().position <= text.size(), "position outside the text");
    }

    const auto allow = ClientAllowlist::parse(text.split(u','));
    if (allow) {
        const auto again = ClientAllowlist::parse(allow.value().toStringList());
        check(bool(again) && again.value().toStringList() == allow.value().toStringList(), "allowlist round trip");
    }

    const auto listen = EngineConfig::parseListen(text);
    if (listen) {
        const QString printed = EngineConfig::listenString(listen.value().first, listen.value().second);
        const auto again = EngineConfig::parseListen(printed);
        check(bool(again), "a printed listen address does not parse back");
        check(again.value() == listen.value(), "a printed listen address parses to another");
    }
    return 0;
}
