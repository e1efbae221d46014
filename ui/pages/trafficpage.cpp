#include "trafficpage.h"

#include "enginecontroller.h"
#include "remoteengine.h"
#include "remoteenginesbar.h"
#include "settings.h"
#include "statuspublisher.h"
#include "throughputgraph.h"
#include "trafficfiltermodel.h"
#include "trafficdelegate.h"
#include "trafficmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QDateTime>
#include <QThreadPool>
#include <QVBoxLayout>

TrafficPage::TrafficPage(EngineController &engine, Settings &settings, SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_settings(settings)
    , m_model(new TrafficModel(this))
    , m_filter(new TrafficFilterModel(this))
    , m_view(new QTableView(this))
    , m_graph(new ThroughputGraph(this))
    , m_toggle(new QPushButton(this))
    , m_engineState(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_route(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_errorsOnly(new QCheckBox(tr("Errors only"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_remotes(new RemoteEnginesBar(settings, secrets, this))
    , m_statusSocket(new QToolButton(this))
    , m_capacity(new QSpinBox(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new TrafficDelegate(m_view));
    m_view->setObjectName(QStringLiteral("trafficTable"));
    m_view->setAccessibleName(tr("Tunnels and requests"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // arrival order until the user picks a column
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Fixed here: left unset, QHeaderView asks the style for it on every layout pass, which with
    // 10,000 rows was a tenth of each repaint.
    m_view->verticalHeader()->setMinimumSectionSize(m_view->fontMetrics().height());
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TrafficModel::Client, 130);
    m_view->setColumnWidth(TrafficModel::Target, 260);
    m_view->setColumnWidth(TrafficModel::EngineColumn, 150);

    m_toggle->setObjectName(QStringLiteral("trafficEngineToggle"));
    m_text->setPlaceholderText(tr("Filter: client, target, route or error"));
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("trafficFilter"));
    m_text->setAccessibleName(tr("Filter the rows"));
    m_route->addItems({tr("Any route"), tr("Upstream"), tr("Direct")});
    m_route->setAccessibleName(tr("Route"));
    m_state->addItems({tr("Any state"), tr("Open"), tr("Finished")});
    m_state->setAccessibleName(tr("State"));
    m_pause->setCheckable(true);
    auto clear = new QPushButton(tr("Clear"), this);
    clear->setToolTip(tr("Remove the finished rows; open tunnels stay."));
    auto copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the selected rows (or all shown) as tab-separated text."));
    auto save = new QPushButton(tr("Export CSV…"), this);

    m_engineState->setWordWrap(true);
    auto engineRow = new QHBoxLayout;
    engineRow->addWidget(m_toggle);
    engineRow->addWidget(m_engineState, 1);
    engineRow->addWidget(m_pause);
    engineRow->addWidget(clear);
    engineRow->addWidget(copy);
    engineRow->addWidget(save);
    // The own status socket, for watching this console's engine from elsewhere, and the remote
    // engines watched here.
    m_statusSocket->setObjectName(QStringLiteral("statusSocket"));
    m_statusSocket->setPopupMode(QToolButton::InstantPopup);
    m_statusSocket->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto socketMenu = new QMenu(m_statusSocket);
    socketMenu->addAction(tr("Show token…"), this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Status socket token"),
                        tr("Consoles watching this engine need this token (also printed by `proxydeck status-token`):"),
                        QMessageBox::Close, this);
        box.setInformativeText(statusToken());
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    });
    socketMenu->addAction(tr("Copy token"), this, [this] {
        QApplication::clipboard()->setText(statusToken());
        m_message->setText(tr("Token copied."));
    });
    socketMenu->addAction(tr("Rotate token…"), this, [this] {
        if (QMessageBox::question(this, tr("Rotate the status token"),
                                  tr("Consoles watching this engine with the current token are turned away and need "
                                     "the new one. Rotate?"))
            == QMessageBox::Yes)
            rotateStatusToken();
    });
    m_statusSocket->setMenu(socketMenu);
    auto watchRow = new QHBoxLayout;
    watchRow->addWidget(m_remotes, 1);
    watchRow->addWidget(m_statusSocket);
    StatusPublisher *publisher = m_engine.statusPublisher();
    connect(publisher, &StatusPublisher::tokenChanged, this, &TrafficPage::updateStatusSocket);
    connect(publisher, &StatusPublisher::listening, this, &TrafficPage::updateStatusSocket);
    connect(publisher, &StatusPublisher::failed, this, &TrafficPage::updateStatusSocket);
    connect(publisher, &StatusPublisher::clientsChanged, this, &TrafficPage::updateStatusSocket);
    publisher->loadToken();

    m_capacity->setRange(ConsoleSettings::MinTrafficCapacity, ConsoleSettings::MaxTrafficCapacity);
    m_capacity->setSingleStep(1000);
    m_capacity->setGroupSeparatorShown(true);
    m_capacity->setPrefix(tr("keep "));
    m_capacity->setSuffix(tr(" finished"));
    m_capacity->setObjectName(QStringLiteral("trafficCapacity"));
    m_capacity->setAccessibleName(tr("Finished rows kept"));
    m_capacity->setToolTip(tr("How many finished tunnels and requests the table keeps; open ones always stay."));
    m_capacity->setValue(settings.data().console.trafficCapacity);
    m_model->setCapacity(m_capacity->value());
    connect(m_capacity, &QSpinBox::editingFinished, this, [this] {
        m_model->setCapacity(m_capacity->value());
        ConsoleSettings console = m_settings.data().console;
        console.trafficCapacity = m_capacity->value();
        m_settings.setConsole(console);
        m_settings.saveAsync();
        onStatus();
    });

    auto filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_route);
    filters->addWidget(m_state);
    filters->addWidget(m_errorsOnly);
    filters->addWidget(m_capacity);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(engineRow);
    layout->addLayout(watchRow);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_graph);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    m_message->setWordWrap(true);
    // Tab in reading order, row by row: the engine row, the watched engines, the filters, the table.
    setTabOrder(m_statusSocket, m_text);
    setTabOrder(m_text, m_route);
    setTabOrder(m_route, m_state);
    setTabOrder(m_state, m_errorsOnly);
    setTabOrder(m_errorsOnly, m_capacity);
    setTabOrder(m_capacity, m_view);
    setTabOrder(m_pause, clear);
    setTabOrder(clear, copy);
    setTabOrder(copy, save);

    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (m_engine.state() == EngineController::State::Running || m_engine.state() == EngineController::State::Starting)
            m_engine.stop();
        else
            m_engine.start();
    });
    connect(m_text, &QLineEdit::textChanged, m_filter, &TrafficFilterModel::setText);
    connect(m_route, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setRouteFilter(TrafficFilterModel::RouteFilter(index)); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setStateFilter(TrafficFilterModel::StateFilter(index)); });
    connect(m_errorsOnly, &QCheckBox::toggled, m_filter, &TrafficFilterModel::setErrorsOnly);
    connect(m_pause, &QPushButton::toggled, this, &TrafficPage::setPaused);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_model->clearFinished();
        onStatus();
    });
    connect(copy, &QPushButton::clicked, this, [this] { copyRows(); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export traffic as CSV"), QStringLiteral("traffic.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(this, &TrafficPage::exported, this,
            [this](const QString &path) { m_message->setText(tr("Exported to %1.").arg(path)); });
    connect(this, &TrafficPage::exportFailed, m_message, &QLabel::setText);

    // Like a log: new rows arrive at the bottom, and a view scrolled to the bottom follows them.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_follow = bar->value() == bar->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
    });
    connect(&m_engine, &EngineController::tunnelsChanged, this, &TrafficPage::onTunnels);
    connect(&m_engine, &EngineController::statusUpdated, this, &TrafficPage::onStatus);
    connect(&m_engine, &EngineController::stateChanged, this, &TrafficPage::updateEngineControls);
    connect(&m_engine, &EngineController::stateChanged, this, &TrafficPage::updateStatusSocket);

    connect(m_remotes, &RemoteEnginesBar::changesReceived, this, &TrafficPage::onTunnels);
    connect(m_remotes, &RemoteEnginesBar::snapshotReceived, this, [this](const QString &name, const TunnelRecords &records) {
        enqueue(Pending{Pending::Kind::Snapshot, name, records});
    });
    connect(m_remotes, &RemoteEnginesBar::engineLost, this,
            [this](const QString &name) { enqueue(Pending{Pending::Kind::Lost, name, {}}); });
    connect(m_remotes, &RemoteEnginesBar::engineRemoved, this,
            [this](const QString &name) { enqueue(Pending{Pending::Kind::Removed, name, {}}); });
    connect(m_remotes, &RemoteEnginesBar::statusReceived, this, &TrafficPage::onStatus);
    connect(m_remotes, &RemoteEnginesBar::message, m_message, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrafficPage::updateEngineColumn);
    connect(m_remotes, &RemoteEnginesBar::enginesChanged, this, &TrafficPage::updateEngineColumn);
    m_sampler.setInterval(1000);
    connect(&m_sampler, &QTimer::timeout, this, &TrafficPage::sample);
    m_sampler.start();
    updateEngineColumn();
    updateEngineControls();
    updateStatusSocket();
    onStatus();
    m_remotes->restore();
}

