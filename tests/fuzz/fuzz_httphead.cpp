// libFuzzer target for HttpRequestHead and HttpResponseHead.
//
// The first input byte chooses the limits, the split points and the forwarding options; the
// rest is the head. Checked for every input:
//  - the answer for the whole input equals the answer when the same bytes arrive in three pieces
//    (with HttpHeadProgress carried along), and every piece answers "need more" or that answer;
//  - errors carry an expected status and an offset inside the input;
//  - a complete head serialized for forwarding parses back to the same target, framing and fields.
// Any difference aborts, which libFuzzer reports as a crash.

#include "httprequesthead.h"
#include "httpresponsehead.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_httphead: %s\n", what);
        std::abort();
    }
}

QByteArray describe(const HttpRequestHead &head)
{
    QByteArray text = head.method().toByteArray() + ' ' + head.target().toByteArray() + " form "
        + QByteArray::number(int(head.targetForm())) + " host " + head.host().toByteArray() + " port "
        + QByteArray::number(head.port()) + " path " + head.path().toByteArray() + " 1."
        + QByteArray::number(head.minorVersion()) + " framing " + QByteArray::number(int(head.framing())) + " length "
        + QByteArray::number(head.contentLength()) + " keep-alive " + QByteArray::number(head.keepAlive())
        + " websocket " + QByteArray::number(head.isWebSocketUpgrade());
    for (qsizetype i = 0; i < head.headers().size(); ++i)
        text += " [" + head.headers().nameAt(i).toByteArray() + ": " + head.headers().valueAt(i).toByteArray() + ']';
    return text;
}

QByteArray describe(const HttpResponseHead &head)
{
    QByteArray text = QByteArray::number(head.minorVersion()) + ' ' + QByteArray::number(head.statusCode()) + ' '
        + head.reasonPhrase().toByteArray() + " framing " + QByteArray::number(int(head.framing())) + " length "
        + QByteArray::number(head.contentLength()) + " keep-alive " + QByteArray::number(head.keepAlive());
    for (qsizetype i = 0; i < head.headers().size(); ++i)
        text += " [" + head.headers().nameAt(i).toByteArray() + ": " + head.headers().valueAt(i).toByteArray() + ']';
    return text;
}

template<typename Head>
QByteArray describe(const HttpParseResult<Head> &result)
{
    if (result.needsMore())
        return "need more";
    if (result.isError()) {
        return "error " + QByteArray::number(result.error().status) + " at " + QByteArray::number(result.error().offset)
            + ": " + result.error().reason.toUtf8();
    }
    return "complete " + QByteArray::number(result.head().size()) + ": " + describe(result.head());
}

// The fields a forwarded head keeps, compared across the round trip. Host is regenerated and
// Content-Length normalised, so they are compared through host() and contentLength() instead.
QByteArray forwardedFields(const HttpHeaderFields &fields, const HttpForwardOptions &options)
{
    QByteArray text;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.isHopByHop(i, options) || HttpSyntax::equalsIgnoringCase(fields.nameAt(i), "host")
            || HttpSyntax::equalsIgnoringCase(fields.nameAt(i), "content-length")) {
            continue;
        }
        text += fields.nameAt(i).toByteArray() + ": " + fields.valueAt(i).toByteArray() + '\n';
    }
    return text;
}

// What origin-form makes of a path: "/" added before an empty path or a bare query.
QByteArray originPath(const HttpRequestHead &head)
{
    const QByteArray path = head.path().toByteArray();
    if (head.targetForm() == HttpRequestHead::TargetForm::Absolute && (path.isEmpty() || path.front() == '?'))
        return '/' + path;
    return path;
}

HttpHeadLimits limitsFor(uint8_t selector)
{
    HttpHeadLimits limits;
    if (selector & 0x80) { // small limits, so that inputs of a few hundred bytes reach them
        limits.maxHeadBytes = 16 + (selector & 0x1f) * 8;
        limits.maxStartLineBytes = 8 + (selector & 0x0f) * 4;
        limits.maxHeaderCount = selector & 0x07;
    }
    return limits;
}

// Parses `input` whole, then again as it would arrive in three pieces, and checks they agree.
template<typename Parse>
void checkSplits(QByteArrayView input, qsizetype a, qsizetype b, Parse parse)
{
    const auto whole = parse(input, nullptr);
    const QByteArray expected = describe(whole);
    if (whole.isError()) {
        check(whole.error().offset >= 0 && whole.error().offset <= input.size(), "error offset outside the input");
        check(!whole.error().reason.isEmpty(), "error without a reason");
    } else if (whole.isComplete()) {
        check(whole.head().size() > 0 && whole.head().size() <= input.size(), "head size outside the input");
    }

    HttpHeadProgress progress;
    for (qsizetype end : {a, b, input.size()}) {
        const auto stateless = parse(input.first(end), nullptr);
        const QByteArray answer = describe(stateless);
        check(stateless.needsMore() || answer == expected, "a prefix answers differently from the whole input");
        const auto resumed = parse(input.first(end), &progress);
        check(describe(resumed) == answer, "resuming with progress answers differently");
        if (!resumed.needsMore())
            break;
    }
}

