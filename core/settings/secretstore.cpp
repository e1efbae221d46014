#include "secretstore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

SecretOutcome outcomeOf(const QKeychain::Job *job)
{
    SecretOutcome outcome;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        outcome.status = SecretOutcome::Status::Ok;
        if (auto read = qobject_cast<const QKeychain::ReadPasswordJob *>(job))
            outcome.secret = read->textData();
        break;
    case QKeychain::EntryNotFound:
        outcome.status = SecretOutcome::Status::NotFound;
        outcome.message = SecretStore::tr("No password is stored in the keychain for this profile.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        outcome.status = SecretOutcome::Status::Denied;
        outcome.message = SecretStore::tr("The keychain refused access (%1). Unlock it and try again.")
                              .arg(detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
        outcome.status = SecretOutcome::Status::Failed;
        outcome.message = SecretStore::tr("The keychain could not delete the password: %1").arg(detail);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain reports a missing Secret Service (no D-Bus session, no daemon) as one of
        // these; the detail names the D-Bus error, the hint says what to install.
        outcome.status = SecretOutcome::Status::Unavailable;
        outcome.message = SecretStore::tr("No keychain is reachable: %1 %2")
                              .arg(detail.isEmpty() ? SecretStore::tr("no backend available.") : detail,
                                   SecretStore::missingKeychainHint());
        break;
    }
    return outcome;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString SecretStore::referenceFor(const QString &key) const
{
    return QStringLiteral("keychain:") + m_service + u'/' + key;
}

QString SecretStore::missingKeychainHint()
{
#if defined(Q_OS_MACOS)
    return tr("ProxyDeck stores passwords in the macOS Keychain; make sure the login keychain is "
              "unlocked.");
#elif defined(Q_OS_WIN)
    return tr("ProxyDeck stores passwords in the Windows Credential Manager; make sure it is "
              "running.");
#else
    return tr("ProxyDeck stores passwords only in a Secret Service keychain "
              "(org.freedesktop.secrets on the D-Bus session bus): install and unlock gnome-keyring "
              "or KWallet (for example “apt install gnome-keyring”), then try again.");
#endif
}

void SecretStore::read(const QString &key, QObject *context, Callback callback)
{
    run(Operation::Read, key, QString(), context, std::move(callback));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback callback)
{
    run(Operation::Write, key, secret, context, std::move(callback));
}

void SecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    run(Operation::Remove, key, QString(), context, std::move(callback));
}

void SecretStore::probe()
{
    read(QStringLiteral("availability-probe"), this, [](const SecretOutcome &) {});
}

void SecretStore::run(Operation operation, const QString &key, const QString &secret, QObject *context,
                      Callback callback)
{
    // Jobs have no parent and delete themselves when done: the Secret Service answers
    // asynchronously into the job, so a job must outlive a SecretStore destroyed meanwhile
    // (deleting it early crashes in QtKeychain's libsecret callback). Connections below use
    // this store as context, so a late answer reaches nobody.
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy

    // Exactly one answer per call: the job's, or the timeout's if the backend never replies.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> target(context);
    auto deliver = [this, answered, target, callback = std::move(callback)](const SecretOutcome &outcome) {
        if (*answered)
            return;
        *answered = true;
        record(outcome);
        if (target)
            callback(outcome);
    };
    connect(job, &QKeychain::Job::finished, this, [deliver](QKeychain::Job *finished) {
        deliver(outcomeOf(finished));
    });
    QTimer::singleShot(m_timeoutMs, this, [this, deliver] {
        SecretOutcome outcome;
        outcome.status = SecretOutcome::Status::Unavailable;
        outcome.message = tr("The keychain did not answer within %1 seconds. %2")
                              .arg(m_timeoutMs / 1000).arg(missingKeychainHint());
        deliver(outcome);
    });
    job->start();
}

void SecretStore::record(const SecretOutcome &outcome)
{
    const State state = outcome.status == SecretOutcome::Status::Unavailable ? State::Unavailable
                                                                             : State::Available;
    m_reason = state == State::Unavailable ? outcome.message : QString();
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(m_state);
    }
}
