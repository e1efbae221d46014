#include "trafficdelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr qsizetype MaxCachedTexts = 20'000; // a few screens of distinct cell texts
constexpr int Padding = 4;
} // namespace

TrafficDelegate::TrafficDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

const QStaticText &TrafficDelegate::laidOut(const QString &text, const QFont &font) const
{
    if (font != m_font) {
        m_texts.clear();
        m_font = font;
    }
    auto it = m_texts.find(text);
    if (it == m_texts.end()) {
        if (m_texts.size() >= MaxCachedTexts)
            m_texts.clear();
        QStaticText laid(text);
        laid.setTextFormat(Qt::PlainText);
        laid.setPerformanceHint(QStaticText::AggressiveCaching);
        laid.prepare(QTransform(), font);
        it = m_texts.insert(text, laid);
    }
    return *it;
}

void TrafficDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The model sets no background, icon, check state or font: only a selected, hovered or
    // focused cell needs the style's panel, and only text and alignment need asking for.
    if (option.state & (QStyle::State_Selected | QStyle::State_MouseOver | QStyle::State_HasFocus)) {
        QStyleOptionViewItem panel = option;
        initStyleOption(&panel, index);
        panel.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    const auto alignment = Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt());
    const QRect area = option.rect.adjusted(Padding, 0, -Padding, 0);
    const QStaticText *laid = &laidOut(text, option.font);
    if (laid->size().width() > area.width()) {
        // Too wide: the elided form, laid out once per text and column width.
        const QString key = text + QChar(0x1f) + QString::number(area.width());
        if (auto it = m_texts.constFind(key); it != m_texts.constEnd()) {
            laid = &*it;
        } else {
            const QString elided = QFontMetrics(option.font).elidedText(text, Qt::ElideRight, area.width());
            QStaticText shortened = laidOut(elided, option.font);
            laid = &*m_texts.insert(key, shortened);
        }
    }
    const QSizeF size = laid->size();
    qreal x = area.left();
    if (alignment & Qt::AlignRight)
        x = std::max<qreal>(area.left(), area.right() - size.width() + 1);
    const qreal y = area.top() + (area.height() - size.height()) / 2;
    painter->save();
    painter->setClipRect(area);
    painter->setFont(option.font);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                                         selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), *laid);
    painter->restore();
}
