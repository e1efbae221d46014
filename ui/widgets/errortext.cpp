#include "errortext.h"

#include "readablecolor.h"

#include <QWidget>

namespace ErrorText {

void apply(QWidget *widget, bool error)
{
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
    if (error)
        palette.setColor(QPalette::WindowText,
                         ReadableColor::on(palette.color(QPalette::Window), QColor(0xc0, 0x20, 0x20)));
    widget->setPalette(palette);
}

} // namespace ErrorText
