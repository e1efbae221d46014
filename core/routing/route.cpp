#include "route.h"

#include <QCoreApplication>

QString Route::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Proxied:
        return QStringLiteral("proxied");
    case Kind::BypassedToggle:
        return QStringLiteral("bypassed-toggle");
    case Kind::BypassedRule:
        return QStringLiteral("bypassed-rule");
    case Kind::Direct:
        return QStringLiteral("direct");
    case Kind::MustBypass:
        return QStringLiteral("must-bypass");
    case Kind::Automatic:
        return QStringLiteral("automatic");
    }
    return {};
}

QString Route::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Proxied:
        return QCoreApplication::translate("Route", "Proxied");
    case Kind::BypassedToggle:
    case Kind::BypassedRule:
        return QCoreApplication::translate("Route", "Bypassed");
    case Kind::Direct:
        return QCoreApplication::translate("Route", "Direct");
    case Kind::MustBypass:
        return QCoreApplication::translate("Route", "Must bypass");
    case Kind::Automatic:
        return QCoreApplication::translate("Route", "Automatic (PAC)");
    }
    return {};
}
