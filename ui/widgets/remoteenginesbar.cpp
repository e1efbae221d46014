#include "remoteenginesbar.h"

#include "remoteengine.h"
#include "secretstore.h"
#include "settings.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>

RemoteEnginesBar::RemoteEnginesBar(Settings &settings, SecretStore &secrets, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_secrets(secrets), m_layout(new QHBoxLayout(this)), m_connect(new QToolButton(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_connect->setText(tr("Connect to engine…"));
    m_connect->setObjectName(QStringLiteral("connectEngine"));
    m_connect->setToolTip(tr("Watch the traffic of `proxydeck serve` on another host through its status socket."));
    m_layout->addWidget(m_connect);
    m_layout->addStretch(1);
    connect(m_connect, &QToolButton::clicked, this, [this] { showConnectDialog(); });
}

RemoteEnginesBar::~RemoteEnginesBar()
{
    for (const Entry &entry : m_entries)
        entry.engine->disconnect(this);
}

QList<RemoteEngine *> RemoteEnginesBar::engines() const
{
    QList<RemoteEngine *> list;
    for (const Entry &entry : m_entries)
        list.append(entry.engine);
    return list;
}

RemoteEngine *RemoteEnginesBar::engine(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.engine->name() == name)
            return entry.engine;
    }
    return nullptr;
}

std::pair<double, double> RemoteEnginesBar::rates() const
{
    double up = 0;
    double down = 0;
    for (const Entry &entry : m_entries) {
        if (!entry.engine->isConnected())
            continue;
        up += entry.engine->status().value(QStringLiteral("rate_up")).toDouble();
        down += entry.engine->status().value(QStringLiteral("rate_down")).toDouble();
    }
    return {up, down};
}

void RemoteEnginesBar::restore()
{
    for (const QString &text : m_settings.data().console.remoteEngines) {
        const auto url = StatusClient::parseUrl(text);
        if (!url) {
            Q_EMIT message(tr("Remembered engine %1 skipped: %2").arg(text, url.error().message));
            continue;
        }
        const QString name = StatusClient::engineName(url.value());
        QPointer<RemoteEnginesBar> self(this);
        m_secrets.read(tokenKey(name), this, [self, url = url.value(), name](const SecretOutcome &outcome) {
            if (!self || self->engine(name))
                return;
            if (!outcome.ok()) {
                Q_EMIT self->message(tr("Engine %1 needs its token again: %2").arg(name, outcome.message));
                return;
            }
            self->add(url, outcome.secret.toLatin1());
        });
    }
}

void RemoteEnginesBar::connectTo(const QUrl &url, const QByteArray &token, bool keep)
{
    const QString name = StatusClient::engineName(url);
    if (engine(name)) {
        drop(name); // a new token for a watched engine: its rows stay, its watcher starts over
    }
    add(url, token);
    if (!keep)
        return;
    remember(url, true);
    m_secrets.write(tokenKey(name), QString::fromLatin1(token), this, [this, name](const SecretOutcome &outcome) {
        if (!outcome.ok())
            Q_EMIT message(tr("The token of %1 is not remembered: %2").arg(name, outcome.message));
    });
}

void RemoteEnginesBar::disconnectFrom(const QString &name)
{
    const RemoteEngine *remote = engine(name);
    if (!remote)
        return;
    const QUrl url = remote->url();
    drop(name);
    remember(url, false);
    m_secrets.remove(tokenKey(name), this, [](const SecretOutcome &) {});
    Q_EMIT engineRemoved(name);
}

void RemoteEnginesBar::drop(const QString &name)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&name](const Entry &entry) { return entry.engine->name() == name; });
    if (it == m_entries.end())
        return;
    it->engine->disconnect(this);
    delete it->button;
    delete it->engine;
    m_entries.erase(it);
    Q_EMIT enginesChanged();
}

void RemoteEnginesBar::remember(const QUrl &url, bool keep)
{
    ConsoleSettings console = m_settings.data().console;
    const QString text = url.toString(QUrl::RemovePath);
    console.remoteEngines.removeAll(text);
    if (keep)
        console.remoteEngines.append(text);
    m_settings.setConsole(console);
    m_settings.saveAsync();
}

