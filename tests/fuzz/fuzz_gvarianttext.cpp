// libFuzzer target for the GVariant text GNOME's proxy settings are read in: GVariantText::parse
// (one value, as `gsettings get` prints it) and GnomeProxy::parseListing (`gsettings
// list-recursively` output, one "schema key value" a line). Checked for every input:
//  - an error has a message and a position inside the input;
//  - a value is a QString, QStringList, bool or qlonglong, and what format() writes for it parses
//    back to the same value, as does what quote() writes for the input taken as one string;
//  - every value of a listing is already in format()'s form, the password key is never kept,
//    and the listing written back as "schema key value" lines reads as the same keys and values.
// Any difference aborts, which libFuzzer reports as a crash.

#include "gnomeproxy.h"
#include "gvarianttext.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_gvarianttext: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

bool isValueType(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::QStringList:
    case QMetaType::Bool:
    case QMetaType::LongLong:
        return true;
    default:
        return false;
    }
}

void checkValue(const QString &text)
{
    const Result<QVariant> parsed = GVariantText::parse(text);
    if (!parsed.ok()) {
        check(!parsed.error().message.isEmpty(), "error without a message");
        check(parsed.error().position >= 0 && parsed.error().position <= text.size(),
            "error position outside the input", text);
        return;
    }
    check(isValueType(parsed.value()), "a value of another type", text);
    const QString printed = GVariantText::format(parsed.value());
    const Result<QVariant> again = GVariantText::parse(printed);
    check(again.ok(), "formatted value does not parse:", printed);
    check(again.value().typeId() == parsed.value().typeId(), "round trip changed the type:", printed);
    check(again.value() == parsed.value(), "round trip changed the value:", printed);
    check(GVariantText::format(again.value()) == printed, "format is not stable:", printed);
}

void checkQuote(const QString &text)
{
    const QString quoted = GVariantText::quote(text);
    const Result<QVariant> parsed = GVariantText::parse(quoted);
    check(parsed.ok(), "quoted string does not parse:", quoted);
    check(parsed.value().typeId() == QMetaType::QString && parsed.value().toString() == text,
        "quoted string reads back differently:", quoted);
}

void checkListing(const QString &text)
{
    const Result<QMap<QString, QString>> keys = GnomeProxy::parseListing(text);
    if (!keys.ok()) {
        check(!keys.error().message.isEmpty(), "listing error without a message");
        return;
    }
    QString listing;
    for (auto it = keys.value().cbegin(); it != keys.value().cend(); ++it) {
        check(it.key() != GnomeProxy::passwordKey(), "the password key was kept");
        check(it.key().count(u' ') == 1, "a key that is not \"schema key\":", it.key());
        const Result<QVariant> value = GVariantText::parse(it.value());
        check(value.ok(), "a listing value that does not parse:", it.value());
        check(GVariantText::format(value.value()) == it.value(), "a listing value not in format()'s form:",
            it.value());
        listing += it.key() + u' ' + it.value() + u'\n';
    }
    const Result<QMap<QString, QString>> again = GnomeProxy::parseListing(listing);
    check(again.ok(), "a written listing does not parse:", listing);
    check(again.value() == keys.value(), "a written listing reads differently:", listing);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkValue(text);
    checkQuote(text);
    checkListing(text);
    return 0;
}
