#include "rulespage.h"

#include "errortext.h"
#include "messagebanner.h"
#include "noproxyadvisor.h"
#include "readablecolor.h"
#include "routeresolver.h"
#include "settings.h"
#include "toolmodel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RulesPage::RulesPage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_banner(new MessageBanner(this))
    , m_entries(new QListWidget(this))
    , m_newEntry(new QLineEdit(this))
    , m_entryError(wrappingLabel(this, QStringLiteral("entryError")))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_warnings(wrappingLabel(this, QStringLiteral("entryWarnings")))
    , m_exported(wrappingLabel(this, QStringLiteral("exportedNoProxy")))
    , m_url(new QLineEdit(this))
    , m_route(wrappingLabel(this, QStringLiteral("explainedRoute")))
    , m_tools(new QTableWidget(0, 3, this))
    , m_java(wrappingLabel(this, QStringLiteral("javaNonProxyHosts")))
{
    m_entries->setObjectName(QStringLiteral("entries"));
    m_newEntry->setObjectName(QStringLiteral("newEntry"));
    m_url->setObjectName(QStringLiteral("explainUrl"));
    m_tools->setObjectName(QStringLiteral("toolDecisions"));
    m_entries->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entries->setAccessibleName(tr("NO_PROXY entries"));
    m_entries->setIconSize(QSize(16, 16));
    m_newEntry->setPlaceholderText(tr("localhost, .corp.example, 10.0.0.0/8, [fd00::1]:8080 …"));
    m_newEntry->setAccessibleName(tr("New NO_PROXY entries"));
    m_url->setPlaceholderText(tr("Type a URL to see who goes direct: https://api.corp.example/v1"));
    m_url->setAccessibleName(tr("URL to explain"));
    ErrorText::apply(m_entryError);
    m_tools->setHorizontalHeaderLabels({tr("Tool"), tr("Goes"), tr("Why")});
    m_tools->horizontalHeader()->setStretchLastSection(true);
    m_tools->verticalHeader()->hide();
    m_tools->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tools->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_tools->setAccessibleName(tr("How each tool reaches the URL"));

    auto addRow = new QHBoxLayout;
    addRow->addWidget(m_newEntry, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    auto rules = new QGroupBox(tr("NO_PROXY rules"), this);
    auto rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addWidget(m_entries, 1);
    rulesLayout->addLayout(addRow);
    rulesLayout->addWidget(m_entryError);
    rulesLayout->addWidget(m_warnings);
    rulesLayout->addWidget(m_exported);

    auto explainer = new QGroupBox(tr("Who goes direct?"), this);
    auto explainerLayout = new QVBoxLayout(explainer);
    explainerLayout->addWidget(m_url);
    explainerLayout->addWidget(m_route);
    explainerLayout->addWidget(m_tools, 1);
    explainerLayout->addWidget(m_java);

    auto columns = new QHBoxLayout;
    columns->addWidget(rules, 1);
    columns->addWidget(explainer, 1);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Bypass rules</h2>"), this));
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addEntries(m_newEntry->text()))
            m_newEntry->clear();
    });
    connect(m_newEntry, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_newEntry, &QLineEdit::textChanged, this, [this](const QString &text) {
        const NoProxyParse parsed = NoProxyList::parse(text);
        m_entryError->setText(parsed.errors.isEmpty() ? QString() : parsed.errors.constFirst().toString());
    });
    connect(m_remove, &QPushButton::clicked, this, &RulesPage::removeSelected);
    connect(m_entries, &QListWidget::itemSelectionChanged, this, &RulesPage::showWarnings);
    connect(m_url, &QLineEdit::textChanged, this, &RulesPage::explain);
    connect(&m_settings, &Settings::changed, this, &RulesPage::reloadEntries);
    connect(&m_settings, &Settings::saveFinished, this, [this](bool ok, const QString &message) {
        if (!ok)
            m_banner->showMessage(MessageBanner::Kind::Error, message);
    });
    reloadEntries();
}

