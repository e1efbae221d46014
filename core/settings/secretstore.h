#pragma once

#include <QObject>
#include <QString>

#include <functional>

// The outcome of one keychain operation.
struct SecretOutcome
{
    enum class Status {
        Ok,          // done; for a read, `secret` holds the value
        NotFound,    // no entry under that key
        Unavailable, // no keychain service reachable (e.g. no Secret Service on D-Bus)
        Denied,      // the keychain is locked or the user refused access
        Failed,      // anything else; `message` says what
    };
    Status status = Status::Failed;
    QString secret;
    QString message; // for the user: what happened and what to do; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

// The only way secrets are stored: the OS keychain through QtKeychain (Secret Service or KWallet
// on Linux, Keychain on macOS, Credential Manager on Windows), asynchronously, with no plain-text
// fallback. Entries live under one service name, one key per secret.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Available, Unavailable };
    Q_ENUM(State)

    using Callback = std::function<void(const SecretOutcome &)>;

    explicit SecretStore(QString service = QStringLiteral("ProxyDeck"), QObject *parent = nullptr);

    QString service() const { return m_service; }
    State state() const { return m_state; }
    QString unavailableReason() const { return m_reason; }

    // "keychain:ProxyDeck/profile/…" — what the settings file records instead of the secret.
    QString referenceFor(const QString &key) const;

    // Each runs asynchronously; `callback` runs on `context`'s thread, unless context is destroyed.
    void read(const QString &key, QObject *context, Callback callback);
    void write(const QString &key, const QString &secret, QObject *context, Callback callback);
    void remove(const QString &key, QObject *context, Callback callback);

    // Asks the keychain for an entry that does not exist, only to learn whether it answers:
    // state() and stateChanged() then tell the UI before the user tries to store anything.
    void probe();

    // How long to wait for a keychain that does not answer before reporting it unavailable.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Words for a missing keychain on this platform, with what to install.
    static QString missingKeychainHint();

Q_SIGNALS:
    void stateChanged(SecretStore::State state);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &secret, QObject *context,
             Callback callback);
    void record(const SecretOutcome &outcome);

    QString m_service;
    State m_state = State::Unknown;
    QString m_reason;
    int m_timeoutMs = 30000;
};
