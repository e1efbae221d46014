#pragma once

#include <QSortFilterProxyModel>

// The Traffic page's view of TrafficModel: sorted by raw values (bytes as numbers, not as
// "1.2 MB"), filtered by text (client, target, route, error), route, state and "errors only".
class TrafficFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class RouteFilter { Any, Upstream, Direct };
    enum class StateFilter { Any, Open, Finished };

    explicit TrafficFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setRouteFilter(RouteFilter route);
    void setStateFilter(StateFilter state);
    void setErrorsOnly(bool errorsOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    RouteFilter m_route = RouteFilter::Any;
    StateFilter m_state = StateFilter::Any;
    bool m_errorsOnly = false;
};
