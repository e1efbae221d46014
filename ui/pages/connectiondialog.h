#pragma once

#include "connection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Add or edit one connection: name, kind (with what the kind implies), endpoint, proxy toggle.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setConnection(const Connection &connection);
    Connection connection() const;
    // Shown under the fields when the settings refuse the connection (e.g. a duplicate name).
    void showError(const QString &message);

private:
    void validate();

    Connection m_original;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_note;
    QLineEdit *m_endpoint;
    QCheckBox *m_useProxy;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
