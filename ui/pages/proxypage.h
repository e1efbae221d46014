#pragma once

#include "result.h"

#include <QProcessEnvironment>
#include <QWidget>

class DesktopSettingsBar;
class MessageBanner;
class PacTester;
class ProxyForm;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class SecretStore;
class Settings;
struct DesktopSnapshot;
struct SecretOutcome;

// F1: the global proxy. Chooses and manages profiles, edits the selected one, saves the
// settings (atomically, off the GUI thread) and the password (in the keychain, asynchronously).
// Under the form: a PAC tester, and the desktop's own proxy settings (import, apply, restore).
class ProxyPage : public QWidget
{
    Q_OBJECT

public:
    ProxyPage(Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);

    bool isDirty() const;
    // Asks what to do with unsaved edits; false when the user cancels.
    bool confirmLeavingEdits();
    QString selectedProfileId() const;

    // The actions behind the buttons, with the names already chosen (the buttons ask for them).
    bool addProfile(const QString &name);
    bool renameProfile(const QString &name);
    bool duplicateProfile(const QString &name);
    bool removeProfile();
    void activateProfile();
    void importFromEnvironment();
    void importFrom(const QProcessEnvironment &environment);
    // First run: when the environment names a proxy the active profile does not use, a banner
    // offers to import it. Returns whether it did.
    bool offerEnvironmentImport(const QProcessEnvironment &environment);
    // Fills the form from the desktop's settings (as edits to save); asks before replacing NO_PROXY.
    void importFromDesktop(const DesktopSnapshot &snapshot);
    void save();
    void revert();

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void saved();
    void statusMessage(const QString &text);

private:
    void reloadProfiles(const QString &selectId);
    bool openCreatedProfile(const Result<QString> &created);
    void showProfile(const QString &id);
    void refreshPasswordState();
    void updateButtons();
    void persist();
    void finishSave(bool ok, const QString &message);
    void removeStoredPassword();
    void reportKeychain(const SecretOutcome &outcome, const QString &what);
    void askName(const QString &title, const QString &initial, bool (ProxyPage::*apply)(const QString &));

    Settings &m_settings;
    SecretStore &m_secrets;
    MessageBanner *m_banner;
    QComboBox *m_profiles;
    QLabel *m_activeNote;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_activate;
    ProxyForm *m_form;
    QGroupBox *m_testerBox;
    PacTester *m_tester;
    DesktopSettingsBar *m_desktop;
    QPushButton *m_import;
    QPushButton *m_revert;
    QPushButton *m_save;
    QString m_currentId;
    QStringList m_pendingNoProxy;
    bool m_hasPendingNoProxy = false;
    bool m_saving = false;
    bool m_savingFields = false;    // the running save carries the form's fields
    bool m_passwordChanged = false; // the running save follows a password removal
    bool m_lastDirty = false;
};
