#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A coloured strip at the top of a page that tells the user something they must see: a damaged
// settings file, a missing keychain, what an import found. Dismissable; hidden when empty.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};
