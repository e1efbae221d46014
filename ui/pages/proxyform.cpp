#include "proxyform.h"

#include "errortext.h"
#include "wpaddiscovery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QThread>
#include <QUrl>

#include <utility>

namespace {

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    ErrorText::apply(label);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ProxyForm::ProxyForm(QWidget *parent)
    : QWidget(parent)
    , m_useProxy(new QCheckBox(tr("Connect through a proxy"), this))
    , m_automatic(new QCheckBox(tr("Automatic: a PAC script names the proxy for each URL"), this))
    , m_pacUrl(new QLineEdit(this))
    , m_pacError(errorLabel(this, QStringLiteral("pacError")))
    , m_discover(new QPushButton(tr("Disco&ver (WPAD)"), this))
    , m_discovery(new QLabel(this))
    , m_scheme(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_hostError(errorLabel(this, QStringLiteral("hostError")))
    , m_port(new QLineEdit(this))
    , m_portError(errorLabel(this, QStringLiteral("portError")))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordState(new QLabel(this))
    , m_removePassword(new QPushButton(tr("Remove stored password"), this))
{
    m_useProxy->setObjectName(QStringLiteral("useProxy"));
    m_automatic->setObjectName(QStringLiteral("automatic"));
    m_pacUrl->setObjectName(QStringLiteral("pacUrl"));
    m_pacUrl->setPlaceholderText(tr("http://wpad.corp.example/wpad.dat or /etc/proxy.pac"));
    m_pacUrl->setClearButtonEnabled(true);
    m_automatic->setAccessibleName(tr("Automatic proxy configuration"));
    m_pacUrl->setAccessibleName(tr("PAC script URL or file"));
    m_discover->setObjectName(QStringLiteral("discoverPac"));
    m_discover->setAccessibleName(tr("Discover the PAC script with WPAD"));
    m_discover->setToolTip(tr("Look for this network's PAC script: DHCP option 252 first (lease files, "
                              "NetworkManager), then http://wpad.<domain>/wpad.dat for the DNS domains."));
    m_discovery->setObjectName(QStringLiteral("pacDiscovery"));
    m_discovery->setAccessibleName(tr("WPAD discovery progress"));
    m_discovery->setWordWrap(true);
    m_discovery->setTextFormat(Qt::PlainText);
    m_discovery->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_discovery->hide();
    m_scheme->setObjectName(QStringLiteral("scheme"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_user->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordState->setObjectName(QStringLiteral("passwordState"));
    m_removePassword->setObjectName(QStringLiteral("removePassword"));

    m_scheme->addItem(tr("HTTP"), QStringLiteral("http"));
    m_scheme->addItem(tr("HTTPS (TLS to the proxy)"), QStringLiteral("https"));
    m_host->setPlaceholderText(tr("proxy.example.com, 10.0.0.1, [2001:db8::1] or a whole URL"));
    m_host->setClearButtonEnabled(true);
    m_port->setPlaceholderText(tr("3128"));
    m_port->setMaxLength(5);
    m_user->setPlaceholderText(tr("optional"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_passwordState->setWordWrap(true);
    m_passwordState->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_useProxy->setAccessibleName(tr("Connect through a proxy"));
    m_scheme->setAccessibleName(tr("Proxy scheme"));
    m_host->setAccessibleName(tr("Proxy host"));
    m_port->setAccessibleName(tr("Proxy port"));
    m_user->setAccessibleName(tr("Proxy user name"));
    m_password->setAccessibleName(tr("Proxy password"));

    auto hostColumn = new QVBoxLayout;
    hostColumn->setContentsMargins(0, 0, 0, 0);
    hostColumn->addWidget(m_host);
    hostColumn->addWidget(m_hostError);
    auto portColumn = new QVBoxLayout;
    portColumn->setContentsMargins(0, 0, 0, 0);
    portColumn->addWidget(m_port);
    portColumn->addWidget(m_portError);
    auto passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordState, 1);
    passwordRow->addWidget(m_removePassword);

    auto form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_useProxy);
    form->addRow(m_automatic);
    auto pacColumn = new QVBoxLayout;
    pacColumn->setContentsMargins(0, 0, 0, 0);
    auto pacRow = new QHBoxLayout;
    pacRow->setContentsMargins(0, 0, 0, 0);
    pacRow->addWidget(m_pacUrl, 1);
    pacRow->addWidget(m_discover);
    pacColumn->addLayout(pacRow);
    pacColumn->addWidget(m_pacError);
    pacColumn->addWidget(m_discovery);
    auto pacLabel = new QLabel(tr("PA&C script:"), this);
    pacLabel->setBuddy(m_pacUrl);
    form->addRow(pacLabel, pacColumn);
    form->addRow(tr("Sch&eme:"), m_scheme);
    // Rows holding a layout get no buddy from QFormLayout; give the mnemonics their field.
    auto hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    auto portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    form->addRow(hostLabel, hostColumn);
    form->addRow(portLabel, portColumn);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), passwordRow);

    const auto changed = [this] {
        if (m_loading)
            return;
        validate();
        Q_EMIT edited();
    };
    connect(m_useProxy, &QCheckBox::toggled, this, [this, changed] {
        updateEnabled();
        changed();
    });
    connect(m_automatic, &QCheckBox::toggled, this, [this, changed] {
        updateEnabled();
        changed();
    });
    connect(m_pacUrl, &QLineEdit::textChanged, this, changed);
    connect(m_pacUrl, &QLineEdit::textChanged, this, &ProxyForm::pacLocationChanged);
    connect(m_discover, &QPushButton::clicked, this, [this] {
        if (isDiscovering())
            cancelDiscovery();
        else
            discoverPac();
    });
    connect(m_scheme, &QComboBox::currentIndexChanged, this, changed);
    connect(m_host, &QLineEdit::textChanged, this, [this, changed] {
        splitHostIfUrl(false);
        changed();
    });
    connect(m_host, &QLineEdit::editingFinished, this, [this] { splitHostIfUrl(true); });
    connect(m_port, &QLineEdit::textChanged, this, changed);
    connect(m_user, &QLineEdit::textChanged, this, changed);
    connect(m_password, &QLineEdit::textChanged, this, changed);
    connect(m_removePassword, &QPushButton::clicked, this, &ProxyForm::removePasswordRequested);
    updateEnabled();
}

ProxyForm::~ProxyForm()
{
    stopDiscoveryThread();
}

void ProxyForm::fillFields(const ProxyProfile &profile)
{
    m_useProxy->setChecked(profile.usesProxy() || profile.isAutomatic());
    m_automatic->setChecked(profile.isAutomatic());
    m_pacUrl->setText(profile.isAutomatic() && QUrl(profile.pacUrl).isLocalFile() ? QUrl(profile.pacUrl).toLocalFile()
                                                                                  : profile.pacUrl);
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(profile.scheme)));
    m_host->setText(ProxyEndpoint::hostForUrl(profile.host));
    m_port->setText(profile.port ? QString::number(profile.port) : QString());
    m_user->setText(profile.username);
}

