#pragma once

#include <QLocale>

class QCoreApplication;

// Loads ProxyDeck's translation (compiled into the binary under :/i18n) and Qt's own for a
// locale, replacing the ones loaded before. English needs no file.
class Translations
{
public:
    static void install(QCoreApplication &application, const QLocale &locale = QLocale::system());
};
