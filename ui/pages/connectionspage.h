#pragma once

#include <QWidget>

class ConnectionsModel;
class MessageBanner;
class QLabel;
class QPushButton;
class QTableView;
class Settings;
struct Connection;

// F2: named connections, each with its route and the reason, editable in a dialog, with a bulk
// "Use global proxy" switch. Changes are saved at once (atomically, off the GUI thread).
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsPage(Settings &settings, QWidget *parent = nullptr);

    ConnectionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The actions behind the buttons (the buttons open the dialog first).
    bool addConnection(const Connection &connection);
    bool editConnection(const Connection &connection);
    void removeSelected();
    void setProxyForSelected(bool useProxy);

private:
    void openDialog(const QString &id);
    void updateState();
    QStringList selectedIds() const;

    Settings &m_settings;
    ConnectionsModel *m_model;
    MessageBanner *m_banner; // before the view: created first, it comes first in the Tab order
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_noProxy;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_proxyOn;
    QPushButton *m_proxyOff;
};
