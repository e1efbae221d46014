#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const ConsoleSettings &console, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_language(new QComboBox(this))
    , m_closeToTray(new QCheckBox(tr("&Closing the window keeps ProxyDeck running in the tray"), this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferences"));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default (%1)").arg(nativeName(QLocale::system().name().section(u'_', 0, 0))),
                        QString());
    for (const QString &language : ConsoleSettings::languages())
        m_language->addItem(nativeName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(console.language)));

    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_closeToTray->setChecked(console.closeToTray && trayAvailable);
    m_closeToTray->setEnabled(trayAvailable);
    if (!trayAvailable)
        m_closeToTray->setToolTip(tr("This desktop shows no system tray, so closing the window quits."));

    auto form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_closeToTray);
    if (!trayAvailable) {
        auto note = new QLabel(m_closeToTray->toolTip(), this);
        note->setWordWrap(true);
        form->addRow(QString(), note);
    }

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

ConsoleSettings PreferencesDialog::console() const
{
    ConsoleSettings console = m_console;
    console.language = m_language->currentData().toString();
    console.closeToTray = m_closeToTray->isChecked();
    return console;
}

QString PreferencesDialog::nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return language;
    // "deutsch", "français": capitalised as a menu entry.
    name[0] = name.at(0).toUpper();
    return name;
}
