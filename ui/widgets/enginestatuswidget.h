#pragma once

#include "enginecontroller.h"

#include <QWidget>

class QLabel;
class QToolButton;

// The status bar's view of the local engine: where it listens, active tunnels, current rates,
// or why it could not start, with one button to start or stop it.
class EngineStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EngineStatusWidget(EngineController &controller, QWidget *parent = nullptr);

    QString text() const;
    QToolButton *toggleButton() const { return m_toggle; }

private:
    void update();

    EngineController &m_controller;
    QLabel *m_label;
    QToolButton *m_toggle;
};
