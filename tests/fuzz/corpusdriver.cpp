// A main() for the fuzz targets in builds without libFuzzer (gcc, the normal test build): runs
// LLVMFuzzerTestOneInput once on every file given, or in a folder given, in name order. A
// target's broken invariant aborts, which fails the test; so every corpus input, crash
// regressions included, is checked in normal CI.
//   fuzzcorpus_noproxy [--max=N] tests/fuzz/corpus/noproxy [more files or folders]
// --max=N runs at most N files of each folder: the named ones (seeds, crash-*, regressions)
// always, then libFuzzer's hash-named ones up to N.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QStringList filesIn(const QString &folder, qsizetype max)
{
    static const QRegularExpression hashName(QStringLiteral("^[0-9a-f]{40}$"));
    QStringList named;
    QStringList hashed;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries)
        (hashName.match(entry.fileName()).hasMatch() ? hashed : named).append(entry.filePath());
    if (max >= 0 && named.size() + hashed.size() > max)
        hashed = hashed.first(std::max<qsizetype>(0, max - named.size()));
    return named + hashed;
}

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    // Announced first, so that an abort names the input that caused it.
    std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qsizetype max = -1;
    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QStringLiteral("--max=")))
            max = arg.mid(6).toLongLong();
        else
            inputs.append(arg);
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "usage: %s [--max=N] file-or-folder...\n", argv[0]);
        return 2;
    }

    int ran = 0;
    for (const QString &input : std::as_const(inputs)) {
        const QStringList files = QFileInfo(input).isDir() ? filesIn(input, max) : QStringList{input};
        if (files.isEmpty()) {
            std::fprintf(stderr, "no inputs in %s\n", qPrintable(input));
            return 1;
        }
        for (const QString &file : files) {
            if (!runFile(file))
                return 1;
            ++ran;
        }
    }
    std::fprintf(stderr, "%d inputs ran without a broken invariant\n", ran);
    return 0;
}
