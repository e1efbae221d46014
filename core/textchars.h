#pragma once

#include <QChar>

// A character that ends a line or controls a terminal: never part of a host name, a profile name
// or a line of an exported file. QChar::isSpace() covers some of them (tab, CR, LF, U+2028), not
// NUL, ESC or DEL.
inline bool isControlCharacter(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}
