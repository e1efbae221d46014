#include "readablecolor.h"

#include <algorithm>
#include <cmath>

namespace {

double luminance(const QColor &colour)
{
    const auto linear = [](float channel) {
        return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF());
}

QColor mixed(const QColor &from, const QColor &to, double amount)
{
    const auto mix = [amount](float a, float b) { return float(a + (b - a) * amount); };
    return QColor::fromRgbF(
        mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()), mix(from.blueF(), to.blueF()));
}

} // namespace

namespace ReadableColor {

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor on(const QColor &background, const QColor &colour, double ratio)
{
    const QColor opaque
        = mixed(background, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF());
    if (contrast(opaque, background) >= ratio)
        return opaque;
    const QColor towards = contrast(Qt::white, background) > contrast(Qt::black, background)
        ? QColor(Qt::white)
        : QColor(Qt::black);
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mixed(opaque, towards, step / 20.0);
        if (contrast(candidate, background) >= ratio)
            return candidate;
    }
    return towards;
}

} // namespace ReadableColor
