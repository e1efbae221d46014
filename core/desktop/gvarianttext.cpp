#include "gvarianttext.h"

#include <QStringList>

#include <algorithm>

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

// One value, recursive descent; m_pos always moves forward, so every input ends.
class Parser {
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    Result<QVariant> document()
    {
        auto result = value(false);
        if (!result)
            return result;
        skipSpace();
        if (m_pos < m_text.size())
            return fail(
                GVariantText::tr("unexpected “%1” after the value").arg(m_text.mid(m_pos, 10)), m_pos);
        return result;
    }

private:
    Error fail(const QString &message, qsizetype at) const { return Error{message, QString(), at}; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text.at(m_pos)))
            ++m_pos;
    }

    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }

    // A bare word: a keyword (true, int32 …) or the digits of a number.
    QString word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
            && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_' || m_text.at(m_pos) == u'+'
                || m_text.at(m_pos) == u'-'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    Result<QVariant> value(bool inArray)
    {
        // Annotations nest ("@s string @s …"): bounded, so no input can exhaust the stack.
        struct Depth {
            int &depth;
            explicit Depth(int &d)
                : depth(++d)
            {
            }
            ~Depth() { --depth; }
        } depth(m_depth);
        skipSpace();
        if (m_depth > 8)
            return fail(GVariantText::tr("too many type annotations in a row"), m_pos);
        const qsizetype start = m_pos;
        const QChar c = peek();
        if (c.isNull())
            return fail(GVariantText::tr("a value is missing"), m_pos);
        if (c == u'\'' || c == u'"') {
            auto text = string();
            if (!text)
                return text.error();
            return QVariant(text.value());
        }
        if (c == u'[') {
            if (inArray)
                return fail(GVariantText::tr("arrays of arrays are not used by the proxy settings"), m_pos);
            auto list = array();
            if (!list)
                return list.error();
            return QVariant(list.value());
        }
        if (c == u'@') {
            // A type annotation, as in "@as []": only the array-of-strings kind is meaningful here.
            ++m_pos;
            const QString type = word();
            if (type != u"as" && type != u"s" && type != u"b" && type != u"i" && type != u"u")
                return fail(
                    GVariantText::tr("the type “@%1” is not used by the proxy settings").arg(type), start);
            auto annotated = value(inArray);
            if (annotated && (type == u"as") != (annotated.value().typeId() == QMetaType::QStringList))
                return fail(GVariantText::tr("the value does not have the type “@%1”").arg(type), start);
            return annotated;
        }
        const QString first = word();
        if (first.isEmpty())
            return fail(GVariantText::tr("“%1” does not start a value").arg(c), m_pos);
        if (first == u"true" || first == u"false")
            return QVariant(first == u"true");
        static const QStringList integerTypes = {QStringLiteral("byte"), QStringLiteral("int16"),
            QStringLiteral("uint16"), QStringLiteral("int32"), QStringLiteral("uint32"),
            QStringLiteral("int64"), QStringLiteral("uint64")};
        QString digits = first;
        qsizetype digitsAt = start;
        if (first == u"boolean" || first == u"string" || integerTypes.contains(first)) {
            if (!isSpace(peek()))
                return fail(GVariantText::tr("a value must follow “%1”").arg(first), m_pos);
            if (first == u"boolean" || first == u"string") {
                auto typed = value(inArray);
                const QMetaType::Type expected = first == u"boolean" ? QMetaType::Bool : QMetaType::QString;
                if (typed && typed.value().typeId() != expected)
                    return fail(GVariantText::tr("the value after “%1” is not a %1").arg(first), start);
                return typed;
            }
            skipSpace();
            digitsAt = m_pos;
            digits = word();
        }
        bool ok = false;
        const qlonglong number = digits.toLongLong(&ok, 0);
        if (!ok) {
            return fail(digits.isEmpty()
                    ? GVariantText::tr("a number is missing")
                    : GVariantText::tr("“%1” is not a string, list, boolean or integer").arg(digits),
                digitsAt);
        }
        return QVariant(number);
    }

    Result<QStringList> array()
    {
        const qsizetype open = m_pos;
        ++m_pos; // '['
        QStringList items;
        skipSpace();
        if (peek() == u']') {
            ++m_pos;
            return items;
        }
        while (true) {
            const qsizetype itemAt = m_pos;
            auto item = value(true);
            if (!item)
                return item.error();
            if (item.value().typeId() != QMetaType::QString)
                return fail(GVariantText::tr("the list holds something other than strings"), itemAt);
            items.append(item.value().toString());
            skipSpace();
            const QChar next = peek();
            ++m_pos;
            if (next == u']')
                return items;
            if (next != u',') {
                return fail(next.isNull()
                        ? GVariantText::tr("the list opened here has no “]”")
                        : GVariantText::tr("expected “,” or “]” in the list, not “%1”").arg(next),
                    next.isNull() ? open : m_pos - 1);
            }
        }
    }

    Result<QString> string()
    {
        const qsizetype open = m_pos;
        const QChar quote = m_text.at(m_pos++);
        QString result;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == quote)
                return result;
            if (c != u'\\') {
                result.append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const qsizetype escapeAt = m_pos - 1;
            const QChar e = m_text.at(m_pos++);
            switch (e.unicode()) {
            case 'a':
                result.append(u'\a');
                break;
            case 'b':
                result.append(u'\b');
                break;
            case 'f':
                result.append(u'\f');
                break;
            case 'n':
                result.append(u'\n');
                break;
            case 'r':
                result.append(u'\r');
                break;
            case 't':
                result.append(u'\t');
                break;
            case 'v':
                result.append(u'\v');
                break;
            case 'u':
            case 'U': {
                const int length = e == u'u' ? 4 : 8;
                const QString hex = m_text.mid(m_pos, length);
                const bool allHex
                    = hex.size() == length && std::all_of(hex.cbegin(), hex.cend(), [](QChar h) {
                          return (h >= u'0' && h <= u'9') || (h >= u'a' && h <= u'f')
                              || (h >= u'A' && h <= u'F');
                      });
                const uint code = allHex ? hex.toUInt(nullptr, 16) : 0;
                if (!allHex || code > 0x10FFFF || QChar::isSurrogate(code)) {
                    return fail(
                        GVariantText::tr("“\\%1” must be followed by %2 hexadecimal digits of a character")
                            .arg(e)
                            .arg(length),
                        escapeAt);
                }
                m_pos += length;
                const char32_t ucs4 = code;
                result.append(QString::fromUcs4(&ucs4, 1));
                break;
            }
            default:
                result.append(e); // \' \" \\ and any other character stand for themselves
            }
        }
        return fail(GVariantText::tr("the string opened here has no closing %1").arg(quote), open);
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

} // namespace

