#include "proxyform.h"

#include "errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

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
    form->addRow(tr("&Scheme:"), m_scheme);
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

void ProxyForm::setProfile(const ProxyProfile &profile, bool keepPassword)
{
    m_loading = true;
    m_baseline = profile;
    m_useProxy->setChecked(profile.usesProxy());
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(profile.scheme)));
    m_host->setText(ProxyEndpoint::hostForUrl(profile.host));
    m_port->setText(profile.port ? QString::number(profile.port) : QString());
    m_user->setText(profile.username);
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
    if (!m_useProxy->isChecked()) {
        result.host.clear();
        result.port = 0;
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

void ProxyForm::setPasswordState(const QString &text, bool problem, bool canRemove)
{
    m_passwordState->setText(text);
    ErrorText::apply(m_passwordState, problem);
    m_removePassword->setVisible(canRemove);
}

void ProxyForm::validate()
{
    if (!m_useProxy->isChecked()) {
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
    for (QWidget *field : {static_cast<QWidget *>(m_scheme), static_cast<QWidget *>(m_host),
                           static_cast<QWidget *>(m_port)})
        field->setEnabled(on);
}