void TrafficPage::onTunnels(const TunnelRecords &records)
{
    enqueue(Pending{Pending::Kind::Changes, {}, records});
}

void TrafficPage::enqueue(Pending pending)
{
    if (!m_paused)
        return applyPending(pending);
    m_pendingRecords += pending.records.size();
    m_pending.push_back(std::move(pending));
}

void TrafficPage::applyPending(const Pending &pending)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (pending.kind) {
    case Pending::Kind::Changes:
        m_model->apply(pending.records, now);
        break;
    case Pending::Kind::Snapshot:
        m_model->applySnapshot(pending.engine, pending.records, now);
        break;
    case Pending::Kind::Lost:
        m_model->markEngineLost(pending.engine);
        break;
    case Pending::Kind::Removed:
        m_model->closeEngineRows(pending.engine, tr("no longer watched"), now);
        break;
    }
}

void TrafficPage::updateEngineColumn()
{
    m_view->setColumnHidden(TrafficModel::EngineColumn, !m_model->hasRemoteRecords() && m_remotes->engines().isEmpty());
}

void TrafficPage::sample()
{
    const bool local = m_engine.state() == EngineController::State::Running;
    const auto [remoteUp, remoteDown] = m_remotes->rates();
    bool remote = false;
    for (const RemoteEngine *engine : m_remotes->engines())
        remote = remote || engine->isConnected();
    if (!local && !remote)
        return;
    const QJsonObject status = m_engine.status();
    m_graph->addSample((local ? status.value(QStringLiteral("rate_up")).toDouble() : 0) + remoteUp,
                       (local ? status.value(QStringLiteral("rate_down")).toDouble() : 0) + remoteDown);
}

