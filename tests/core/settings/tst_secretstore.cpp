// SecretStore against the real keychain: gnome-keyring over the Secret Service in the test
// command's D-Bus session. Every key is unique to the run ("test/<uuid>") and removed afterwards.
// tst_secretstore_nokeyring.cpp checks the same class with no Secret Service reachable.
#include "secretstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <optional>

namespace {

constexpr int kAnswerTimeoutMs = 35000; // above SecretStore's own 30 s timeout

// One asynchronous keychain answer: pass context() and callback() to a SecretStore call, then
// QTRY_VERIFY_WITH_TIMEOUT(answer.done(), ...).
class Answer
{
public:
    QObject *context() { return &m_context; }
    SecretStore::Callback callback()
    {
        return [this](const SecretOutcome &outcome) {
            ++m_calls;
            m_outcome = outcome;
        };
    }
    bool done() const { return m_outcome.has_value(); }
    int calls() const { return m_calls; }
    const SecretOutcome &outcome() const { return *m_outcome; }

private:
    QObject m_context;
    std::optional<SecretOutcome> m_outcome;
    int m_calls = 0;
};

// Blocks (spinning the event loop) until the store answers; for cleanup, where failing is no use.
void settle(SecretStore &store, const QString &key)
{
    Answer answer;
    store.remove(key, answer.context(), answer.callback());
    (void)QTest::qWaitFor([&] { return answer.done(); }, kAnswerTimeoutMs);
}

} // namespace

#define AWAIT(answer) QTRY_VERIFY_WITH_TIMEOUT((answer).done(), kAnswerTimeoutMs)
#define VERIFY_OK(answer) QVERIFY2((answer).outcome().ok(), qPrintable((answer).outcome().message))

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readsBackTheSecretItWrote();
    void storesTheSecretInTheKeyringUnderTheServiceAndKey();
    void replacesASecretWrittenAgain();
    void readingAfterRemovingIsNotFound();
    void readingAKeyNeverWrittenIsNotFound();
    void removingAKeyNeverWrittenLeavesTheKeychainAvailable();
    void keepsServicesApart();
    void theFirstAnswerMakesTheStateAvailableOnce();
    void probeReportsTheKeychainAvailable();
    void referenceNamesTheServiceAndTheKey_data();
    void referenceNamesTheServiceAndTheKey();
    void dropsTheAnswerWhenTheContextIsGone();
    void survivesBeingDestroyedWithAJobInFlight();

private:
    QString m_key;
};

void TestSecretStore::init()
{
    m_key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::Id128);
}

void TestSecretStore::cleanup()
{
    SecretStore store;
    settle(store, m_key);
    SecretStore other(QStringLiteral("ProxyDeck-tests-other"));
    settle(other, m_key);
}

void TestSecretStore::readsBackTheSecretItWrote()
{
    SecretStore store;
    const QString secret = TestSupport::uniqueSecret();
    Answer written;
    store.write(m_key, secret, written.context(), written.callback());
    AWAIT(written);
    VERIFY_OK(written);
    QVERIFY(written.outcome().secret.isEmpty());

    Answer read;
    store.read(m_key, read.context(), read.callback());
    AWAIT(read);
    VERIFY_OK(read);
    QCOMPARE(read.outcome().secret, secret);
    QVERIFY(read.outcome().message.isEmpty());
    QCOMPARE(written.calls(), 1);
    QCOMPARE(read.calls(), 1);
}

void TestSecretStore::storesTheSecretInTheKeyringUnderTheServiceAndKey()
{
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed: the keyring cannot be looked at from outside");
    SecretStore store;
    const QString secret = TestSupport::uniqueSecret();
    Answer written;
    store.write(m_key, secret, written.context(), written.callback());
    AWAIT(written);
    VERIFY_OK(written);
    // QtKeychain's libsecret schema (org.qt.keychain) stores the service as "server", the key as "user".
    const QString listed = TestSupport::secretToolSearch(QStringLiteral("server"), QStringLiteral("ProxyDeck"));
    QVERIFY2(listed.contains(QStringLiteral("secret = ") + secret), qPrintable(listed));
    QVERIFY2(listed.contains(QStringLiteral("attribute.user = ") + m_key), qPrintable(listed));
    QVERIFY2(listed.contains(QStringLiteral("attribute.server = ProxyDeck")), qPrintable(listed));
}

void TestSecretStore::replacesASecretWrittenAgain()
{
    SecretStore store;
    Answer first;
    store.write(m_key, TestSupport::uniqueSecret(), first.context(), first.callback());
    AWAIT(first);
    VERIFY_OK(first);
    const QString replacement = TestSupport::uniqueSecret();
    Answer second;
    store.write(m_key, replacement, second.context(), second.callback());
    AWAIT(second);
    VERIFY_OK(second);

    Answer read;
    store.read(m_key, read.context(), read.callback());
    AWAIT(read);
    VERIFY_OK(read);
    QCOMPARE(read.outcome().secret, replacement);
}

