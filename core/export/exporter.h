#pragma once

#include "exportinput.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

// One export format. Exporters are pure: the same input gives the same bytes.
class Exporter
{
public:
    virtual ~Exporter() = default;

    virtual QString id() const = 0;          // stable: the command line's --format
    virtual QString name() const = 0;        // for people
    virtual QString fileName() const = 0;    // a sensible default file name
    virtual QByteArray render(const ExportInput &input) const = 0;

    static const QList<std::shared_ptr<const Exporter>> &all();
    static std::shared_ptr<const Exporter> find(const QString &id);

    // The variables every environment-style format writes, in order: name, value. Values are
    // raw; each format quotes them its own way. `reference` is how that format names the
    // password variable.
    static QList<std::pair<QString, QString>> environment(const ExportInput &input, const QString &reference);
};
