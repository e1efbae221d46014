#include "connectionspage.h"

#include "connectiondialog.h"
#include "connectionsmodel.h"
#include "messagebanner.h"
#include "routeresolver.h"
#include "settings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ConnectionsPage::ConnectionsPage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new ConnectionsModel(settings, this))
    , m_banner(new MessageBanner(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_noProxy(new QLabel(this))
    , m_edit(new QPushButton(tr("Ed&it…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_proxyOn(new QPushButton(tr("Use &proxy"), this))
    , m_proxyOff(new QPushButton(tr("&Bypass proxy"), this))
{
    m_view->setObjectName(QStringLiteral("connections"));
    m_banner->setObjectName(QStringLiteral("connectionsBanner"));
    m_noProxy->setObjectName(QStringLiteral("exportedNoProxy"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionsModel::UseProxy, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionsModel::RouteColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_view->setAccessibleName(tr("Connections"));
    m_proxyOn->setToolTip(tr("Turn “Use global proxy” on for the selected connections"));
    m_proxyOff->setToolTip(tr("Turn “Use global proxy” off for the selected connections"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No connections yet. Add the services your platform talks to — datasets, warehouses, "
                        "APIs — to see which go through the proxy, which bypass it, and what the firewall must "
                        "allow."));
    m_noProxy->setWordWrap(true);
    m_noProxy->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto add = new QPushButton(tr("&Add…"), this);
    auto buttons = new QHBoxLayout;
    for (QPushButton *button : {add, m_edit, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_proxyOn);
    buttons->addWidget(m_proxyOff);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Connections</h2>"), this));
    layout->addWidget(m_banner);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_noProxy);
    layout->addLayout(buttons);
    setTabOrder(m_view, add); // the first button of the row, created after the others

    connect(add, &QPushButton::clicked, this, [this] { openDialog(QString()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            openDialog(ids.constFirst());
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != ConnectionsModel::UseProxy)
            openDialog(m_model->idAt(index.row()));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty()
            && QMessageBox::question(this, tr("Remove connections"), tr("Remove %n connection(s)?", nullptr, int(ids.size())))
                   == QMessageBox::Yes)
            removeSelected();
    });
    connect(m_proxyOn, &QPushButton::clicked, this, [this] { setProxyForSelected(true); });
    connect(m_proxyOff, &QPushButton::clicked, this, [this] { setProxyForSelected(false); });
    connect(m_model, &ConnectionsModel::edited, &m_settings, &Settings::saveAsync);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectionsPage::updateState);
    connect(&m_settings, &Settings::changed, this, &ConnectionsPage::updateState);
    connect(&m_settings, &Settings::saveFinished, this, [this](bool ok, const QString &message) {
        if (!ok)
            m_banner->showMessage(MessageBanner::Kind::Error, message);
    });
    updateState();
}

QStringList ConnectionsPage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(m_model->idAt(row.row()));
    return ids;
}

void ConnectionsPage::updateState()
{
    const bool any = m_model->rowCount() > 0;
    const int selected = int(selectedIds().size());
    m_empty->setVisible(!any);
    m_view->setVisible(any);
    m_edit->setEnabled(selected == 1);
    m_remove->setEnabled(selected > 0);
    m_proxyOn->setEnabled(selected > 0);
    m_proxyOff->setEnabled(selected > 0);
    const QStringList noProxy = RouteResolver(m_settings.data()).effectiveNoProxy();
    m_noProxy->setText(tr("Exported NO_PROXY: %1").arg(noProxy.isEmpty() ? tr("(empty)") : noProxy.join(u',')));
}

void ConnectionsPage::openDialog(const QString &id)
{
    ConnectionDialog dialog(this);
    const Connection *existing = m_settings.data().connectionById(id);
    if (existing)
        dialog.setConnection(*existing);
    while (dialog.exec() == QDialog::Accepted) {
        const Connection edited = dialog.connection();
        const Result<void> done = existing ? m_settings.updateConnection(edited)
                                           : [&]() -> Result<void> {
                                                 auto added = m_settings.addConnection(edited);
                                                 return added ? Result<void>() : Result<void>(added.error());
                                             }();
        if (done) {
            m_settings.saveAsync();
            return;
        }
        dialog.showError(done.error().message); // keep the dialog and what was typed
    }
}

bool ConnectionsPage::addConnection(const Connection &connection)
{
    auto added = m_settings.addConnection(connection);
    if (!added) {
        m_banner->showMessage(MessageBanner::Kind::Error, added.error().message);
        return false;
    }
    m_settings.saveAsync();
    m_view->selectRow(m_model->rowOf(added.value()));
    return true;
}

bool ConnectionsPage::editConnection(const Connection &connection)
{
    const Result<void> updated = m_settings.updateConnection(connection);
    if (!updated) {
        m_banner->showMessage(MessageBanner::Kind::Error, updated.error().message);
        return false;
    }
    m_settings.saveAsync();
    return true;
}

void ConnectionsPage::removeSelected()
{
    for (const QString &id : selectedIds())
        (void)m_settings.removeConnection(id);
    m_settings.saveAsync();
}

void ConnectionsPage::setProxyForSelected(bool useProxy)
{
    for (const QString &id : selectedIds())
        (void)m_settings.setConnectionUsesProxy(id, useProxy);
    m_settings.saveAsync();
}
