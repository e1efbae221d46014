#include "trafficpage.h"

#include "enginecontroller.h"
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
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

TrafficPage::TrafficPage(EngineController &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
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
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TrafficModel::Client, 130);
    m_view->setColumnWidth(TrafficModel::Target, 260);

    m_toggle->setObjectName(QStringLiteral("trafficEngineToggle"));
    m_text->setPlaceholderText(tr("Filter: client, target, route or error"));
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("trafficFilter"));
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
    auto filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_route);
    filters->addWidget(m_state);
    filters->addWidget(m_errorsOnly);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(engineRow);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_graph);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    m_message->setWordWrap(true);

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
    updateEngineControls();
    onStatus();
}

void TrafficPage::onTunnels(const TunnelRecords &records)
{
    if (m_paused) {
        m_pending += records;
        return;
    }
    m_model->apply(records);
}

void TrafficPage::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused && !m_pending.isEmpty()) {
        const TunnelRecords pending = std::exchange(m_pending, {});
        m_model->apply(pending);
    }
    onStatus();
}

void TrafficPage::onStatus()
{
    const QJsonObject status = m_engine.status();
    if (m_engine.state() == EngineController::State::Running) {
        m_graph->addSample(status.value(QStringLiteral("rate_up")).toDouble(),
                           status.value(QStringLiteral("rate_down")).toDouble());
    }
    m_summary->setText(summary());
}

QString TrafficPage::summary() const
{
    const QJsonObject status = m_engine.status();
    const QJsonObject bytes = status.value(QStringLiteral("bytes")).toObject();
    const QJsonObject tunnels = status.value(QStringLiteral("tunnels")).toObject();
    QString text = tr("%1 shown of %2 rows · %3 open · engine total: %4 tunnels and requests, ↑ %5, ↓ %6")
                       .arg(m_filter->rowCount())
                       .arg(m_model->rowCount())
                       .arg(m_model->openCount())
                       .arg(tunnels.value(QStringLiteral("total")).toInteger())
                       .arg(TrafficModel::formatBytes(bytes.value(QStringLiteral("up")).toInteger()),
                            TrafficModel::formatBytes(bytes.value(QStringLiteral("down")).toInteger()));
    if (m_paused)
        text += tr(" · paused, %1 changes waiting").arg(m_pending.size());
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
