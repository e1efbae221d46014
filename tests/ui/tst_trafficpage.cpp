// The Traffic page offscreen: real traffic (curl through the real engine to a real origin) shows
// up as rows with the right byte counts; ten thousand rows sort by raw values and filter; finished
// rows are evicted oldest first while open ones stay; pause holds changes back; copy and CSV
// export write what is shown. The model is checked by QAbstractItemModelTester throughout.
#include "curl.h"
#include "enginecontroller.h"
#include "originserver.h"
#include "secretstore.h"
#include "settings.h"
#include "throughputgraph.h"
#include "trafficfiltermodel.h"
#include "trafficmodel.h"
#include "trafficpage.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A record as an engine publishes it; ids are unique per engine.
TunnelRecord record(quint64 id, TunnelRecord::State state, qint64 down, const QString &target = {})
{
    TunnelRecord r;
    r.id = id;
    r.kind = TunnelRecord::Kind::Request;
    r.state = state;
    r.client = QStringLiteral("127.0.0.1:%1").arg(40000 + id % 20000);
    r.method = QStringLiteral("GET");
    r.target = target.isEmpty() ? QStringLiteral("http://host-%1.test/").arg(id) : target;
    r.route = id % 3 == 0 ? QStringLiteral("upstream") : QStringLiteral("direct");
    r.status = state == TunnelRecord::State::Failed ? 502 : 200;
    r.bytesUp = qint64(id % 7) * 10;
    r.bytesDown = down;
    r.startMs = 1'000'000 + qint64(id);
    r.endMs = state == TunnelRecord::State::Open ? 0 : r.startMs + 5;
    r.error = state == TunnelRecord::State::Failed ? QStringLiteral("could not resolve host-%1.test").arg(id) : QString();
    return r;
}

} // namespace

class TestTrafficPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void realTrafficShowsUpWithItsByteCounts();
    void tenThousandRowsSortByRawValuesAndFilter();
    void evictsTheOldestFinishedRowsAndKeepsOpenOnes();
    void onlyTouchedRowsChangeAndNewRowsComeInOneInsert();
    void pauseHoldsChangesUntilResumed();
    void copiesAndExportsWhatIsShown();
    void graphKeepsFiveMinutesAndSaysTheRateUnderTheMouse();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EngineController> m_engine;
    std::unique_ptr<TrafficPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTrafficPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.json")));
    m_settings->load();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("ProxyDeckTest"));
    m_engine = std::make_unique<EngineController>(*m_settings, *m_secrets);
    EngineController::Options options;
    options.listenPort = 0;
    options.statusPort = 0;
    options.workers = 2;
    m_engine->setOptions(options);
    m_page = std::make_unique<TrafficPage>(*m_engine, *m_settings, *m_secrets);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1000, 600);
    m_page->show();
}

void TestTrafficPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_engine.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestTrafficPage::realTrafficShowsUpWithItsByteCounts()
{
    OriginServer origin;
    QVERIFY(origin.listen());
    m_engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), EngineController::State::Running, 10000);
    const QString proxy = QStringLiteral("http://") + m_engine->listenString();
    for (int size : {12345, 70000, 1}) {
        const CurlResult result = Curl::run({QStringLiteral("-x"), proxy,
                                             QStringLiteral("http://127.0.0.1:%1/bytes/%2").arg(origin.port()).arg(size)});
        QVERIFY2(result.status == 200, qPrintable(result.describe()));
    }
    TrafficModel *model = m_page->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model->openCount() == 0, 5000);
    // Two workers publish on their own ticks, so rows may arrive in either order; ids follow the
    // order of the requests.
    QList<int> rows{0, 1, 2};
    std::sort(rows.begin(), rows.end(), [model](int a, int b) { return model->recordAt(a).id < model->recordAt(b).id; });
    const QList<qint64> expected{12345, 70000, 1};
    for (int i = 0; i < 3; ++i) {
        const int row = rows[i];
        const TunnelRecord &r = model->recordAt(row);
        QCOMPARE(r.bytesDown, expected[i]);
        QCOMPARE(r.bytesUp, 0);
        QCOMPARE(r.state, TunnelRecord::State::Closed);
        QCOMPARE(r.route, QStringLiteral("direct"));
        QCOMPARE(model->index(row, TrafficModel::Target).data().toString(),
                 QStringLiteral("GET http://127.0.0.1:%1/bytes/%2").arg(origin.port()).arg(expected[i]));
        QCOMPARE(model->index(row, TrafficModel::State).data().toString(), QStringLiteral("closed (200)"));
    }
    // The totals follow the engine's own counters.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->summary().contains(QStringLiteral("engine total: 3 tunnels and requests")), 5000);
    QVERIFY2(m_page->summary().startsWith(QStringLiteral("3 shown of 3 rows · 0 open")), qPrintable(m_page->summary()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->graph()->sampleCount() >= 1, 5000);
    m_engine->stop();
}

