#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace TestSupport {

// Every regular file under dir whose bytes contain needle (as UTF-8). Used to prove that a
// secret never reached the configuration folder.
QStringList filesContaining(const QString &dir, const QString &needle);

// A password nobody else uses, so finding it anywhere means we put it there.
QString uniqueSecret();

// This process's environment without any *_proxy variable: for the programs a test starts, which
// must not follow the machine's proxy settings to a loopback server.
QProcessEnvironment environmentWithoutProxies();

// Reads a whole file; empty when missing.
QByteArray readFile(const QString &path);

// Runs `secret-tool search --all <attribute> <value>` against the real keyring and returns its
// standard output and error together ("" when secret-tool is not installed).
QString secretToolSearch(const QString &attribute, const QString &value);

} // namespace TestSupport
