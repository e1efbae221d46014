#include "diagnosticstree.h"

#include "route.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>

void DiagnosticsTree::setUp(QTreeWidget &tree)
{
    tree.setColumnCount(ColumnCount);
    tree.setHeaderLabels({tr("Test"), tr("Result"), tr("Time"), tr("Detail")});
    tree.setSelectionMode(QAbstractItemView::SingleSelection);
    tree.setUniformRowHeights(true);
    tree.header()->setStretchLastSection(true);
    tree.setColumnWidth(NameColumn, 280);
    tree.setColumnWidth(ResultColumn, 90);
    tree.setColumnWidth(TimeColumn, 80);
}

QString DiagnosticsTree::routeLabel(const QString &kindId)
{
    for (Route::Kind kind : {Route::Kind::Proxied, Route::Kind::BypassedToggle, Route::Kind::BypassedRule,
                             Route::Kind::Direct, Route::Kind::MustBypass, Route::Kind::Automatic}) {
        if (Route::kindId(kind) == kindId)
            return Route::kindLabel(kind);
    }
    return kindId;
}

void DiagnosticsTree::fill(QTreeWidgetItem *top, const DiagnosticReport &report, bool busy, const QStyle &style)
{
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    QString result = tr("pass");
    if (busy) {
        icon = QStyle::SP_BrowserReload;
        result = tr("running…");
    } else if (report.cancelled) {
        icon = QStyle::SP_BrowserStop;
        result = tr("cancelled");
    } else if (!report.passed()) {
        icon = QStyle::SP_MessageBoxCritical;
        result = tr("FAIL");
    }
    top->setText(NameColumn, report.label == report.url || report.label.isEmpty()
                                 ? report.url
                                 : tr("%1 — %2").arg(report.label, report.url));
    top->setIcon(NameColumn, style.standardIcon(icon));
    top->setText(ResultColumn, result);
    top->setText(TimeColumn, busy || report.cancelled ? QString() : tr("%1 ms").arg(report.totalMs()));
    const QString route = routeLabel(report.route);
    top->setText(DetailColumn, tr("%1 — %2").arg(route, report.routeReason)); // the reason names the proxy
    top->setToolTip(DetailColumn, top->text(DetailColumn));

    while (top->childCount() > report.steps.size())
        delete top->takeChild(top->childCount() - 1);
    for (int i = 0; i < report.steps.size(); ++i) {
        const DiagnosticStep &step = report.steps.at(i);
        QTreeWidgetItem *child = i < top->childCount() ? top->child(i) : new QTreeWidgetItem(top);
        QStyle::StandardPixmap stepIcon = QStyle::SP_BrowserReload;
        QString outcome = tr("running…");
        switch (step.outcome) {
        case DiagnosticStep::Outcome::Pass:
            stepIcon = QStyle::SP_DialogApplyButton;
            outcome = tr("pass");
            break;
        case DiagnosticStep::Outcome::Fail:
            stepIcon = QStyle::SP_MessageBoxCritical;
            outcome = tr("FAIL");
            break;
        case DiagnosticStep::Outcome::Skipped:
            stepIcon = QStyle::SP_MediaSkipForward;
            outcome = tr("skipped");
            break;
        case DiagnosticStep::Outcome::Pending:
            if (!busy) {
                stepIcon = QStyle::SP_BrowserStop;
                outcome = tr("not done");
            }
            break;
        }
        child->setIcon(NameColumn, style.standardIcon(stepIcon));
        child->setText(NameColumn, DiagnosticStep::title(step.id));
        child->setData(NameColumn, Qt::UserRole, DiagnosticStep::idString(step.id));
        child->setText(ResultColumn, outcome);
        const bool timed
            = step.outcome == DiagnosticStep::Outcome::Pass || step.outcome == DiagnosticStep::Outcome::Fail;
        child->setText(TimeColumn, timed ? tr("%1 ms").arg(step.durationMs) : QString());
        child->setText(DetailColumn, step.detail);
        const QString tip = step.hint.isEmpty() ? step.detail : step.detail + QStringLiteral("\n\n") + step.hint;
        for (int column = 0; column < ColumnCount; ++column)
            child->setToolTip(column, tip);
    }
    // Open while running and when something failed: that is what the user came to read.
    if (busy || !report.passed())
        top->setExpanded(true);
}

QString DiagnosticsTree::detailsHtml(const DiagnosticReport &report, int stepIndex, const QString &result, const QString &time)
{
    QString html;
    const auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("%1: %2<br>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (stepIndex < 0) {
        html += QStringLiteral("<b>%1</b><br>").arg(report.label.toHtmlEscaped());
        line(tr("URL"), report.url);
        line(tr("Route"), tr("%1 — %2").arg(routeLabel(report.route), report.routeReason));
        line(tr("Proxy"), report.proxy);
        line(tr("Result"), result);
        if (const DiagnosticStep *failure = report.firstFailure()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(DiagnosticStep::title(failure->id).toHtmlEscaped(), failure->hint.toHtmlEscaped());
        }
    } else {
        if (stepIndex >= report.steps.size())
            return {};
        const DiagnosticStep &step = report.steps.at(stepIndex);
        html += QStringLiteral("<b>%1</b> — %2<br>")
                    .arg(DiagnosticStep::title(step.id).toHtmlEscaped(), result.toHtmlEscaped());
        line(tr("Time"), time);
        line(tr("What happened"), step.detail);
        if (!step.hint.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(step.hint.toHtmlEscaped());
    }
    return html;
}
