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
    // What the user should know about this export that the file cannot say by itself (printed on
    // stderr by the command line, shown under the preview): how the password reaches the tool,
    // what the tool cannot express, a TLS check a reference setup turns off.
    virtual QStringList notes(const ExportInput &input) const;
    // True when render() writes one marked block (BlockBegin … BlockEnd) that installInto() can
    // place in an existing file: shell profiles, .env and environment files.
    virtual bool installable() const { return false; }

    static const QList<std::shared_ptr<const Exporter>> &all();
    static std::shared_ptr<const Exporter> find(const QString &id);

    // The variables every environment-style format writes, in order: name, value. Values are
    // raw; each format quotes them its own way. `reference` is how that format names the
    // password variable. A null value means "unset".
    static QList<std::pair<QString, QString>> environment(const ExportInput &input, const QString &reference);

    static const QByteArray BlockBegin;
    static const QByteArray BlockEnd;
    // `file` with ProxyDeck's block replaced (or appended), every other byte kept.
    static QByteArray installInto(const QByteArray &file, const QByteArray &block);
    // `file` without ProxyDeck's block: what the user wrote around it.
    static QByteArray outsideBlock(const QByteArray &file);
};