void TestSecretStore::readingAfterRemovingIsNotFound()
{
    SecretStore store;
    const QString secret = TestSupport::uniqueSecret();
    Answer written;
    store.write(m_key, secret, written.context(), written.callback());
    AWAIT(written);
    VERIFY_OK(written);

    Answer removed;
    store.remove(m_key, removed.context(), removed.callback());
    AWAIT(removed);
    VERIFY_OK(removed);

    Answer read;
    store.read(m_key, read.context(), read.callback());
    AWAIT(read);
    QCOMPARE(read.outcome().status, SecretOutcome::Status::NotFound);
    QVERIFY(read.outcome().secret.isEmpty());
    QVERIFY2(read.outcome().message.contains(QStringLiteral("No password is stored")), qPrintable(read.outcome().message));
    QVERIFY(!TestSupport::secretToolSearch(QStringLiteral("server"), QStringLiteral("ProxyDeck")).contains(secret));
}

void TestSecretStore::readingAKeyNeverWrittenIsNotFound()
{
    SecretStore store;
    Answer read;
    store.read(m_key, read.context(), read.callback());
    AWAIT(read);
    QCOMPARE(read.outcome().status, SecretOutcome::Status::NotFound);
    QVERIFY(read.outcome().secret.isEmpty());
    QCOMPARE(store.state(), SecretStore::State::Available); // "not found" is an answer
}

void TestSecretStore::removingAKeyNeverWrittenLeavesTheKeychainAvailable()
{
    SecretStore store;
    Answer removed;
    store.remove(m_key, removed.context(), removed.callback());
    AWAIT(removed);
    // libsecret deletes by attributes and reports success when nothing matched.
    VERIFY_OK(removed);
    QCOMPARE(store.state(), SecretStore::State::Available);
    QVERIFY(store.unavailableReason().isEmpty());
}

void TestSecretStore::keepsServicesApart()
{
    SecretStore proxyDeck;
    SecretStore other(QStringLiteral("ProxyDeck-tests-other"));
    const QString secret = TestSupport::uniqueSecret();
    Answer written;
    proxyDeck.write(m_key, secret, written.context(), written.callback());
    AWAIT(written);
    VERIFY_OK(written);

    Answer read;
    other.read(m_key, read.context(), read.callback());
    AWAIT(read);
    QCOMPARE(read.outcome().status, SecretOutcome::Status::NotFound);
    QVERIFY(read.outcome().secret.isEmpty());
}

void TestSecretStore::theFirstAnswerMakesTheStateAvailableOnce()
{
    SecretStore store;
    QCOMPARE(store.state(), SecretStore::State::Unknown);
    QSignalSpy stateChanged(&store, &SecretStore::stateChanged);
    Answer written;
    store.write(m_key, TestSupport::uniqueSecret(), written.context(), written.callback());
    AWAIT(written);
    VERIFY_OK(written);
    QCOMPARE(store.state(), SecretStore::State::Available);
    QCOMPARE(stateChanged.count(), 1);
    QCOMPARE(stateChanged.at(0).at(0).value<SecretStore::State>(), SecretStore::State::Available);

    Answer read; // a second answer changes nothing
    store.read(m_key, read.context(), read.callback());
    AWAIT(read);
    QCOMPARE(stateChanged.count(), 1);
}

void TestSecretStore::probeReportsTheKeychainAvailable()
{
    SecretStore store;
    QSignalSpy stateChanged(&store, &SecretStore::stateChanged);
    store.probe();
    QTRY_COMPARE_WITH_TIMEOUT(stateChanged.count(), 1, kAnswerTimeoutMs);
    QCOMPARE(store.state(), SecretStore::State::Available);
    QVERIFY(store.unavailableReason().isEmpty());
}

void TestSecretStore::referenceNamesTheServiceAndTheKey_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reference");
    QTest::newRow("profile") << "ProxyDeck" << "profile/0b9c" << "keychain:ProxyDeck/profile/0b9c";
    QTest::newRow("other service") << "Acme Proxy" << "k" << "keychain:Acme Proxy/k";
}

void TestSecretStore::referenceNamesTheServiceAndTheKey()
{
    QFETCH(QString, service);
    QFETCH(QString, key);
    QFETCH(QString, reference);
    const SecretStore store(service);
    QCOMPARE(store.service(), service);
    QCOMPARE(store.referenceFor(key), reference);
    QCOMPARE(SecretStore().service(), QStringLiteral("ProxyDeck"));
}

void TestSecretStore::dropsTheAnswerWhenTheContextIsGone()
{
    SecretStore store;
    bool called = false;
    {
        QObject context;
        store.read(m_key, &context, [&](const SecretOutcome &) { called = true; });
    }
    QSignalSpy stateChanged(&store, &SecretStore::stateChanged);
    QTRY_COMPARE_WITH_TIMEOUT(stateChanged.count(), 1, kAnswerTimeoutMs); // the job finished...
    QVERIFY(!called);                                                    // ...and nobody was called back
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

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