Result<QVariant> GVariantText::parse(const QString &text)
{
    return Parser(text).document();
}

QString GVariantText::quote(const QString &value)
{
    // As g_variant_print(): single quotes unless the text has one; non-printable characters escaped.
    const QChar quote = value.contains(u'\'') ? u'"' : u'\'';
    QString result(quote);
    const QList<uint> codes = value.toUcs4();
    for (const uint code : codes) {
        if (code == quote.unicode() || code == u'\\')
            result.append(u'\\');
        if (QChar::isPrint(char32_t(code))) {
            const char32_t ucs4 = code;
            result.append(QString::fromUcs4(&ucs4, 1));
            continue;
        }
        result.append(u'\\');
        switch (code) {
        case '\a':
            result.append(u'a');
            break;
        case '\b':
            result.append(u'b');
            break;
        case '\f':
            result.append(u'f');
            break;
        case '\n':
            result.append(u'n');
            break;
        case '\r':
            result.append(u'r');
            break;
        case '\t':
            result.append(u't');
            break;
        case '\v':
            result.append(u'v');
            break;
        default:
            if (code < 0x10000)
                result.append(QStringLiteral("u%1").arg(code, 4, 16, QLatin1Char('0')));
            else
                result.append(QStringLiteral("U%1").arg(code, 8, 16, QLatin1Char('0')));
        }
    }
    return result + quote;
}

QString GVariantText::format(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QStringList: {
        const QStringList items = value.toStringList();
        if (items.isEmpty())
            return QStringLiteral("@as []"); // the type cannot be told from "[]" alone
        QStringList quoted;
        for (const QString &item : items)
            quoted.append(quote(item));
        return u'[' + quoted.join(QStringLiteral(", ")) + u']';
    }
    case QMetaType::QString:
        return quote(value.toString());
    default:
        return QString::number(value.toLongLong());
    }
}
