#include "proxypage.h"

#include "desktopsettingsbar.h"
#include "environmentimport.h"
#include "hostport.h"
#include "messagebanner.h"
#include "pactester.h"
#include "proxyform.h"
#include "secretstore.h"
#include "settings.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QVBoxLayout>

ProxyPage::ProxyPage(Settings &settings, SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_banner(new MessageBanner(this))
    , m_profiles(new QComboBox(this))
    , m_activeNote(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_duplicate(new QPushButton(tr("Du&plicate…"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_activate(new QPushButton(tr("&Make active"), this))
    , m_form(new ProxyForm(this))
    , m_testerBox(new QGroupBox(tr("Test the PAC script"), this))
    , m_tester(new PacTester(m_testerBox))
    , m_desktop(new DesktopSettingsBar(settings, this))
    , m_import(new QPushButton(tr("&Import from environment"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    m_banner->setObjectName(QStringLiteral("banner"));
    m_profiles->setObjectName(QStringLiteral("profiles"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_activeNote->setObjectName(QStringLiteral("activeNote"));
    m_save->setObjectName(QStringLiteral("save"));
    m_revert->setObjectName(QStringLiteral("revert"));
    m_import->setObjectName(QStringLiteral("importEnvironment"));
    m_activate->setObjectName(QStringLiteral("activate"));
    m_save->setDefault(true);
    m_import->setToolTip(tr("Read https_proxy, http_proxy and no_proxy (either case) from ProxyDeck's "
                            "environment into this profile."));

    // Collapsed until wanted: a check box in the title opens it.
    m_testerBox->setObjectName(QStringLiteral("pacTesterBox"));
    m_testerBox->setCheckable(true);
    m_testerBox->setChecked(false);
    m_testerBox->setAccessibleName(tr("Test the PAC script"));
    auto testerLayout = new QVBoxLayout(m_testerBox);
    testerLayout->addWidget(m_tester);
    m_tester->setVisible(false);
    connect(m_testerBox, &QGroupBox::toggled, m_tester, &QWidget::setVisible);

    auto title = new QLabel(tr("<h2>Global proxy</h2>"), this);
    auto intro = new QLabel(tr("The outbound proxy this workstation uses. Passwords are kept only in the "
                               "OS keychain."), this);
    intro->setWordWrap(true);

    auto profileRow = new QHBoxLayout;
    auto profileLabel = new QLabel(tr("Pro&file:"), this);
    profileLabel->setBuddy(m_profiles);
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profiles, 1);
    for (QPushButton *button : {m_add, m_rename, m_duplicate, m_remove, m_activate})
        profileRow->addWidget(button);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(profileRow);
    layout->addWidget(m_activeNote);
    layout->addSpacing(8);
    layout->addWidget(m_form);
    layout->addWidget(m_testerBox);
    layout->addWidget(m_desktop);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profiles->itemData(index).toString();
        if (id == m_currentId)
            return;
        if (!confirmLeavingEdits()) {
            m_profiles->setCurrentIndex(m_profiles->findData(m_currentId));
            return;
        }
        showProfile(id);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (confirmLeavingEdits())
            askName(tr("Add profile"), QString(), &ProxyPage::addProfile);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const ProxyProfile *profile = m_settings.data().profileById(m_currentId);
        askName(tr("Rename profile"), profile ? profile->name : QString(), &ProxyPage::renameProfile);
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const ProxyProfile *profile = m_settings.data().profileById(m_currentId);
        if (profile && confirmLeavingEdits())
            askName(tr("Duplicate profile"), tr("%1 (copy)").arg(profile->name), &ProxyPage::duplicateProfile);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const ProxyProfile *profile = m_settings.data().profileById(m_currentId);
        if (profile
            && QMessageBox::question(this, tr("Delete profile"),
                                     tr("Delete the profile “%1” and its stored password?").arg(profile->name))
                   == QMessageBox::Yes)
            removeProfile();
    });
    connect(m_activate, &QPushButton::clicked, this, &ProxyPage::activateProfile);
    connect(m_import, &QPushButton::clicked, this, &ProxyPage::importFromEnvironment);
    connect(m_revert, &QPushButton::clicked, this, &ProxyPage::revert);
    connect(m_save, &QPushButton::clicked, this, &ProxyPage::save);
    connect(m_form, &ProxyForm::edited, this, &ProxyPage::updateButtons);
    connect(m_form, &ProxyForm::removePasswordRequested, this, &ProxyPage::removeStoredPassword);
    connect(m_form, &ProxyForm::noteRaised, this, [this](const QString &text) {
        m_banner->showMessage(MessageBanner::Kind::Information, text);
    });
    connect(m_form, &ProxyForm::pacLocationChanged, m_tester, &PacTester::setProfileLocation);
    connect(m_desktop, &DesktopSettingsBar::message, m_banner, qOverload<MessageBanner::Kind, const QString &>(&MessageBanner::showMessage));
    connect(m_desktop, &DesktopSettingsBar::desktopRead, this, &ProxyPage::importFromDesktop);
    connect(&m_settings, &Settings::saveFinished, this, &ProxyPage::finishSave);
    connect(&m_secrets, &SecretStore::stateChanged, this, [this](SecretStore::State state) {
        if (state == SecretStore::State::Unavailable)
            m_banner->showMessage(MessageBanner::Kind::Warning, m_secrets.unavailableReason());
        refreshPasswordState();
    });

    if (const auto &problem = m_settings.loadReport().problem)
        m_banner->showMessage(MessageBanner::Kind::Error, problem->message);
    reloadProfiles(m_settings.data().activeProfileId);
    showProfile(m_settings.data().activeProfileId);
    m_tester->setProfileLocation(m_form->pacLocation());
}

bool ProxyPage::isDirty() const
{
    return m_form->isDirty() || m_hasPendingNoProxy;
}

QString ProxyPage::selectedProfileId() const
{
    return m_currentId;
}

bool ProxyPage::confirmLeavingEdits()
{
    if (!isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The profile has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        save();
        return m_form->profile().ok();
    }
    revert();
    return true;
}

void ProxyPage::reloadProfiles(const QString &selectId)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    for (const ProxyProfile &profile : m_settings.data().profiles) {
        const bool active = profile.id == m_settings.data().activeProfileId;
        m_profiles->addItem(active ? tr("%1 (active)").arg(profile.name) : profile.name, profile.id);
    }
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findData(selectId)));
    updateButtons();
}

void ProxyPage::showProfile(const QString &id)
{
    const ProxyProfile *profile = m_settings.data().profileById(id);
    if (!profile)
        return;
    m_currentId = id;
    m_hasPendingNoProxy = false;
    m_form->cancelDiscovery(); // what it finds belongs to the profile it was started for
    m_profiles->setCurrentIndex(m_profiles->findData(id));
    m_form->setProfile(*profile);
    refreshPasswordState();
    updateButtons();
}

void ProxyPage::refreshPasswordState()
{
    const ProxyProfile *profile = m_settings.data().profileById(m_currentId);
    if (!profile)
        return;
    if (!profile->hasStoredPassword()) {
        if (m_secrets.state() == SecretStore::State::Unavailable)
            m_form->setPasswordState(tr("Keychain unavailable: a password cannot be stored."), true, false);
        else
            m_form->setPasswordState(tr("Not stored."), false, false);
        return;
    }
    m_form->setPasswordState(tr("Checking the keychain…"), false, false);
    const QString id = profile->id;
    m_secrets.read(profile->secretKey(), this, [this, id](const SecretOutcome &outcome) {
        if (id != m_currentId)
            return;
        switch (outcome.status) {
        case SecretOutcome::Status::Ok:
            m_form->setPasswordState(tr("Stored in keychain (service “%1”).").arg(m_secrets.service()), false, true);
            break;
        case SecretOutcome::Status::NotFound:
            m_form->setPasswordState(tr("Not found in the keychain any more; type it again."), true, true);
            break;
        case SecretOutcome::Status::Unavailable:
            m_form->setPasswordState(tr("Keychain unavailable: %1").arg(outcome.message), true, false);
            break;
        case SecretOutcome::Status::Denied:
        case SecretOutcome::Status::Failed:
            m_form->setPasswordState(outcome.message, true, false);
            break;
        }
    });
}

void ProxyPage::updateButtons()
{
    const bool dirty = isDirty();
    const bool several = m_settings.data().profiles.size() > 1;
    const bool active = m_currentId == m_settings.data().activeProfileId;
    m_save->setEnabled(dirty && !m_saving);
    m_revert->setEnabled(dirty && !m_saving);
    m_remove->setEnabled(several && !m_saving);
    m_activate->setEnabled(!active && !m_saving);
    m_activeNote->setText(active ? tr("This profile is active: exports and the engine use it.")
                                 : tr("This profile is not active."));
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

bool ProxyPage::addProfile(const QString &name)
{
    return openCreatedProfile(m_settings.addProfile(name));
}

bool ProxyPage::openCreatedProfile(const Result<QString> &created)
{
    if (!created) {
        m_banner->showMessage(MessageBanner::Kind::Error, created.error().message);
        return false;
    }
    reloadProfiles(created.value());
    showProfile(created.value());
    persist();
    return true;
}

bool ProxyPage::renameProfile(const QString &name)
{
    const Result<void> renamed = m_settings.renameProfile(m_currentId, name);
    if (!renamed) {
        m_banner->showMessage(MessageBanner::Kind::Error, renamed.error().message);
        return false;
    }
    reloadProfiles(m_currentId);
    persist();
    return true;
}

bool ProxyPage::duplicateProfile(const QString &name)
{
    return openCreatedProfile(m_settings.duplicateProfile(m_currentId, name));
}

bool ProxyPage::removeProfile()
{
    const ProxyProfile *profile = m_settings.data().profileById(m_currentId);
    if (!profile)
        return false;
    const ProxyProfile removed = *profile;
    const Result<void> done = m_settings.removeProfile(removed.id);
    if (!done) {
        m_banner->showMessage(MessageBanner::Kind::Error, done.error().message);
        return false;
    }
    if (removed.hasStoredPassword()) {
        m_secrets.remove(removed.secretKey(), this, [this](const SecretOutcome &outcome) {
            if (!outcome.ok() && outcome.status != SecretOutcome::Status::NotFound)
                reportKeychain(outcome, tr("The profile was deleted but its password stays in the keychain"));
        });
    }
    reloadProfiles(m_settings.data().activeProfileId);
    showProfile(m_settings.data().activeProfileId);
    persist();
    return true;
}

void ProxyPage::activateProfile()
{
    if (m_settings.setActiveProfile(m_currentId)) {
        reloadProfiles(m_currentId);
        persist();
    }
}

bool ProxyPage::offerEnvironmentImport(const QProcessEnvironment &environment)
{
    const auto found = EnvironmentImport::read(environment);
    if (!found)
        return false;
    const EnvironmentProxy &proxy = found.value();
    const ProxyProfile current = m_form->baseline();
    if (proxy.appliedTo(current) == current)
        return false;
    // Named without the password: the banner is on screen and in screenshots.
    QString shown = proxy.proxy.scheme + QStringLiteral("://");
    if (!proxy.proxy.username.isEmpty())
        shown += proxy.proxy.username + (proxy.proxy.password.isEmpty() ? QStringLiteral("@") : QStringLiteral(":***@"));
    shown += hostPort(proxy.proxy.host, proxy.proxy.port);
    QString text = tr("This environment sets %1=%2. Import it into the profile “%3”?")
                       .arg(proxy.sourceVariable, shown, current.name);
    if (!proxy.noProxy.isEmpty())
        text += u'\n' + tr("NO_PROXY: %1").arg(proxy.noProxy.join(u','));
    // No accelerator: every letter of it already has one on this page (Alt+Y applies to the desktop).
    m_banner->showMessage(MessageBanner::Kind::Information, text, tr("Yes, import"),
                          [this, environment] { importFrom(environment); });
    return true;
}

void ProxyPage::importFromEnvironment()
{
    importFrom(QProcessEnvironment::systemEnvironment());
}

void ProxyPage::importFrom(const QProcessEnvironment &variables)
{
    auto imported = EnvironmentImport::read(variables);
    if (!imported) {
        m_banner->showMessage(MessageBanner::Kind::Error, imported.error().message);
        return;
    }
    const EnvironmentProxy &environment = imported.value();
    m_form->applyUrlParts(environment.proxy);
    QStringList lines{tr("Imported %1. Review the fields and save.").arg(environment.sourceVariable)};
    if (!environment.noProxy.isEmpty()) {
        m_pendingNoProxy = environment.noProxy;
        m_hasPendingNoProxy = true;
        lines.append(tr("NO_PROXY (saved with the profile): %1").arg(environment.noProxy.join(u',')));
    }
    lines.append(environment.notes);
    m_banner->showMessage(MessageBanner::Kind::Information, lines.join(u'\n'));
    updateButtons();
}

void ProxyPage::importFromDesktop(const DesktopSnapshot &snapshot)
{
    const DesktopProxy &desktop = snapshot.proxy;
    QStringList notes = snapshot.notes;
    // appliedTo keeps id, name and the keychain reference of the profile on the form.
    auto applied = desktop.appliedTo(m_form->baseline(), &notes);
    if (!applied) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The desktop's proxy settings were not imported: %1").arg(applied.error().message));
        return;
    }
    m_form->applyProfileFields(applied.value());
    QStringList lines{tr("Imported the desktop's proxy settings (%1). Review the fields and save.")
                          .arg(DesktopProxy::modeName(desktop.mode))};
    const QStringList noProxy = desktop.noProxy(&notes);
    lines.append(notes);
    m_banner->showMessage(MessageBanner::Kind::Information, lines.join(u'\n'));
    updateButtons();

    const QStringList current = m_hasPendingNoProxy ? m_pendingNoProxy : m_settings.data().noProxy;
    if (noProxy == current)
        return;
    const auto none = tr("(empty)");
    auto box = new QMessageBox(QMessageBox::Question, tr("Replace NO_PROXY"),
                               tr("Replace the NO_PROXY list with the desktop's? It applies to every profile."),
                               QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("desktopNoProxy"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Now: %1\nThe desktop's: %2")
                                .arg(current.isEmpty() ? none : current.join(u','),
                                     noProxy.isEmpty() ? none : noProxy.join(u',')));
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, noProxy, lines](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        m_pendingNoProxy = noProxy;
        m_hasPendingNoProxy = true;
        QStringList withNoProxy = lines;
        withNoProxy.insert(1, tr("NO_PROXY (saved with the profile): %1").arg(noProxy.join(u',')));
        m_banner->showMessage(MessageBanner::Kind::Information, withNoProxy.join(u'\n'));
        updateButtons();
    });
    box->open();
}

void ProxyPage::save()
{
    const Result<ProxyProfile> edited = m_form->profile();
    if (!edited) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Not saved: %1").arg(edited.error().toString()));
        return;
    }
    const ProxyProfile *current = m_settings.data().profileById(m_currentId);
    if (!current)
        return;
    // Name and secret reference come from the model (a rename may have happened meanwhile).
    ProxyProfile merged = *current;
    merged.scheme = edited.value().scheme;
    merged.host = edited.value().host;
    merged.port = edited.value().port;
    merged.username = edited.value().username;
    merged.pacUrl = edited.value().pacUrl;
    if (const Result<void> updated = m_settings.updateProfile(merged); !updated) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Not saved: %1").arg(updated.error().message));
        return;
    }
    if (m_hasPendingNoProxy) {
        m_settings.setNoProxy(m_pendingNoProxy);
        m_hasPendingNoProxy = false;
    }

    m_savingFields = true;
    m_saving = true;
    updateButtons();
    const QString password = m_form->password();
    if (password.isEmpty()) {
        persist();
        return;
    }
    // The keychain first: the settings file only records a reference to a secret that exists.
    const QString id = merged.id;
    m_secrets.write(merged.secretKey(), password, this, [this, id](const SecretOutcome &outcome) {
        const ProxyProfile *profile = m_settings.data().profileById(id);
        if (outcome.ok() && profile) {
            ProxyProfile withSecret = *profile;
            withSecret.secretRef = m_secrets.referenceFor(profile->secretKey());
            (void)m_settings.updateProfile(withSecret);
            if (id == m_currentId)
                m_form->clearPassword();
        } else if (!outcome.ok()) {
            reportKeychain(outcome, tr("The password was not saved; the other settings were"));
        }
        persist();
    });
}

