// SecretStore against the real keychain: gnome-keyring over the Secret Service in the test
// command's D-Bus session. Built twice: tst_secretstore (keyring present) and
// tst_secretstore_nokeyring (PROXYDECK_EXPECT_NO_KEYRING, run with an unreachable session bus).
#include "secretstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

SecretOutcome wait(SecretStore &store, void (SecretStore::*operation)(const QString &, QObject *, SecretStore::Callback),
                   const QString &key)
{
    std::optional<SecretOutcome> result;
    QObject context;
    (store.*operation)(key, &context, [&](const SecretOutcome &outcome) { result = outcome; });
    // No answer at all reads as Failed with no message, which every caller's checks reject.
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 35000);
    return result.value_or(SecretOutcome{});
}

SecretOutcome write(SecretStore &store, const QString &key, const QString &secret)
{
    std::optional<SecretOutcome> result;
    QObject context;
    store.write(key, secret, &context, [&](const SecretOutcome &outcome) { result = outcome; });
    // No answer at all reads as Failed with no message, which every caller's checks reject.
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 35000);
    return result.value_or(SecretOutcome{});
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
#ifndef PROXYDECK_EXPECT_NO_KEYRING
    void storesReadsReplacesAndDeletesInTheRealKeyring();
    void readingAMissingEntryIsNotFoundNotAnError();
    void probeReportsTheKeychainAvailable();
    void dropsTheAnswerWhenTheContextIsGone();
    void survivesBeingDestroyedWithAJobInFlight();
#else
    void saysClearlyThatNoKeychainIsReachable();
#endif

private:
    QString m_key;
};

void TestSecretStore::init()
{
    m_key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::Id128);
}

void TestSecretStore::cleanup()
{
#ifndef PROXYDECK_EXPECT_NO_KEYRING
    SecretStore store;
    wait(store, &SecretStore::remove, m_key);
#endif
}

#ifndef PROXYDECK_EXPECT_NO_KEYRING
void TestSecretStore::storesReadsReplacesAndDeletesInTheRealKeyring()
{
    SecretStore store;
    QSignalSpy state(&store, &SecretStore::stateChanged);
    const QString secret = TestSupport::uniqueSecret();
    const SecretOutcome written = write(store, m_key, secret);
    QVERIFY2(written.ok(), qPrintable(written.message));
    QCOMPARE(store.state(), SecretStore::State::Available);
    QCOMPARE(state.count(), 1);

    const SecretOutcome read = wait(store, &SecretStore::read, m_key);
    QVERIFY(read.ok());
    QCOMPARE(read.secret, secret);
    // QtKeychain's libsecret schema (org.qt.keychain) stores the service as "server", the key as "user".
    const QString listed = TestSupport::secretToolSearch(QStringLiteral("user"), m_key);
    QVERIFY2(listed.contains(secret), qPrintable(listed));
    QVERIFY(listed.contains(QStringLiteral("attribute.server = ProxyDeck")));

    const QString replacement = TestSupport::uniqueSecret();
    QVERIFY(write(store, m_key, replacement).ok());
    QCOMPARE(wait(store, &SecretStore::read, m_key).secret, replacement);

    QVERIFY(wait(store, &SecretStore::remove, m_key).ok());
    QCOMPARE(wait(store, &SecretStore::read, m_key).status, SecretOutcome::Status::NotFound);
    QVERIFY(!TestSupport::secretToolSearch(QStringLiteral("user"), m_key).contains(replacement));
    QCOMPARE(store.referenceFor(m_key), QStringLiteral("keychain:ProxyDeck/") + m_key);
}

void TestSecretStore::readingAMissingEntryIsNotFoundNotAnError()
{
    SecretStore store;
    const SecretOutcome read = wait(store, &SecretStore::read, m_key);
    QCOMPARE(read.status, SecretOutcome::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    QCOMPARE(store.state(), SecretStore::State::Available);
    const SecretOutcome removed = wait(store, &SecretStore::remove, m_key);
    QVERIFY(removed.status == SecretOutcome::Status::NotFound || removed.ok());
}

void TestSecretStore::probeReportsTheKeychainAvailable()
{
    SecretStore store;
    QSignalSpy state(&store, &SecretStore::stateChanged);
    store.probe();
    QVERIFY(state.wait(35000));
    QCOMPARE(store.state(), SecretStore::State::Available);
    QVERIFY(store.unavailableReason().isEmpty());
}

void TestSecretStore::dropsTheAnswerWhenTheContextIsGone()
{
    SecretStore store;
    bool called = false;
    {
        QObject context;
        store.read(m_key, &context, [&](const SecretOutcome &) { called = true; });
    }
    QSignalSpy state(&store, &SecretStore::stateChanged);
    QVERIFY(state.wait(35000)); // the job finished...
    QVERIFY(!called);           // ...and nobody was called back on a dead object
}

void TestSecretStore::survivesBeingDestroyedWithAJobInFlight()
{
    // A window closed while the keychain is still answering: the answer must land nowhere,
    // not in freed memory (this crashed when jobs were children of the store).
    bool called = false;
    QObject context;
    auto store = std::make_unique<SecretStore>();
    store->read(m_key, &context, [&](const SecretOutcome &) { called = true; });
    store->probe();
    store.reset();
    QTest::qWait(1000);
    QVERIFY(!called);
}
#else
void TestSecretStore::saysClearlyThatNoKeychainIsReachable()
{
    SecretStore store;
    store.setTimeout(10000);
    QSignalSpy state(&store, &SecretStore::stateChanged);
    QElapsedTimer timer;
    timer.start();
    const SecretOutcome written = write(store, m_key, TestSupport::uniqueSecret());
    QCOMPARE(written.status, SecretOutcome::Status::Unavailable);
    QVERIFY2(written.message.contains(SecretStore::missingKeychainHint()), qPrintable(written.message));
    QVERIFY(written.message.contains(QStringLiteral("gnome-keyring")));
    QCOMPARE(store.state(), SecretStore::State::Unavailable);
    QCOMPARE(state.count(), 1);
    QCOMPARE(store.unavailableReason(), written.message);
    qInfo("keychain unavailable reported after %lld ms: %s", timer.elapsed(), qPrintable(written.message));
    QCOMPARE(wait(store, &SecretStore::read, m_key).status, SecretOutcome::Status::Unavailable);
}
#endif

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
