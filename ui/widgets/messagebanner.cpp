#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto run = std::move(m_run);
        clear();
        if (run)
            run();
    });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText,
                                std::function<void()> action)
{
    showMessage(kind, text);
    m_run = std::move(action);
    m_action->setText(actionText);
    m_action->show();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_run = {};
    m_action->hide();
    // Tinted from the palette's own colours, so it stays readable in dark and light themes.
    QColor tint;
    switch (kind) {
    case Kind::Information:
        tint = QColor(0x3d, 0x8e, 0xd8);
        break;
    case Kind::Warning:
        tint = QColor(0xe0, 0xa0, 0x20);
        break;
    case Kind::Error:
        tint = QColor(0xd8, 0x3c, 0x3c);
        break;
    }
    QPalette palette = parentWidget() ? parentWidget()->palette() : this->palette();
    const QColor base = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 3 + b) / 4; };
    palette.setColor(QPalette::Window, QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                                              mix(base.blue(), tint.blue())));
    setPalette(palette);
    m_label->setText(text);
    setAccessibleDescription(text);
    show();
}

void MessageBanner::clear()
{
    m_label->clear();
    m_run = {};
    m_action->hide();
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}