void ProxyForm::setProfile(const ProxyProfile &profile, bool keepPassword)
{
    m_loading = true;
    m_baseline = profile;
    fillFields(profile);
    if (!keepPassword)
        m_password->clear();
    m_password->setPlaceholderText(profile.hasStoredPassword() ? tr("stored in keychain; type to replace")
                                                                : tr("optional"));
    m_loading = false;
    updateEnabled();
    validate();
}

Result<ProxyProfile> ProxyForm::profile() const
{
    ProxyProfile result = m_baseline;
    result.username = m_user->text().trimmed();
    result.pacUrl.clear();
    if (!m_useProxy->isChecked()) {
        result.host.clear();
        result.port = 0;
        return result;
    }
    if (m_automatic->isChecked()) {
        auto location = ProxyProfile::normalizePacLocation(m_pacUrl->text());
        if (!location)
            return location.error();
        result.host.clear();
        result.port = 0;
        result.pacUrl = location.value();
        return result;
    }
    auto endpoint = ProxyEndpoint::parse(m_scheme->currentData().toString(), m_host->text(), m_port->text());
    if (!endpoint)
        return endpoint.error();
    result.scheme = endpoint.value().scheme;
    result.host = endpoint.value().host;
    result.port = endpoint.value().port;
    return result;
}

