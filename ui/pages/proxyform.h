#pragma once

#include "proxyprofile.h"
#include "result.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;
struct WpadAttempt;
struct WpadResult;

// The fields of one profile: a fixed proxy (scheme, host, port) or an automatic one (a PAC URL or
// file), user and password, with inline validation. "Discover (WPAD)" looks for this network's PAC
// script and fills the PAC field when it finds one.
// It edits a copy; the page decides when to save. The password field is write-only: it is
// never filled from the keychain, only typed to replace what is stored.
class ProxyForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProxyForm(QWidget *parent = nullptr);
    ~ProxyForm() override;

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
    // Fills the proxy fields (kind, PAC location, scheme, host, port, user) from a profile read
    // elsewhere (the desktop's settings), as edits to review and save; the baseline stays.
    void applyProfileFields(const ProxyProfile &profile);
    // The PAC field's text as typed (a URL or a path), whether or not it is valid yet.
    QString pacLocation() const;

    // WPAD discovery, on a worker thread of its own; the result fills the PAC field.
    void discoverPac();
    void cancelDiscovery();
    bool isDiscovering() const { return m_wpadThread != nullptr; }
    void setPasswordState(const QString &text, bool problem, bool canRemove);

Q_SIGNALS:
    void edited();
    void removePasswordRequested();
    void noteRaised(const QString &text);
    void pacLocationChanged(const QString &text);

private:
    void validate();
    void splitHostIfUrl(bool finishedEditing);
    void updateEnabled();
    void fillFields(const ProxyProfile &profile);
    void discoveryAttempt(const WpadAttempt &attempt);
    void discoveryFinished(const WpadResult &result);
    void stopDiscoveryThread();

    ProxyProfile m_baseline;
    QCheckBox *m_useProxy;
    QCheckBox *m_automatic;
    QLineEdit *m_pacUrl;
    QLabel *m_pacError;
    QPushButton *m_discover;
    QLabel *m_discovery;
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
    std::unique_ptr<QThread> m_wpadThread;
    QObject *m_wpadAnchor = nullptr; // lives in m_wpadThread; owns the WpadDiscovery
    quint64 m_wpadGeneration = 0;    // reports of a stopped discovery are dropped
    QStringList m_wpadProgress;
};
