#pragma once

#include "route.h"

#include <QAbstractTableModel>

class Settings;

// The connections of the settings with their effective routes, for the Connections page.
// "Use proxy" is checkable; every change goes to Settings, which is the only state.
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Endpoint, UseProxy, RouteColumn, Reason, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RouteKindRole };

    explicit ConnectionsModel(Settings &settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QString idAt(int row) const;
    int rowOf(const QString &id) const;

Q_SIGNALS:
    void edited(); // a change made through the model, to be saved

private:
    void reload();

    Settings &m_settings;
    QList<Route> m_routes;
};
