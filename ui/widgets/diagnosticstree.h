#pragma once

#include "diagnosticreport.h"

#include <QCoreApplication>

class QStyle;
class QTreeWidget;
class QTreeWidgetItem;

// How the Diagnostics page draws reports: one top-level item per report (what was tested, its
// result, its time, its route), a child per step with its icon, time and detail; and the details
// pane's text for a report or one of its steps, hint in full.
class DiagnosticsTree
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsTree)

public:
    enum Column { NameColumn, ResultColumn, TimeColumn, DetailColumn, ColumnCount };

    static void setUp(QTreeWidget &tree);
    // busy: the report is still being tested.
    static void fill(QTreeWidgetItem *top, const DiagnosticReport &report, bool busy, const QStyle &style);
    // stepIndex -1: the report itself.
    static QString detailsHtml(const DiagnosticReport &report, int stepIndex, const QString &result, const QString &time);
    static QString routeLabel(const QString &kindId);
};