QString ProxyForm::password() const
{
    return m_password->text();
}

void ProxyForm::clearPassword()
{
    m_password->clear();
}

bool ProxyForm::isDirty() const
{
    if (!m_password->text().isEmpty())
        return true;
    const Result<ProxyProfile> current = profile();
    return !current || !(current.value() == m_baseline);
}

void ProxyForm::applyUrlParts(const ProxyUrlParts &parts)
{
    m_loading = true;
    m_useProxy->setChecked(true);
    m_automatic->setChecked(false);
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(parts.scheme)));
    m_host->setText(ProxyEndpoint::hostForUrl(parts.host));
    if (parts.port != 0)
        m_port->setText(QString::number(parts.port));
    if (!parts.username.isEmpty())
        m_user->setText(parts.username);
    if (!parts.password.isEmpty())
        m_password->setText(parts.password);
    m_loading = false;
    updateEnabled();
    validate();
    Q_EMIT edited();
}

void ProxyForm::applyProfileFields(const ProxyProfile &profile)
{
    m_loading = true;
    fillFields(profile);
    m_loading = false;
    updateEnabled();
    validate();
    Q_EMIT edited();
}

QString ProxyForm::pacLocation() const
{
    return m_pacUrl->text();
}

void ProxyForm::discoverPac()
{
    stopDiscoveryThread();
    const quint64 generation = ++m_wpadGeneration;
    m_wpadProgress = {tr("Looking for a PAC script (WPAD)…")};
    m_discovery->setText(m_wpadProgress.constFirst());
    ErrorText::apply(m_discovery, false);
    m_discovery->show();
    m_discover->setText(tr("Stop disco&very"));

    // WpadDiscovery is asynchronous, but start() reads lease files and resolv.conf, and each
    // answer is test-loaded as a PAC script (up to a second): it gets a thread and event loop of
    // its own. It must be created there (its network manager and timers are members, not
    // children, so moveToThread would leave them here); the anchor is the object it is created on.
    m_wpadThread = std::make_unique<QThread>();
    m_wpadThread->setObjectName(QStringLiteral("wpad-discovery"));
    m_wpadAnchor = new QObject;
    m_wpadAnchor->moveToThread(m_wpadThread.get());
    m_wpadThread->start();

    QPointer<ProxyForm> self(this);
    const WpadOptions options = WpadOptions::fromEnvironment(QProcessEnvironment::systemEnvironment());
    QObject *anchor = m_wpadAnchor;
    QMetaObject::invokeMethod(anchor, [anchor, self, generation, options] {
        auto discovery = new WpadDiscovery(options, anchor);
        // Plain values cross to the GUI thread, where `self` is looked at.
        QObject::connect(discovery, &WpadDiscovery::attemptFinished, anchor, [self, generation](const WpadAttempt &attempt) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, attempt] {
                if (self && generation == self->m_wpadGeneration)
                    self->discoveryAttempt(attempt);
            });
        });
        QObject::connect(discovery, &WpadDiscovery::finished, anchor, [self, generation](const WpadResult &result) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, result] {
                if (self && generation == self->m_wpadGeneration)
                    self->discoveryFinished(result);
            });
        });
        discovery->start();
    });
}

void ProxyForm::cancelDiscovery()
{
    if (!isDiscovering())
        return;
    stopDiscoveryThread();
    m_wpadProgress.append(tr("Stopped."));
    m_discovery->setText(m_wpadProgress.join(u'\n'));
}

void ProxyForm::stopDiscoveryThread()
{
    ++m_wpadGeneration;
    m_discover->setText(tr("Disco&ver (WPAD)"));
    if (!m_wpadThread)
        return;
    // Deleting the anchor deletes the discovery, which cancels its fetch and nmcli, in its own
    // thread. The wait is short: at most the PAC check under way (limited to a second).
    QObject *anchor = std::exchange(m_wpadAnchor, nullptr);
    QMetaObject::invokeMethod(anchor, [anchor] {
        delete anchor;
        QThread::currentThread()->quit();
    });
    m_wpadThread->wait();
    m_wpadThread.reset();
}

