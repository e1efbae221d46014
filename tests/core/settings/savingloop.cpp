// For tst_crashsafesettings only: saves through the real core write paths, alternating between
// version A and version B as fast as it can, until it is killed.
//
//   savingloop CONFIG_DIR settings               SettingsStore::save of SavingVersions::settings
//   savingloop CONFIG_DIR anchors  CERT_DIR      AnchorStore::add / remove of the third anchor
//   savingloop CONFIG_DIR bundle   CERT_DIR      the same, each followed by AnchorStore::writeBundle
//
// After each save has returned it writes the version's letter ('A' or 'B') to standard output,
// unbuffered: the first letter says it wrote once, the last one which version was complete when
// the kill came. Anything going wrong ends it with exit code 1 and the reason on standard error.
#include "anchorstore.h"
#include "certificateinfo.h"
#include "savingversions.h"
#include "settingsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "savingloop: %s\n", qPrintable(message));
    std::exit(1);
}

void saved(char version)
{
    if (::write(STDOUT_FILENO, &version, 1) != 1)
        die(QStringLiteral("cannot write to standard output"));
}

template<typename T>
T orDie(Result<T> result)
{
    if (!result)
        die(result.error().message);
    return std::move(result).value();
}

void orDie(const Result<void> &result)
{
    if (!result)
        die(result.error().message);
}

QList<QSslCertificate> anchors(const QString &certDir)
{
    QList<QSslCertificate> certificates;
    for (const QString &name : SavingVersions::anchorFiles()) {
        QFile file(QDir(certDir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(file.fileName()));
        const QList<QSslCertificate> read = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (read.isEmpty())
            die(QStringLiteral("no certificate in %1").arg(file.fileName()));
        certificates.append(read.constFirst());
    }
    return certificates;
}

[[noreturn]] void saveSettingsForever(const QString &configDir)
{
    const SettingsStore store(QDir(configDir).filePath(QStringLiteral("settings.json")));
    const SettingsData a = SavingVersions::settings(u'A');
    const SettingsData b = SavingVersions::settings(u'B');
    for (;;) {
        orDie(store.save(a));
        saved('A');
        orDie(store.save(b));
        saved('B');
    }
}

// Version A: the first two anchors; version B: the third one added. With withBundle, each change
// of the anchors is followed by rewriting the combined bundle, and only that completes a version.
[[noreturn]] void saveAnchorsForever(const QString &configDir, const QString &certDir, bool withBundle)
{
    AnchorStore store(configDir);
    const QList<QSslCertificate> certificates = anchors(certDir);
    const QString third = CertificateInfo::inspect(certificates.at(2)).sha256;
    orDie(store.add(certificates.at(0)));
    orDie(store.add(certificates.at(1)));
    orDie(store.add(certificates.at(2))); // false when the previous run left it there
    for (;;) {
        orDie(store.remove(third));
        if (withBundle)
            orDie(store.writeBundle());
        saved('A');
        orDie(store.add(certificates.at(2)));
        if (withBundle)
            orDie(store.writeBundle());
        saved('B');
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3)
        die(QStringLiteral("usage: savingloop CONFIG_DIR settings|anchors|bundle [CERT_DIR]"));
    const QString &configDir = arguments.at(1);
    const QString &mode = arguments.at(2);
    if (mode == u"settings")
        saveSettingsForever(configDir);
    if ((mode == u"anchors" || mode == u"bundle") && arguments.size() == 4)
        saveAnchorsForever(configDir, arguments.at(3), mode == u"bundle");
    die(QStringLiteral("unknown mode “%1” (or CERT_DIR missing)").arg(mode));
}
