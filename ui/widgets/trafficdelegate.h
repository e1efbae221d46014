#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints the Traffic table's cells with their text laid out once: the table repaints up to ten
// times a second, and laying out every visible cell's text again (what QStyledItemDelegate does)
// was most of each repaint. Background, selection and focus still come from the style.
class TrafficDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TrafficDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const QStaticText &laidOut(const QString &text, const QFont &font) const;

    mutable QHash<QString, QStaticText> m_texts;
    mutable QFont m_font;
};
