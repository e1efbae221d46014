#include "exportpage.h"

#include "anchorstore.h"
#include "exporter.h"
#include "exportwriter.h"
#include "messagebanner.h"
#include "secretstore.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportPage::ExportPage(Settings &settings, SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_banner(new MessageBanner(this))
    , m_format(new QComboBox(this))
    , m_includeSecrets(new QCheckBox(tr("Include the &password"), this))
    , m_secretsWarning(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_notes(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("&Save as…"), this))
    , m_install(new QPushButton(tr("&Install into…"), this))
{
    m_worker.setMaxThreadCount(1);
    m_banner->setObjectName(QStringLiteral("exportBanner"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Export format"));
    for (const auto &exporter : Exporter::all())
        m_format->addItem(exporter->name(), exporter->id());
    m_includeSecrets->setObjectName(QStringLiteral("includeSecrets"));
    m_secretsWarning->setObjectName(QStringLiteral("secretsWarning"));
    m_secretsWarning->setWordWrap(true);
    m_secretsWarning->setText(tr("⚠ The preview, the clipboard and saved files now hold the proxy password. Files are "
                                 "written readable by you only; keep them out of version control and shared folders."));
    m_secretsWarning->hide();
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Export preview"));
    m_notes->setObjectName(QStringLiteral("exportNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_install->setObjectName(QStringLiteral("installExport"));
    m_install->setToolTip(tr("Put ProxyDeck's marked block into a shell profile or environment file, replacing the "
                             "previous block and keeping everything else; a backup is kept next to it."));

    auto top = new QHBoxLayout;
    auto formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    top->addWidget(formatLabel);
    top->addWidget(m_format, 1);
    top->addWidget(m_includeSecrets);
    auto buttons = new QHBoxLayout;
    for (QPushButton *button : {m_copy, m_save, m_install})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Export</h2>"), this));
    auto intro = new QLabel(tr("The active profile, the NO_PROXY in force (rules and bypassed connections) and your CA "
                               "anchors, in the form another tool reads."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_secretsWarning);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportPage::render);
    connect(&m_settings, &Settings::changed, this, [this] {
        // Another profile became active: its password is not the one we hold.
        const ProxyProfile *active = m_settings.data().activeProfile();
        if (m_includeSecrets->isChecked() && (!active || active->id != m_passwordProfileId))
            readPassword();
        render();
    });
    connect(m_includeSecrets, &QCheckBox::toggled, this, [this](bool on) {
        m_secretsWarning->setVisible(on);
        if (on) {
            readPassword();
        } else {
            m_password.clear();
            m_passwordProfileId.clear();
        }
        render();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_preview->toPlainText());
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Copied to the clipboard."));
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const auto exporter = Exporter::find(m_format->currentData().toString());
        const QString path = QFileDialog::getSaveFileName(this, tr("Save export"),
                                                          QDir::home().filePath(exporter ? exporter->fileName() : QString()));
        if (!path.isEmpty())
            saveTo(path);
    });
    connect(m_install, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Install into"), defaultInstallPath(), QString(), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            installInto(path);
    });
    refreshAnchors();
    render();
}

ExportPage::~ExportPage()
{
    m_worker.waitForDone();
}

void ExportPage::selectFormat(const QString &id)
{
    if (const int index = m_format->findData(id); index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportPage::preview() const
{
    return m_preview->toPlainText();
}

void ExportPage::setIncludeSecrets(bool include)
{
    m_includeSecrets->setChecked(include);
}

void ExportPage::showEvent(QShowEvent *event)
{
    // Anchors may have been imported on the Certificates page since.
    refreshAnchors();
    QWidget::showEvent(event);
}

void ExportPage::refreshAnchors()
{
    const QString directory = QFileInfo(m_settings.filePath()).absolutePath();
    QPointer<ExportPage> self(this);
    m_worker.start([self, directory] {
        const AnchorStore store(directory);
        const QString bundle = store.list().isEmpty() ? QString() : store.bundlePath();
        QMetaObject::invokeMethod(qApp, [self, bundle] {
            if (self && self->m_bundlePath != bundle) {
                self->m_bundlePath = bundle;
                self->render();
            }
        });
    });
}

void ExportPage::readPassword()
{
    m_password.clear();
    m_passwordProfileId.clear();
    const ProxyProfile *active = m_settings.data().activeProfile();
    if (!active || !active->hasStoredPassword())
        return;
    const QString id = active->id;
    m_secrets.read(active->secretKey(), this, [this, id](const SecretOutcome &outcome) {
        const ProxyProfile *current = m_settings.data().activeProfile();
        if (!m_includeSecrets->isChecked() || !current || current->id != id)
            return;
        if (!outcome.ok()) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("The password could not be read from the keychain: %1").arg(outcome.message));
            m_includeSecrets->setChecked(false);
            return;
        }
        m_password = outcome.secret;
        m_passwordProfileId = id;
        render();
    });
}

void ExportPage::render()
{
    const auto exporter = Exporter::find(m_format->currentData().toString());
    if (!exporter)
        return;
    ExportInput input = ExportInput::fromSettings(m_settings.data(), m_bundlePath);
    if (m_includeSecrets->isChecked() && !m_password.isEmpty() && input.profile.id == m_passwordProfileId) {
        input.includeSecrets = true;
        input.password = m_password;
    }
    m_preview->setPlainText(QString::fromUtf8(exporter->render(input)));
    QStringList notes = exporter->notes(input);
    if (input.profile.hasStoredPassword() && !input.includeSecrets && !m_includeSecrets->isChecked())
        notes.prepend(tr("The password is not included; check “Include the password” to put it in."));
    m_notes->setText(notes.join(QStringLiteral("\n")));
    m_notes->setVisible(!notes.isEmpty());
    m_install->setEnabled(exporter->installable());
    Q_EMIT previewUpdated();
}

QString ExportPage::defaultInstallPath() const
{
    const QString id = m_format->currentData().toString();
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (id == u"fish")
        return config + QStringLiteral("/fish/conf.d/proxydeck.fish");
    if (id == u"systemd-env")
        return config + QStringLiteral("/environment.d/50-proxydeck.conf");
    if (id == u"powershell")
        return config + QStringLiteral("/powershell/Microsoft.PowerShell_profile.ps1");
    if (id == u"env")
        return QDir::current().filePath(QStringLiteral(".env"));
    return QDir::home().filePath(QStringLiteral(".profile"));
}

void ExportPage::saveTo(const QString &path)
{
    const QByteArray bytes = m_preview->toPlainText().toUtf8();
    QPointer<ExportPage> self(this);
    m_worker.start([self, path, bytes] {
        auto written = ExportWriter::writeFile(path, bytes);
        const QString message = written ? tr("Saved to %1 (readable by you only).").arg(path) : written.error().message;
        QMetaObject::invokeMethod(qApp, [self, path, ok = written.ok(), message] {
            if (self)
                self->finishWrite(path, ok, message, {});
        });
    });
}

void ExportPage::installInto(const QString &path)
{
    const auto exporter = Exporter::find(m_format->currentData().toString());
    if (!exporter || !exporter->installable())
        return;
    const QByteArray block = m_preview->toPlainText().toUtf8();
    QPointer<ExportPage> self(this);
    m_worker.start([self, path, block] {
        auto installed = ExportWriter::install(path, block);
        const QString message = installed ? tr("Installed ProxyDeck's block in %1.").arg(path) : installed.error().message;
        const QStringList warnings = installed ? installed.value() : QStringList();
        QMetaObject::invokeMethod(qApp, [self, path, ok = installed.ok(), message, warnings] {
            if (self)
                self->finishWrite(path, ok, message, warnings);
        });
    });
}

void ExportPage::finishWrite(const QString &path, bool ok, const QString &message, const QStringList &warnings)
{
    if (!ok)
        m_banner->showMessage(MessageBanner::Kind::Error, message);
    else if (!warnings.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Warning, (QStringList{message} + warnings).join(u'\n'));
    else
        m_banner->showMessage(MessageBanner::Kind::Information, message);
    Q_EMIT fileWritten(path, ok, message);
}
