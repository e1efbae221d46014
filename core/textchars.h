#pragma once

#include <QChar>

// A character that ends a line or controls a terminal: never part of a host name, a profile name
// or a line of an exported file. QChar::isSpace() covers some of them (tab, CR, LF, U+2028), not
// NUL, ESC or DEL.
inline bool isControlCharacter(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

// What an IP address or a network in CIDR notation is written with: hex digits, ".", ":" and "/".
// Qt's address parsers let some other text through (a NUL ends the parse, a zone ID may hold
// anything), so a field that must mean one address or network checks its characters first.
inline bool isAddressCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u'.'
        || c == u':' || c == u'/';
}