void TestTrafficPage::tenThousandRowsSortByRawValuesAndFilter()
{
    TrafficModel *model = m_page->model();
    TunnelRecords batch;
    for (quint64 id = 1; id <= 10'000; ++id) {
        const auto state = id % 50 == 0 ? TunnelRecord::State::Failed
                                        : id % 10 == 0 ? TunnelRecord::State::Open : TunnelRecord::State::Closed;
        batch.append(record(id, state, qint64((id * 7919) % 100'003)));
    }
    model->apply(batch, 2'000'000);
    QCOMPARE(model->rowCount(), 10'000);
    QCOMPARE(model->openCount(), 800);

    // By bytes down, descending: numbers, not the "97.6 KB" text.
    m_page->view()->sortByColumn(TrafficModel::BytesDown, Qt::DescendingOrder);
    TrafficFilterModel *shown = m_page->filterModel();
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < shown->rowCount(); row += 97) {
        const qint64 down = shown->index(row, TrafficModel::BytesDown).data(TrafficModel::SortRole).toLongLong();
        QVERIFY(down <= previous);
        previous = down;
    }
    const qint64 top = shown->index(0, TrafficModel::BytesDown).data(TrafficModel::SortRole).toLongLong();
    qint64 max = 0;
    for (const TunnelRecord &r : std::as_const(batch))
        max = std::max(max, r.bytesDown);
    QCOMPARE(top, max);

    shown->setText(QStringLiteral("host-4242.test"));
    QCOMPARE(shown->rowCount(), 1);
    shown->setText(QString());
    shown->setErrorsOnly(true);
    QCOMPARE(shown->rowCount(), 200);
    QVERIFY(shown->index(0, TrafficModel::ErrorColumn).data().toString().startsWith(QStringLiteral("could not resolve")));
    shown->setErrorsOnly(false);
    shown->setRouteFilter(TrafficFilterModel::RouteFilter::Upstream);
    QCOMPARE(shown->rowCount(), 3333);
    shown->setRouteFilter(TrafficFilterModel::RouteFilter::Any);
    shown->setStateFilter(TrafficFilterModel::StateFilter::Open);
    QCOMPARE(shown->rowCount(), 800); // every tenth is open, but every fiftieth failed
    shown->setStateFilter(TrafficFilterModel::StateFilter::Any);
    QCOMPARE(shown->rowCount(), 10'000);
}

void TestTrafficPage::evictsTheOldestFinishedRowsAndKeepsOpenOnes()
{
    TrafficModel *model = m_page->model();
    model->setCapacity(100);
    TunnelRecords first;
    for (quint64 id = 1; id <= 10; ++id)
        first.append(record(id, TunnelRecord::State::Open, 0));
    model->apply(first, 1);
    for (quint64 id = 11; id <= 400; ++id) // 390 finished: past 100 + the slice of 100
        model->apply({record(id, TunnelRecord::State::Closed, 10)}, qint64(id));
    QCOMPARE(model->openCount(), 10);
    // The ten open rows are all there, and the finished ones kept are the newest.
    for (quint64 id = 1; id <= 10; ++id)
        QVERIFY2(model->rowOf(id) >= 0, qPrintable(QString::number(id)));
    QVERIFY(model->rowOf(400) >= 0);
    QVERIFY(model->rowOf(11) < 0);
    QVERIFY(model->rowCount() <= 10 + 100 + 100);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->rowOf(model->recordAt(row).id), row);
    // An open row that finishes is kept until newer ones push it out, like any finished row.
    model->apply({record(5, TunnelRecord::State::Closed, 99)}, 500);
    QCOMPARE(model->openCount(), 9);
    QCOMPARE(model->recordAt(model->rowOf(5)).bytesDown, 99);
    model->clearFinished();
    QCOMPARE(model->rowCount(), 9);
}

void TestTrafficPage::onlyTouchedRowsChangeAndNewRowsComeInOneInsert()
{
    TrafficModel *model = m_page->model();
    TunnelRecords batch;
    for (quint64 id = 1; id <= 1000; ++id)
        batch.append(record(id, TunnelRecord::State::Open, 0));
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    model->apply(batch, 1000);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 999);
    QCOMPARE(changed.size(), 0);

    // Rows 100..199 progress one second later: one dataChanged over their span, rates computed.
    TunnelRecords progress;
    for (quint64 id = 101; id <= 200; ++id)
        progress.append(record(id, TunnelRecord::State::Open, 2048));
    model->apply(progress, 2000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 100);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 199);
    QCOMPARE(inserted.size(), 1);
    const qint64 up = qint64(101 % 7) * 10;
    QCOMPARE(model->index(100, TrafficModel::Rate).data(TrafficModel::SortRole).toDouble(), double(2048 + up - up));
    QCOMPARE(model->index(100, TrafficModel::Rate).data().toString(), QStringLiteral("2.0 kB/s"));
}

void TestTrafficPage::pauseHoldsChangesUntilResumed()
{
    OriginServer origin;
    QVERIFY(origin.listen());
    m_engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), EngineController::State::Running, 10000);
    const QString proxy = QStringLiteral("http://") + m_engine->listenString();
    m_page->setPaused(true);
    QVERIFY(Curl::run({QStringLiteral("-x"), proxy, QStringLiteral("http://127.0.0.1:%1/bytes/10").arg(origin.port())}).status == 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->summary().contains(QStringLiteral("paused, ")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->summary().contains(QStringLiteral("paused, 0 changes")), 5000);
    QCOMPARE(m_page->model()->rowCount(), 0);
    m_page->setPaused(false);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->recordAt(0).isFinished(), 5000);
    QCOMPARE(m_page->model()->recordAt(0).bytesDown, 10);
    m_engine->stop();
}