void ProxyPage::persist()
{
    m_saving = true;
    updateButtons();
    m_settings.saveAsync();
}

void ProxyPage::finishSave(bool ok, const QString &message)
{
    m_saving = false;
    const bool fieldsSaved = std::exchange(m_savingFields, false);
    if (!ok) {
        m_banner->showMessage(MessageBanner::Kind::Error, message);
        updateButtons();
        return;
    }
    const ProxyProfile *profile = m_settings.data().profileById(m_currentId);
    if (fieldsSaved && profile) {
        // A password the keychain refused stays in the field, so the user can retry.
        m_form->setProfile(*profile, true);
    }
    // Other pages save the same settings; only this page's password changes need a keychain look.
    if (fieldsSaved || std::exchange(m_passwordChanged, false))
        refreshPasswordState();
    updateButtons();
    Q_EMIT statusMessage(tr("Saved to %1").arg(m_settings.filePath()));
    Q_EMIT saved();
}

void ProxyPage::removeStoredPassword()
{
    const ProxyProfile *profile = m_settings.data().profileById(m_currentId);
    if (!profile)
        return;
    const QString id = profile->id;
    m_secrets.remove(profile->secretKey(), this, [this, id](const SecretOutcome &outcome) {
        if (!outcome.ok() && outcome.status != SecretOutcome::Status::NotFound) {
            reportKeychain(outcome, tr("The password could not be removed"));
            return;
        }
        if (const ProxyProfile *current = m_settings.data().profileById(id)) {
            ProxyProfile cleared = *current;
            cleared.secretRef.clear();
            (void)m_settings.updateProfile(cleared);
            m_passwordChanged = true;
            persist();
        }
    });
}

void ProxyPage::revert()
{
    m_hasPendingNoProxy = false;
    m_form->cancelDiscovery();
    if (const ProxyProfile *profile = m_settings.data().profileById(m_currentId))
        m_form->setProfile(*profile);
    updateButtons();
}

void ProxyPage::reportKeychain(const SecretOutcome &outcome, const QString &what)
{
    m_banner->showMessage(outcome.status == SecretOutcome::Status::Unavailable ? MessageBanner::Kind::Warning
                                                                               : MessageBanner::Kind::Error,
                          tr("%1: %2").arg(what, outcome.message));
}

void ProxyPage::askName(const QString &title, const QString &initial, bool (ProxyPage::*apply)(const QString &))
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, tr("Profile name:"), QLineEdit::Normal, initial, &ok);
    if (ok)
        (this->*apply)(name);
}
