#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

void Translations::install(QCoreApplication &application, const QLocale &locale)
{
    // Owned by the application, so they live exactly as long as it needs them.
    const auto previous = application.findChildren<QTranslator *>(QStringLiteral("proxydeck-translator"),
                                                                   Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const auto load = [&](const QString &name, const QString &folder) {
        auto translator = new QTranslator(&application);
        translator->setObjectName(QStringLiteral("proxydeck-translator"));
        if (translator->load(locale, name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(QStringLiteral("proxydeck"), QStringLiteral(":/i18n"));
}
