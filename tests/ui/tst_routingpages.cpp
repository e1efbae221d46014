// The Connections and Rules pages driven offscreen, with their model checked by
// QAbstractItemModelTester and every change read back from the settings file.
#include "connectiondialog.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "messagebanner.h"
#include "rulespage.h"
#include "settings.h"
#include "settingsstore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

Connection connection(const QString &name, const QString &kind, const QString &endpoint)
{
    return Connection{{}, name, kind, endpoint, true};
}

} // namespace

class TestRoutingPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void connectionsShowTheirRouteAndReason();
    void theUseProxyCheckBoxBypassesAndSaves();
    void bulkToggleSwitchesEverySelectedConnection();
    void connectionDialogValidatesBeforeOk();
    void rulesEditorRejectsBadEntriesWithTheirPosition();
    void rulesEditorAddsWarnsAndRemoves();
    void explainerShowsEveryToolsDecisionAsYouType();

private:
    SettingsData reread() const { return SettingsStore(m_dir->filePath(QStringLiteral("settings.json"))).load().data; }
    void waitForSave();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestRoutingPages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.json")));
    m_settings->load();
    ProxyProfile profile = *m_settings->data().activeProfile();
    profile.host = QStringLiteral("proxy.corp");
    profile.port = 3128;
    QVERIFY(m_settings->updateProfile(profile).ok());
}

void TestRoutingPages::waitForSave()
{
    QSignalSpy saved(m_settings.get(), &Settings::saveFinished);
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.constFirst().at(0).toBool());
}

void TestRoutingPages::connectionsShowTheirRouteAndReason()
{
    ConnectionsPage page(*m_settings);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QVERIFY(page.addConnection(connection(QStringLiteral("Orders"), QStringLiteral("postgresql"), QStringLiteral("db.corp:5432"))));
    waitForSave();
    QVERIFY(page.addConnection(connection(QStringLiteral("Bricks"), QStringLiteral("databricks"), QStringLiteral("https://adb.net"))));
    waitForSave();
    QVERIFY(!page.addConnection(connection(QStringLiteral("orders"), QStringLiteral("s3"), QStringLiteral("x.test"))));
    QVERIFY(page.findChild<MessageBanner *>(QStringLiteral("connectionsBanner"))->text().contains(QStringLiteral("already exists")));

    ConnectionsModel *model = page.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ConnectionsModel::RouteColumn).data().toString(), QStringLiteral("Direct"));
    QVERIFY(model->index(0, ConnectionsModel::Reason).data().toString().contains(QStringLiteral("db.corp:5432")));
    QCOMPARE(model->index(1, ConnectionsModel::RouteColumn).data().toString(), QStringLiteral("Must bypass"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("exportedNoProxy"))->text().contains(QStringLiteral("adb.net")));
    QCOMPARE(reread().connections.size(), 2);
}

void TestRoutingPages::theUseProxyCheckBoxBypassesAndSaves()
{
    ConnectionsPage page(*m_settings);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QVERIFY(page.addConnection(connection(QStringLiteral("Lake"), QStringLiteral("s3"), QStringLiteral("https://minio.lab:9000"))));
    waitForSave();
    ConnectionsModel *model = page.model();
    QCOMPARE(model->index(0, ConnectionsModel::RouteColumn).data().toString(), QStringLiteral("Proxied"));

    // A click on the check box cell, as a user does.
    QTableView *view = page.view();
    const QModelIndex cell = model->index(0, ConnectionsModel::UseProxy);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(model->setData(cell, Qt::Unchecked, Qt::CheckStateRole));
    waitForSave();
    QVERIFY(changed.count() > 0);
    QCOMPARE(model->index(0, ConnectionsModel::RouteColumn).data().toString(), QStringLiteral("Bypassed"));
    QVERIFY(model->index(0, ConnectionsModel::Reason).data().toString().contains(QStringLiteral("minio.lab:9000")));
    QCOMPARE(reread().connections.constFirst().useProxy, false);
    QVERIFY(view->isVisible());
}

void TestRoutingPages::bulkToggleSwitchesEverySelectedConnection()
{
    ConnectionsPage page(*m_settings);
    page.show();
    for (const char *name : {"A", "B", "C"}) {
        QVERIFY(page.addConnection(connection(QString::fromLatin1(name), QStringLiteral("http-api"),
                                              QStringLiteral("https://%1.example").arg(QString::fromLatin1(name).toLower()))));
        waitForSave();
    }
    page.view()->selectAll();
    auto bypass = page.findChildren<QPushButton *>();
    QPushButton *off = nullptr;
    for (QPushButton *button : bypass) {
        if (button->text().contains(QStringLiteral("Bypass")))
            off = button;
    }
    QVERIFY(off && off->isEnabled());
    QTest::mouseClick(off, Qt::LeftButton);
    waitForSave();
    for (const Connection &c : reread().connections)
        QVERIFY(!c.useProxy);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("exportedNoProxy"))->text(),
             QStringLiteral("Exported NO_PROXY: a.example,b.example,c.example"));
}

