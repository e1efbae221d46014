#pragma once

#include <QThreadPool>
#include <QWidget>

class AnchorStore;
class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

// F4: the CA certificates trusted on top of the system's. Imports (files, dropped files, pasted
// PEM) run on a worker thread; the page lists the anchors with their state, shows details,
// removes, exports the combined bundle and gives the trust-store commands.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatesPage(const QString &configDirectory, QWidget *parent = nullptr);
    ~CertificatesPage() override;

    void importFiles(const QStringList &paths);
    void importText(const QByteArray &text);
    void removeSelected();
    void exportBundle(const QString &target);
    QString lastSummary() const;
    // Lists the anchors again: after another page (Diagnostics) added one.
    void reload();

Q_SIGNALS:
    void importFinished(const QString &summary);

private:
    struct Outcome;
    void runImport(std::function<QList<std::pair<QString, QByteArray>>()> read);
    void finishImport(const Outcome &outcome);
    void showDetails();
    void updateCommands();

    QString m_configDirectory;
    std::unique_ptr<AnchorStore> m_store;
    MessageBanner *m_banner;
    QTableWidget *m_list;
    QTextBrowser *m_details;
    QComboBox *m_system;
    QTextBrowser *m_commands;
    QPushButton *m_remove;
    QLabel *m_bundle;
    QThreadPool m_worker; // one thread: imports land in order
};