void RulesPage::reloadEntries()
{
    const RouteResolver resolver(m_settings.data());
    m_entries->clear();
    const QColor base = m_entries->palette().color(QPalette::Base);
    for (const RouteResolver::Rule &rule : resolver.rules()) {
        auto item = new QListWidgetItem(rule.origin.isEmpty() ? rule.entry.text
                                                              : tr("%1  (from %2)").arg(rule.entry.text, rule.origin),
                                        m_entries);
        item->setData(Qt::UserRole, rule.entry.text);
        item->setData(Qt::UserRole + 1, rule.origin.isEmpty());
        if (!rule.origin.isEmpty())
            item->setForeground(ReadableColor::on(base, m_entries->palette().color(QPalette::PlaceholderText)));
        if (!NoProxyAdvisor::differences(rule.entry).isEmpty()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(NoProxyAdvisor::warnings(rule.entry).join(u'\n'));
        }
    }
    // Entries stored but not understood (a hand-edited file) are shown, not dropped.
    for (const Error &error : NoProxyList::parse(m_settings.data().noProxy).errors) {
        auto item = new QListWidgetItem(m_settings.data().noProxy.value(error.position), m_entries);
        item->setData(Qt::UserRole, item->text());
        item->setData(Qt::UserRole + 1, true);
        item->setForeground(ReadableColor::on(base, QColor(0xc0, 0x20, 0x20)));
        item->setToolTip(error.message);
    }
    const QStringList exported = resolver.effectiveNoProxy();
    m_exported->setText(tr("Exported NO_PROXY: %1").arg(exported.isEmpty() ? tr("(empty)") : exported.join(u',')));
    m_remove->setEnabled(false);
    showWarnings();
    explain(m_url->text());
}

bool RulesPage::addEntries(const QString &text)
{
    const NoProxyParse parsed = NoProxyList::parse(text);
    if (!parsed.errors.isEmpty()) {
        m_entryError->setText(parsed.errors.constFirst().toString());
        return false;
    }
    QStringList entries = m_settings.data().noProxy;
    QStringList warnings;
    for (const NoProxyEntry &entry : parsed.entries) {
        if (entries.contains(entry.text, Qt::CaseInsensitive))
            continue;
        entries.append(entry.text);
        warnings += NoProxyAdvisor::warnings(entry);
    }
    m_settings.setNoProxy(entries);
    m_settings.saveAsync();
    m_entryError->clear();
    if (warnings.isEmpty())
        m_banner->clear();
    else
        m_banner->showMessage(MessageBanner::Kind::Warning, warnings.join(u'\n'));
    return true;
}

void RulesPage::removeSelected()
{
    QStringList entries = m_settings.data().noProxy;
    const QList<QListWidgetItem *> selected = m_entries->selectedItems();
    for (const QListWidgetItem *item : selected) {
        if (item->data(Qt::UserRole + 1).toBool())
            entries.removeAll(item->data(Qt::UserRole).toString());
    }
    m_settings.setNoProxy(entries);
    m_settings.saveAsync();
}

void RulesPage::showWarnings()
{
    QStringList lines;
    bool removable = false;
    const QList<QListWidgetItem *> selected = m_entries->selectedItems();
    for (const QListWidgetItem *item : selected) {
        removable = removable || item->data(Qt::UserRole + 1).toBool();
        if (!item->toolTip().isEmpty())
            lines.append(item->toolTip());
    }
    m_remove->setEnabled(removable);
    m_warnings->setText(lines.join(u'\n'));
}

void RulesPage::explain(const QString &url)
{
    m_tools->setRowCount(0);
    m_java->clear();
    if (url.trimmed().isEmpty()) {
        m_route->clear();
        return;
    }
    auto target = RouteTarget::parse(url);
    if (!target) {
        m_route->setText(target.error().message);
        return;
    }
    const RouteResolver resolver(m_settings.data());
    const Route route = resolver.route(target.value());
    m_route->setText(tr("<b>ProxyDeck: %1.</b> %2").arg(Route::kindLabel(route.kind), route.reason.toHtmlEscaped()));
    if (!resolver.usesProxy())
        return;
    const QString exported = resolver.effectiveNoProxy().join(u',');
    for (const ToolInfo &tool : ToolModel::tools()) {
        const ToolDecision decision = ToolModel::decideNoProxy(tool.tool, exported, target.value());
        const int row = m_tools->rowCount();
        m_tools->insertRow(row);
        auto name = new QTableWidgetItem(tool.name);
        name->setToolTip(tr("Modelled on %1; reads %2").arg(tool.modelled, tool.reads));
        auto goes = new QTableWidgetItem(decision.direct ? tr("direct") : tr("via proxy"));
        if (decision.direct == route.proxied()) {
            goes->setForeground(QColor(0xc6, 0x28, 0x28));
            goes->setToolTip(tr("Differs from ProxyDeck's own decision"));
        }
        m_tools->setItem(row, 0, name);
        m_tools->setItem(row, 1, goes);
        m_tools->setItem(row, 2, new QTableWidgetItem(decision.reason));
    }
    QStringList warnings;
    const QString java = ToolModel::javaNonProxyHosts(NoProxyList::parse(exported).entries, &warnings);
    m_java->setText(tr("Java: -Dhttp.nonProxyHosts=\"%1\"").arg(java) + (warnings.isEmpty() ? QString() : u'\n' + warnings.join(u'\n')));
}
