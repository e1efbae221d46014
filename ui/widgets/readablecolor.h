#pragma once

#include <QColor>

// Colours a page picks itself (an error's red, a route's green) made readable on the background
// they are drawn on, in light and dark themes alike: at least the 4.5:1 contrast WCAG asks of
// text (https://www.w3.org/TR/WCAG21/#contrast-minimum).
namespace ReadableColor {

// The WCAG contrast ratio of two opaque colours, from 1 to 21.
double contrast(const QColor &a, const QColor &b);

// `colour` as it is when it already reads well on `background`; else mixed towards white on a
// dark background or black on a light one, just enough to reach `ratio`. A translucent colour
// is taken as it looks on the background.
QColor on(const QColor &background, const QColor &colour, double ratio = 4.5);

} // namespace ReadableColor
