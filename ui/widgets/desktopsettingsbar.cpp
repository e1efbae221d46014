#include "desktopsettingsbar.h"

#include "settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QThreadPool>

DesktopSettingsBar::DesktopSettingsBar(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_label(new QLabel(this))
    , m_import(new QPushButton(tr("Import from the des&ktop"), this))
    , m_apply(new QPushButton(tr("Appl&y to the desktop…"), this))
    , m_restore(new QPushButton(tr("Restore desktop settin&gs"), this))
{
    setObjectName(QStringLiteral("desktopSettings"));
    m_label->setObjectName(QStringLiteral("desktopName"));
    m_import->setObjectName(QStringLiteral("desktopImport"));
    m_apply->setObjectName(QStringLiteral("desktopApply"));
    m_restore->setObjectName(QStringLiteral("desktopRestore"));
    m_import->setAccessibleName(tr("Import the desktop's proxy settings into this profile"));
    m_apply->setAccessibleName(tr("Apply the active profile to the desktop's proxy settings"));
    m_restore->setAccessibleName(
        tr("Restore the desktop's proxy settings from before ProxyDeck applied them"));

    const DesktopKind kind = DesktopBackend::detect(QProcessEnvironment::systemEnvironment());
    m_backend = DesktopBackend::create(kind, QFileInfo(m_settings.filePath()).absolutePath());
    m_desktopName = DesktopBackend::displayName(kind);
    m_label->setText(tr("Desktop proxy settings (%1):").arg(m_desktopName));
    m_import->setToolTip(
        tr("Read %1's proxy settings into the fields below, to review and save.").arg(m_desktopName));
    m_apply->setToolTip(
        tr("Make %1 use the active (saved) profile and the NO_PROXY list; the changes are shown "
           "first, and the values they replace are kept for Restore.")
            .arg(m_desktopName));
    m_restore->setToolTip(
        tr("Put back %1's proxy settings as they were before ProxyDeck first applied a profile.")
            .arg(m_desktopName));

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_import);
    layout->addWidget(m_apply);
    layout->addWidget(m_restore);
    layout->addStretch(1);

    connect(m_import, &QPushButton::clicked, this, &DesktopSettingsBar::importFromDesktop);
    connect(m_apply, &QPushButton::clicked, this, &DesktopSettingsBar::applyToDesktop);
    connect(m_restore, &QPushButton::clicked, this, &DesktopSettingsBar::restoreDesktop);
    connect(&m_settings, &Settings::changed, this, &DesktopSettingsBar::updateButtons);
    setVisible(isSupported());
    updateButtons();
}

template<typename T>
void DesktopSettingsBar::run(std::function<T(DesktopBackend &)> job, std::function<void(const T &)> done)
{
    if (!m_backend || m_busy)
        return;
    m_busy = true;
    updateButtons();
    QPointer<DesktopSettingsBar> self(this);
    QThreadPool::globalInstance()->start([self, backend = m_backend, job, done] {
        const T result = job(*backend);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, result, done] {
            if (!self)
                return; // `done` belongs to the bar that is gone
            self->m_busy = false;
            self->updateButtons();
            done(result);
        });
    });
}

void DesktopSettingsBar::importFromDesktop()
{
    run<Result<DesktopSnapshot>>([](DesktopBackend &backend) { return backend.read(); },
        [this](const Result<DesktopSnapshot> &snapshot) {
            if (!snapshot) {
                Q_EMIT message(MessageBanner::Kind::Error,
                    tr("Could not read %1's proxy settings: %2")
                        .arg(m_desktopName, snapshot.error().message));
                return;
            }
            Q_EMIT desktopRead(snapshot.value());
        });
}

void DesktopSettingsBar::applyToDesktop()
{
    const ProxyProfile *active = m_settings.data().activeProfile();
    if (!active)
        return;
    QStringList notes;
    const DesktopProxy wanted = DesktopProxy::fromProfile(*active, m_settings.data().noProxy, &notes);
    const QString name = active->name;
    using Changes = Result<QList<DesktopChange>>;
    run<Changes>(
        [wanted](DesktopBackend &backend) -> Changes {
            const auto current = backend.read();
            if (!current)
                return current.error();
            return backend.changesFor(current.value(), wanted);
        },
        [this, name, notes](const Changes &changes) {
            if (!changes) {
                Q_EMIT message(MessageBanner::Kind::Error,
                    tr("Could not read %1's proxy settings: %2").arg(m_desktopName, changes.error().message));
            } else if (changes.value().isEmpty()) {
                Q_EMIT message(MessageBanner::Kind::Information,
                    tr("%1 already uses the profile “%2”: nothing to change.").arg(m_desktopName, name));
            } else {
                confirmApply(changes.value(), name, notes);
            }
        });
}

void DesktopSettingsBar::confirmApply(
    const QList<DesktopChange> &changes, const QString &profileName, const QStringList &notes)
{
    // Window-modal and open(), not exec(): no nested event loop while the diff is on screen.
    auto box = new QMessageBox(QMessageBox::Question, tr("Apply to the desktop"),
        tr("Change %n of %1's proxy settings so that it uses the saved profile “%2”?", nullptr,
            int(changes.size()))
            .arg(m_desktopName, profileName),
        QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("desktopDiff"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QStringList lines = DesktopChanges::describe(changes);
    if (!notes.isEmpty())
        lines << QString() << notes;
    lines << QString() << tr("Restore puts back the values these replace.");
    box->setInformativeText(lines.join(u'\n'));
    box->button(QMessageBox::Ok)->setText(tr("&Apply"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, changes](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Ok)
            return;
        run<Result<void>>([changes](DesktopBackend &backend) { return backend.apply(changes); },
            [this, count = changes.size()](const Result<void> &applied) {
                if (!applied) {
                    Q_EMIT message(MessageBanner::Kind::Error,
                        tr("%1's proxy settings were not changed: %2")
                            .arg(m_desktopName, applied.error().message));
                    return;
                }
                Q_EMIT message(MessageBanner::Kind::Information,
                    tr("Changed %n of %1's proxy settings. Restore puts back what was "
                       "there before.",
                        nullptr, int(count))
                        .arg(m_desktopName));
            });
    });
    box->open();
}

void DesktopSettingsBar::restoreDesktop()
{
    using Restored = Result<QList<DesktopChange>>;
    run<Restored>([](DesktopBackend &backend) { return backend.restore(); },
        [this](const Restored &restored) {
            if (!restored) {
                Q_EMIT message(MessageBanner::Kind::Error,
                    tr("%1's proxy settings were not restored: %2")
                        .arg(m_desktopName, restored.error().message));
                return;
            }
            QStringList lines { tr("Restored %1's proxy settings.").arg(m_desktopName) };
            lines.append(DesktopChanges::describe(restored.value()));
            Q_EMIT message(MessageBanner::Kind::Information, lines.join(u'\n'));
        });
}

void DesktopSettingsBar::updateButtons()
{
    const bool ready = m_backend && !m_busy;
    m_import->setEnabled(ready);
    m_apply->setEnabled(ready && m_settings.data().activeProfile());
    // A stat of the backup file: small enough for the GUI thread.
    m_restore->setEnabled(ready && m_backend->hasBackup());
}
