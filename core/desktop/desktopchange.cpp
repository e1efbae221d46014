#include "desktopchange.h"

QList<DesktopChange> DesktopChanges::between(
    const QMap<QString, QString> &current, const QMap<QString, QString> &wanted)
{
    QList<DesktopChange> changes;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto found = current.constFind(it.key());
        if (found != current.cend() && found.value() == it.value())
            continue;
        changes.append({it.key(),
            found == current.cend() ? std::nullopt : std::optional<QString>(found.value()), it.value()});
    }
    return changes;
}

QStringList DesktopChanges::describe(const QList<DesktopChange> &changes)
{
    const auto shown = [](const std::optional<QString> &value) { return value ? *value : tr("(not set)"); };
    QStringList lines;
    for (const DesktopChange &change : changes)
        lines.append(tr("%1: %2 → %3").arg(change.key, shown(change.oldValue), shown(change.newValue)));
    return lines;
}
