#include "trafficfiltermodel.h"

#include "trafficmodel.h"

TrafficFilterModel::TrafficFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TrafficModel::SortRole);
    // Rows change every tenth of a second under load: re-sort and re-filter as they do.
    setDynamicSortFilter(true);
}

void TrafficFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void TrafficFilterModel::setRouteFilter(RouteFilter route)
{
    m_route = route;
    invalidateFilter();
}

void TrafficFilterModel::setStateFilter(StateFilter state)
{
    m_state = state;
    invalidateFilter();
}

void TrafficFilterModel::setErrorsOnly(bool errorsOnly)
{
    m_errorsOnly = errorsOnly;
    invalidateFilter();
}

bool TrafficFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_errorsOnly && !first.data(TrafficModel::FailedRole).toBool())
        return false;
    if (m_route != RouteFilter::Any) {
        const bool upstream = first.data(TrafficModel::RouteKindRole).toString() == u"upstream";
        if (upstream != (m_route == RouteFilter::Upstream))
            return false;
    }
    if (m_state != StateFilter::Any) {
        const auto state = TunnelRecord::State(first.data(TrafficModel::StateRole).toInt());
        const bool finished = state == TunnelRecord::State::Closed || state == TunnelRecord::State::Failed;
        if (finished != (m_state == StateFilter::Finished))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : {TrafficModel::EngineColumn, TrafficModel::Client, TrafficModel::Target, TrafficModel::RouteColumn, TrafficModel::ErrorColumn}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
