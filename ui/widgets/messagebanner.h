#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
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
    // With a button that runs `action` and then dismisses the message.
    void showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label;
    QPushButton *m_action;
    std::function<void()> m_run;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};
