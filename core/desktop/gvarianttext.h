#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// The GVariant text format (https://docs.gtk.org/glib/gvariant-text-format.html), as far as the
// GNOME proxy schemas use it: strings, arrays of strings, booleans and integers. `gsettings get`
// and `list-recursively` print it; `gsettings set` reads it.
class GVariantText {
    Q_DECLARE_TR_FUNCTIONS(GVariantText)

public:
    // A QString, QStringList, bool or qlonglong; an error with the position of what cannot be read.
    // Total: any input gives a value or an error (the parser is fuzzed).
    static Result<QVariant> parse(const QString &text);

    // The text `gsettings set` reads for value (a QString, QStringList, bool or integer). Strings are
    // quoted as g_variant_print() quotes them, so printing what was parsed gives gsettings' text back.
    static QString format(const QVariant &value);
    static QString quote(const QString &value);
};