QString TrafficPage::statusToken() const
{
    return QString::fromLatin1(m_engine.statusPublisher()->token());
}

void TrafficPage::rotateStatusToken()
{
    m_engine.statusPublisher()->rotateToken();
    m_message->setText(tr("A new token is being written; watchers need it to connect again."));
}

void TrafficPage::updateStatusSocket()
{
    const StatusPublisher *publisher = m_engine.statusPublisher();
    QString text;
    if (!publisher->errorMessage().isEmpty())
        text = tr("Status socket: not open");
    else if (publisher->isListening())
        text = tr("Status socket ws://%1 · %2 watching").arg(publisher->listenString()).arg(publisher->clientCount());
    else
        text = tr("Status socket: opens with the engine");
    m_statusSocket->setText(text);
    m_statusSocket->setToolTip(publisher->errorMessage().isEmpty()
                                   ? tr("Other consoles watch this engine here, with the token (see this menu).")
                                   : publisher->errorMessage());
}

void TrafficPage::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused && !m_pending.empty()) {
        const std::vector<Pending> pending = std::exchange(m_pending, {});
        m_pendingRecords = 0;
        for (const Pending &batch : pending)
            applyPending(batch);
    }
    onStatus();
}

void TrafficPage::onStatus()
{
    m_summary->setText(summary());
}

