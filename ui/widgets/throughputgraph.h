#pragma once

#include <QWidget>

#include <deque>

// Up and down rates of the last five minutes, one sample a second, drawn with QPainter; the
// tooltip says the rates at the second under the mouse.
class ThroughputGraph : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Seconds = 300;

    explicit ThroughputGraph(QWidget *parent = nullptr);

    void addSample(double upBytesPerSecond, double downBytesPerSecond);
    void clear();
    int sampleCount() const { return int(m_samples.size()); }
    // The tooltip text for a point of the widget (empty where there is no sample).
    QString describeAt(const QPoint &position) const;

    QSize sizeHint() const override { return {600, 120}; }
    QSize minimumSizeHint() const override { return {200, 60}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Sample
    {
        double up = 0;
        double down = 0;
    };
    int sampleIndexAt(int x) const;

    std::deque<Sample> m_samples;
};
