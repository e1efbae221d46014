#pragma once

#include "desktopbackend.h"
#include "messagebanner.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class Settings;

// The desktop's own proxy settings (GNOME through gsettings, KDE's kioslaverc) from the Proxy
// page: read them into the form, apply the active profile after showing the diff, restore what
// was there before. Every read and write runs gsettings processes with waits of seconds, so each
// runs on the thread pool, one at a time. Hidden where ProxyDeck cannot write the desktop's
// settings (macOS, Windows).
class DesktopSettingsBar : public QWidget {
    Q_OBJECT

public:
    DesktopSettingsBar(Settings &settings, QWidget *parent = nullptr);

    bool isSupported() const { return m_backend != nullptr; }
    bool isBusy() const { return m_busy; }

    void importFromDesktop();
    // Reads the desktop, then asks (dialog "desktopDiff") before applying the active profile.
    void applyToDesktop();
    void restoreDesktop();

Q_SIGNALS:
    void desktopRead(const DesktopSnapshot &snapshot);
    void message(MessageBanner::Kind kind, const QString &text);

private:
    template<typename T>
    void run(std::function<T(DesktopBackend &)> job, std::function<void(const T &)> done);
    void confirmApply(
        const QList<DesktopChange> &changes, const QString &profileName, const QStringList &notes);
    void updateButtons();

    Settings &m_settings;
    std::shared_ptr<DesktopBackend> m_backend; // shared with a job that outlives the page
    QString m_desktopName;
    QLabel *m_label;
    QPushButton *m_import;
    QPushButton *m_apply;
    QPushButton *m_restore;
    bool m_busy = false;
};
