#pragma once

#include "settingsdata.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

// The console's own preferences: the language (applied at once, no restart) and closing to the
// tray. Edits a copy; the caller stores it. (The Traffic page sets its own row limit.)
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const ConsoleSettings &console, bool trayAvailable, QWidget *parent = nullptr);

    ConsoleSettings console() const;

    // The language's name in itself ("Deutsch", "Français"), so a user who cannot read the
    // current language still finds theirs.
    static QString nativeName(const QString &language);

private:
    ConsoleSettings m_console;
    QComboBox *m_language;
    QCheckBox *m_closeToTray;
};
