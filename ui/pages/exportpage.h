#pragma once

#include <QThreadPool>
#include <QWidget>

class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SecretStore;
class Settings;

// F8: the settings in another tool's format. A live preview follows every settings change; copy,
// save as a file, or install ProxyDeck's block into a profile. The password is read from the
// keychain only while "Include the password" is checked, and files are written owner-only on a
// worker thread.
class ExportPage : public QWidget
{
    Q_OBJECT

public:
    ExportPage(Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~ExportPage() override;

    void selectFormat(const QString &id);
    QString preview() const;
    void setIncludeSecrets(bool include);
    // Each runs on the worker thread and ends with fileWritten().
    void saveTo(const QString &path);
    void installInto(const QString &path);

Q_SIGNALS:
    void fileWritten(const QString &path, bool ok, const QString &message);
    void previewUpdated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void refreshAnchors();
    void readPassword();
    void finishWrite(const QString &path, bool ok, const QString &message, const QStringList &warnings);
    QString defaultInstallPath() const;

    Settings &m_settings;
    SecretStore &m_secrets;
    MessageBanner *m_banner;
    QComboBox *m_format;
    QCheckBox *m_includeSecrets;
    QLabel *m_secretsWarning;
    QPlainTextEdit *m_preview;
    QLabel *m_notes;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_install;
    QString m_bundlePath;       // empty while no anchors exist
    QString m_password;         // only while m_includeSecrets is checked
    QString m_passwordProfileId;
    QThreadPool m_worker;       // one thread: writes land in order
};
