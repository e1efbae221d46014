// libFuzzer target for KConfigText, kioslaverc edited in place. Checked for every input:
//  - parse() then toText() gives the input back byte for byte (when the input is UTF-8, as
//    KdeProxy reads it): the class promises that lines it does not change are kept as they were;
//  - a value set with setValue() reads back unchanged after writing and parsing the text again,
//    and removing it again leaves the other groups' values as they were.
// The input is split at the first NUL byte: before it the file, after it the value to set.
// Any difference aborts, which libFuzzer reports as a crash.

#include "kconfigtext.h"

#include <QMap>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_kconfigtext: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

const QString Group = QStringLiteral("Proxy Settings");
const QString Key = QStringLiteral("Proxy Config Script");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = input.indexOf('\0');
    const QByteArray file = nul < 0 ? input : input.left(nul);
    const QString value = nul < 0 ? QStringLiteral("http://wpad.example/wpad.dat")
                                  : QString::fromUtf8(input.mid(nul + 1));

    const QString text = QString::fromUtf8(file);
    KConfigText config = KConfigText::parse(text);
    check(config.toText() == text, "parse and toText changed the text");
    if (text.toUtf8() == file)
        check(config.toText().toUtf8() == file, "parse and toText changed the bytes");

    for (const QString &key : config.keys(Group))
        check(config.value(Group, key).has_value(), "a listed key has no value:", key);

    config.setValue(Group, Key, value);
    check(config.value(Group, Key) == value, "setValue does not read back:", value);
    const KConfigText reread = KConfigText::parse(config.toText());
    const std::optional<QString> read = reread.value(Group, Key);
    check(read == value, "a set value reads back differently after writing:",
        value + QStringLiteral(" → ") + read.value_or(QStringLiteral("(none)")));
    return 0;
}
