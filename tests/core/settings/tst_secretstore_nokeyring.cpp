// SecretStore with no Secret Service reachable: CTest runs this suite with
// DBUS_SESSION_BUS_ADDRESS pointing at a socket that does not exist. Every operation must say
// at once that no keychain is there, and what to install; it must never fall back to plain text.
#include "secretstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

namespace {

// QtKeychain fails at once ("Could not connect: No such file or directory"); the store's own
// timeout is set well above this, so passing proves the answer did not come from the timeout.
constexpr int kQuickMs = 3000;
constexpr int kStoreTimeoutMs = 20000;

} // namespace

class TestSecretStoreNoKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOperationReportsUnavailableQuicklyWithTheHint_data();
    void everyOperationReportsUnavailableQuicklyWithTheHint();
    void probeMakesTheStateUnavailableAndSaysWhy();
};

void TestSecretStoreNoKeyring::initTestCase()
{
    if (!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("/nonexistent/")))
        QSKIP("run through CTest, which points DBUS_SESSION_BUS_ADDRESS at a socket that does not exist");
}

void TestSecretStoreNoKeyring::everyOperationReportsUnavailableQuicklyWithTheHint_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("write") << "write";
    QTest::newRow("read") << "read";
    QTest::newRow("remove") << "remove";
}

void TestSecretStoreNoKeyring::everyOperationReportsUnavailableQuicklyWithTheHint()
{
    QFETCH(QString, operation);
    SecretStore store;
    store.setTimeout(kStoreTimeoutMs);
    QSignalSpy stateChanged(&store, &SecretStore::stateChanged);
    const QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::Id128);
    const QString secret = TestSupport::uniqueSecret();

    std::optional<SecretOutcome> outcome;
    QObject context;
    const auto callback = [&](const SecretOutcome &answer) { outcome = answer; };
    QElapsedTimer timer;
    timer.start();
    if (operation == u"write")
        store.write(key, secret, &context, callback);
    else if (operation == u"read")
        store.read(key, &context, callback);
    else
        store.remove(key, &context, callback);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), kQuickMs);
    qInfo("%s: unavailable after %lld ms: %s", qPrintable(operation), timer.elapsed(), qPrintable(outcome->message));

    QCOMPARE(outcome->status, SecretOutcome::Status::Unavailable);
    QVERIFY(outcome->secret.isEmpty());
    QVERIFY2(outcome->message.contains(QStringLiteral("No keychain is reachable")), qPrintable(outcome->message));
    QVERIFY2(outcome->message.contains(SecretStore::missingKeychainHint()), qPrintable(outcome->message));
    QVERIFY(!outcome->message.contains(secret));
    QCOMPARE(store.state(), SecretStore::State::Unavailable);
    QCOMPARE(stateChanged.count(), 1);
    QCOMPARE(stateChanged.at(0).at(0).value<SecretStore::State>(), SecretStore::State::Unavailable);
    QCOMPARE(store.unavailableReason(), outcome->message);
}

void TestSecretStoreNoKeyring::probeMakesTheStateUnavailableAndSaysWhy()
{
    SecretStore store;
    store.setTimeout(kStoreTimeoutMs);
    QCOMPARE(store.state(), SecretStore::State::Unknown);
    QSignalSpy stateChanged(&store, &SecretStore::stateChanged);
    store.probe();
    QTRY_COMPARE_WITH_TIMEOUT(stateChanged.count(), 1, kQuickMs);
    QCOMPARE(stateChanged.at(0).at(0).value<SecretStore::State>(), SecretStore::State::Unavailable);
    QCOMPARE(store.state(), SecretStore::State::Unavailable);
    QVERIFY2(store.unavailableReason().contains(SecretStore::missingKeychainHint()), qPrintable(store.unavailableReason()));
    // The hint names what to install on this platform.
    QVERIFY(SecretStore::missingKeychainHint().contains(QStringLiteral("gnome-keyring")));
}

QTEST_GUILESS_MAIN(TestSecretStoreNoKeyring)
#include "tst_secretstore_nokeyring.moc"