void TestRoutingPages::connectionDialogValidatesBeforeOk()
{
    ConnectionDialog dialog;
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("connectionName")), QStringLiteral("Db"));
    auto kind = dialog.findChild<QComboBox *>(QStringLiteral("connectionKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("postgresql")));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("connectionEndpoint")), QStringLiteral("db.corp:99999"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("connectionError"))->text().isEmpty());
    auto endpoint = dialog.findChild<QLineEdit *>(QStringLiteral("connectionEndpoint"));
    endpoint->clear();
    QTest::keyClicks(endpoint, QStringLiteral("db.corp:5432"));
    QVERIFY(ok->isEnabled());
    const Connection result = dialog.connection();
    QCOMPARE(result.kind, QStringLiteral("postgresql"));
    QCOMPARE(result.endpoint, QStringLiteral("db.corp:5432"));
}

void TestRoutingPages::rulesEditorRejectsBadEntriesWithTheirPosition()
{
    RulesPage page(*m_settings);
    page.show();
    auto input = page.findChild<QLineEdit *>(QStringLiteral("newEntry"));
    QTest::keyClicks(input, QStringLiteral("good.test, foo*bar.test"));
    const QString error = page.findChild<QLabel *>(QStringLiteral("entryError"))->text();
    QVERIFY2(error.contains(QStringLiteral("foo*bar.test")) && error.contains(QStringLiteral("position 14")), qPrintable(error));
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(m_settings->data().noProxy.isEmpty()); // nothing half-added
    QCOMPARE(input->text(), QStringLiteral("good.test, foo*bar.test")); // nothing lost either
}

void TestRoutingPages::rulesEditorAddsWarnsAndRemoves()
{
    RulesPage page(*m_settings);
    page.show();
    auto input = page.findChild<QLineEdit *>(QStringLiteral("newEntry"));
    QTest::keyClicks(input, QStringLiteral("localhost .corp *.svc.local"));
    QTest::keyClick(input, Qt::Key_Return);
    waitForSave();
    QVERIFY(input->text().isEmpty());
    QCOMPARE(reread().noProxy, (QStringList{QStringLiteral("localhost"), QStringLiteral(".corp"), QStringLiteral("*.svc.local")}));
    const QString banner = page.findChild<MessageBanner *>()->text();
    QVERIFY2(banner.contains(QStringLiteral("*.svc.local")) && banner.contains(QStringLiteral("curl")), qPrintable(banner));

    auto entries = page.findChild<QListWidget *>(QStringLiteral("entries"));
    QCOMPARE(entries->count(), 3);
    entries->item(2)->setSelected(true);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("entryWarnings"))->text().contains(QStringLiteral("a.svc.local")));
    page.removeSelected();
    waitForSave();
    QCOMPARE(reread().noProxy, (QStringList{QStringLiteral("localhost"), QStringLiteral(".corp")}));
}

void TestRoutingPages::explainerShowsEveryToolsDecisionAsYouType()
{
    m_settings->setNoProxy({QStringLiteral("10.0.0.0/8"), QStringLiteral("*.svc.local")});
    RulesPage page(*m_settings);
    page.show();
    auto url = page.findChild<QLineEdit *>(QStringLiteral("explainUrl"));
    QTest::keyClicks(url, QStringLiteral("http://10.1.2.3:8080/"));
    auto tools = page.findChild<QTableWidget *>(QStringLiteral("toolDecisions"));
    QCOMPARE(tools->rowCount(), 8);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("explainedRoute"))->text().contains(QStringLiteral("10.0.0.0/8")));
    QStringList viaProxy;
    for (int row = 0; row < tools->rowCount(); ++row) {
        if (tools->item(row, 1)->text() == u"via proxy")
            viaProxy.append(tools->item(row, 0)->text());
    }
    // CIDR: wget, urllib and Node's agent ignore it.
    QCOMPARE(viaProxy, (QStringList{QStringLiteral("GNU Wget"), QStringLiteral("Python urllib"),
                                    QStringLiteral("Node.js (NODE_USE_ENV_PROXY / undici)")}));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("javaNonProxyHosts"))->text().contains(QStringLiteral("10.*|*.svc.local")));
    url->clear();
    QCOMPARE(tools->rowCount(), 0);
}

QTEST_MAIN(TestRoutingPages)
#include "tst_routingpages.moc"
