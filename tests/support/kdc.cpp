#include "kdc.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

std::unique_ptr<Kdc> Kdc::start(const QString &dir, QString *error, bool *missing)
{
    *missing = false;
    const QStringList programs = { QStringLiteral("krb5kdc"), QStringLiteral("kdb5_util"),
        QStringLiteral("kadmin.local"), QStringLiteral("kinit") };
    for (const QString &program : programs) {
        if (ServerProcess::find(program).isEmpty()) {
            *missing = true;
            *error
                = QStringLiteral("%1 is not installed (krb5-kdc, krb5-admin-server, krb5-user)").arg(program);
            return nullptr;
        }
    }
    std::unique_ptr<Kdc> kdc(new Kdc);
    kdc->m_dir = dir;
    kdc->m_port = ServerProcess::freePort();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return nullptr;
    }
    const QString port = QString::number(kdc->m_port);
    // rdns and dns_canonicalize_hostname off: HTTP@localhost is HTTP/localhost@PROXYDECK.TEST,
    // whatever the machine's resolver says; TCP only (udp_preference_limit 1) for one listener kind.
    const QString krb5
        = QStringLiteral("[libdefaults]\n default_realm = %1\n dns_lookup_kdc = false\n"
                         " dns_lookup_realm = false\n rdns = false\n dns_canonicalize_hostname = false\n"
                         " udp_preference_limit = 1\n ignore_acceptor_hostname = true\n"
                         "[realms]\n %1 = {\n  kdc = 127.0.0.1:%2\n }\n"
                         "[domain_realm]\n localhost = %1\n")
              .arg(Realm, port);
    const QString kdcConf
        = QStringLiteral("[kdcdefaults]\n kdc_listen = 127.0.0.1:%2\n kdc_tcp_listen = 127.0.0.1:%2\n"
                         "[realms]\n %1 = {\n  database_name = %3/principal\n"
                         "  key_stash_file = %3/stash\n  acl_file = %3/kadm5.acl\n"
                         "  kdc_listen = 127.0.0.1:%2\n  kdc_tcp_listen = 127.0.0.1:%2\n"
                         "  max_life = 1h\n }\n[logging]\n kdc = FILE:%3/kdc.log\n")
              .arg(Realm, port, dir);
    if (!writeFile(kdc->krb5Config(), krb5) || !writeFile(dir + QStringLiteral("/kdc.conf"), kdcConf)) {
        *error = QStringLiteral("cannot write the realm's configuration in %1").arg(dir);
        return nullptr;
    }
    const QString masterPassword = QStringLiteral("throwaway-master-key");
    if (!kdc->run(QStringLiteral("kdb5_util"),
            { QStringLiteral("create"), QStringLiteral("-s"), QStringLiteral("-r"), Realm,
                QStringLiteral("-P"), masterPassword },
            {}, error)
        || !kdc->run(QStringLiteral("kadmin.local"),
            { QStringLiteral("-q"), QStringLiteral("addprinc -pw %1 %2").arg(UserPassword, User) }, {}, error)
        || !kdc->run(QStringLiteral("kadmin.local"),
            { QStringLiteral("-q"), QStringLiteral("addprinc -randkey %1").arg(ServicePrincipal) }, {}, error)
        || !kdc->run(QStringLiteral("kadmin.local"),
            { QStringLiteral("-q"), QStringLiteral("ktadd -k %1 %2").arg(kdc->keytab(), ServicePrincipal) },
            {}, error)) {
        return nullptr;
    }
    kdc->m_process = std::make_unique<ServerProcess>(ServerProcess::find(QStringLiteral("krb5kdc")),
        QStringList { QStringLiteral("-n"), QStringLiteral("-P"), dir + QStringLiteral("/kdc.pid") },
        kdc->environment());
    if (!kdc->m_process->waitForPort(kdc->m_port)) {
        *error = QStringLiteral("krb5kdc does not listen on 127.0.0.1:%1: %2 %3")
                     .arg(port, kdc->m_process->output(), kdc->log());
        return nullptr;
    }
    return kdc;
}

Kdc::~Kdc() = default;

QProcessEnvironment Kdc::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KRB5_CONFIG"), krb5Config());
    environment.insert(QStringLiteral("KRB5_KDC_PROFILE"), m_dir + QStringLiteral("/kdc.conf"));
    environment.insert(QStringLiteral("KRB5CCNAME"), cacheName());
    return environment;
}

bool Kdc::run(
    const QString &program, const QStringList &arguments, const QByteArray &input, QString *error) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ServerProcess::find(program), arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start").arg(program);
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        *error = QStringLiteral("%1 did not finish within 30 s").arg(program);
        return false;
    }
    const QString output = QString::fromUtf8(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(u' '), output);
        return false;
    }
    return true;
}

bool Kdc::kinit(QString *error) const
{
    return run(QStringLiteral("kinit"), { User + u'@' + Realm }, UserPassword.toUtf8() + '\n', error);
}

bool Kdc::kdestroy() const
{
    const QString path = cacheName().mid(5);
    return !QFile::exists(path) || QFile::remove(path);
}

void Kdc::useInThisProcess() const
{
    qputenv("KRB5_CONFIG", krb5Config().toLocal8Bit());
    qputenv("KRB5CCNAME", cacheName().toLocal8Bit());
}

QString Kdc::log() const
{
    QFile file(m_dir + QStringLiteral("/kdc.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

std::unique_ptr<Kdc> Kdc::startWithTicket(const QString &dir, QString *skip, QString *error)
{
    bool missing = false;
    std::unique_ptr<Kdc> kdc = start(dir, error, &missing);
    if (missing) {
        *skip = *error;
        return nullptr;
    }
    if (!kdc || !kdc->kinit(error))
        return nullptr;
    kdc->useInThisProcess();
    return kdc;
}
