#include "connectiondialog.h"

#include "connectionkind.h"
#include "errortext.h"
#include "routetarget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_endpoint(new QLineEdit(this))
    , m_useProxy(new QCheckBox(tr("&Use global proxy"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connection"));
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_kind->setObjectName(QStringLiteral("connectionKind"));
    m_endpoint->setObjectName(QStringLiteral("connectionEndpoint"));
    m_useProxy->setObjectName(QStringLiteral("connectionUseProxy"));
    m_error->setObjectName(QStringLiteral("connectionError"));
    m_note->setWordWrap(true);
    m_error->setWordWrap(true);
    ErrorText::apply(m_error);
    m_endpoint->setPlaceholderText(tr("https://host/path or host:port"));
    m_useProxy->setChecked(true);
    for (const ConnectionKind &kind : ConnectionKind::catalogue())
        m_kind->addItem(kind.name(), kind.id);

    auto form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_note);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(QString(), m_useProxy);
    form->addRow(m_error);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_endpoint, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::validate);
    validate();
}

void ConnectionDialog::setConnection(const Connection &connection)
{
    m_original = connection;
    m_name->setText(connection.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(connection.kind)));
    m_endpoint->setText(connection.endpoint);
    m_useProxy->setChecked(connection.useProxy);
    validate();
}

Connection ConnectionDialog::connection() const
{
    Connection result = m_original;
    result.name = m_name->text().trimmed();
    result.kind = m_kind->currentData().toString();
    result.endpoint = m_endpoint->text().trimmed();
    result.useProxy = m_useProxy->isChecked();
    return result;
}

void ConnectionDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void ConnectionDialog::validate()
{
    const ConnectionKind *kind = ConnectionKind::find(m_kind->currentData().toString());
    m_note->setText(kind ? kind->note() : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    // Raw TCP kinds never use the proxy: the toggle would only mislead.
    m_useProxy->setEnabled(kind && !kind->rawTcp && !kind->unsupported());
    QString error;
    if (m_name->text().trimmed().isEmpty())
        error = tr("A connection needs a name.");
    else if (m_endpoint->text().trimmed().isEmpty())
        error = tr("Enter the endpoint: a URL or host:port.");
    else if (auto target = RouteTarget::parse(m_endpoint->text(), kind ? kind->defaultScheme : QStringLiteral("https")); !target)
        error = target.error().message;
    m_error->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}
