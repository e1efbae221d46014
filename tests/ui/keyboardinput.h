#pragma once

#include <QCheckBox>
#include <QLineEdit>
#include <QTest>

// Input as a user gives it, with the keyboard: a mouse click at the centre of a full-width check
// box misses its label, and typing goes through the same signals as a person's.
inline void turnOn(QCheckBox *box)
{
    box->setFocus();
    if (!box->isChecked())
        QTest::keyClick(box, Qt::Key_Space);
}

// Replaces the field's text by typing.
inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
