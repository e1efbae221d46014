#pragma once

class QWidget;

// Error text colour for inline messages (a field's error, a refused entry), one shade for the
// whole console.
namespace ErrorText {
void apply(QWidget *widget, bool error = true);
} // namespace ErrorText
