#include "enginestatuswidget.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace {

QString rate(double bytesPerSecond)
{
    return EngineStatusWidget::tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond), 1,
                                                                          QLocale::DataSizeTraditionalFormat));
}

} // namespace

EngineStatusWidget::EngineStatusWidget(EngineController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_label(new QLabel(this)), m_toggle(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_toggle);
    m_label->setObjectName(QStringLiteral("engineStatus"));
    m_toggle->setObjectName(QStringLiteral("engineToggle"));
    m_toggle->setAutoRaise(true);

    connect(m_toggle, &QToolButton::clicked, this, [this] {
        if (m_controller.state() == EngineController::State::Running
            || m_controller.state() == EngineController::State::Starting)
            m_controller.stop();
        else
            m_controller.start();
    });
    connect(&m_controller, &EngineController::stateChanged, this, &EngineStatusWidget::update);
    connect(&m_controller, &EngineController::statusUpdated, this, &EngineStatusWidget::update);
    update();
}

QString EngineStatusWidget::text() const
{
    return m_label->text();
}

void EngineStatusWidget::update()
{
    const QJsonObject status = m_controller.status();
    switch (m_controller.state()) {
    case EngineController::State::Stopped:
        m_label->setText(tr("Engine stopped"));
        m_label->setToolTip(tr("The local proxy engine would listen on %1.").arg(m_controller.listenString()));
        m_toggle->setText(tr("Start engine"));
        break;
    case EngineController::State::Starting:
        m_label->setText(tr("Engine starting…"));
        m_toggle->setText(tr("Stop engine"));
        break;
    case EngineController::State::Running: {
        const QJsonObject tunnels = status.value(QStringLiteral("tunnels")).toObject();
        m_label->setText(tr("Engine on %1 · %2 active · ↑ %3 ↓ %4")
                             .arg(m_controller.listenString())
                             .arg(tunnels.value(QStringLiteral("active")).toInteger())
                             .arg(rate(status.value(QStringLiteral("rate_up")).toDouble()),
                                  rate(status.value(QStringLiteral("rate_down")).toDouble())));
        m_label->setToolTip(tr("Point tools at http://%1 (HTTP and HTTPS proxy). %2 tunnels and requests so far.")
                                .arg(m_controller.listenString())
                                .arg(tunnels.value(QStringLiteral("total")).toInteger()));
        if (m_controller.isStale()) {
            m_label->setText(m_label->text() + tr(" · settings changed: restart to apply"));
            m_label->setToolTip(m_label->toolTip() + u'\n'
                                + tr("The engine still uses the profile and rules it started with."));
        }
        m_toggle->setText(tr("Stop engine"));
        break;
    }
    case EngineController::State::Failed:
        m_label->setText(tr("Engine not running: %1").arg(m_controller.errorMessage()));
        m_label->setToolTip(m_controller.errorMessage());
        m_toggle->setText(tr("Start engine"));
        break;
    }
}