void ProxyForm::discoveryAttempt(const WpadAttempt &attempt)
{
    const QString url = attempt.candidate.url.toString();
    m_wpadProgress.append(attempt.reason.isEmpty() ? tr("%1: %2").arg(url, attempt.outcomeWord())
                                                   : tr("%1: %2 (%3)").arg(url, attempt.outcomeWord(), attempt.reason));
    m_discovery->setText(m_wpadProgress.join(u'\n'));
}

void ProxyForm::discoveryFinished(const WpadResult &result)
{
    stopDiscoveryThread();
    if (result.found) {
        m_loading = true;
        m_useProxy->setChecked(true);
        m_automatic->setChecked(true);
        m_pacUrl->setText(result.found->url.toString());
        m_loading = false;
        updateEnabled();
        validate();
        m_discovery->setText(tr("Found %1 (%2). Review the profile and save.")
                                 .arg(result.found->url.toString(), result.found->describe()));
        ErrorText::apply(m_discovery, false);
        Q_EMIT edited();
        return;
    }
    QStringList lines{tr("No PAC script was found.")};
    if (result.attempts.isEmpty()) {
        lines.append(tr("There was nothing to try: no DHCP option 252 and no DNS domain."));
    } else {
        lines.append(tr("Tried:"));
        for (const WpadAttempt &attempt : result.attempts) {
            lines.append(tr("• %1 (%2): %3")
                             .arg(attempt.candidate.url.toString(), attempt.candidate.describe(),
                                  attempt.reason.isEmpty() ? attempt.outcomeWord() : attempt.reason));
        }
    }
    lines.append(result.notes);
    m_discovery->setText(lines.join(u'\n'));
    ErrorText::apply(m_discovery, true);
}

void ProxyForm::setPasswordState(const QString &text, bool problem, bool canRemove)
{
    m_passwordState->setText(text);
    ErrorText::apply(m_passwordState, problem);
    m_removePassword->setVisible(canRemove);
}

void ProxyForm::validate()
{
    const bool automatic = m_automatic->isChecked();
    const auto pacResult = ProxyProfile::parsePacLocation(m_pacUrl->text());
    showError(m_pacError, !m_useProxy->isChecked() || !automatic || m_pacUrl->text().isEmpty() || pacResult
                              ? QString()
                              : pacResult.error().message);
    if (!m_useProxy->isChecked() || automatic) {
        showError(m_hostError, QString());
        showError(m_portError, QString());
        return;
    }
    // Say nothing about a field the user has not started yet, except through the Save button.
    const auto hostResult = ProxyEndpoint::parseHost(m_host->text());
    showError(m_hostError, m_host->text().isEmpty() || hostResult ? QString() : hostResult.error().toString());
    const auto portResult = ProxyEndpoint::parsePort(m_port->text());
    showError(m_portError, m_port->text().isEmpty() || portResult ? QString() : portResult.error().message);
}

void ProxyForm::splitHostIfUrl(bool finishedEditing)
{
    if (m_loading)
        return;
    const QString text = m_host->text().trimmed();
    const bool obviousUrl = text.contains(u"://") || text.contains(u'@');
    if (!(obviousUrl || (finishedEditing && ProxyUrlParts::looksLikeUrl(text))))
        return;
    auto parts = ProxyUrlParts::parse(text);
    if (!parts)
        return; // validate() shows why the host field is wrong
    applyUrlParts(parts.value());
    QString note = tr("The URL was split into scheme, host and port.");
    if (!parts.value().password.isEmpty())
        note += u' ' + tr("Its password was moved to the password field and will be stored in the keychain.");
    Q_EMIT noteRaised(note);
}

void ProxyForm::updateEnabled()
{
    const bool on = m_useProxy->isChecked();
    const bool automatic = m_automatic->isChecked();
    m_automatic->setEnabled(on);
    m_pacUrl->setEnabled(on && automatic);
    for (QWidget *field : {static_cast<QWidget *>(m_scheme), static_cast<QWidget *>(m_host),
                           static_cast<QWidget *>(m_port)})
        field->setEnabled(on && !automatic);
}