void fuzzRequest(QByteArrayView input, uint8_t selector, qsizetype a, qsizetype b)
{
    const HttpHeadLimits limits = limitsFor(selector);
    checkSplits(input, a, b, [&](QByteArrayView buffer, HttpHeadProgress *progress) {
        return HttpRequestHead::parse(buffer, limits, progress);
    });

    const auto result = HttpRequestHead::parse(input, limits);
    if (result.isError()) {
        const int status = result.error().status;
        check(status == 400 || status == 414 || status == 431 || status == 505, "unexpected request error status");
        return;
    }
    if (!result.isComplete())
        return;
    const HttpRequestHead &head = result.head();
    check(head.size() <= limits.maxHeadBytes, "head larger than the limit");
    check(head.headers().size() <= limits.maxHeaderCount, "more fields than the limit");

    HttpForwardOptions options;
    options.targetForm = (selector & 1) ? HttpForwardOptions::TargetForm::Absolute : HttpForwardOptions::TargetForm::Origin;
    options.passUpgrade = head.isWebSocketUpgrade();
    options.persistence = head.keepAlive() ? HttpForwardOptions::Persistence::KeepAlive
                                           : HttpForwardOptions::Persistence::Close;
    if (selector & 2)
        options.extraFields.append(std::pair(QByteArray("Proxy-Authorization"), QByteArray("Basic dXNlcjpwYXNz")));
    const QByteArray out = head.serialize(options);

    HttpHeadLimits roomy;
    roomy.maxHeadBytes = out.size() + 1;
    roomy.maxStartLineBytes = out.size() + 1;
    roomy.maxHeaderCount = 1000;
    const auto again = HttpRequestHead::parse(out, roomy);
    if (!again.isComplete()) {
        std::fprintf(stderr, "serialized: %s\nparsed: %s\n", out.constData(), describe(again).constData());
        check(false, "a serialized request does not parse");
    }
    const HttpRequestHead &second = again.head();
    check(second.size() == out.size(), "a serialized request has bytes after its head");
    check(second.method() == head.method(), "round trip changed the method");
    check(second.host() == head.host(), "round trip changed the host");
    check(second.hostIsIpv6() == head.hostIsIpv6(), "round trip changed the host kind");
    check(second.minorVersion() == head.minorVersion(), "round trip changed the version");
    check(second.framing() == head.framing(), "round trip changed the framing");
    check(second.contentLength() == head.contentLength(), "round trip changed the length");
    check(second.keepAlive() == head.keepAlive(), "round trip changed persistence");
    check(second.isWebSocketUpgrade() == head.isWebSocketUpgrade(), "round trip changed the upgrade");
    if (options.targetForm == HttpForwardOptions::TargetForm::Absolute || head.targetForm() != HttpRequestHead::TargetForm::Absolute
        || head.scheme() == "http" || head.scheme() == "ws") {
        check(second.port() == head.port(), "round trip changed the port");
    }
    if (options.targetForm == HttpForwardOptions::TargetForm::Absolute)
        check(second.path() == head.path(), "round trip changed the path");
    else
        check(second.path().toByteArray() == originPath(head), "round trip changed the origin-form path");
    check(forwardedFields(second.headers(), options) == forwardedFields(head.headers(), options),
          "round trip changed the forwarded fields");
    if (options.extraFields.isEmpty())
        check(second.serialize(options) == out, "serializing twice is not stable");
}

void fuzzResponse(QByteArrayView input, uint8_t selector, qsizetype a, qsizetype b)
{
    static constexpr QByteArrayView methods[] = {"GET", "HEAD", "CONNECT", "POST"};
    const QByteArrayView method = methods[(selector >> 1) & 3];
    const HttpHeadLimits limits = limitsFor(selector);
    checkSplits(input, a, b, [&](QByteArrayView buffer, HttpHeadProgress *progress) {
        return HttpResponseHead::parse(buffer, method, limits, progress);
    });

    const auto result = HttpResponseHead::parse(input, method, limits);
    if (result.isError()) {
        check(result.error().status == 502, "unexpected response error status");
        return;
    }
    if (!result.isComplete())
        return;
    const HttpResponseHead &head = result.head();
    HttpForwardOptions options;
    options.passUpgrade = head.statusCode() == 101;
    const QByteArray out = head.serialize(options);
    HttpHeadLimits roomy;
    roomy.maxHeadBytes = out.size() + 1;
    roomy.maxStartLineBytes = out.size() + 1;
    roomy.maxHeaderCount = 1000;
    const auto again = HttpResponseHead::parse(out, method, roomy);
    if (!again.isComplete()) {
        std::fprintf(stderr, "serialized: %s\nparsed: %s\n", out.constData(), describe(again).constData());
        check(false, "a serialized response does not parse");
    }
    const HttpResponseHead &second = again.head();
    check(second.size() == out.size(), "a serialized response has bytes after its head");
    check(second.statusCode() == head.statusCode(), "round trip changed the status");
    check(second.reasonPhrase() == head.reasonPhrase(), "round trip changed the reason");
    check(second.framing() == head.framing(), "round trip changed the framing");
    check(second.contentLength() == head.contentLength(), "round trip changed the length");
    check(forwardedFields(second.headers(), options) == forwardedFields(head.headers(), options),
          "round trip changed the forwarded fields");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // Two split points from the selector: a ≤ b, spread over the input.
    const qsizetype n = input.size();
    const qsizetype a = n == 0 ? 0 : (qsizetype(selector) * 7) % (n + 1);
    const qsizetype b = n == 0 ? 0 : a + (qsizetype(selector) * 13 + 1) % (n - a + 1);
    fuzzRequest(input, selector, a, b);
    fuzzResponse(input, selector, a, b);
    return 0;
}
