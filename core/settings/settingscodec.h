#pragma once

#include "result.h"
#include "settingsdata.h"

#include <QByteArray>
#include <QCoreApplication>

// Settings <-> versioned JSON. Decoding checks every field and migrates older versions; it
// returns a complete SettingsData or an Error naming the field (or byte offset) that is wrong.
class SettingsCodec
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCodec)

public:
    static QByteArray encode(const SettingsData &data);
    static Result<SettingsData> decode(const QByteArray &json);

    // Line and column (1-based) of a byte offset, for messages about a file.
    static std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset);
};
