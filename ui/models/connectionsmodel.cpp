#include "connectionsmodel.h"

#include "connectionkind.h"
#include "readablecolor.h"
#include "routeresolver.h"
#include "settings.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

ConnectionsModel::ConnectionsModel(Settings &settings, QObject *parent)
    : QAbstractTableModel(parent)
    , m_settings(settings)
{
    reload();
    connect(&m_settings, &Settings::changed, this, &ConnectionsModel::reload);
}

void ConnectionsModel::reload()
{
    // Routes depend on every connection, the rules and the profile: recompute them all (cheap),
    // and reset only when rows come or go.
    const RouteResolver resolver(m_settings.data());
    QList<Route> routes;
    for (const Connection &connection : m_settings.data().connections)
        routes.append(resolver.route(connection));
    if (routes.size() != m_routes.size()) {
        beginResetModel();
        m_routes = routes;
        endResetModel();
        return;
    }
    m_routes = routes;
    if (!m_routes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_settings.data().connections.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_routes.size())
        return {};
    const Connection &connection = m_settings.data().connections.at(index.row());
    const Route &route = m_routes.at(index.row());
    const ConnectionKind *kind = ConnectionKind::find(connection.kind);
    if (role == IdRole)
        return connection.id;
    if (role == RouteKindRole)
        return int(route.kind);
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return connection.name;
        break;
    case Kind:
        if (role == Qt::DisplayRole)
            return kind ? kind->name() : connection.kind;
        if (role == Qt::ToolTipRole && kind)
            return kind->note();
        break;
    case Endpoint:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return connection.endpoint;
        break;
    case UseProxy:
        if (role == Qt::CheckStateRole)
            return connection.useProxy ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Use global proxy");
        break;
    case RouteColumn:
        if (role == Qt::DisplayRole)
            return Route::kindLabel(route.kind);
        if (role == Qt::ForegroundRole) {
            QColor colour(0xb2, 0x6a, 0x00);
            if (route.kind == Route::Kind::Proxied)
                colour = QColor(0x2e, 0x7d, 0x32);
            else if (route.kind == Route::Kind::MustBypass)
                colour = QColor(0xc6, 0x28, 0x28);
            // Green, orange and red as shades that read on the theme's cells, light or dark.
            return ReadableColor::on(QGuiApplication::palette().color(QPalette::Base), colour);
        }
        if (role == Qt::ToolTipRole)
            return route.reason;
        break;
    case Reason:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return route.reason;
        break;
    default:
        break;
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Endpoint:
        return tr("Endpoint");
    case UseProxy:
        return tr("Use proxy");
    case RouteColumn:
        return tr("Route");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}

Qt::ItemFlags ConnectionsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == UseProxy)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

bool ConnectionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != UseProxy || role != Qt::CheckStateRole)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    if (!m_settings.setConnectionUsesProxy(idAt(index.row()), on))
        return false;
    Q_EMIT edited();
    return true;
}

QString ConnectionsModel::idAt(int row) const
{
    const auto &connections = m_settings.data().connections;
    return row >= 0 && row < connections.size() ? connections.at(row).id : QString();
}

int ConnectionsModel::rowOf(const QString &id) const
{
    const auto &connections = m_settings.data().connections;
    for (int row = 0; row < connections.size(); ++row) {
        if (connections.at(row).id == id)
            return row;
    }
    return -1;
}