void RemoteEnginesBar::add(const QUrl &url, const QByteArray &token)
{
    Entry entry{new RemoteEngine(url, token, this), new QToolButton(this)};
    RemoteEngine *remote = entry.engine;
    QToolButton *button = entry.button;
    button->setObjectName(QStringLiteral("remoteEngine:") + remote->name());
    button->setPopupMode(QToolButton::InstantPopup);
    auto menu = new QMenu(button);
    menu->addAction(tr("Reconnect"), remote, [remote] {
        remote->close();
        remote->open();
    });
    const QString name = remote->name();
    menu->addAction(tr("Change token…"), this, [this, url] { showConnectDialog(url.toString(QUrl::RemovePath)); });
    menu->addAction(tr("Disconnect and forget"), this, [this, name] { disconnectFrom(name); });
    button->setMenu(menu);
    m_layout->insertWidget(m_layout->count() - 1, button);
    setTabOrder(m_entries.empty() ? m_connect : m_entries.back().button, button); // Tab as they are shown
    m_entries.push_back(entry);

    connect(remote, &RemoteEngine::stateChanged, this, [this, remote, button](StatusClient::State state) {
        updateButton(Entry{remote, button});
        if (state == StatusClient::State::Retrying || state == StatusClient::State::Failed)
            Q_EMIT engineLost(remote->name());
    });
    connect(remote, &RemoteEngine::snapshotReceived, this,
            [this, remote](const TunnelRecords &records) { Q_EMIT snapshotReceived(remote->name(), records); });
    connect(remote, &RemoteEngine::changesReceived, this, &RemoteEnginesBar::changesReceived);
    connect(remote, &RemoteEngine::statusReceived, this, [this, remote, button] {
        updateButton(Entry{remote, button});
        Q_EMIT statusReceived();
    });
    updateButton(entry);
    remote->open();
    Q_EMIT enginesChanged();
}

QString RemoteEnginesBar::stateText(const QString &name) const
{
    const RemoteEngine *remote = engine(name);
    if (!remote)
        return {};
    switch (remote->state()) {
    case StatusClient::State::Idle:
        return tr("%1: not connected").arg(name);
    case StatusClient::State::Connecting:
        return tr("%1: connecting…").arg(name);
    case StatusClient::State::Connected: {
        const QJsonObject tunnels = remote->status().value(QStringLiteral("tunnels")).toObject();
        return tr("%1: connected, %2 open").arg(name).arg(tunnels.value(QStringLiteral("active")).toInteger());
    }
    case StatusClient::State::Retrying:
        return tr("%1: lost (%2)").arg(name, remote->message());
    case StatusClient::State::Failed:
        return tr("%1: stopped (%2)").arg(name, remote->message());
    }
    return {};
}

void RemoteEnginesBar::updateButton(const Entry &entry)
{
    const QString name = entry.engine->name();
    const StatusClient::State state = entry.engine->state();
    const char *icon = "network-idle";
    if (state == StatusClient::State::Connected)
        icon = "network-transmit-receive";
    else if (state == StatusClient::State::Retrying || state == StatusClient::State::Failed)
        icon = "network-error";
    entry.button->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
    entry.button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const QString text = stateText(name);
    // The button says the state in a few words; the tooltip has the whole reason.
    entry.button->setText(state == StatusClient::State::Connected ? text
                          : state == StatusClient::State::Retrying ? tr("%1: lost, retrying").arg(name)
                          : state == StatusClient::State::Failed   ? tr("%1: stopped").arg(name)
                                                                   : text);
    entry.button->setToolTip(text);
    entry.button->setAccessibleName(text);
}

void RemoteEnginesBar::showConnectDialog(const QString &url)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Connect to engine"));
    auto address = new QLineEdit(url, &dialog);
    address->setPlaceholderText(QStringLiteral("ws://forwarder.example:3129"));
    address->setObjectName(QStringLiteral("engineUrl"));
    auto token = new QLineEdit(&dialog);
    token->setEchoMode(QLineEdit::Password);
    token->setObjectName(QStringLiteral("engineToken"));
    token->setPlaceholderText(tr("the output of `proxydeck status-token` on that host"));
    auto problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto form = new QFormLayout(&dialog);
    form->addRow(tr("Status socket:"), address);
    form->addRow(tr("Token:"), token);
    form->addRow(problem);
    form->addRow(buttons);
    const auto check = [&] {
        const auto parsed = StatusClient::parseUrl(address->text());
        const QByteArray value = token->text().trimmed().toLatin1();
        QString why;
        if (!parsed)
            why = parsed.error().message;
        else if (value.isEmpty())
            why = tr("The token is needed: the engine turns away whoever does not give it.");
        problem->setText(why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    connect(address, &QLineEdit::textChanged, &dialog, check);
    connect(token, &QLineEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto parsed = StatusClient::parseUrl(address->text());
    if (parsed)
        connectTo(parsed.value(), token->text().trimmed().toLatin1(), true);
}