void TestTrafficPage::copiesAndExportsWhatIsShown()
{
    TrafficModel *model = m_page->model();
    model->apply({record(1, TunnelRecord::State::Closed, 1234567, QStringLiteral("http://a.test/x,y")),
                  record(2, TunnelRecord::State::Failed, 0, QStringLiteral("http://b.test/\"q\"")),
                  record(3, TunnelRecord::State::Closed, 5, QStringLiteral("http://c.example/"))},
                 10);
    m_page->filterModel()->setText(QStringLiteral(".test/"));
    const QString copied = m_page->copyRows();
    const QStringList lines = copied.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3); // header + the two rows the filter shows
    QVERIFY(lines[0].startsWith(QStringLiteral("Client\tTarget\tRoute\tState\tUp\tDown")));
    QVERIFY(lines[1].contains(QStringLiteral("\t1234567\t"))); // exact bytes, not "1.2 MB"

    const QString path = m_dir->filePath(QStringLiteral("traffic.csv"));
    QSignalSpy exported(m_page.get(), &TrafficPage::exported);
    m_page->exportCsv(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 5000);
    const QString csv = QString::fromUtf8(TestSupport::readFile(path));
    QVERIFY2(csv.contains(QStringLiteral("\"GET http://a.test/x,y\"")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("\"GET http://b.test/\"\"q\"\"\"")), qPrintable(csv));
    QCOMPARE(csv.count(u'\n'), 3);

    QSignalSpy failed(m_page.get(), &TrafficPage::exportFailed);
    m_page->exportCsv(m_dir->filePath(QStringLiteral("no-such-folder/traffic.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("no-such-folder")));
}

void TestTrafficPage::graphKeepsFiveMinutesAndSaysTheRateUnderTheMouse()
{
    ThroughputGraph graph;
    graph.resize(600, 100);
    for (int i = 0; i < 400; ++i)
        graph.addSample(i * 1024.0, i * 2048.0);
    QCOMPARE(graph.sampleCount(), ThroughputGraph::Seconds);
    QCOMPARE(graph.describeAt(QPoint(599, 50)), QStringLiteral("0 s ago: ↑ 399.0 kB/s, ↓ 798.0 kB/s"));
    QVERIFY(graph.describeAt(QPoint(0, 50)).startsWith(QStringLiteral("299 s ago: ")));
    graph.clear();
    QVERIFY(graph.describeAt(QPoint(599, 50)).isEmpty());
    const QImage image = graph.grab().toImage();
    QVERIFY(!image.isNull()); // paints with no samples
}

QTEST_MAIN(TestTrafficPage)
#include "tst_trafficpage.moc"
