#include "trayicon.h"

#include "settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPainter>

TrayIcon::TrayIcon(EngineController &engine, Settings &settings, QObject *parent)
    : QSystemTrayIcon(parent)
    , m_engine(engine)
    , m_settings(settings)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    setContextMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::rebuildMenu);
    connect(&m_engine, &EngineController::stateChanged, this, &TrayIcon::updateState);
    connect(&m_settings, &Settings::changed, this, &TrayIcon::updateState);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            Q_EMIT showWindowRequested();
    });
    updateState();
    rebuildMenu();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a top-level menu has no parent to delete it
}

QIcon TrayIcon::stateIcon(EngineController::State state)
{
    QColor dot;
    switch (state) {
    case EngineController::State::Stopped:
        dot = QColor(0x8a, 0x8a, 0x8a);
        break;
    case EngineController::State::Starting:
        dot = QColor(0xf0, 0xa8, 0x20);
        break;
    case EngineController::State::Running:
        dot = QColor(0x2e, 0xa0, 0x43);
        break;
    case EngineController::State::Failed:
        dot = QColor(0xd8, 0x3c, 0x3c);
        break;
    }
    QPixmap pixmap(QStringLiteral(":/icons/proxydeck-64.png"));
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 4));
    painter.setBrush(dot);
    painter.drawEllipse(QRectF(36, 36, 26, 26));
    painter.end();
    return QIcon(pixmap);
}

void TrayIcon::updateState()
{
    const EngineController::State state = m_engine.state();
    setIcon(stateIcon(state));
    const ProxyProfile *profile = m_settings.data().activeProfile();
    const QString profileName = profile ? profile->name : QString();
    QString engineText;
    switch (state) {
    case EngineController::State::Stopped:
        engineText = tr("Engine stopped");
        break;
    case EngineController::State::Starting:
        engineText = tr("Engine starting…");
        break;
    case EngineController::State::Running:
        engineText = tr("Engine running on %1").arg(m_engine.listenString());
        break;
    case EngineController::State::Failed:
        engineText = tr("Engine failed: %1").arg(m_engine.errorMessage());
        break;
    }
    setToolTip(tr("ProxyDeck — profile “%1”\n%2").arg(profileName, engineText));
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    m_menu->addAction(tr("&Show ProxyDeck"), this, &TrayIcon::showWindowRequested)
        ->setObjectName(QStringLiteral("trayShow"));
    m_menu->addSeparator();

    QMenu *profiles = m_menu->addMenu(tr("&Profile"));
    profiles->setObjectName(QStringLiteral("trayProfiles"));
    auto group = new QActionGroup(profiles);
    const SettingsData &data = m_settings.data();
    for (const ProxyProfile &profile : data.profiles) {
        QAction *action = profiles->addAction(profile.name);
        action->setCheckable(true);
        action->setChecked(profile.id == data.activeProfileId);
        action->setData(profile.id);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = profile.id] {
            if (m_settings.data().activeProfileId != id && m_settings.setActiveProfile(id))
                m_settings.saveAsync();
        });
    }

    const EngineController::State state = m_engine.state();
    const bool running = state == EngineController::State::Running || state == EngineController::State::Starting;
    QAction *engine = running ? m_menu->addAction(tr("S&top engine"), &m_engine, &EngineController::stop)
                              : m_menu->addAction(tr("&Start engine"), &m_engine, &EngineController::start);
    engine->setObjectName(QStringLiteral("trayEngine"));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested)->setObjectName(QStringLiteral("trayQuit"));
}
