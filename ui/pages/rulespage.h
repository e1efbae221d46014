#pragma once

#include <QWidget>

class MessageBanner;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class Settings;

// F3: the NO_PROXY rules, checked as they are typed, with the tools that read each entry
// differently, and an explainer: for a URL, ProxyDeck's route and every tool's decision.
class RulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RulesPage(Settings &settings, QWidget *parent = nullptr);

    // Adds the entries of `text` (comma or space separated). Invalid ones are reported and
    // nothing is added, so a typo never half-applies.
    bool addEntries(const QString &text);
    void removeSelected();
    void explain(const QString &url);

private:
    void reloadEntries();
    void showWarnings();

    Settings &m_settings;
    MessageBanner *m_banner;
    QListWidget *m_entries;
    QLineEdit *m_newEntry;
    QLabel *m_entryError;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_warnings;
    QLabel *m_exported;
    QLineEdit *m_url;
    QLabel *m_route;
    QTableWidget *m_tools;
    QLabel *m_java;
};
