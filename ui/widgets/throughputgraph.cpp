#include "throughputgraph.h"

#include "trafficmodel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

ThroughputGraph::ThroughputGraph(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("throughputGraph"));
    setAccessibleName(tr("Throughput of the last five minutes"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ThroughputGraph::addSample(double upBytesPerSecond, double downBytesPerSecond)
{
    m_samples.push_back({std::max(0.0, upBytesPerSecond), std::max(0.0, downBytesPerSecond)});
    while (int(m_samples.size()) > Seconds)
        m_samples.pop_front();
    update();
}

void ThroughputGraph::clear()
{
    m_samples.clear();
    update();
}

int ThroughputGraph::sampleIndexAt(int x) const
{
    if (m_samples.empty() || width() <= 1)
        return -1;
    // The newest sample is at the right edge; one second is width / Seconds pixels.
    const double step = double(width() - 1) / (Seconds - 1);
    const int fromRight = int((width() - 1 - x) / step + 0.5);
    const int index = int(m_samples.size()) - 1 - fromRight;
    return index >= 0 && index < int(m_samples.size()) ? index : -1;
}

QString ThroughputGraph::describeAt(const QPoint &position) const
{
    const int index = sampleIndexAt(position.x());
    if (index < 0)
        return {};
    const Sample &s = m_samples[size_t(index)];
    const int ago = int(m_samples.size()) - 1 - index;
    return tr("%1 s ago: ↑ %2/s, ↓ %3/s")
        .arg(ago)
        .arg(TrafficModel::formatBytes(qint64(s.up)), TrafficModel::formatBytes(qint64(s.down)));
}

bool ThroughputGraph::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void ThroughputGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().mid().color());
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_samples.empty())
        return;
    double peak = 1024; // at least 1 KiB/s full scale, so an idle engine is a flat line
    for (const Sample &s : m_samples)
        peak = std::max({peak, s.up, s.down});
    const double step = double(width() - 1) / (Seconds - 1);
    const int h = height() - 2;
    const auto line = [&](auto value) {
        QPainterPath path;
        for (size_t i = 0; i < m_samples.size(); ++i) {
            const double x = width() - 1 - double(m_samples.size() - 1 - i) * step;
            const double y = 1 + h - value(m_samples[i]) / peak * (h - 1);
            if (i == 0)
                path.moveTo(x, y);
            else
                path.lineTo(x, y);
        }
        return path;
    };
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor down = palette().highlight().color();
    QColor up = palette().link().color();
    if (up == down)
        up = Qt::darkGreen;
    painter.setPen(QPen(down, 1.5));
    painter.drawPath(line([](const Sample &s) { return s.down; }));
    painter.setPen(QPen(up, 1.5));
    painter.drawPath(line([](const Sample &s) { return s.up; }));
    painter.setPen(palette().text().color());
    painter.drawText(rect().adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignLeft,
                     tr("peak %1/s · ↓ down ↑ up").arg(TrafficModel::formatBytes(qint64(peak))));
}
