#pragma once

#include <QString>
#include <QUrl>

// An ASCII host name as Qt writes it after reading it: the same name for plain ASCII and for
// canonical punycode, another name for an "xn--" label that is no canonical punycode of anything
// ("xn--corp" comes back as "xn--corpa", under a top-level domain Qt shows in Unicode). A name
// for which the two differ would be looked up, exported or routed as another host.
inline QString aceRoundTrip(const QString &asciiName)
{
    return QString::fromLatin1(QUrl::toAce(QUrl::fromAce(asciiName.toLatin1())));
}
