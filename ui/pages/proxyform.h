#pragma once

#include "proxyprofile.h"
#include "result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The fields of one profile: scheme, host, port, user, password, with inline validation.
// It edits a copy; the page decides when to save. The password field is write-only: it is
// never filled from the keychain, only typed to replace what is stored.
class ProxyForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProxyForm(QWidget *parent = nullptr);

    // The profile the fields start from (and return to on revert). The password field is
    // cleared unless keepPassword (a password the keychain did not take stays for a retry).
    void setProfile(const ProxyProfile &profile, bool keepPassword = false);
    const ProxyProfile &baseline() const { return m_baseline; }

    // The profile as the fields now describe it, or the first field error.
    Result<ProxyProfile> profile() const;
    QString password() const;
    void clearPassword();
    bool isDirty() const;

    // Fills the fields from a URL (pasted or imported); a password goes to the password field.
    void applyUrlParts(const ProxyUrlParts &parts);
    void setPasswordState(const QString &text, bool problem, bool canRemove);

Q_SIGNALS:
    void edited();
    void removePasswordRequested();
    void noteRaised(const QString &text);

private:
    void validate();
    void splitHostIfUrl(bool finishedEditing);
    void updateEnabled();

    ProxyProfile m_baseline;
    QCheckBox *m_useProxy;
    QComboBox *m_scheme;
    QLineEdit *m_host;
    QLabel *m_hostError;
    QLineEdit *m_port;
    QLabel *m_portError;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordState;
    QPushButton *m_removePassword;
    bool m_loading = false;
};