QString TrafficPage::summary() const
{
    // The totals of every engine watched: the own one while it runs, remote ones while connected.
    QList<QJsonObject> statuses;
    if (m_engine.state() == EngineController::State::Running)
        statuses.append(m_engine.status());
    for (const RemoteEngine *engine : m_remotes->engines()) {
        if (engine->isConnected())
            statuses.append(engine->status());
    }
    qint64 total = 0;
    qint64 up = 0;
    qint64 down = 0;
    for (const QJsonObject &status : std::as_const(statuses)) {
        const QJsonObject bytes = status.value(QStringLiteral("bytes")).toObject();
        total += status.value(QStringLiteral("tunnels")).toObject().value(QStringLiteral("total")).toInteger();
        up += bytes.value(QStringLiteral("up")).toInteger();
        down += bytes.value(QStringLiteral("down")).toInteger();
    }
    const QString totals = statuses.size() > 1 ? tr("%1 engines, in total").arg(statuses.size()) : tr("engine total");
    QString text = tr("%1 shown of %2 rows · %3 open · %4: %5 tunnels and requests, ↑ %6, ↓ %7")
                       .arg(m_filter->rowCount())
                       .arg(m_model->rowCount())
                       .arg(m_model->openCount())
                       .arg(totals)
                       .arg(total)
                       .arg(TrafficModel::formatBytes(up), TrafficModel::formatBytes(down));
    if (m_paused)
        text += tr(" · paused, %1 changes waiting").arg(m_pendingRecords);
    return text;
}

void TrafficPage::updateEngineControls()
{
    switch (m_engine.state()) {
    case EngineController::State::Stopped:
        m_toggle->setText(tr("Start engine"));
        m_engineState->setText(tr("The local engine is stopped. Start it and point your tools at http://%1.")
                                   .arg(m_engine.listenString()));
        break;
    case EngineController::State::Starting:
        m_toggle->setText(tr("Stop engine"));
        m_engineState->setText(tr("Starting…"));
        break;
    case EngineController::State::Running:
        m_toggle->setText(tr("Stop engine"));
        m_engineState->setText(tr("On %1: use http://%1 as the HTTP and HTTPS proxy.")
                                   .arg(m_engine.listenString()));
        m_graph->clear();
        break;
    case EngineController::State::Failed:
        m_toggle->setText(tr("Start engine"));
        m_engineState->setText(tr("Not running: %1").arg(m_engine.errorMessage()));
        break;
    }
}

QList<int> TrafficPage::shownSourceRows(bool selectedOnly) const
{
    QList<int> rows;
    if (selectedOnly && m_view->selectionModel()) {
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            rows.append(m_filter->mapToSource(index).row());
        std::sort(rows.begin(), rows.end());
    }
    if (rows.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    }
    return rows;
}

QString TrafficPage::copyRows()
{
    const QString text = m_model->toText(shownSourceRows(true), u'\t');
    QApplication::clipboard()->setText(text);
    m_message->setText(tr("Copied %1 rows.").arg(text.count(u'\n') - 1));
    return text;
}

void TrafficPage::exportCsv(const QString &path)
{
    const QByteArray bytes = m_model->toText(shownSourceRows(false), u',').toUtf8();
    QPointer<TrafficPage> self(this);
    QThreadPool::globalInstance()->start([self, path, bytes] {
        QSaveFile file(path);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        const QString error = ok ? QString() : file.errorString();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, ok, error] {
                if (!self)
                    return;
                if (ok)
                    Q_EMIT self->exported(path);
                else
                    Q_EMIT self->exportFailed(tr("Could not write %1: %2").arg(path, error));
            },
            Qt::QueuedConnection);
    });
}
