<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentIniExporter</name>
    <message>
        <source>Merge these keys into the [Main] section of stackstate.conf (or datadog.conf).</source>
        <translation>Diese Schlüssel in den Abschnitt [Main] von stackstate.conf (oder datadog.conf) übernehmen.</translation>
    </message>
    <message>
        <source>These agents speak plain HTTP to the proxy; an https:// proxy needs the local engine in between.</source>
        <translation>Diese Agenten sprechen reines HTTP mit dem Proxy; ein https://-Proxy benötigt die lokale Proxy-Engine dazwischen.</translation>
    </message>
    <message>
        <source>The password is not included: write it as proxy_password, raw, with %% for each %.</source>
        <translation>Das Passwort ist nicht enthalten: Es als proxy_password im Rohformat eintragen, mit %% für jedes %.</translation>
    </message>
    <message>
        <source>This profile uses no proxy.</source>
        <translation>Dieses Profil verwendet keinen Proxy.</translation>
    </message>
    <message>
        <source>ConfigParser strips blanks around values: a password that starts or ends with a blank does not survive this format.</source>
        <translation>ConfigParser entfernt Leerzeichen um Werte: Ein Passwort, das mit einem Leerzeichen beginnt oder endet, übersteht dieses Format nicht.</translation>
    </message>
    <message>
        <source>Monitoring agent (INI proxy_host/proxy_port keys)</source>
        <translation>Monitoring-Agent (INI-Schlüssel proxy_host/proxy_port)</translation>
    </message>
</context>
<context>
    <name>AgentYamlExporter</name>
    <message>
        <source>TLS verification stays on: a forwarder or TLS-inspecting proxy is trusted through its CA, not by skip_ssl_validation.</source>
        <translation>Die TLS-Prüfung bleibt aktiv: Einem Forwarder oder TLS-prüfenden Proxy wird über seine CA vertraut, nicht über skip_ssl_validation.</translation>
    </message>
    <message>
        <source>Give the agent the CA bundle in its environment: %1=%2</source>
        <translation>Dem Agenten das CA-Bündel in seiner Umgebung übergeben: %1=%2</translation>
    </message>
    <message>
        <source>skip_ssl_validation is written as off: the agent guide turns it on behind HAProxy, which hides a certificate problem; trust the proxy&apos;s CA on the Certificates page instead.</source>
        <translation>skip_ssl_validation wird als off geschrieben: Die Agent-Anleitung schaltet es hinter HAProxy ein, was ein Zertifikatsproblem verdeckt; stattdessen der CA des Proxys auf der Seite „Zertifikate“ vertrauen.</translation>
    </message>
    <message>
        <source>The password is left out; the agent cannot read it from a reference.</source>
        <translation>Das Passwort wird weggelassen; der Agent kann es nicht aus einer Referenz lesen.</translation>
    </message>
    <message>
        <source>The password is not included: give the agent the full URL in DD_PROXY_HTTPS (or STS_PROXY_HTTPS).</source>
        <translation>Das Passwort ist nicht enthalten: Dem Agenten die vollständige URL in DD_PROXY_HTTPS (oder STS_PROXY_HTTPS) übergeben.</translation>
    </message>
    <message>
        <source>This profile uses no proxy.</source>
        <translation>Dieses Profil verwendet keinen Proxy.</translation>
    </message>
    <message>
        <source>Monitoring agent (YAML proxy block)</source>
        <translation>Monitoring-Agent (YAML-Proxy-Block)</translation>
    </message>
</context>
<context>
    <name>AnchorStore</name>
    <message>
        <source>Give at least 4 hex digits of the fingerprint.</source>
        <translation>Mindestens 4 Hexadezimalziffern des Fingerabdrucks angeben.</translation>
    </message>
    <message>
        <source>No trusted CA certificate has the fingerprint %1.</source>
        <translation>Kein vertrauenswürdiges CA-Zertifikat hat den Fingerabdruck %1.</translation>
    </message>
    <message>
        <source>%1 matches %2 certificates; give more digits.</source>
        <translation>%1 passt auf %2 Zertifikate; mehr Ziffern angeben.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ApacheForwardExporter</name>
    <message>
        <source>NO_PROXY “%1” goes through the upstream: a regex cannot match IPv6 networks.</source>
        <translation>NO_PROXY „%1“ läuft über den Upstream-Proxy: Ein regulärer Ausdruck kann keine IPv6-Netze abbilden.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: Apache 2.4 speaks only plain HTTP to a ProxyRemote, and this upstream is reached over HTTPS. Use the Squid or HAProxy export.</source>
        <translation>ProxyDeck hat keinen Forwarder geschrieben: Apache 2.4 spricht mit einem ProxyRemote nur reines HTTP, und dieser Upstream-Proxy wird über HTTPS erreicht. Den Squid- oder HAProxy-Export verwenden.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: Apache 2.4&apos;s ProxyRemote cannot take an IPv6 address (it reads the first “:” as the port). Give the upstream a DNS name (for example in /etc/hosts) and export again, or use the Squid or HAProxy export.</source>
        <translation>ProxyDeck hat keinen Forwarder geschrieben: ProxyRemote von Apache 2.4 akzeptiert keine IPv6-Adresse (es liest den ersten „:“ als Port). Dem Upstream-Proxy einen DNS-Namen geben (zum Beispiel in /etc/hosts) und erneut exportieren, oder den Squid- oder HAProxy-Export verwenden.</translation>
    </message>
    <message>
        <source>The password is not included: Apache expands ${%1} from its environment when it starts. Set it to the output of</source>
        <translation>Das Passwort ist nicht enthalten: Apache expandiert ${%1} beim Start aus seiner Umgebung. Die Variable auf die Ausgabe des folgenden Befehls setzen</translation>
    </message>
    <message>
        <source>e.g. export %1=… in /etc/apache2/envvars (readable by root only).</source>
        <translation>z. B. export %1=… in /etc/apache2/envvars (nur für root lesbar).</translation>
    </message>
    <message>
        <source>Apache 2.4&apos;s mod_proxy_connect sends a CONNECT to the upstream without this header (only the request line and Proxy-agent): an upstream that requires authentication refuses HTTPS tunnels through this proxy. Use the Squid or HAProxy export for those.</source>
        <translation>mod_proxy_connect von Apache 2.4 sendet ein CONNECT ohne diesen Header an den Upstream-Proxy (nur die Anfragezeile und Proxy-agent): Ein Upstream-Proxy, der Authentifizierung verlangt, lehnt HTTPS-Tunnel durch diesen Proxy ab. Dafür den Squid- oder HAProxy-Export verwenden.</translation>
    </message>
    <message>
        <source>Apache forward proxy (conf-available/proxydeck-forward.conf)</source>
        <translation>Apache-Forward-Proxy (conf-available/proxydeck-forward.conf)</translation>
    </message>
</context>
<context>
    <name>ApacheReverseExporter</name>
    <message>
        <source>Apache reverse proxy with WebSocket (sites-available/dss.conf)</source>
        <translation>Apache-Reverse-Proxy mit WebSocket (sites-available/dss.conf)</translation>
    </message>
</context>
<context>
    <name>AptConfExporter</name>
    <message>
        <source>apt (/etc/apt/apt.conf.d/95proxydeck)</source>
        <translation>apt (/etc/apt/apt.conf.d/95proxydeck)</translation>
    </message>
</context>
<context>
    <name>CaCommands</name>
    <message>
        <source>issuer:     %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>valid:      %1 to %2</source>
        <translation>gültig:     %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256:    %1</source>
        <translation>SHA-256:    %1</translation>
    </message>
    <message>
        <source>key:        %1 %2, signed with %3</source>
        <translation>Schlüssel:  %1 %2, signiert mit %3</translation>
    </message>
    <message>
        <source>CA:         %1%2</source>
        <translation>CA:         %1%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>, self-signed</source>
        <translation>, selbstsigniert</translation>
    </message>
    <message>
        <source>file:       %1</source>
        <translation>Datei:      %1</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list, show: JSON ausgeben.</translation>
    </message>
    <message>
        <source>bundle: also copy the bundle to &lt;file&gt;.</source>
        <translation>bundle: das Bündel zusätzlich nach &lt;file&gt; kopieren.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>trust-commands: debian, rhel, macos or windows.</source>
        <translation>trust-commands: debian, rhel, macos oder windows.</translation>
    </message>
    <message>
        <source>os</source>
        <translation>os</translation>
    </message>
    <message>
        <source>import FILE…|- | list | show FP | remove FP | bundle [--output FILE] | trust-commands --os OS</source>
        <translation>import FILE…|- | list | show FP | remove FP | bundle [--output FILE] | trust-commands --os OS</translation>
    </message>
    <message>
        <source>Trust the CA certificates of a TLS-inspecting proxy.</source>
        <translation>Den CA-Zertifikaten eines TLS-prüfenden Proxys vertrauen.</translation>
    </message>
    <message>
        <source>ca: use import, list, show, remove, bundle or trust-commands.</source>
        <translation>ca: import, list, show, remove, bundle oder trust-commands verwenden.</translation>
    </message>
    <message>
        <source>ca %1: wrong arguments; see “proxydeck ca --help”.</source>
        <translation>ca %1: falsche Argumente; siehe „proxydeck ca --help“.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>No CA certificates are trusted beyond the system&apos;s.</source>
        <translation>Über die Systemzertifikate hinaus wird keinem CA-Zertifikat vertraut.</translation>
    </message>
    <message>
        <source>--os: use debian, rhel, macos or windows.</source>
        <translation>--os: debian, rhel, macos oder windows verwenden.</translation>
    </message>
    <message>
        <source>No CA certificates to install: import one first.</source>
        <translation>Keine CA-Zertifikate zu installieren: Zuerst eines importieren.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation>%1 importiert (%2)</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicate, %3 rejected</source>
        <translation>%1 importiert, %2 doppelt, %3 abgelehnt</translation>
    </message>
</context>
<context>
    <name>CertificateImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; certificates are far smaller (limit %3 bytes).</source>
        <translation>%1 ist %2 Bytes groß; Zertifikate sind weit kleiner (Grenze %3 Bytes).</translation>
    </message>
    <message>
        <source>%1 is not a certificate (neither PEM nor DER).</source>
        <translation>%1 ist kein Zertifikat (weder PEM noch DER).</translation>
    </message>
    <message>
        <source>%1, certificate %2: the PEM block is truncated (no END line).</source>
        <translation>%1, Zertifikat %2: Der PEM-Block ist abgeschnitten (keine END-Zeile).</translation>
    </message>
    <message>
        <source>%1, certificate %2: the PEM block does not hold a valid certificate.</source>
        <translation>%1, Zertifikat %2: Der PEM-Block enthält kein gültiges Zertifikat.</translation>
    </message>
    <message>
        <source>%1 has PEM data but no certificate (expected “%2”).</source>
        <translation>%1 enthält PEM-Daten, aber kein Zertifikat (erwartet „%2“).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a PKCS#7 bundle, which ProxyDeck cannot read; convert it with “openssl pkcs7 -print_certs -in %1 -out %1.pem” and import the .pem.</source>
        <translation>%1 ist ein PKCS#7-Bündel, das ProxyDeck nicht lesen kann; mit „openssl pkcs7 -print_certs -in %1 -out %1.pem“ umwandeln und die .pem-Datei importieren.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>nicht gültig vor %1</translation>
    </message>
    <message>
        <source>not a CA certificate (basicConstraints CA:FALSE or missing): it cannot sign what a proxy presents</source>
        <translation>kein CA-Zertifikat (basicConstraints CA:FALSE oder fehlend): Es kann nicht signieren, was ein Proxy vorlegt</translation>
    </message>
    <message>
        <source>signed with %1, which current TLS libraries reject</source>
        <translation>signiert mit %1, was aktuelle TLS-Bibliotheken ablehnen</translation>
    </message>
    <message>
        <source>%1-bit %2 key: too weak for current TLS libraries</source>
        <translation>%1-Bit-%2-Schlüssel: zu schwach für aktuelle TLS-Bibliotheken</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Paste PEM</source>
        <translation>PEM ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>Befehle &amp;kopieren</translation>
    </message>
    <message>
        <source>Install in the system trust store on:</source>
        <translation>Im Vertrauensspeicher des Systems installieren auf:</translation>
    </message>
    <message>
        <source>Drop certificate files (.pem .crt .cer .der, bundles) anywhere on the window, or paste PEM text with Ctrl+V, to trust the CA of a TLS-inspecting proxy.</source>
        <translation>Zertifikatdateien (.pem .crt .cer .der, Bündel) irgendwo auf das Fenster ziehen oder PEM-Text mit Strg+V einfügen, um der CA eines TLS-prüfenden Proxys zu vertrauen.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Certificates&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zertifikate&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Import CA certificates</source>
        <translation>CA-Zertifikate importieren</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export CA bundle</source>
        <translation>CA-Bündel exportieren</translation>
    </message>
    <message>
        <source>PEM bundle (*.pem *.crt)</source>
        <translation>PEM-Bündel (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Bundle written to %1.</source>
        <translation>Bündel nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicate, %3 rejected</source>
        <translation>%1 importiert, %2 doppelt, %3 abgelehnt</translation>
    </message>
    <message>
        <source>No CA certificates are trusted beyond the system&apos;s yet.</source>
        <translation>Über die Systemzertifikate hinaus wird noch keinem CA-Zertifikat vertraut.</translation>
    </message>
    <message>
        <source>Combined bundle (system roots + these): %1</source>
        <translation>Kombiniertes Bündel (Systemwurzeln + diese): %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>, self-signed</source>
        <translation>, selbstsigniert</translation>
    </message>
    <message>
        <source>Details of the selected certificate</source>
        <translation>Details des ausgewählten Zertifikats</translation>
    </message>
    <message>
        <source>Commands that install the certificates in the system trust store</source>
        <translation>Befehle, die die Zertifikate im Vertrauensspeicher des Systems installieren</translation>
    </message>
    <message>
        <source>Debian / Ubuntu</source>
        <translation>Debian / Ubuntu</translation>
    </message>
    <message>
        <source>RHEL / Fedora</source>
        <translation>RHEL / Fedora</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>Bündel e&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>ChunkedDecoder</name>
    <message>
        <source>missing chunk size</source>
        <translation>Chunk-Größe fehlt</translation>
    </message>
    <message>
        <source>chunk size is not hexadecimal</source>
        <translation>Chunk-Größe ist nicht hexadezimal</translation>
    </message>
    <message>
        <source>whitespace after the chunk size</source>
        <translation>Leerraum nach der Chunk-Größe</translation>
    </message>
    <message>
        <source>chunk size line longer than %1 bytes</source>
        <translation>Zeile der Chunk-Größe länger als %1 Bytes</translation>
    </message>
    <message>
        <source>LF without CR in the chunked framing</source>
        <translation>LF ohne CR in der Chunked-Rahmung</translation>
    </message>
    <message>
        <source>control character in a chunk extension</source>
        <translation>Steuerzeichen in einer Chunk-Erweiterung</translation>
    </message>
    <message>
        <source>chunk size is too large</source>
        <translation>Chunk-Größe ist zu groß</translation>
    </message>
    <message>
        <source>CR without LF in the chunked framing</source>
        <translation>CR ohne LF in der Chunked-Rahmung</translation>
    </message>
    <message>
        <source>chunk data not followed by CRLF</source>
        <translation>auf die Chunk-Daten folgt kein CRLF</translation>
    </message>
    <message>
        <source>trailer section larger than %1 bytes</source>
        <translation>Trailer-Abschnitt größer als %1 Bytes</translation>
    </message>
    <message>
        <source>obsolete line folding in the trailer section</source>
        <translation>veraltete Zeilenfaltung im Trailer-Abschnitt</translation>
    </message>
    <message>
        <source>invalid character in a trailer field name</source>
        <translation>ungültiges Zeichen in einem Trailer-Feldnamen</translation>
    </message>
    <message>
        <source>space before colon in a trailer field</source>
        <translation>Leerzeichen vor dem Doppelpunkt in einem Trailer-Feld</translation>
    </message>
    <message>
        <source>control character in a trailer field value</source>
        <translation>Steuerzeichen in einem Trailer-Feldwert</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Use the configuration in &lt;dir&gt; (default: $PROXYDECK_CONFIG_DIR, else the platform&apos;s config folder).</source>
        <translation>Die Konfiguration in &lt;dir&gt; verwenden (Standard: $PROXYDECK_CONFIG_DIR, sonst der Konfigurationsordner der Plattform).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: proxydeck %1</source>
        <translation>Aufruf: proxydeck %1</translation>
    </message>
    <message>
        <source>%1: cannot read standard input.</source>
        <translation>%1: Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: standard input is empty.</source>
        <translation>%1: Standardeingabe ist leer.</translation>
    </message>
</context>
<context>
    <name>ClientAllowlist</name>
    <message>
        <source>“%1” is not an IP address or a network such as 10.0.0.0/8 or fd00::/8.</source>
        <translation>„%1“ ist keine IP-Adresse und kein Netz wie 10.0.0.0/8 oder fd00::/8.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show the profiles and the active proxy.</source>
        <translation>Profile und den aktiven Proxy anzeigen.</translation>
    </message>
    <message>
        <source>List, add, use, rename, duplicate or remove profiles.</source>
        <translation>Profile auflisten, hinzufügen, verwenden, umbenennen, duplizieren oder entfernen.</translation>
    </message>
    <message>
        <source>Import HTTP(S)_PROXY and NO_PROXY from the environment.</source>
        <translation>HTTP(S)_PROXY und NO_PROXY aus der Umgebung importieren.</translation>
    </message>
    <message>
        <source>Usage: proxydeck [--config-dir DIR] [COMMAND [OPTIONS]]</source>
        <translation>Aufruf: proxydeck [--config-dir DIR] [COMMAND [OPTIONS]]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Use the configuration in DIR (or $PROXYDECK_CONFIG_DIR).</source>
        <translation>Die Konfiguration in DIR verwenden (oder $PROXYDECK_CONFIG_DIR).</translation>
    </message>
    <message>
        <source>Show this help; “proxydeck COMMAND --help” for a command.</source>
        <translation>Diese Hilfe anzeigen; „proxydeck COMMAND --help“ für einen Befehl.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 settings file unusable, 4 keychain unavailable.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler, 3 Einstellungsdatei unbrauchbar, 4 Schlüsselbund nicht verfügbar.</translation>
    </message>
    <message>
        <source>proxydeck: error: unknown command “%1”; run “proxydeck --help” for the list.</source>
        <translation>proxydeck: Fehler: unbekannter Befehl „%1“; „proxydeck --help“ zeigt die Liste.</translation>
    </message>
    <message>
        <source>Tell where URLs go and why; --tool compares curl, Python, Java …</source>
        <translation>Zeigen, wohin URLs gehen und warum; --tool vergleicht curl, Python, Java …</translation>
    </message>
    <message>
        <source>List, add or remove NO_PROXY rules, with per-tool warnings.</source>
        <translation>NO_PROXY-Regeln auflisten, hinzufügen oder entfernen, mit Warnungen je Werkzeug.</translation>
    </message>
    <message>
        <source>Manage named connections and their routes.</source>
        <translation>Benannte Verbindungen und ihre Routen verwalten.</translation>
    </message>
    <message>
        <source>Import, list and remove trusted CA certificates; write the bundle.</source>
        <translation>Vertrauenswürdige CA-Zertifikate importieren, auflisten und entfernen; das Bündel schreiben.</translation>
    </message>
    <message>
        <source>Write the settings as .env, shell or fish for other tools.</source>
        <translation>Die Einstellungen als .env, Shell oder fish für andere Werkzeuge schreiben.</translation>
    </message>
    <message>
        <source>Run the local proxy engine (default 127.0.0.1:3128) until stopped.</source>
        <translation>Die lokale Proxy-Engine (Standard 127.0.0.1:3128) bis zum Beenden ausführen.</translation>
    </message>
    <message>
        <source>Print (or --rotate) the token of the engine&apos;s status socket.</source>
        <translation>Das Token des Status-Sockets der Engine ausgeben (oder mit --rotate erneuern).</translation>
    </message>
    <message>
        <source>List, add or remove the remote engines the console watches.</source>
        <translation>Die entfernten Engines, die die Konsole überwacht, auflisten, hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <source>Test step by step how URLs or connections are reached, with hints.</source>
        <translation>Schritt für Schritt testen, wie URLs oder Verbindungen erreicht werden, mit Hinweisen.</translation>
    </message>
    <message>
        <source>Without a command, opens the ProxyDeck console (--page proxy|connections|rules|certificates|export|traffic|diagnostics opens it on that page; --start-engine starts the local engine with it; --test URL opens it testing URL).</source>
        <translation>Ohne Befehl wird die ProxyDeck-Konsole geöffnet (--page proxy|connections|rules|certificates|export|traffic|diagnostics öffnet sie auf dieser Seite; --start-engine startet dazu die lokale Engine; --test URL öffnet sie mit einem Test von URL).</translation>
    </message>
    <message>
        <source>Load a PAC file (or URL) and print what it answers for URLs.</source>
        <translation>Eine PAC-Datei (oder URL) laden und ausgeben, was sie für URLs antwortet.</translation>
    </message>
    <message>
        <source>Set a profile&apos;s proxy (host and port, or a PAC), user or password.</source>
        <translation>Den Proxy (Host und Port oder eine PAC), den Benutzer oder das Passwort eines Profils festlegen.</translation>
    </message>
    <message>
        <source>Show, import, apply or restore the desktop&apos;s own proxy settings.</source>
        <translation>Die eigenen Proxy-Einstellungen des Desktops anzeigen, importieren, anwenden oder wiederherstellen.</translation>
    </message>
    <message>
        <source>Discover this network&apos;s PAC file (DHCP option 252, DNS wpad.&lt;domain&gt;).</source>
        <translation>Die PAC-Datei dieses Netzwerks ermitteln (DHCP-Option 252, DNS wpad.&lt;domain&gt;).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>stored in keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>missing from keychain (set it again)</source>
        <translation>fehlt im Schlüsselbund (erneut festlegen)</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>direkt (kein Proxy)</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Show the profiles, the active one, and where passwords are.</source>
        <translation>Die Profile, das aktive Profil und den Speicherort der Passwörter anzeigen.</translation>
    </message>
    <message>
        <source>show takes no arguments.</source>
        <translation>show erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Active profile: %1</source>
        <translation>Aktives Profil: %1</translation>
    </message>
    <message>
        <source>proxy:    %1</source>
        <translation>Proxy:    %1</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>NO_PROXY: %1</source>
        <translation>NO_PROXY: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The profile to change (created if missing; default: the active one).</source>
        <translation>Das zu ändernde Profil (wird bei Bedarf angelegt; Standard: das aktive).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>http or https (how ProxyDeck talks to the proxy).</source>
        <translation>http oder https (wie ProxyDeck mit dem Proxy spricht).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>Proxy host name or address; a URL such as http://user@proxy:3128 is split.</source>
        <translation>Hostname oder Adresse des Proxys; eine URL wie http://user@proxy:3128 wird zerlegt.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>Proxy port, 1-65535.</source>
        <translation>Port des Proxys, 1-65535.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>User name for the proxy (empty to clear).</source>
        <translation>Benutzername für den Proxy (leer zum Löschen).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>Read the password from standard input and store it in the keychain.</source>
        <translation>Das Passwort von der Standardeingabe lesen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Remove the stored password.</source>
        <translation>Das gespeicherte Passwort entfernen.</translation>
    </message>
    <message>
        <source>Make this a no-proxy profile (clears host and port).</source>
        <translation>Dieses Profil zu einem Profil ohne Proxy machen (löscht Host und Port).</translation>
    </message>
    <message>
        <source>Change a profile. Passwords are read only from standard input and stored only in the OS keychain.</source>
        <translation>Ein Profil ändern. Passwörter werden nur von der Standardeingabe gelesen und nur im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <source>set takes options only, not “%1”.</source>
        <translation>set erwartet nur Optionen, nicht „%1“.</translation>
    </message>
    <message>
        <source>--password-stdin and --no-password contradict each other.</source>
        <translation>--password-stdin und --no-password widersprechen sich.</translation>
    </message>
    <message>
        <source>--host: the URL contains a password, and command-line arguments are visible to other users. Remove it and use --password-stdin.</source>
        <translation>--host: Die URL enthält ein Passwort, und Befehlszeilenargumente sind für andere Benutzer sichtbar. Das Passwort entfernen und --password-stdin verwenden.</translation>
    </message>
    <message>
        <source>Profile “%1” has a host but no port: add --port.</source>
        <translation>Profil „%1“ hat einen Host, aber keinen Port: --port angeben.</translation>
    </message>
    <message>
        <source>Password not changed: %1 The other settings were saved.</source>
        <translation>Passwort nicht geändert: %1 Die übrigen Einstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>, password in keychain</source>
        <translation>, Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>list | add NAME | use NAME | rename OLD NEW | duplicate SOURCE NEW | remove NAME</source>
        <translation>list | add NAME | use NAME | rename OLD NEW | duplicate SOURCE NEW | remove NAME</translation>
    </message>
    <message>
        <source>Manage proxy profiles. One profile is active.</source>
        <translation>Proxy-Profile verwalten. Ein Profil ist aktiv.</translation>
    </message>
    <message>
        <source>profile: unknown action “%1”; use list, add, use, rename, duplicate or remove.</source>
        <translation>profile: unbekannte Aktion „%1“; list, add, use, rename, duplicate oder remove verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>profile %1 takes %n name(s).</source>
        <translation>
            <numerusform>profile %1 erwartet %n Namen.</numerusform>
            <numerusform>profile %1 erwartet %n Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile named “%1”; see “proxydeck profile list”.</source>
        <translation>Kein Profil namens „%1“; siehe „proxydeck profile list“.</translation>
    </message>
    <message>
        <source>The password of “%1” was not copied; set one with “proxydeck set --profile %2 --password-stdin”.</source>
        <translation>Das Passwort von „%1“ wurde nicht kopiert; eines mit „proxydeck set --profile %2 --password-stdin“ festlegen.</translation>
    </message>
    <message>
        <source>The profile was removed but its password stays in the keychain: %1</source>
        <translation>Das Profil wurde entfernt, aber sein Passwort bleibt im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Profile to create or update (default: “Environment”).</source>
        <translation>Anzulegendes oder zu aktualisierendes Profil (Standard: „Umgebung“).</translation>
    </message>
    <message>
        <source>Make the imported profile the active one.</source>
        <translation>Das importierte Profil zum aktiven machen.</translation>
    </message>
    <message>
        <source>Import https_proxy/http_proxy (either case) and no_proxy from the environment. A password in the URL goes to the keychain.</source>
        <translation>https_proxy/http_proxy (in beliebiger Schreibweise) und no_proxy aus der Umgebung importieren. Ein Passwort in der URL kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>import-env takes options only.</source>
        <translation>import-env erwartet nur Optionen.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The proxy was imported but its password was not stored: %1</source>
        <translation>Der Proxy wurde importiert, aber sein Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Imported %1 into profile “%2”: %3</source>
        <translation>%1 in Profil „%2“ importiert: %3</translation>
    </message>
    <message>
        <source>automatic (PAC %1)</source>
        <translation>automatisch (PAC %1)</translation>
    </message>
    <message>
        <source>Make this an automatic profile: a PAC script (http(s):// URL or file) decides.</source>
        <translation>Dieses Profil zu einem automatischen Profil machen: Ein PAC-Skript (http(s)://-URL oder Datei) entscheidet.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--direct cannot be combined with --host, --port or --pac.</source>
        <translation>--direct kann nicht mit --host, --port oder --pac kombiniert werden.</translation>
    </message>
    <message>
        <source>--pac cannot be combined with --host, --port or --scheme: the PAC names the proxies.</source>
        <translation>--pac kann nicht mit --host, --port oder --scheme kombiniert werden: Die PAC nennt die Proxys.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Use global proxy</source>
        <translation>Globalen Proxy &amp;verwenden</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>https://host/path or host:port</source>
        <translation>https://host/pfad oder host:port</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Enter the endpoint: a URL or host:port.</source>
        <translation>Den Endpunkt eingeben: eine URL oder host:port.</translation>
    </message>
</context>
<context>
    <name>ConnectionKind</name>
    <message>
        <source>HTTP/HTTPS remote dataset</source>
        <translation>Entfernter HTTP/HTTPS-Datensatz</translation>
    </message>
    <message>
        <source>Fetched by the platform&apos;s backend through the global proxy.</source>
        <translation>Wird vom Backend der Plattform über den globalen Proxy abgerufen.</translation>
    </message>
    <message>
        <source>FTP remote dataset</source>
        <translation>Entfernter FTP-Datensatz</translation>
    </message>
    <message>
        <source>FTP through an HTTP proxy needs passive mode, and the proxy must allow CONNECT to ports 20, 21 and 1024-65535.</source>
        <translation>FTP über einen HTTP-Proxy braucht den passiven Modus, und der Proxy muss CONNECT zu den Ports 20, 21 und 1024-65535 erlauben.</translation>
    </message>
    <message>
        <source>Amazon S3</source>
        <translation>Amazon S3</translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <translation>Google Cloud Storage</translation>
    </message>
    <message>
        <source>Azure Blob Storage</source>
        <translation>Azure Blob Storage</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Snowflake</translation>
    </message>
    <message>
        <source>Snowflake works through an http:// proxy only; with an https:// proxy it must bypass it, so snowflakecomputing.com is added to NO_PROXY.</source>
        <translation>Snowflake funktioniert nur über einen http://-Proxy; bei einem https://-Proxy muss es ihn umgehen, daher wird snowflakecomputing.com zu NO_PROXY hinzugefügt.</translation>
    </message>
    <message>
        <source>Google BigQuery</source>
        <translation>Google BigQuery</translation>
    </message>
    <message>
        <source>BigQuery works through http:// and https:// proxies.</source>
        <translation>BigQuery funktioniert über http://- und https://-Proxys.</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL speaks its own protocol over TCP, which an HTTP proxy does not carry: the firewall must allow the connection directly.</source>
        <translation>PostgreSQL spricht ein eigenes Protokoll über TCP, das ein HTTP-Proxy nicht transportiert: Die Firewall muss die Verbindung direkt erlauben.</translation>
    </message>
    <message>
        <source>Amazon Redshift</source>
        <translation>Amazon Redshift</translation>
    </message>
    <message>
        <source>Redshift uses the PostgreSQL protocol over TCP: the firewall must allow the connection directly.</source>
        <translation>Redshift verwendet das PostgreSQL-Protokoll über TCP: Die Firewall muss die Verbindung direkt erlauben.</translation>
    </message>
    <message>
        <source>Databricks</source>
        <translation>Databricks</translation>
    </message>
    <message>
        <source>Databricks connections do not support a proxy: they go direct, so the firewall must allow them.</source>
        <translation>Databricks-Verbindungen unterstützen keinen Proxy: Sie gehen direkt, daher muss die Firewall sie erlauben.</translation>
    </message>
    <message>
        <source>gRPC endpoint</source>
        <translation>gRPC-Endpunkt</translation>
    </message>
    <message>
        <source>gRPC clients read grpc_proxy first, then https_proxy; no_grpc_proxy before no_proxy.</source>
        <translation>gRPC-Clients lesen zuerst grpc_proxy, dann https_proxy; no_grpc_proxy vor no_proxy.</translation>
    </message>
    <message>
        <source>HTTP(S) API</source>
        <translation>HTTP(S)-API</translation>
    </message>
    <message>
        <source>TCP service</source>
        <translation>TCP-Dienst</translation>
    </message>
    <message>
        <source>Plain TCP is not carried by an HTTP proxy: the firewall must allow it directly.</source>
        <translation>Reines TCP wird von einem HTTP-Proxy nicht transportiert: Die Firewall muss es direkt erlauben.</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>Use global proxy</source>
        <translation>Globalen Proxy verwenden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Use proxy</source>
        <translation>Proxy verwenden</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Use &amp;proxy</source>
        <translation>&amp;Proxy verwenden</translation>
    </message>
    <message>
        <source>&amp;Bypass proxy</source>
        <translation>Proxy &amp;umgehen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Turn “Use global proxy” on for the selected connections</source>
        <translation>„Globalen Proxy verwenden“ für die ausgewählten Verbindungen einschalten</translation>
    </message>
    <message>
        <source>Turn “Use global proxy” off for the selected connections</source>
        <translation>„Globalen Proxy verwenden“ für die ausgewählten Verbindungen ausschalten</translation>
    </message>
    <message>
        <source>No connections yet. Add the services your platform talks to — datasets, warehouses, APIs — to see which go through the proxy, which bypass it, and what the firewall must allow.</source>
        <translation>Noch keine Verbindungen. Die Dienste hinzufügen, mit denen die Plattform spricht – Datensätze, Warehouses, APIs –, um zu sehen, welche über den Proxy gehen, welche ihn umgehen und was die Firewall erlauben muss.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verbindungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Remove connections</source>
        <translation>Verbindungen entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n connection(s)?</source>
        <translation>
            <numerusform>%n Verbindung entfernen?</numerusform>
            <numerusform>%n Verbindungen entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported NO_PROXY: %1</source>
        <translation>Exportiertes NO_PROXY: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>The new language applies when the edits on the Proxy page are saved or reverted.</source>
        <translation>Die neue Sprache gilt, sobald die Änderungen auf der Seite „Proxy“ gespeichert oder verworfen sind.</translation>
    </message>
</context>
<context>
    <name>DesktopBackend</name>
    <message>
        <source>There is nothing to restore: no backup at %1 (ProxyDeck did not apply a profile to the desktop, or it was restored already).</source>
        <translation>Es gibt nichts wiederherzustellen: keine Sicherung unter %1 (ProxyDeck hat kein Profil auf den Desktop angewendet, oder es wurde bereits wiederhergestellt).</translation>
    </message>
    <message>
        <source>The settings were restored but the backup %1 could not be removed: %2</source>
        <translation>Die Einstellungen wurden wiederhergestellt, aber die Sicherung %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>KDE</source>
        <translation>KDE</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>GNOME</source>
        <translation>GNOME</translation>
    </message>
</context>
<context>
    <name>DesktopBackup</name>
    <message>
        <source>The desktop backup %1 is damaged: %2.</source>
        <translation>Die Desktop-Sicherung %1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>The desktop backup %1 is from another ProxyDeck version.</source>
        <translation>Die Desktop-Sicherung %1 stammt von einer anderen ProxyDeck-Version.</translation>
    </message>
    <message>
        <source>The desktop backup %1 is damaged: a key has no name.</source>
        <translation>Die Desktop-Sicherung %1 ist beschädigt: Ein Schlüssel hat keinen Namen.</translation>
    </message>
    <message>
        <source>Cannot read the desktop backup %1: %2</source>
        <translation>Die Desktop-Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DesktopChanges</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>DesktopCommand</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 proxy settings:</source>
        <translation>Proxy-Einstellungen von %1:</translation>
    </message>
    <message>
        <source>mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>HTTP proxy:</source>
        <translation>HTTP-Proxy:</translation>
    </message>
    <message>
        <source>HTTPS proxy:</source>
        <translation>HTTPS-Proxy:</translation>
    </message>
    <message>
        <source>SOCKS proxy:</source>
        <translation>SOCKS-Proxy:</translation>
    </message>
    <message>
        <source>PAC URL:</source>
        <translation>PAC-URL:</translation>
    </message>
    <message>
        <source>ignore hosts:</source>
        <translation>ignorierte Hosts:</translation>
    </message>
    <message>
        <source>same proxy:</source>
        <translation>gleicher Proxy:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>user:</source>
        <translation>Benutzer:</translation>
    </message>
    <message numerus="yes">
        <source>Apply these %n change(s)? [y/N] </source>
        <translation>
            <numerusform>Diese %n Änderung anwenden? [y/N] </numerusform>
            <numerusform>Diese %n Änderungen anwenden? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>gnome, kde, macos or windows (default: the one running, from XDG_CURRENT_DESKTOP).</source>
        <translation>gnome, kde, macos oder windows (Standard: der laufende, aus XDG_CURRENT_DESKTOP).</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>desktop</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show: JSON ausgeben.</translation>
    </message>
    <message>
        <source>import: the profile to create or update (default: “Desktop”); apply and show for macos/windows: the profile to apply (default: the active one).</source>
        <translation>import: das anzulegende oder zu aktualisierende Profil (Standard: „Desktop“); apply und show für macos/windows: das anzuwendende Profil (Standard: das aktive).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>apply: do not ask before changing the desktop.</source>
        <translation>apply: vor dem Ändern des Desktops nicht nachfragen.</translation>
    </message>
    <message>
        <source>show | import | apply | restore</source>
        <translation>show | import | apply | restore</translation>
    </message>
    <message>
        <source>Read the desktop&apos;s own proxy settings into a profile, or apply a profile to them (showing the changes first) and restore what was there.</source>
        <translation>Die eigenen Proxy-Einstellungen des Desktops in ein Profil einlesen oder ein Profil darauf anwenden (mit vorheriger Anzeige der Änderungen) und den vorherigen Stand wiederherstellen.</translation>
    </message>
    <message>
        <source>desktop needs one action: show, import, apply or restore.</source>
        <translation>desktop braucht eine Aktion: show, import, apply oder restore.</translation>
    </message>
    <message>
        <source>--desktop: “%1” is not gnome, kde, macos or windows.</source>
        <translation>--desktop: „%1“ ist nicht gnome, kde, macos oder windows.</translation>
    </message>
    <message>
        <source>No profile named “%1”; see “proxydeck profile list”.</source>
        <translation>Kein Profil namens „%1“; siehe „proxydeck profile list“.</translation>
    </message>
    <message>
        <source>ProxyDeck does not change %1&apos;s settings itself; “proxydeck desktop show --desktop %2” prints the commands to run.</source>
        <translation>ProxyDeck ändert die Einstellungen von %1 nicht selbst; „proxydeck desktop show --desktop %2“ gibt die auszuführenden Befehle aus.</translation>
    </message>
    <message>
        <source># To give %1 this proxy (ProxyDeck does not run these):</source>
        <translation># Um %1 diesen Proxy zuzuweisen (ProxyDeck führt diese Befehle nicht aus):</translation>
    </message>
    <message numerus="yes">
        <source>Restored the %1 proxy settings from before ProxyDeck applied a profile (%n change(s)).</source>
        <translation>
            <numerusform>Die Proxy-Einstellungen von %1 wurden auf den Stand vor dem Anwenden eines Profils durch ProxyDeck zurückgesetzt (%n Änderung).</numerusform>
            <numerusform>Die Proxy-Einstellungen von %1 wurden auf den Stand vor dem Anwenden eines Profils durch ProxyDeck zurückgesetzt (%n Änderungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings from before ProxyDeck applied a profile are kept in %1; “proxydeck desktop restore” puts them back.</source>
        <translation>Die Einstellungen von vor dem Anwenden eines Profils durch ProxyDeck werden in %1 aufbewahrt; „proxydeck desktop restore“ stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Imported the %1 proxy settings into profile “%2”: %3</source>
        <translation>Die Proxy-Einstellungen von %1 wurden in Profil „%2“ importiert: %3</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>direkt (kein Proxy)</translation>
    </message>
    <message>
        <source>PAC URL: %1</source>
        <translation>PAC-URL: %1</translation>
    </message>
    <message>
        <source>NO_PROXY: %1</source>
        <translation>NO_PROXY: %1</translation>
    </message>
    <message>
        <source>The %1 proxy settings already match; nothing to change.</source>
        <translation>Die Proxy-Einstellungen von %1 stimmen bereits überein; nichts zu ändern.</translation>
    </message>
    <message>
        <source>Changes to the %1 proxy settings:</source>
        <translation>Änderungen an den Proxy-Einstellungen von %1:</translation>
    </message>
    <message>
        <source>Not applied.</source>
        <translation>Nicht angewendet.</translation>
    </message>
    <message>
        <source>Not applied: there is no terminal to ask; run again with --yes to apply these changes.</source>
        <translation>Nicht angewendet: Es gibt kein Terminal für eine Rückfrage; erneut mit --yes ausführen, um diese Änderungen anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s). The previous settings are kept in %1; “proxydeck desktop restore” puts them back.</source>
        <translation>
            <numerusform>%n Änderung angewendet. Die vorherigen Einstellungen werden in %1 aufbewahrt; „proxydeck desktop restore“ stellt sie wieder her.</numerusform>
            <numerusform>%n Änderungen angewendet. Die vorherigen Einstellungen werden in %1 aufbewahrt; „proxydeck desktop restore“ stellt sie wieder her.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopProxy</name>
    <message>
        <source>Desktops talk plain HTTP to their proxy: profile “%1” uses https:// to reach it, which the desktop setting cannot say.</source>
        <translation>Desktops sprechen reines HTTP mit ihrem Proxy: Profil „%1“ erreicht ihn über https://, was die Desktop-Einstellung nicht ausdrücken kann.</translation>
    </message>
    <message>
        <source>The desktop&apos;s PAC URL: %1</source>
        <translation>PAC-URL des Desktops: %1</translation>
    </message>
    <message>
        <source>The desktop finds its proxy with WPAD (automatic detection); the profile goes direct: “Discover (WPAD)” on the Proxy page, or `proxydeck wpad`, finds the PAC script.</source>
        <translation>Der Desktop findet seinen Proxy per WPAD (automatische Erkennung); das Profil geht direkt: „Ermitteln (WPAD)“ auf der Proxy-Seite oder `proxydeck wpad` findet das PAC-Skript.</translation>
    </message>
    <message>
        <source>The desktop has only a SOCKS proxy (%1); ProxyDeck profiles are HTTP proxies.</source>
        <translation>Der Desktop hat nur einen SOCKS-Proxy (%1); ProxyDeck-Profile sind HTTP-Proxys.</translation>
    </message>
    <message>
        <source>The desktop is set to a manual proxy but names no proxy host.</source>
        <translation>Der Desktop ist auf einen manuellen Proxy eingestellt, nennt aber keinen Proxy-Host.</translation>
    </message>
    <message>
        <source>The desktop&apos;s proxy host: %1</source>
        <translation>Proxy-Host des Desktops: %1</translation>
    </message>
    <message>
        <source>The desktop&apos;s proxy %1 has no port.</source>
        <translation>Der Proxy %1 des Desktops hat keinen Port.</translation>
    </message>
    <message>
        <source>The desktop uses %1 for HTTP and %2 for HTTPS; %3 was imported.</source>
        <translation>Der Desktop verwendet %1 für HTTP und %2 für HTTPS; %3 wurde importiert.</translation>
    </message>
    <message>
        <source>The desktop&apos;s SOCKS proxy %1 was not imported.</source>
        <translation>Der SOCKS-Proxy %1 des Desktops wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Ignored host “%1” was left out: %2</source>
        <translation>Ignorierter Host „%1“ wurde ausgelassen: %2</translation>
    </message>
    <message>
        <source>NO_PROXY “%1” means subdomains only; the desktop also sends %2 itself direct.</source>
        <translation>NO_PROXY „%1“ bedeutet nur Subdomains; der Desktop schickt auch %2 selbst direkt.</translation>
    </message>
</context>
<context>
    <name>DesktopSettingsBar</name>
    <message>
        <source>Import from the des&amp;ktop</source>
        <translation>Vom &amp;Desktop importieren</translation>
    </message>
    <message>
        <source>Appl&amp;y to the desktop…</source>
        <translation>Auf den Desktop &amp;anwenden…</translation>
    </message>
    <message>
        <source>Restore desktop settin&amp;gs</source>
        <translation>Desktop-Einstellungen &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Import the desktop&apos;s proxy settings into this profile</source>
        <translation>Die Proxy-Einstellungen des Desktops in dieses Profil importieren</translation>
    </message>
    <message>
        <source>Apply the active profile to the desktop&apos;s proxy settings</source>
        <translation>Das aktive Profil auf die Proxy-Einstellungen des Desktops anwenden</translation>
    </message>
    <message>
        <source>Restore the desktop&apos;s proxy settings from before ProxyDeck applied them</source>
        <translation>Die Proxy-Einstellungen des Desktops auf den Stand vor dem Anwenden durch ProxyDeck zurücksetzen</translation>
    </message>
    <message>
        <source>Desktop proxy settings (%1):</source>
        <translation>Proxy-Einstellungen des Desktops (%1):</translation>
    </message>
    <message>
        <source>Read %1&apos;s proxy settings into the fields below, to review and save.</source>
        <translation>Die Proxy-Einstellungen von %1 in die Felder unten einlesen, um sie zu prüfen und zu speichern.</translation>
    </message>
    <message>
        <source>Make %1 use the active (saved) profile and the NO_PROXY list; the changes are shown first, and the values they replace are kept for Restore.</source>
        <translation>%1 das aktive (gespeicherte) Profil und die NO_PROXY-Liste verwenden lassen; die Änderungen werden zuerst angezeigt, und die ersetzten Werte werden für die Wiederherstellung aufbewahrt.</translation>
    </message>
    <message>
        <source>Put back %1&apos;s proxy settings as they were before ProxyDeck first applied a profile.</source>
        <translation>Die Proxy-Einstellungen von %1 auf den Stand zurücksetzen, bevor ProxyDeck zum ersten Mal ein Profil angewendet hat.</translation>
    </message>
    <message>
        <source>Could not read %1&apos;s proxy settings: %2</source>
        <translation>Die Proxy-Einstellungen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 already uses the profile “%2”: nothing to change.</source>
        <translation>%1 verwendet bereits das Profil „%2“: nichts zu ändern.</translation>
    </message>
    <message>
        <source>Apply to the desktop</source>
        <translation>Auf den Desktop anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Change %n of %1&apos;s proxy settings so that it uses the saved profile “%2”?</source>
        <translation>
            <numerusform>%n Proxy-Einstellung von %1 ändern, damit das gespeicherte Profil „%2“ verwendet wird?</numerusform>
            <numerusform>%n Proxy-Einstellungen von %1 ändern, damit das gespeicherte Profil „%2“ verwendet wird?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore puts back the values these replace.</source>
        <translation>Die Wiederherstellung setzt die hier ersetzten Werte zurück.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>%1&apos;s proxy settings were not changed: %2</source>
        <translation>Die Proxy-Einstellungen von %1 wurden nicht geändert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n of %1&apos;s proxy settings. Restore puts back what was there before.</source>
        <translation>
            <numerusform>%n Proxy-Einstellung von %1 geändert. Die Wiederherstellung setzt den vorherigen Stand zurück.</numerusform>
            <numerusform>%n Proxy-Einstellungen von %1 geändert. Die Wiederherstellung setzt den vorherigen Stand zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s proxy settings were not restored: %2</source>
        <translation>Die Proxy-Einstellungen von %1 wurden nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>Restored %1&apos;s proxy settings.</source>
        <translation>Die Proxy-Einstellungen von %1 wurden wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>“%1” is not a URL to test, e.g. https://example.com/.</source>
        <translation>„%1“ ist keine testbare URL, z. B. https://example.com/.</translation>
    </message>
    <message>
        <source>“%1”: a tcp:// address needs a port.</source>
        <translation>„%1“: Eine tcp://-Adresse braucht einen Port.</translation>
    </message>
    <message>
        <source>“%1”: only http, https, ws, wss and tcp URLs can be tested.</source>
        <translation>„%1“: Nur http-, https-, ws-, wss- und tcp-URLs können getestet werden.</translation>
    </message>
    <message>
        <source>not an HTTP service: reaching its port is the test</source>
        <translation>kein HTTP-Dienst: Das Erreichen seines Ports ist der Test</translation>
    </message>
    <message>
        <source>plain HTTP needs no tunnel: the request goes to the proxy in absolute form</source>
        <translation>reines HTTP braucht keinen Tunnel: Die Anfrage geht in absoluter Form an den Proxy</translation>
    </message>
    <message>
        <source>not an https:// or wss:// address</source>
        <translation>keine https://- oder wss://-Adresse</translation>
    </message>
    <message>
        <source>TLS inside the TLS connection to the proxy is not checked here; the tools check it</source>
        <translation>TLS innerhalb der TLS-Verbindung zum Proxy wird hier nicht geprüft; die Werkzeuge prüfen es</translation>
    </message>
    <message>
        <source>a WebSocket address: the upgrade below is its test</source>
        <translation>eine WebSocket-Adresse: Das Upgrade unten ist ihr Test</translation>
    </message>
    <message>
        <source>on the second connection, for the upgrade: %1</source>
        <translation>auf der zweiten Verbindung, für das Upgrade: %1</translation>
    </message>
    <message>
        <source>not tried: an earlier step failed</source>
        <translation>nicht versucht: Ein früherer Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 is an address: nothing to resolve</source>
        <translation>%1 ist eine Adresse: nichts aufzulösen</translation>
    </message>
    <message>
        <source>The proxy&apos;s name “%1” does not resolve on this machine: check the host on the Proxy page, and this machine&apos;s DNS.</source>
        <translation>Der Name des Proxys „%1“ lässt sich auf diesem Rechner nicht auflösen: Den Host auf der Proxy-Seite und das DNS dieses Rechners prüfen.</translation>
    </message>
    <message>
        <source>“%1” does not resolve here. This address bypasses the proxy (%2); an internal name may be known only to the proxy&apos;s DNS, and then it should not bypass it.</source>
        <translation>„%1“ lässt sich hier nicht auflösen. Diese Adresse umgeht den Proxy (%2); ein interner Name ist eventuell nur dem DNS des Proxys bekannt und sollte ihn dann nicht umgehen.</translation>
    </message>
    <message>
        <source>“%1” does not resolve here: check the address, and this machine&apos;s DNS.</source>
        <translation>„%1“ lässt sich hier nicht auflösen: Die Adresse und das DNS dieses Rechners prüfen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the port is wrong, or the proxy is down.</source>
        <translation>Auf %1 nimmt nichts Verbindungen an: Der Port ist falsch, oder der Proxy läuft nicht.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1. This address bypasses the proxy (%2); if this network only lets traffic out through the proxy, that is why.</source>
        <translation>Auf %1 nimmt nichts Verbindungen an. Diese Adresse umgeht den Proxy (%2); wenn dieses Netzwerk ausgehenden Verkehr nur über den Proxy erlaubt, ist das der Grund.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the port is wrong, or the service is down.</source>
        <translation>Auf %1 nimmt nichts Verbindungen an: Der Port ist falsch, oder der Dienst läuft nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from here (%2): a firewall, a wrong address, or no route.</source>
        <translation>%1 ist von hier aus nicht erreichbar (%2): eine Firewall, eine falsche Adresse oder keine Route.</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>The proxy closed the connection without answering CONNECT: it may want TLS (an https:// proxy), or not be an HTTP proxy at all (a SOCKS port?).</source>
        <translation>Der Proxy hat die Verbindung geschlossen, ohne auf CONNECT zu antworten: Er erwartet eventuell TLS (ein https://-Proxy) oder ist gar kein HTTP-Proxy (ein SOCKS-Port?).</translation>
    </message>
    <message>
        <source>no answer came to tell</source>
        <translation>keine Antwort, die Aufschluss gibt</translation>
    </message>
    <message>
        <source>No answer to the upgrade: most likely the WebSocket upgrade was stripped on the way — the proxy passed the request without its Upgrade header and the server hung up (Squid: http_upgrade_request_protocols WebSocket allow all). wss:// goes through a CONNECT tunnel and avoids this.</source>
        <translation>Keine Antwort auf das Upgrade: Höchstwahrscheinlich wurde das WebSocket-Upgrade unterwegs entfernt – der Proxy hat die Anfrage ohne ihren Upgrade-Header weitergegeben, und der Server hat aufgelegt (Squid: http_upgrade_request_protocols WebSocket allow all). wss:// geht durch einen CONNECT-Tunnel und vermeidet das.</translation>
    </message>
    <message>
        <source>The connection was closed before an HTTP answer came: the server (or a proxy on the way) dropped the request.</source>
        <translation>Die Verbindung wurde geschlossen, bevor eine HTTP-Antwort kam: Der Server (oder ein Proxy unterwegs) hat die Anfrage verworfen.</translation>
    </message>
    <message>
        <source>%1, certificate for %2 issued by “%3”</source>
        <translation>%1, Zertifikat für %2, ausgestellt von „%3“</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1): the other side may not speak TLS on this port.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen (%1): Die Gegenseite spricht auf diesem Port eventuell kein TLS.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: it must be renewed where it is served.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen: Es muss dort erneuert werden, wo es bereitgestellt wird.</translation>
    </message>
    <message>
        <source>The certificate is for %1, not %2: the address is wrong, or something else answers in its place.</source>
        <translation>Das Zertifikat gilt für %1, nicht für %2: Die Adresse ist falsch, oder etwas anderes antwortet an ihrer Stelle.</translation>
    </message>
    <message>
        <source>TLS is intercepted: the certificate for %1 was issued by “%2” (SHA-256 %3), a CA this machine does not trust — typically the company&apos;s TLS inspection proxy. If it is, import this CA (offered here, or on the Certificates page); tools using ProxyDeck&apos;s CA bundle then trust it.</source>
        <translation>TLS wird abgefangen: Das Zertifikat für %1 wurde von „%2“ (SHA-256 %3) ausgestellt, einer CA, der dieser Rechner nicht vertraut – typischerweise der TLS-Prüfproxy des Unternehmens. Falls ja, diese CA importieren (hier angeboten oder auf der Seite „Zertifikate“); Werkzeuge, die das CA-Bündel von ProxyDeck verwenden, vertrauen ihr dann.</translation>
    </message>
    <message>
        <source>%1 presents a certificate from “%2” (SHA-256 %3), a CA this machine does not trust: import it if you know where it comes from.</source>
        <translation>%1 legt ein Zertifikat von „%2“ (SHA-256 %3) vor, einer CA, der dieser Rechner nicht vertraut: Sie nur importieren, wenn ihre Herkunft bekannt ist.</translation>
    </message>
    <message>
        <source>The certificate chain of %1 ends at “%2”, which is not trusted here and was not sent: get that CA certificate from whoever runs %3 and import it.</source>
        <translation>Die Zertifikatskette von %1 endet bei „%2“, das hier nicht vertrauenswürdig ist und nicht mitgesendet wurde: Dieses CA-Zertifikat von den Betreibern von %3 beschaffen und importieren.</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>der Proxy</translation>
    </message>
    <message>
        <source>the server or the proxy</source>
        <translation>der Server oder der Proxy</translation>
    </message>
    <message>
        <source>The certificate of %1 is refused: %2.</source>
        <translation>Das Zertifikat von %1 wird abgelehnt: %2.</translation>
    </message>
    <message>
        <source>an answer head over %1 KiB</source>
        <translation>ein Antwortkopf über %1 KiB</translation>
    </message>
    <message>
        <source>This is not an HTTP answer.</source>
        <translation>Dies ist keine HTTP-Antwort.</translation>
    </message>
    <message>
        <source>not an HTTP answer: %1</source>
        <translation>keine HTTP-Antwort: %1</translation>
    </message>
    <message>
        <source>What answers on the proxy port does not speak HTTP: check the port and the scheme.</source>
        <translation>Was auf dem Proxy-Port antwortet, spricht kein HTTP: Port und Schema prüfen.</translation>
    </message>
    <message>
        <source>The answer is not HTTP: the port may speak another protocol.</source>
        <translation>Die Antwort ist kein HTTP: Der Port spricht eventuell ein anderes Protokoll.</translation>
    </message>
    <message>
        <source>no scheme named</source>
        <translation>kein Schema genannt</translation>
    </message>
    <message>
        <source>The proxy refused the password of “%1”: set it again on the Proxy page (it is kept in the keychain), and check the user name.</source>
        <translation>Der Proxy hat das Passwort von „%1“ abgelehnt: Es auf der Proxy-Seite erneut festlegen (es wird im Schlüsselbund aufbewahrt) und den Benutzernamen prüfen.</translation>
    </message>
    <message>
        <source>The proxy wants credentials (it offers %1): set a user and password on the Proxy page.</source>
        <translation>Der Proxy verlangt Anmeldedaten (er bietet %1 an): Benutzer und Passwort auf der Proxy-Seite festlegen.</translation>
    </message>
    <message>
        <source>%1; offers: %2</source>
        <translation>%1; bietet an: %2</translation>
    </message>
    <message>
        <source>accepted the credentials of “%1” (Basic)</source>
        <translation>Anmeldedaten von „%1“ akzeptiert (Basic)</translation>
    </message>
    <message>
        <source>no credentials asked</source>
        <translation>keine Anmeldedaten verlangt</translation>
    </message>
    <message>
        <source>The proxy asked for credentials again on the second connection.</source>
        <translation>Der Proxy hat auf der zweiten Verbindung erneut Anmeldedaten verlangt.</translation>
    </message>
    <message>
        <source>The proxy forbids CONNECT to %1 (port %2): ask its administrators to allow it (Squid: the port in SSL_ports and an http_access rule; tinyproxy: ConnectPort %2), or use port 443.</source>
        <translation>Der Proxy verbietet CONNECT zu %1 (Port %2): Die Administratoren bitten, es zu erlauben (Squid: der Port in SSL_ports und eine http_access-Regel; tinyproxy: ConnectPort %2), oder Port 443 verwenden.</translation>
    </message>
    <message>
        <source>The proxy could not reach %1: the host may be down, its name unknown to the proxy&apos;s DNS, or blocked from the proxy.</source>
        <translation>Der Proxy konnte %1 nicht erreichen: Der Host läuft eventuell nicht, sein Name ist dem DNS des Proxys unbekannt, oder er ist für den Proxy gesperrt.</translation>
    </message>
    <message>
        <source>The proxy refused the tunnel to %1 with %2.</source>
        <translation>Der Proxy hat den Tunnel zu %1 mit %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The answer to the upgrade has a wrong Sec-WebSocket-Accept: something on the way rewrote the handshake.</source>
        <translation>Die Antwort auf das Upgrade hat ein falsches Sec-WebSocket-Accept: Etwas unterwegs hat den Handshake umgeschrieben.</translation>
    </message>
    <message>
        <source>%1, no upgrade</source>
        <translation>%1, kein Upgrade</translation>
    </message>
    <message>
        <source>The WebSocket upgrade was stripped on the way: the proxy passed the request without its Upgrade header (Squid: http_upgrade_request_protocols WebSocket allow all; nginx: proxy_set_header Upgrade and Connection), or the server has no WebSocket at this path. wss:// goes through a CONNECT tunnel and avoids this.</source>
        <translation>Das WebSocket-Upgrade wurde unterwegs entfernt: Der Proxy hat die Anfrage ohne ihren Upgrade-Header weitergegeben (Squid: http_upgrade_request_protocols WebSocket allow all; nginx: proxy_set_header Upgrade und Connection), oder der Server hat unter diesem Pfad keinen WebSocket. wss:// geht durch einen CONNECT-Tunnel und vermeidet das.</translation>
    </message>
    <message>
        <source>The server did not accept a WebSocket at this address (%1): check the path.</source>
        <translation>Der Server hat unter dieser Adresse keinen WebSocket akzeptiert (%1): Den Pfad prüfen.</translation>
    </message>
    <message>
        <source>The proxy could not reach %1 (%2): the host may be down or blocked from the proxy.</source>
        <translation>Der Proxy konnte %1 nicht erreichen (%2): Der Host läuft eventuell nicht oder ist für den Proxy gesperrt.</translation>
    </message>
    <message>
        <source>The server answered %1: it is reachable, but failing.</source>
        <translation>Der Server hat mit %1 geantwortet: Er ist erreichbar, schlägt aber fehl.</translation>
    </message>
    <message>
        <source>no answer from DNS in %1 s</source>
        <translation>keine Antwort vom DNS in %1 s</translation>
    </message>
    <message>
        <source>This machine&apos;s DNS does not answer.</source>
        <translation>Das DNS dieses Rechners antwortet nicht.</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>keine Antwort in %1 s</translation>
    </message>
    <message>
        <source>Connecting got no answer within %1 s: a firewall drops the packets, or the address is wrong.</source>
        <translation>Der Verbindungsaufbau bekam innerhalb von %1 s keine Antwort: Eine Firewall verwirft die Pakete, oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>no TLS answer in %1 s</source>
        <translation>keine TLS-Antwort in %1 s</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s: the other side may not speak TLS on this port.</source>
        <translation>Der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen: Die Gegenseite spricht auf diesem Port eventuell kein TLS.</translation>
    </message>
    <message>
        <source>The proxy accepted the connection but did not answer CONNECT within %1 s: it may be overloaded, or not an HTTP proxy.</source>
        <translation>Der Proxy hat die Verbindung angenommen, aber nicht innerhalb von %1 s auf CONNECT geantwortet: Er ist eventuell überlastet oder kein HTTP-Proxy.</translation>
    </message>
    <message>
        <source>No HTTP answer within %1 s: the server (or the proxy) accepted the request but never answered.</source>
        <translation>Keine HTTP-Antwort innerhalb von %1 s: Der Server (oder der Proxy) hat die Anfrage angenommen, aber nie geantwortet.</translation>
    </message>
    <message>
        <source>Negotiate with your Kerberos ticket (there is one)</source>
        <translation>Negotiate mit dem eigenen Kerberos-Ticket (vorhanden)</translation>
    </message>
    <message>
        <source>Negotiate with a Kerberos ticket, which is missing: %1</source>
        <translation>Negotiate mit einem Kerberos-Ticket, das fehlt: %1</translation>
    </message>
    <message>
        <source>NTLM, once a user (DOMAIN\user) and password are set on the Proxy page</source>
        <translation>NTLM, sobald ein Benutzer (DOMÄNE\Benutzer) und ein Passwort auf der Proxy-Seite festgelegt sind</translation>
    </message>
    <message>
        <source>NTLM as “%1”</source>
        <translation>NTLM als „%1“</translation>
    </message>
    <message>
        <source>The proxy asks for %1 (a Windows or Kerberos sign-in), not Basic. ProxyDeck&apos;s engine signs in for the tools that use it: %2. This check itself sends Basic credentials only.</source>
        <translation>Der Proxy verlangt %1 (eine Windows- oder Kerberos-Anmeldung), nicht Basic. Die Engine von ProxyDeck meldet sich für die Werkzeuge an, die sie verwenden: %2. Diese Prüfung selbst sendet nur Basic-Anmeldedaten.</translation>
    </message>
    <message>
        <source>The proxy asks for %1, not Basic: ProxyDeck knows Basic, Negotiate and NTLM only.</source>
        <translation>Der Proxy verlangt %1, nicht Basic: ProxyDeck kennt nur Basic, Negotiate und NTLM.</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>  route: %1 — %2</source>
        <translation>  Route: %1 — %2</translation>
    </message>
    <message>
        <source>  cancelled
</source>
        <translation>  abgebrochen
</translation>
    </message>
    <message>
        <source>  result: pass (%1 ms)
</source>
        <translation>  Ergebnis: bestanden (%1 ms)
</translation>
    </message>
    <message>
        <source>  result: FAIL
</source>
        <translation>  Ergebnis: FEHLGESCHLAGEN
</translation>
    </message>
</context>
<context>
    <name>DiagnosticStep</name>
    <message>
        <source>Resolve the proxy</source>
        <translation>Proxy auflösen</translation>
    </message>
    <message>
        <source>Connect to the proxy</source>
        <translation>Mit dem Proxy verbinden</translation>
    </message>
    <message>
        <source>TLS with the proxy</source>
        <translation>TLS mit dem Proxy</translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation>Proxy-Authentifizierung</translation>
    </message>
    <message>
        <source>CONNECT tunnel</source>
        <translation>CONNECT-Tunnel</translation>
    </message>
    <message>
        <source>Resolve the host</source>
        <translation>Host auflösen</translation>
    </message>
    <message>
        <source>Connect to the host</source>
        <translation>Mit dem Host verbinden</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>WebSocket upgrade</source>
        <translation>WebSocket-Upgrade</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>&amp;WebSocket</source>
        <translation>&amp;WebSocket</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Test &amp;all connections</source>
        <translation>Alle &amp;Verbindungen testen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>URL to test</source>
        <translation>Zu testende URL</translation>
    </message>
    <message>
        <source>http, https, ws, wss or tcp://host:port; a bare host name is tested as https://.</source>
        <translation>http, https, ws, wss oder tcp://host:port; ein bloßer Hostname wird als https:// getestet.</translation>
    </message>
    <message>
        <source>Also try a WebSocket upgrade</source>
        <translation>Auch ein WebSocket-Upgrade versuchen</translation>
    </message>
    <message>
        <source>Also try a WebSocket upgrade through the same route (always done for ws:// and wss://).</source>
        <translation>Auch ein WebSocket-Upgrade über dieselbe Route versuchen (bei ws:// und wss:// immer).</translation>
    </message>
    <message>
        <source>Run the test</source>
        <translation>Den Test ausführen</translation>
    </message>
    <message>
        <source>Test all connections</source>
        <translation>Alle Verbindungen testen</translation>
    </message>
    <message>
        <source>Test every connection of the Connections page, each with its own route.</source>
        <translation>Jede Verbindung der Seite „Verbindungen“ testen, jede mit ihrer eigenen Route.</translation>
    </message>
    <message>
        <source>Cancel the tests</source>
        <translation>Die Tests abbrechen</translation>
    </message>
    <message>
        <source>Copy the reports as text</source>
        <translation>Die Berichte als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the reports as JSON</source>
        <translation>Die Berichte als JSON kopieren</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>Details of the selected step</source>
        <translation>Details des ausgewählten Schritts</translation>
    </message>
    <message>
        <source>Select a step to read what happened and, on failure, what to do.</source>
        <translation>Einen Schritt auswählen, um zu lesen, was geschah und was bei einem Fehler zu tun ist.</translation>
    </message>
    <message>
        <source>Tests step by step how a URL is reached, the way a tool configured by ProxyDeck connects: the proxy, its authentication, the CONNECT tunnel, TLS and the HTTP status.</source>
        <translation>Testet Schritt für Schritt, wie eine URL erreicht wird, so wie ein von ProxyDeck konfiguriertes Werkzeug sich verbindet: der Proxy, seine Authentifizierung, der CONNECT-Tunnel, TLS und der HTTP-Status.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Diagnostics&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Diagnose&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type a URL to test, e.g. https://example.com/.</source>
        <translation>Eine zu testende URL eingeben, z. B. https://example.com/.</translation>
    </message>
    <message>
        <source>There are no connections to test: add them on the Connections page, or type a URL.</source>
        <translation>Es gibt keine zu testenden Verbindungen: Sie auf der Seite „Verbindungen“ hinzufügen oder eine URL eingeben.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Reading the proxy password from the keychain…</source>
        <translation>Proxy-Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Testing without the proxy password, which the keychain did not give: %1</source>
        <translation>Test ohne das Proxy-Passwort, das der Schlüsselbund nicht geliefert hat: %1</translation>
    </message>
    <message>
        <source>No password is stored for “%1”: testing without one. Enter it on the Proxy page.</source>
        <translation>Für „%1“ ist kein Passwort gespeichert: Test ohne Passwort. Es auf der Proxy-Seite eingeben.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Every test passed.</source>
        <translation>Alle Tests bestanden.</translation>
    </message>
    <message>
        <source>%1 of %2 passed.</source>
        <translation>%1 von %2 bestanden.</translation>
    </message>
    <message>
        <source>Import “%1” as a trusted CA…</source>
        <translation>„%1“ als vertrauenswürdige CA importieren…</translation>
    </message>
    <message>
        <source>Import “%1” as a trusted CA</source>
        <translation>„%1“ als vertrauenswürdige CA importieren</translation>
    </message>
    <message>
        <source>The proxy presented this CA instead of the server&apos;s certificate: TLS is inspected.</source>
        <translation>Der Proxy hat diese CA statt des Serverzertifikats vorgelegt: TLS wird geprüft.</translation>
    </message>
    <message>
        <source>Trust this CA?</source>
        <translation>Dieser CA vertrauen?</translation>
    </message>
    <message>
        <source>Trust “%1” as a CA for TLS checks by ProxyDeck and the tools it configures?</source>
        <translation>„%1“ als CA für TLS-Prüfungen durch ProxyDeck und die von ihm konfigurierten Werkzeuge vertrauen?</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Import it only if your organisation runs this TLS-inspecting proxy: whoever holds this CA&apos;s key can read and change the traffic it signs for. Compare the fingerprint with the one your IT department publishes.</source>
        <translation>Nur importieren, wenn die eigene Organisation diesen TLS-prüfenden Proxy betreibt: Wer den Schlüssel dieser CA besitzt, kann den von ihr signierten Verkehr lesen und verändern. Den Fingerabdruck mit dem von der IT-Abteilung veröffentlichten vergleichen.</translation>
    </message>
    <message>
        <source>Could not trust “%1”: %2</source>
        <translation>„%1“ konnte nicht als vertrauenswürdig eingestuft werden: %2</translation>
    </message>
    <message>
        <source>“%1” is now a trusted CA.</source>
        <translation>„%1“ ist jetzt eine vertrauenswürdige CA.</translation>
    </message>
    <message>
        <source>“%1” was already a trusted CA.</source>
        <translation>„%1“ war bereits eine vertrauenswürdige CA.</translation>
    </message>
    <message>
        <source>Run the test again to check.</source>
        <translation>Den Test zur Prüfung erneut ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n report(s) as text.</source>
        <translation>
            <numerusform>%n Bericht als Text kopiert.</numerusform>
            <numerusform>%n Berichte als Text kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n report(s) as JSON.</source>
        <translation>
            <numerusform>%n Bericht als JSON kopiert.</numerusform>
            <numerusform>%n Berichte als JSON kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>https://example.com/</source>
        <translation>https://example.com/</translation>
    </message>
</context>
<context>
    <name>DiagnosticsTree</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>DockerClientExporter</name>
    <message>
        <source>Docker client (~/.docker/config.json)</source>
        <translation>Docker-Client (~/.docker/config.json)</translation>
    </message>
    <message>
        <source>Docker expands no variables here: the proxy URLs carry the user only. Export with the password only if everyone who can inspect your containers may see it.</source>
        <translation>Docker expandiert hier keine Variablen: Die Proxy-URLs enthalten nur den Benutzer. Nur mit Passwort exportieren, wenn jeder, der die Container inspizieren kann, es sehen darf.</translation>
    </message>
</context>
<context>
    <name>DockerDaemonExporter</name>
    <message>
        <source>Environment= cannot refer to another variable: the URLs carry the user only. With the password included, any local user can read it with “systemctl show docker”; prefer the local engine.</source>
        <translation>Environment= kann nicht auf eine andere Variable verweisen: Die URLs enthalten nur den Benutzer. Mit eingeschlossenem Passwort kann jeder lokale Benutzer es mit „systemctl show docker“ lesen; besser die lokale Engine verwenden.</translation>
    </message>
    <message>
        <source>Any local user can read Environment= values with “systemctl show docker”.</source>
        <translation>Jeder lokale Benutzer kann Environment=-Werte mit „systemctl show docker“ lesen.</translation>
    </message>
    <message>
        <source>Docker daemon (systemd drop-in)</source>
        <translation>Docker-Daemon (systemd-Drop-in)</translation>
    </message>
</context>
<context>
    <name>DotEnvExporter</name>
    <message>
        <source>.env file</source>
        <translation>.env-Datei</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>EngineConfig</name>
    <message>
        <source>Listening on %1 would open the proxy to every machine that reaches it (and lend them the upstream credentials). Give the networks allowed to use it, e.g. --allow 10.0.0.0/8, or listen on 127.0.0.1.</source>
        <translation>Lauschen auf %1 würde den Proxy für jeden Rechner öffnen, der ihn erreicht (und ihm die Anmeldedaten des Upstream-Proxys leihen). Die Netze angeben, die ihn nutzen dürfen, z. B. --allow 10.0.0.0/8, oder auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>Keine Adresse zum Lauschen.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not ADDRESS:PORT, e.g. [::1]:3128.</source>
        <translation>„%1“ ist nicht ADRESSE:PORT, z. B. [::1]:3128.</translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets: [%1]:3128.</source>
        <translation>Eine IPv6-Adresse in eckigen Klammern schreiben: [%1]:3128.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on (use 127.0.0.1, ::1, 0.0.0.0 or an address of this machine).</source>
        <translation>„%1“ ist keine IP-Adresse zum Lauschen (127.0.0.1, ::1, 0.0.0.0 oder eine Adresse dieses Rechners verwenden).</translation>
    </message>
    <message>
        <source>“%1” is not a port (0-65535).</source>
        <translation>„%1“ ist kein Port (0-65535).</translation>
    </message>
    <message>
        <source>The PAC script %1 was not read, or is empty.</source>
        <translation>Das PAC-Skript %1 wurde nicht gelesen oder ist leer.</translation>
    </message>
</context>
<context>
    <name>EngineController</name>
    <message>
        <source>The engine needs the proxy password: %1</source>
        <translation>Die Engine braucht das Proxy-Passwort: %1</translation>
    </message>
</context>
<context>
    <name>EngineStatusWidget</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Engine gestoppt</translation>
    </message>
    <message>
        <source>The local proxy engine would listen on %1.</source>
        <translation>Die lokale Proxy-Engine würde auf %1 lauschen.</translation>
    </message>
    <message>
        <source>Start engine</source>
        <translation>Engine starten</translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation>Engine startet…</translation>
    </message>
    <message>
        <source>Stop engine</source>
        <translation>Engine stoppen</translation>
    </message>
    <message>
        <source>Engine on %1 · %2 active · ↑ %3 ↓ %4</source>
        <translation>Engine auf %1 · %2 aktiv · ↑ %3 ↓ %4</translation>
    </message>
    <message>
        <source>Point tools at http://%1 (HTTP and HTTPS proxy). %2 tunnels and requests so far.</source>
        <translation>Werkzeuge auf http://%1 richten (HTTP- und HTTPS-Proxy). Bisher %2 Tunnel und Anfragen.</translation>
    </message>
    <message>
        <source>Engine not running: %1</source>
        <translation>Engine läuft nicht: %1</translation>
    </message>
    <message>
        <source> · settings changed: restart to apply</source>
        <translation> · Einstellungen geändert: zum Anwenden neu starten</translation>
    </message>
    <message>
        <source>The engine still uses the profile and rules it started with.</source>
        <translation>Die Engine verwendet noch das Profil und die Regeln, mit denen sie gestartet wurde.</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <source>The profile is not automatic.</source>
        <translation>Das Profil ist nicht automatisch.</translation>
    </message>
</context>
<context>
    <name>EnvironmentDExporter</name>
    <message>
        <source>Define %1 (percent-encoded) in an environment.d file that sorts before this one.</source>
        <translation>%1 (prozentkodiert) in einer environment.d-Datei definieren, die vor dieser einsortiert wird.</translation>
    </message>
    <message>
        <source>For ~/.config/environment.d/: the systemd user manager and the graphical session read it at login.</source>
        <translation>Für ~/.config/environment.d/: Der systemd-Benutzerdienst-Manager und die grafische Sitzung lesen sie bei der Anmeldung.</translation>
    </message>
    <message>
        <source>systemd environment.d</source>
        <translation>systemd environment.d</translation>
    </message>
</context>
<context>
    <name>EnvironmentExporter</name>
    <message>
        <source>TLS verification stays on: NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE and the other CA variables point at the bundle with your CA anchors. Remove any NODE_TLS_REJECT_UNAUTHORIZED=0 left from an older setup.</source>
        <translation>Die TLS-Prüfung bleibt aktiv: NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE und die anderen CA-Variablen zeigen auf das Bündel mit den eigenen CA-Vertrauensankern. Ein von einer älteren Einrichtung übrig gebliebenes NODE_TLS_REJECT_UNAUTHORIZED=0 entfernen.</translation>
    </message>
</context>
<context>
    <name>EnvironmentImport</name>
    <message>
        <source>No proxy is set in the environment: none of https_proxy, HTTPS_PROXY, http_proxy or HTTP_PROXY has a value.</source>
        <translation>In der Umgebung ist kein Proxy gesetzt: Keine der Variablen https_proxy, HTTPS_PROXY, http_proxy oder HTTP_PROXY hat einen Wert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no port; %2 was assumed (curl would use 1080).</source>
        <translation>%1 hat keinen Port; %2 wurde angenommen (curl würde 1080 verwenden).</translation>
    </message>
    <message>
        <source>%1 and %2 name different proxies; %1 was imported.</source>
        <translation>%1 und %2 nennen verschiedene Proxys; %1 wurde importiert.</translation>
    </message>
    <message>
        <source>%1 turns TLS certificate checking off; import the proxy&apos;s CA on the Certificates page and use %2 instead.</source>
        <translation>%1 schaltet die Prüfung von TLS-Zertifikaten ab; stattdessen die CA des Proxys auf der Seite „Zertifikate“ importieren und %2 verwenden.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1 (at position %2)</source>
        <translation>%1 (an Position %2)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>List the formats.</source>
        <translation>Die Formate auflisten.</translation>
    </message>
    <message>
        <source>The format (see --list).</source>
        <translation>Das Format (siehe --list).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Put the password (from the keychain) into the output; files are written 0600.</source>
        <translation>Das Passwort (aus dem Schlüsselbund) in die Ausgabe schreiben; Dateien werden mit 0600 geschrieben.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (atomically, owner-only).</source>
        <translation>Nach &lt;file&gt; schreiben (atomar, nur für den Eigentümer).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write the active profile, the NO_PROXY in force and the CA bundle for another tool.</source>
        <translation>Das aktive Profil, das geltende NO_PROXY und das CA-Bündel für ein anderes Werkzeug schreiben.</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; see “proxydeck export --list”.</source>
        <translation>--format: unbekanntes Format „%1“; siehe „proxydeck export --list“.</translation>
    </message>
    <message>
        <source>--output and --install exclude each other.</source>
        <translation>--output und --install schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>Installed ProxyDeck&apos;s block in %1</source>
        <translation>Block von ProxyDeck in %1 installiert</translation>
    </message>
    <message>
        <source>The proxy password is not included (add --include-secrets to include it; the file is then written owner-only).</source>
        <translation>Das Proxy-Passwort ist nicht enthalten (mit --include-secrets wird es eingeschlossen; die Datei ist dann nur für den Eigentümer lesbar).</translation>
    </message>
    <message>
        <source>Replace ProxyDeck&apos;s marked block in &lt;file&gt; (or append it), keeping every other byte; the previous file is kept as &lt;file&gt;.proxydeck-backup. For env, sh, fish, powershell and systemd-env.</source>
        <translation>Den markierten Block von ProxyDeck in &lt;file&gt; ersetzen (oder anhängen), wobei jedes andere Byte erhalten bleibt; die vorherige Datei wird als &lt;file&gt;.proxydeck-backup aufbewahrt. Für env, sh, fish, powershell und systemd-env.</translation>
    </message>
    <message>
        <source>Say which format with --format (see “proxydeck export --list”).</source>
        <translation>Das Format mit --format angeben (siehe „proxydeck export --list“).</translation>
    </message>
    <message>
        <source>--install places a marked block in a profile or environment file; the format “%1” is a whole file of its own: use --output.</source>
        <translation>--install setzt einen markierten Block in eine Profil- oder Umgebungsdatei; das Format „%1“ ist eine eigenständige Datei: --output verwenden.</translation>
    </message>
    <message>
        <source>--include-secrets does not print the password on a terminal: write it with --output FILE or --install FILE, or pipe the output.</source>
        <translation>--include-secrets gibt das Passwort nicht auf einem Terminal aus: Es mit --output FILE oder --install FILE schreiben oder die Ausgabe per Pipe weiterleiten.</translation>
    </message>
</context>
<context>
    <name>ExportInput</name>
    <message>
        <source>Set %1 to the proxy password, percent-encoded (@ as %40, : as %3A), before this runs.</source>
        <translation>%1 vor der Ausführung auf das Proxy-Passwort setzen, prozentkodiert (@ als %40, : als %3A).</translation>
    </message>
    <message>
        <source>Proxy settings written by ProxyDeck from the profile “%1”.</source>
        <translation>Proxy-Einstellungen, von ProxyDeck aus dem Profil „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>The password is not included; see below how this tool gets it.</source>
        <translation>Das Passwort ist nicht enthalten; unten steht, wie dieses Werkzeug es erhält.</translation>
    </message>
    <message>
        <source>This profile uses no proxy: the proxy variables are cleared.</source>
        <translation>Dieses Profil verwendet keinen Proxy: Die Proxy-Variablen werden geleert.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: this profile uses no proxy, so there is no upstream to chain to.</source>
        <translation>ProxyDeck hat keinen Forwarder geschrieben: Dieses Profil verwendet keinen Proxy, daher gibt es keinen Upstream-Proxy zum Verketten.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: the proxy address “%1” is not a host name or IP address with a port.</source>
        <translation>ProxyDeck hat keinen Forwarder geschrieben: Die Proxy-Adresse „%1“ ist kein Hostname und keine IP-Adresse mit Port.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no credentials: the user name contains “:”, which HTTP Basic authentication cannot carry (RFC 7617 §2); the upstream would cut the name there.</source>
        <translation>ProxyDeck hat keine Anmeldedaten geschrieben: Der Benutzername enthält „:“, was die HTTP-Basic-Authentifizierung nicht transportieren kann (RFC 7617 §2); der Upstream-Proxy würde den Namen dort abschneiden.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no credentials: the user name or password contains a NUL character.</source>
        <translation>ProxyDeck hat keine Anmeldedaten geschrieben: Der Benutzername oder das Passwort enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoriert: %1</translation>
    </message>
    <message>
        <source>The profile is automatic, but its PAC script %1 gave no answer (%2): no proxy is written.</source>
        <translation>Das Profil ist automatisch, aber sein PAC-Skript %1 hat keine Antwort geliefert (%2): Es wird kein Proxy geschrieben.</translation>
    </message>
    <message>
        <source>The profile is automatic and these tools cannot read a PAC script: this is the proxy %1 answered for %2 (“%3”).</source>
        <translation>Das Profil ist automatisch, und diese Werkzeuge können kein PAC-Skript lesen: Dies ist der Proxy, den %1 für %2 geantwortet hat („%3“).</translation>
    </message>
    <message>
        <source>The profile is automatic and %1 answered “%2” for %3: no proxy is written.</source>
        <translation>Das Profil ist automatisch, und %1 hat für %3 „%2“ geantwortet: Es wird kein Proxy geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Include the &amp;password</source>
        <translation>&amp;Passwort einschließen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Install into…</source>
        <translation>&amp;Installieren in…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>⚠ The preview, the clipboard and saved files now hold the proxy password. Files are written readable by you only; keep them out of version control and shared folders.</source>
        <translation>⚠ Die Vorschau, die Zwischenablage und gespeicherte Dateien enthalten jetzt das Proxy-Passwort. Dateien werden nur für den eigenen Benutzer lesbar geschrieben; sie aus der Versionsverwaltung und aus freigegebenen Ordnern heraushalten.</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>Put ProxyDeck&apos;s marked block into a shell profile or environment file, replacing the previous block and keeping everything else; a backup is kept next to it.</source>
        <translation>Den markierten Block von ProxyDeck in ein Shell-Profil oder eine Umgebungsdatei einfügen, wobei der vorherige Block ersetzt und alles andere beibehalten wird; daneben wird eine Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Export&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Export&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The active profile, the NO_PROXY in force (rules and bypassed connections) and your CA anchors, in the form another tool reads.</source>
        <translation>Das aktive Profil, das geltende NO_PROXY (Regeln und umgangene Verbindungen) und die eigenen CA-Vertrauensanker in der Form, die ein anderes Werkzeug liest.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Install into</source>
        <translation>Installieren in</translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The password is not included; check “Include the password” to put it in.</source>
        <translation>Das Passwort ist nicht enthalten; „Passwort einschließen“ aktivieren, um es aufzunehmen.</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>In %1 gespeichert (nur für den eigenen Benutzer lesbar).</translation>
    </message>
    <message>
        <source>Installed ProxyDeck&apos;s block in %1.</source>
        <translation>Block von ProxyDeck in %1 installiert.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <source>%1 is larger than %2 MiB; it is not a profile or environment file.</source>
        <translation>%1 ist größer als %2 MiB; es ist keine Profil- oder Umgebungsdatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>FishExporter</name>
    <message>
        <source>fish shell</source>
        <translation>fish-Shell</translation>
    </message>
</context>
<context>
    <name>ForeignProxyCommands</name>
    <message>
        <source># To authenticate as %1, add: on %1 PASSWORD to the -setwebproxy lines (ProxyDeck never shows the password).</source>
        <translation># Zur Authentifizierung als %1 den -setwebproxy-Zeilen Folgendes anhängen: on %1 PASSWORT (ProxyDeck zeigt das Passwort nie an).</translation>
    </message>
    <message>
        <source>Windows cannot bypass the network %1 (no CIDR in ProxyOverride); it was left out.</source>
        <translation>Windows kann das Netz %1 nicht umgehen (kein CIDR in ProxyOverride); es wurde ausgelassen.</translation>
    </message>
    <message>
        <source># WinINET, for the current user (browsers and most applications):</source>
        <translation># WinINET, für den aktuellen Benutzer (Browser und die meisten Anwendungen):</translation>
    </message>
    <message>
        <source># WinHTTP (services, system-wide; run as administrator):</source>
        <translation># WinHTTP (Dienste, systemweit; als Administrator ausführen):</translation>
    </message>
    <message>
        <source># Automatic detection (WPAD) is the &quot;Automatically detect settings&quot; switch in Settings &gt; Network &gt; Proxy.</source>
        <translation># Die automatische Erkennung (WPAD) ist der Schalter „Einstellungen automatisch erkennen“ unter Einstellungen &gt; Netzwerk und Internet &gt; Proxy.</translation>
    </message>
    <message>
        <source># WinHTTP has no PAC setting: applications that use it call WinHttpGetProxyForUrl themselves.</source>
        <translation># WinHTTP hat keine PAC-Einstellung: Anwendungen, die es verwenden, rufen WinHttpGetProxyForUrl selbst auf.</translation>
    </message>
    <message>
        <source># Windows asks for the proxy&apos;s user name (%1) and password when the proxy requires them.</source>
        <translation># Windows fragt nach dem Benutzernamen (%1) und dem Passwort des Proxys, wenn der Proxy sie verlangt.</translation>
    </message>
</context>
<context>
    <name>GVariantText</name>
    <message>
        <source>unexpected “%1” after the value</source>
        <translation>unerwartetes „%1“ nach dem Wert</translation>
    </message>
    <message>
        <source>too many type annotations in a row</source>
        <translation>zu viele Typannotationen hintereinander</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>ein Wert fehlt</translation>
    </message>
    <message>
        <source>arrays of arrays are not used by the proxy settings</source>
        <translation>Arrays von Arrays werden von den Proxy-Einstellungen nicht verwendet</translation>
    </message>
    <message>
        <source>the type “@%1” is not used by the proxy settings</source>
        <translation>der Typ „@%1“ wird von den Proxy-Einstellungen nicht verwendet</translation>
    </message>
    <message>
        <source>the value does not have the type “@%1”</source>
        <translation>der Wert hat nicht den Typ „@%1“</translation>
    </message>
    <message>
        <source>“%1” does not start a value</source>
        <translation>„%1“ leitet keinen Wert ein</translation>
    </message>
    <message>
        <source>a value must follow “%1”</source>
        <translation>auf „%1“ muss ein Wert folgen</translation>
    </message>
    <message>
        <source>the value after “%1” is not a %1</source>
        <translation>der Wert nach „%1“ ist kein %1</translation>
    </message>
    <message>
        <source>a number is missing</source>
        <translation>eine Zahl fehlt</translation>
    </message>
    <message>
        <source>“%1” is not a string, list, boolean or integer</source>
        <translation>„%1“ ist keine Zeichenkette, keine Liste, kein Boolescher Wert und keine Ganzzahl</translation>
    </message>
    <message>
        <source>the list holds something other than strings</source>
        <translation>die Liste enthält etwas anderes als Zeichenketten</translation>
    </message>
    <message>
        <source>the list opened here has no “]”</source>
        <translation>die hier geöffnete Liste hat kein „]“</translation>
    </message>
    <message>
        <source>expected “,” or “]” in the list, not “%1”</source>
        <translation>„,“ oder „]“ in der Liste erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>“\%1” must be followed by %2 hexadecimal digits of a character</source>
        <translation>auf „\%1“ müssen %2 Hexadezimalziffern eines Zeichens folgen</translation>
    </message>
    <message>
        <source>the string opened here has no closing %1</source>
        <translation>die hier geöffnete Zeichenkette hat kein schließendes %1</translation>
    </message>
</context>
<context>
    <name>GitConfigExporter</name>
    <message>
        <source>git config (include it from ~/.gitconfig)</source>
        <translation>git config (aus ~/.gitconfig einbinden)</translation>
    </message>
</context>
<context>
    <name>GnomeProxy</name>
    <message>
        <source>gsettings was not found, so the GNOME proxy settings cannot be read: install it (Debian and Ubuntu package libglib2.0-bin), or choose another desktop with --desktop.</source>
        <translation>gsettings wurde nicht gefunden, daher können die GNOME-Proxy-Einstellungen nicht gelesen werden: Es installieren (Debian- und Ubuntu-Paket libglib2.0-bin) oder mit --desktop einen anderen Desktop wählen.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>“%1” did not finish within %2 seconds.</source>
        <translation>„%1“ wurde nicht innerhalb von %2 Sekunden beendet.</translation>
    </message>
    <message>
        <source>The GNOME proxy settings schema %1 is not installed (gsettings says: %2). Install it (Debian and Ubuntu package gsettings-desktop-schemas).</source>
        <translation>Das GNOME-Schema für Proxy-Einstellungen %1 ist nicht installiert (gsettings meldet: %2). Es installieren (Debian- und Ubuntu-Paket gsettings-desktop-schemas).</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>gsettings output, line %1: %2</source>
        <translation>gsettings-Ausgabe, Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected “schema key value”, not “%1”</source>
        <translation>„Schema Schlüssel Wert“ erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a schema name</source>
        <translation>„%1“ ist kein Schemaname</translation>
    </message>
    <message>
        <source>“%1” is not a key name</source>
        <translation>„%1“ ist kein Schlüsselname</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>GNOME setting %1 has the unexpected value %2.</source>
        <translation>Die GNOME-Einstellung %1 hat den unerwarteten Wert %2.</translation>
    </message>
    <message>
        <source>GNOME proxy mode “%1” is not none, manual or auto.</source>
        <translation>Der GNOME-Proxy-Modus „%1“ ist nicht none, manual oder auto.</translation>
    </message>
    <message>
        <source>ProxyDeck does not write the GNOME setting “%1”.</source>
        <translation>ProxyDeck schreibt die GNOME-Einstellung „%1“ nicht.</translation>
    </message>
    <message>
        <source>GNOME setting %1 changed since the changes were shown (it is now %2); nothing was applied: look at the changes again.</source>
        <translation>Die GNOME-Einstellung %1 hat sich geändert, seit die Änderungen angezeigt wurden (sie ist jetzt %2); es wurde nichts angewendet: Die Änderungen erneut ansehen.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Nothing was applied: the previous settings could not be kept. %1</source>
        <translation>Es wurde nichts angewendet: Die vorherigen Einstellungen konnten nicht gesichert werden. %1</translation>
    </message>
    <message>
        <source>gsettings did not keep %1 = %2: the settings are not being stored. Is the dconf backend installed (package dconf-gsettings-backend) and a D-Bus session running? GSETTINGS_BACKEND=memory keeps nothing.</source>
        <translation>gsettings hat %1 = %2 nicht behalten: Die Einstellungen werden nicht gespeichert. Ist das dconf-Backend installiert (Paket dconf-gsettings-backend) und läuft eine D-Bus-Sitzung? GSETTINGS_BACKEND=memory speichert nichts.</translation>
    </message>
    <message>
        <source>GNOME setting %1 could not be put back to %2 (it is %3); the backup %4 is kept.</source>
        <translation>Die GNOME-Einstellung %1 konnte nicht auf %2 zurückgesetzt werden (sie ist %3); die Sicherung %4 wird aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>GssContext</name>
    <message>
        <source>no Kerberos ticket (run kinit)</source>
        <translation>kein Kerberos-Ticket (kinit ausführen)</translation>
    </message>
    <message>
        <source>the Kerberos ticket has expired (run kinit)</source>
        <translation>das Kerberos-Ticket ist abgelaufen (kinit ausführen)</translation>
    </message>
    <message>
        <source>cannot reach a KDC for the realm (check krb5.conf and the network)</source>
        <translation>kein KDC für den Realm erreichbar (krb5.conf und das Netzwerk prüfen)</translation>
    </message>
    <message>
        <source>the KDC does not know the proxy&apos;s service principal (HTTP/&lt;proxy host&gt;): use the proxy&apos;s canonical host name</source>
        <translation>der KDC kennt den Service-Principal des Proxys nicht (HTTP/&lt;proxy host&gt;): den kanonischen Hostnamen des Proxys verwenden</translation>
    </message>
    <message>
        <source>NTLM is not available (install gss-ntlmssp)</source>
        <translation>NTLM ist nicht verfügbar (gss-ntlmssp installieren)</translation>
    </message>
    <message>
        <source>GSSAPI: %1</source>
        <translation>GSSAPI: %1</translation>
    </message>
    <message>
        <source>“%1” is not a service name GSSAPI takes: %2</source>
        <translation>„%1“ ist kein Dienstname, den GSSAPI akzeptiert: %2</translation>
    </message>
    <message>
        <source>NTLM needs a user name and a password for the upstream proxy</source>
        <translation>NTLM braucht einen Benutzernamen und ein Passwort für den Upstream-Proxy</translation>
    </message>
    <message>
        <source>“%1” is not a user name NTLM takes: %2</source>
        <translation>„%1“ ist kein Benutzername, den NTLM akzeptiert: %2</translation>
    </message>
    <message>
        <source>the authentication exchange has already ended</source>
        <translation>der Authentifizierungsaustausch ist bereits beendet</translation>
    </message>
</context>
<context>
    <name>HaproxyForwarderExporter</name>
    <message>
        <source>The password is not included. HAProxy reads the Basic credentials from the environment variable %1: the output of</source>
        <translation>Das Passwort ist nicht enthalten. HAProxy liest die Basic-Anmeldedaten aus der Umgebungsvariablen %1: die Ausgabe des folgenden Befehls</translation>
    </message>
    <message>
        <source>Put %1=&lt;that value&gt; in /etc/default/haproxy (read by haproxy.service), readable by root only.</source>
        <translation>%1=&lt;that value&gt; in /etc/default/haproxy eintragen (wird von haproxy.service gelesen), nur für root lesbar.</translation>
    </message>
    <message>
        <source>NO_PROXY is not applied here: HAProxy sends everything it receives upstream. Keep NO_PROXY on the agents for the destinations that must go direct.</source>
        <translation>NO_PROXY wird hier nicht angewendet: HAProxy schickt alles, was es empfängt, an den Upstream-Proxy. NO_PROXY auf den Agenten für die Ziele beibehalten, die direkt gehen müssen.</translation>
    </message>
    <message>
        <source>The CA bundle path contains a control character: the system CAs are used instead.</source>
        <translation>Der Pfad des CA-Bündels enthält ein Steuerzeichen: Stattdessen werden die System-CAs verwendet.</translation>
    </message>
    <message>
        <source>HAProxy forwarder for agents (haproxy.cfg)</source>
        <translation>HAProxy-Forwarder für Agenten (haproxy.cfg)</translation>
    </message>
</context>
<context>
    <name>HttpHeadScanner</name>
    <message>
        <source>request line longer than %1 bytes</source>
        <translation>Anfragezeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>status line longer than %1 bytes</source>
        <translation>Statuszeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>header section larger than %1 bytes</source>
        <translation>Header-Abschnitt größer als %1 Bytes</translation>
    </message>
    <message>
        <source>CR without LF</source>
        <translation>CR ohne LF</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>mehr als %1 Header-Felder</translation>
    </message>
    <message>
        <source>header line 1: starts with whitespace</source>
        <translation>Header-Zeile 1: beginnt mit Leerraum</translation>
    </message>
    <message>
        <source>header line %1: obsolete line folding</source>
        <translation>Header-Zeile %1: veraltete Zeilenfaltung</translation>
    </message>
    <message>
        <source>header line %1: no colon</source>
        <translation>Header-Zeile %1: kein Doppelpunkt</translation>
    </message>
    <message>
        <source>header line %1: empty name</source>
        <translation>Header-Zeile %1: leerer Name</translation>
    </message>
    <message>
        <source>header line %1: space before colon</source>
        <translation>Header-Zeile %1: Leerzeichen vor dem Doppelpunkt</translation>
    </message>
    <message>
        <source>header line %1: invalid character in the name</source>
        <translation>Header-Zeile %1: ungültiges Zeichen im Namen</translation>
    </message>
    <message>
        <source>header line %1: control character 0x%2 in the value</source>
        <translation>Header-Zeile %1: Steuerzeichen 0x%2 im Wert</translation>
    </message>
</context>
<context>
    <name>HttpHeaderFields</name>
    <message>
        <source>empty Content-Length</source>
        <translation>leeres Content-Length</translation>
    </message>
    <message>
        <source>Content-Length is not a number</source>
        <translation>Content-Length ist keine Zahl</translation>
    </message>
    <message>
        <source>Content-Length is too large</source>
        <translation>Content-Length ist zu groß</translation>
    </message>
    <message>
        <source>several different Content-Length values</source>
        <translation>mehrere verschiedene Content-Length-Werte</translation>
    </message>
    <message>
        <source>Transfer-Encoding has an invalid coding</source>
        <translation>Transfer-Encoding hat eine ungültige Kodierung</translation>
    </message>
    <message>
        <source>Transfer-Encoding has chunked twice</source>
        <translation>Transfer-Encoding enthält chunked zweimal</translation>
    </message>
    <message>
        <source>chunked takes no parameters</source>
        <translation>chunked erwartet keine Parameter</translation>
    </message>
    <message>
        <source>empty Transfer-Encoding</source>
        <translation>leeres Transfer-Encoding</translation>
    </message>
</context>
<context>
    <name>HttpRequestHead</name>
    <message>
        <source>request line starts with a space</source>
        <translation>Anfragezeile beginnt mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>request line has no target</source>
        <translation>Anfragezeile hat kein Ziel</translation>
    </message>
    <message>
        <source>invalid character in the method</source>
        <translation>ungültiges Zeichen in der Methode</translation>
    </message>
    <message>
        <source>request line has no HTTP version</source>
        <translation>Anfragezeile hat keine HTTP-Version</translation>
    </message>
    <message>
        <source>space in the request target</source>
        <translation>Leerzeichen im Anfrageziel</translation>
    </message>
    <message>
        <source>control character 0x%1 in the request target</source>
        <translation>Steuerzeichen 0x%1 im Anfrageziel</translation>
    </message>
    <message>
        <source>empty request target</source>
        <translation>leeres Anfrageziel</translation>
    </message>
    <message>
        <source>malformed HTTP version</source>
        <translation>fehlerhafte HTTP-Version</translation>
    </message>
    <message>
        <source>HTTP version not supported; use HTTP/1.1</source>
        <translation>HTTP-Version nicht unterstützt; HTTP/1.1 verwenden</translation>
    </message>
    <message>
        <source>CONNECT needs host:port, not a URL or a path</source>
        <translation>CONNECT braucht host:port, keine URL und keinen Pfad</translation>
    </message>
    <message>
        <source>the target * is only for OPTIONS</source>
        <translation>das Ziel * ist nur für OPTIONS</translation>
    </message>
    <message>
        <source>request target is neither a path nor an absolute URL</source>
        <translation>Anfrageziel ist weder ein Pfad noch eine absolute URL</translation>
    </message>
    <message>
        <source>unsupported URL scheme; use http</source>
        <translation>nicht unterstütztes URL-Schema; http verwenden</translation>
    </message>
    <message>
        <source>absolute URL without //</source>
        <translation>absolute URL ohne //</translation>
    </message>
    <message>
        <source>credentials in the URL are not allowed</source>
        <translation>Zugangsdaten in der URL sind nicht erlaubt</translation>
    </message>
    <message>
        <source>IPv6 address without a closing ]</source>
        <translation>IPv6-Adresse ohne schließende ]</translation>
    </message>
    <message>
        <source>invalid IPv6 address</source>
        <translation>ungültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>unexpected characters after the IPv6 address</source>
        <translation>unerwartete Zeichen nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>empty host</source>
        <translation>leerer Host</translation>
    </message>
    <message>
        <source>host name longer than %1 bytes</source>
        <translation>Hostname länger als %1 Byte</translation>
    </message>
    <message>
        <source>invalid character in the host</source>
        <translation>ungültiges Zeichen im Host</translation>
    </message>
    <message>
        <source>CONNECT needs host:port</source>
        <translation>CONNECT erfordert host:port</translation>
    </message>
    <message>
        <source>port is not a number</source>
        <translation>Port ist keine Zahl</translation>
    </message>
    <message>
        <source>port is over 65535</source>
        <translation>Port ist größer als 65535</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>Port 0</translation>
    </message>
    <message>
        <source>several Host fields</source>
        <translation>mehrere Host-Felder</translation>
    </message>
    <message>
        <source>invalid Host field: %1</source>
        <translation>ungültiges Host-Feld: %1</translation>
    </message>
    <message>
        <source>HTTP/1.1 request without Host</source>
        <translation>HTTP/1.1-Anfrage ohne Host</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>sowohl Transfer-Encoding als auch Content-Length</translation>
    </message>
    <message>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding in einer HTTP/1.0-Anfrage</translation>
    </message>
    <message>
        <source>Transfer-Encoding does not end with chunked</source>
        <translation>Transfer-Encoding endet nicht mit chunked</translation>
    </message>
    <message>
        <source>CONNECT with a body</source>
        <translation>CONNECT mit einem Body</translation>
    </message>
</context>
<context>
    <name>HttpResponseHead</name>
    <message>
        <source>malformed status line</source>
        <translation>fehlerhafte Statuszeile</translation>
    </message>
    <message>
        <source>the server answered with an unsupported HTTP version</source>
        <translation>der Server hat mit einer nicht unterstützten HTTP-Version geantwortet</translation>
    </message>
    <message>
        <source>status code is not a number</source>
        <translation>Statuscode ist keine Zahl</translation>
    </message>
    <message>
        <source>status code below 100</source>
        <translation>Statuscode kleiner als 100</translation>
    </message>
    <message>
        <source>control character 0x%1 in the reason phrase</source>
        <translation>Steuerzeichen 0x%1 in der Reason-Phrase</translation>
    </message>
    <message>
        <source>Transfer-Encoding in an HTTP/1.0 response</source>
        <translation>Transfer-Encoding in einer HTTP/1.0-Antwort</translation>
    </message>
</context>
<context>
    <name>InsecureTls</name>
    <message>
        <source>NODE_EXTRA_CA_CERTS pointing at the CA bundle</source>
        <translation>NODE_EXTRA_CA_CERTS, das auf das CA-Bündel zeigt</translation>
    </message>
    <message>
        <source>skip_ssl_validation: no, with the proxy&apos;s CA trusted</source>
        <translation>skip_ssl_validation: no, mit vertrauenswürdiger CA des Proxys</translation>
    </message>
    <message>
        <source>removing --sslcheck=0, with the proxy&apos;s CA trusted</source>
        <translation>--sslcheck=0 entfernen, mit vertrauenswürdiger CA des Proxys</translation>
    </message>
    <message>
        <source>GIT_SSL_CAINFO pointing at the CA bundle</source>
        <translation>GIT_SSL_CAINFO, das auf das CA-Bündel zeigt</translation>
    </message>
    <message>
        <source>http.sslCAInfo pointing at the CA bundle</source>
        <translation>http.sslCAInfo, das auf das CA-Bündel zeigt</translation>
    </message>
    <message>
        <source>REQUESTS_CA_BUNDLE pointing at the CA bundle</source>
        <translation>REQUESTS_CA_BUNDLE, das auf das CA-Bündel zeigt</translation>
    </message>
    <message>
        <source>cafile= pointing at the CA bundle</source>
        <translation>cafile=, das auf das CA-Bündel zeigt</translation>
    </message>
    <message>
        <source>Acquire::https::CaInfo pointing at the CA bundle</source>
        <translation>Acquire::https::CaInfo, das auf das CA-Bündel zeigt</translation>
    </message>
    <message>
        <source>%1:%2: “%3” turns TLS certificate checking off; use %4 instead.</source>
        <translation>%1:%2: „%3“ schaltet die Prüfung von TLS-Zertifikaten ab; stattdessen %4 verwenden.</translation>
    </message>
</context>
<context>
    <name>JvmOptionsExporter</name>
    <message>
        <source>JVM options (java @file)</source>
        <translation>JVM-Optionen (java @file)</translation>
    </message>
</context>
<context>
    <name>KdeProxy</name>
    <message>
        <source>KDE proxy “%1”: %2</source>
        <translation>KDE-Proxy „%1“: %2</translation>
    </message>
    <message>
        <source>KDE takes its proxy from environment variables (ProxyType=4); import those with “proxydeck import-env”.</source>
        <translation>KDE bezieht seinen Proxy aus Umgebungsvariablen (ProxyType=4); diese mit „proxydeck import-env“ importieren.</translation>
    </message>
    <message>
        <source>KDE ProxyType=%1 is not one ProxyDeck knows; it is read as no proxy.</source>
        <translation>KDE ProxyType=%1 ist ProxyDeck nicht bekannt; es wird als „kein Proxy“ gelesen.</translation>
    </message>
    <message>
        <source>KDE uses the proxy only for the hosts in NoProxyFor (ReversedException=true); ProxyDeck reads them as hosts that go direct.</source>
        <translation>KDE verwendet den Proxy nur für die Hosts in NoProxyFor (ReversedException=true); ProxyDeck liest sie als Hosts, die direkt verbunden werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>ProxyDeck does not write the KDE setting “%1”.</source>
        <translation>ProxyDeck schreibt die KDE-Einstellung „%1“ nicht.</translation>
    </message>
    <message>
        <source>KDE setting %1 changed since the changes were shown; nothing was applied: look at the changes again.</source>
        <translation>KDE-Einstellung %1 hat sich geändert, seit die Änderungen angezeigt wurden; nichts wurde angewendet: Änderungen erneut prüfen.</translation>
    </message>
    <message>
        <source>Nothing was applied: the previous settings could not be kept. %1</source>
        <translation>Nichts wurde angewendet: Die bisherigen Einstellungen konnten nicht beibehalten werden. %1</translation>
    </message>
    <message>
        <source>Cannot remove %1, which ProxyDeck created.</source>
        <translation>%1, von ProxyDeck erstellt, kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ProxyDeck[*]</source>
        <translation>ProxyDeck[*]</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Schlüsselbund: verfügbar</translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation>Schlüsselbund: nicht verfügbar</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Drop to trust these CA certificates</source>
        <translation>Hier ablegen, um diesen CA-Zertifikaten zu vertrauen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>E&amp;ngine</translation>
    </message>
    <message>
        <source>&amp;Start engine</source>
        <translation>Engine &amp;starten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>S&amp;top engine</source>
        <translation>Engine s&amp;toppen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Test connectivity</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ProxyDeck</source>
        <translation>Ü&amp;ber ProxyDeck</translation>
    </message>
    <message>
        <source>About ProxyDeck</source>
        <translation>Über ProxyDeck</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ProxyDeck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Set the outbound proxy once, decide per connection what goes through it, and hand it to every tool.&lt;/p&gt;&lt;p&gt;Settings: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ProxyDeck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Den ausgehenden Proxy einmal festlegen, je Verbindung entscheiden, was ihn nutzt, und ihn jedem Werkzeug übergeben.&lt;/p&gt;&lt;p&gt;Einstellungen: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>NextHop</name>
    <message>
        <source>could not resolve the upstream proxy %1 (%2)</source>
        <translation>Upstream-Proxy %1 konnte nicht aufgelöst werden (%2)</translation>
    </message>
    <message>
        <source>could not resolve %1 (%2)</source>
        <translation>%1 konnte nicht aufgelöst werden (%2)</translation>
    </message>
    <message>
        <source>could not connect to the upstream proxy %1: %2</source>
        <translation>keine Verbindung zum Upstream-Proxy %1 möglich: %2</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>the upstream proxy closed the connection instead of answering CONNECT</source>
        <translation>der Upstream-Proxy hat die Verbindung geschlossen, statt auf CONNECT zu antworten</translation>
    </message>
    <message>
        <source>the upstream proxy closed the connection in the middle of its answer to CONNECT</source>
        <translation>der Upstream-Proxy hat die Verbindung mitten in seiner Antwort auf CONNECT geschlossen</translation>
    </message>
    <message>
        <source>the upstream proxy answered CONNECT with a malformed response: %1</source>
        <translation>der Upstream-Proxy hat auf CONNECT mit einer fehlerhaften Antwort reagiert: %1</translation>
    </message>
    <message>
        <source>upstream proxy rejected the credentials of “%1” (%2): check the password in ProxyDeck</source>
        <translation>Upstream-Proxy hat die Zugangsdaten von „%1“ abgelehnt (%2): Passwort in ProxyDeck prüfen</translation>
    </message>
    <message>
        <source>the upstream proxy refused CONNECT to %1: %2 %3</source>
        <translation>der Upstream-Proxy hat CONNECT zu %1 abgelehnt: %2 %3</translation>
    </message>
    <message>
        <source>could not authenticate to the upstream proxy %1 for CONNECT to %2: %3</source>
        <translation>Authentifizierung beim Upstream-Proxy %1 für CONNECT zu %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>NginxReverseExporter</name>
    <message>
        <source>nginx reverse proxy with WebSocket (conf.d/dss.conf)</source>
        <translation>nginx-Reverse-Proxy mit WebSocket (conf.d/dss.conf)</translation>
    </message>
</context>
<context>
    <name>NoProxyAdvisor</name>
    <message>
        <source>“%1” also sends %2 direct in %3.</source>
        <translation>„%1“ leitet %2 in %3 ebenfalls direkt.</translation>
    </message>
    <message>
        <source>“%1” does not send %2 direct in %3: it goes through the proxy there.</source>
        <translation>„%1“ leitet %2 in %3 nicht direkt: Dort läuft es über den Proxy.</translation>
    </message>
</context>
<context>
    <name>NoProxyList</name>
    <message>
        <source>NO_PROXY entry “%1”: %2</source>
        <translation>NO_PROXY-Eintrag „%1“: %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>the “[” has no matching “]”</source>
        <translation>zu „[“ fehlt die passende „]“</translation>
    </message>
    <message>
        <source>unexpected text after “]”</source>
        <translation>unerwarteter Text nach „]“</translation>
    </message>
    <message>
        <source>there is a port but no host</source>
        <translation>es gibt einen Port, aber keinen Host</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>not a valid network in CIDR notation (such as 10.0.0.0/8 or fd00::/8)</source>
        <translation>kein gültiges Netz in CIDR-Notation (etwa 10.0.0.0/8 oder fd00::/8)</translation>
    </message>
    <message>
        <source>IPv6 zone IDs are not supported</source>
        <translation>IPv6-Zonen-IDs werden nicht unterstützt</translation>
    </message>
    <message>
        <source>not a valid IPv6 address</source>
        <translation>keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>no domain after the leading “%1”</source>
        <translation>keine Domain nach dem führenden „%1“</translation>
    </message>
    <message>
        <source>“*” is understood only alone or as “*.” at the start; no tool reads it elsewhere</source>
        <translation>„*“ wird nur allein oder als „*.“ am Anfang verstanden; an anderer Stelle liest es kein Werkzeug</translation>
    </message>
    <message>
        <source>“%1” cannot appear in a host name</source>
        <translation>„%1“ darf in einem Hostnamen nicht vorkommen</translation>
    </message>
    <message>
        <source>two dots in a row</source>
        <translation>zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>a control character (U+%1) cannot appear in a host name</source>
        <translation>ein Steuerzeichen (U+%1) darf in einem Hostnamen nicht vorkommen</translation>
    </message>
</context>
<context>
    <name>NpmrcExporter</name>
    <message>
        <source>npm (.npmrc)</source>
        <translation>npm (.npmrc)</translation>
    </message>
</context>
<context>
    <name>PacCommand</name>
    <message>
        <source>Print the answers as JSON.</source>
        <translation>Antworten als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Load a PAC script and print what it answers for each URL.</source>
        <translation>Ein PAC-Skript laden und ausgeben, was es für jede URL antwortet.</translation>
    </message>
    <message>
        <source>pac needs a PAC file or URL, e.g. proxydeck pac proxy.pac https://example.com/</source>
        <translation>pac benötigt eine PAC-Datei oder URL, z. B. proxydeck pac proxy.pac https://example.com/</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is over 1 MiB: not a PAC file.</source>
        <translation>%1 ist größer als 1 MiB: keine PAC-Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a URL to look up.</source>
        <translation>„%1“ ist keine URL zum Nachschlagen.</translation>
    </message>
    <message>
        <source>%1: loads, and defines FindProxyForURL.</source>
        <translation>%1: lädt und definiert FindProxyForURL.</translation>
    </message>
    <message>
        <source>Also show which helper functions each answer called, on which line, and what they returned: the last one is the check that decided.</source>
        <translation>Zusätzlich anzeigen, welche Hilfsfunktionen jede Antwort aufgerufen hat, in welcher Zeile und was sie zurückgegeben haben: Die letzte ist die Prüfung, die entschieden hat.</translation>
    </message>
    <message>
        <source>(no helper function was called: the script&apos;s own logic decided)</source>
        <translation>(keine Hilfsfunktion wurde aufgerufen: Die eigene Logik des Skripts hat entschieden)</translation>
    </message>
</context>
<context>
    <name>PacFetch</name>
    <message>
        <source>over 1 MiB: not a PAC file</source>
        <translation>größer als 1 MiB: keine PAC-Datei</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>der Server hat %1 %2 geantwortet</translation>
    </message>
    <message>
        <source>no such host (%1 does not resolve)</source>
        <translation>Host nicht gefunden (%1 lässt sich nicht auflösen)</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2.</source>
        <translation>%1 kann nicht abgerufen werden: %2.</translation>
    </message>
</context>
<context>
    <name>PacScript</name>
    <message>
        <source>%1, line %2: %3 (%4)</source>
        <translation>%1, Zeile %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>in ProxyDeck&apos;s PAC helpers</source>
        <translation>in den PAC-Hilfsfunktionen von ProxyDeck</translation>
    </message>
    <message>
        <source>while loading</source>
        <translation>beim Laden</translation>
    </message>
    <message>
        <source>%1 defines no FindProxyForURL(url, host) function.</source>
        <translation>%1 definiert keine Funktion FindProxyForURL(url, host).</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1: %2 returned %3, not a string such as &quot;PROXY host:port; DIRECT&quot;.</source>
        <translation>%1: %2 hat %3 zurückgegeben, keine Zeichenkette wie &quot;PROXY host:port; DIRECT&quot;.</translation>
    </message>
    <message>
        <source>“%1” in the PAC answer is not DIRECT, PROXY, HTTPS or SOCKS.</source>
        <translation>„%1“ in der PAC-Antwort ist weder DIRECT, PROXY, HTTPS noch SOCKS.</translation>
    </message>
    <message>
        <source>“%1” in the PAC answer needs one host:port.</source>
        <translation>„%1“ in der PAC-Antwort benötigt genau ein host:port.</translation>
    </message>
    <message>
        <source>“%1” in the PAC answer has no valid host:port.</source>
        <translation>„%1“ in der PAC-Antwort hat kein gültiges host:port.</translation>
    </message>
    <message>
        <source>%1 used more than %2 MiB of memory and was stopped.</source>
        <translation>%1 hat mehr als %2 MiB Speicher belegt und wurde angehalten.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms: an endless loop?</source>
        <translation>%1 wurde nicht innerhalb von %2 ms fertig: eine Endlosschleife?</translation>
    </message>
    <message>
        <source>%1, while loading,</source>
        <translation>%1, beim Laden,</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PacSource</name>
    <message>
        <source>Cannot read the PAC file %1: %2</source>
        <translation>Die PAC-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is over 1 MiB: not a PAC file.</source>
        <translation>%1 ist größer als 1 MiB: keine PAC-Datei.</translation>
    </message>
</context>
<context>
    <name>PacTester</name>
    <message>
        <source>Pasted te&amp;xt:</source>
        <translation>Eingefügter Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test the profile&apos;s PAC script</source>
        <translation>PAC-Skript des Profils testen</translation>
    </message>
    <message>
        <source>Test pasted PAC text</source>
        <translation>Eingefügten PAC-Text testen</translation>
    </message>
    <message>
        <source>PAC script text</source>
        <translation>PAC-Skripttext</translation>
    </message>
    <message>
        <source>URL to test</source>
        <translation>Zu testende URL</translation>
    </message>
    <message>
        <source>Test the PAC script</source>
        <translation>PAC-Skript testen</translation>
    </message>
    <message>
        <source>PAC test result</source>
        <translation>PAC-Testergebnis</translation>
    </message>
    <message>
        <source>function FindProxyForURL(url, host) {
    return &quot;PROXY proxy.example:3128; DIRECT&quot;;
}</source>
        <translation>function FindProxyForURL(url, host) {
    return &quot;PROXY proxy.example:3128; DIRECT&quot;;
}</translation>
    </message>
    <message>
        <source>The answer FindProxyForURL gave, the helper functions it called on the way (line, call and result: the last one is the check that decided) and what the script passed to alert().</source>
        <translation>Die Antwort von FindProxyForURL, die dabei aufgerufenen Hilfsfunktionen (Zeile, Aufruf und Ergebnis: Die letzte ist die Prüfung, die entschieden hat) und was das Skript an alert() übergeben hat.</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Skript:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Type the URL to test as http:// or https:// with a host, e.g. https://example.com/.</source>
        <translation>Die zu testende URL als http:// oder https:// mit einem Host eingeben, z. B. https://example.com/.</translation>
    </message>
    <message>
        <source>The profile has no PAC script: type its URL or file in the PAC script field, or paste the script here.</source>
        <translation>Das Profil hat kein PAC-Skript: dessen URL oder Datei im Feld „PAC-Skript“ eingeben oder das Skript hier einfügen.</translation>
    </message>
    <message>
        <source>Paste a PAC script (a FindProxyForURL function) to test.</source>
        <translation>Ein PAC-Skript (eine FindProxyForURL-Funktion) zum Testen einfügen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>line %1: %2 → %3</source>
        <translation>Zeile %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (decided)</source>
        <translation>%1 (entscheidend)</translation>
    </message>
    <message>
        <source>(no helper function was called: the script&apos;s own logic decided)</source>
        <translation>(keine Hilfsfunktion wurde aufgerufen: Die eigene Logik des Skripts hat entschieden)</translation>
    </message>
    <message>
        <source>alert(): %1</source>
        <translation>alert(): %1</translation>
    </message>
    <message>
        <source>UR&amp;L to test:</source>
        <translation>Zu testende UR&amp;L:</translation>
    </message>
    <message>
        <source>The profile&apos;s PAC script (none set)</source>
        <translation>PAC-Skript des Profils (keines festgelegt)</translation>
    </message>
    <message>
        <source>The profile&apos;s PAC script: %1</source>
        <translation>PAC-Skript des Profils: %1</translation>
    </message>
</context>
<context>
    <name>PipConfExporter</name>
    <message>
        <source>pip (pip.conf)</source>
        <translation>pip (pip.conf)</translation>
    </message>
</context>
<context>
    <name>PortRanges</name>
    <message>
        <source>“%1” is not a port (1-65535) or a range such as 1024-65535.</source>
        <translation>„%1“ ist weder ein Port (1-65535) noch ein Bereich wie 1024-65535.</translation>
    </message>
    <message>
        <source>The range “%1” ends before it starts.</source>
        <translation>Der Bereich „%1“ endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>No port given: write for example “443” or “443 8443 1024-65535”.</source>
        <translation>Kein Port angegeben: z. B. „443“ oder „443 8443 1024-65535“ eingeben.</translation>
    </message>
</context>
<context>
    <name>PosixShellExporter</name>
    <message>
        <source>Shell profile (sh, bash, zsh)</source>
        <translation>Shell-Profil (sh, bash, zsh)</translation>
    </message>
</context>
<context>
    <name>PowerShellExporter</name>
    <message>
        <source>For this session; to keep it, install this block in $PROFILE.</source>
        <translation>Für diese Sitzung; um es dauerhaft zu behalten, diesen Block in $PROFILE einfügen.</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Closing the window keeps ProxyDeck running in the tray</source>
        <translation>Beim &amp;Schließen des Fensters läuft ProxyDeck im Systembereich weiter</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits.</source>
        <translation>Dieser Desktop hat keinen Systembereich; Schließen des Fensters beendet ProxyDeck.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticate</name>
    <message>
        <source>an authentication scheme was expected</source>
        <translation>ein Authentifizierungsschema wurde erwartet</translation>
    </message>
    <message>
        <source>a space was expected after the scheme “%1”</source>
        <translation>nach dem Schema „%1“ wurde ein Leerzeichen erwartet</translation>
    </message>
    <message>
        <source>a parameter name was expected</source>
        <translation>ein Parametername wurde erwartet</translation>
    </message>
    <message>
        <source>“=” was expected after the parameter “%1”</source>
        <translation>nach dem Parameter „%1“ wurde „=“ erwartet</translation>
    </message>
    <message>
        <source>the quoted string does not end</source>
        <translation>die Zeichenkette in Anführungszeichen endet nicht</translation>
    </message>
    <message>
        <source>a value was expected for the parameter “%1”</source>
        <translation>für den Parameter „%1“ wurde ein Wert erwartet</translation>
    </message>
    <message>
        <source>“,” was expected between parameters</source>
        <translation>zwischen Parametern wurde „,“ erwartet</translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticator</name>
    <message>
        <source>the upstream proxy rejected the Kerberos ticket (Negotiate) of this session&apos;s user</source>
        <translation>der Upstream-Proxy hat das Kerberos-Ticket (Negotiate) des Benutzers dieser Sitzung abgelehnt</translation>
    </message>
    <message>
        <source>the upstream proxy rejected the NTLM credentials of “%1”: check the user name (DOMAIN\user) and the password in ProxyDeck</source>
        <translation>der Upstream-Proxy hat die NTLM-Zugangsdaten von „%1“ abgelehnt: Benutzernamen (DOMAIN\user) und Passwort in ProxyDeck prüfen</translation>
    </message>
    <message>
        <source>the upstream proxy rejected the credentials of “%1”: check the password in ProxyDeck</source>
        <translation>der Upstream-Proxy hat die Zugangsdaten von „%1“ abgelehnt: Passwort in ProxyDeck prüfen</translation>
    </message>
    <message>
        <source>the %1 exchange with the upstream proxy failed: %2</source>
        <translation>der %1-Austausch mit dem Upstream-Proxy ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Kerberos: %1</source>
        <translation>Kerberos: %1</translation>
    </message>
    <message>
        <source>NTLM: no user is set for the upstream proxy</source>
        <translation>NTLM: für den Upstream-Proxy ist kein Benutzer festgelegt</translation>
    </message>
    <message>
        <source>NTLM: %1</source>
        <translation>NTLM: %1</translation>
    </message>
    <message>
        <source>Basic: no user is set for the upstream proxy</source>
        <translation>Basic: für den Upstream-Proxy ist kein Benutzer festgelegt</translation>
    </message>
    <message>
        <source>the upstream proxy asks for credentials without saying which scheme</source>
        <translation>der Upstream-Proxy verlangt Zugangsdaten, ohne das Schema anzugeben</translation>
    </message>
    <message>
        <source>the upstream proxy asks for %1</source>
        <translation>der Upstream-Proxy verlangt %1</translation>
    </message>
</context>
<context>
    <name>ProxyEndpoint</name>
    <message numerus="yes">
        <source>“%1” looks like an IPv4 address but has %n part(s); an IPv4 address has four numbers separated by dots.</source>
        <translation>
            <numerusform>„%1“ sieht wie eine IPv4-Adresse aus, hat aber %n Teil; eine IPv4-Adresse besteht aus vier durch Punkte getrennten Zahlen.</numerusform>
            <numerusform>„%1“ sieht wie eine IPv4-Adresse aus, hat aber %n Teile; eine IPv4-Adresse besteht aus vier durch Punkte getrennten Zahlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty number in IPv4 address “%1”.</source>
        <translation>Leere Zahl in der IPv4-Adresse „%1“.</translation>
    </message>
    <message>
        <source>“%1” in IPv4 address “%2” has a leading zero, which some tools read as octal; write it without the zero.</source>
        <translation>„%1“ in der IPv4-Adresse „%2“ hat eine führende Null, die manche Werkzeuge als Oktalzahl lesen; ohne die Null schreiben.</translation>
    </message>
    <message>
        <source>“%1” in IPv4 address “%2” is over 255.</source>
        <translation>„%1“ in der IPv4-Adresse „%2“ ist größer als 255.</translation>
    </message>
    <message>
        <source>IPv6 zone IDs (“%1”) name an interface of one machine and cannot be used in a proxy address; remove the part from “%”.</source>
        <translation>IPv6-Zonen-IDs („%1“) bezeichnen eine Schnittstelle eines einzelnen Rechners und können nicht in einer Proxy-Adresse verwendet werden; den Teil ab „%“ entfernen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>Der Hostname ist leer.</translation>
    </message>
    <message>
        <source>The host name is %1 characters long; the limit is %2.</source>
        <translation>Der Hostname ist %1 Zeichen lang; die Grenze liegt bei %2.</translation>
    </message>
    <message>
        <source>The host name has an empty label (two dots in a row or a leading dot).</source>
        <translation>Der Hostname enthält ein leeres Label (zwei Punkte hintereinander oder ein führender Punkt).</translation>
    </message>
    <message>
        <source>The label “%1” is %2 characters long; a label may have at most 63.</source>
        <translation>Das Label „%1“ ist %2 Zeichen lang; ein Label darf höchstens 63 haben.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>The host name contains “%1”, which is not allowed: use letters, digits, hyphens and dots.</source>
        <translation>Der Hostname enthält „%1“, was nicht erlaubt ist: Buchstaben, Ziffern, Bindestriche und Punkte verwenden.</translation>
    </message>
    <message>
        <source>The label “%1” starts or ends with a hyphen.</source>
        <translation>Das Label „%1“ beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>“%1” is neither a valid IPv4 address nor a host name.</source>
        <translation>„%1“ ist weder eine gültige IPv4-Adresse noch ein Hostname.</translation>
    </message>
    <message>
        <source>SOCKS proxies are not supported; use an HTTP or HTTPS proxy.</source>
        <translation>SOCKS-Proxys werden nicht unterstützt; einen HTTP- oder HTTPS-Proxy verwenden.</translation>
    </message>
    <message>
        <source>Unknown proxy scheme “%1”: use http or https.</source>
        <translation>Unbekanntes Proxy-Schema „%1“: http oder https verwenden.</translation>
    </message>
    <message>
        <source>The host is empty.</source>
        <translation>Der Host ist leer.</translation>
    </message>
    <message>
        <source>“%1” is a URL, not a host name; paste it into the host field to have it split into scheme, host and port.</source>
        <translation>„%1“ ist eine URL, kein Hostname; in das Host-Feld einfügen, um sie in Schema, Host und Port aufteilen zu lassen.</translation>
    </message>
    <message>
        <source>The IPv6 address has no closing “]”.</source>
        <translation>Der IPv6-Adresse fehlt die schließende „]“.</translation>
    </message>
    <message>
        <source>Put the port in the port field, not after the host (“%1”).</source>
        <translation>Den Port in das Port-Feld eintragen, nicht hinter den Host („%1“).</translation>
    </message>
    <message>
        <source>The port is empty: proxies usually listen on 3128 or 8080.</source>
        <translation>Der Port ist leer: Proxys lauschen meist auf 3128 oder 8080.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not “%1”.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535, not %1.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The label “%1” starts with “xn--” but is not valid punycode (the ASCII form of an international name); write the name itself or its correct ASCII form.</source>
        <translation>Das Label „%1“ beginnt mit „xn--“, ist aber kein gültiges Punycode (die ASCII-Form eines internationalen Namens); geben Sie den Namen selbst oder seine korrekte ASCII-Form ein.</translation>
    </message>
</context>
<context>
    <name>ProxyForm</name>
    <message>
        <source>Connect through a proxy</source>
        <translation>Über einen Proxy verbinden</translation>
    </message>
    <message>
        <source>Remove stored password</source>
        <translation>Gespeichertes Passwort entfernen</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>HTTPS (TLS to the proxy)</source>
        <translation>HTTPS (TLS zum Proxy)</translation>
    </message>
    <message>
        <source>proxy.example.com, 10.0.0.1, [2001:db8::1] or a whole URL</source>
        <translation>proxy.example.com, 10.0.0.1, [2001:db8::1] oder eine ganze URL</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Proxy scheme</source>
        <translation>Proxy-Schema</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>stored in keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>The URL was split into scheme, host and port.</source>
        <translation>Die URL wurde in Schema, Host und Port aufgeteilt.</translation>
    </message>
    <message>
        <source>Its password was moved to the password field and will be stored in the keychain.</source>
        <translation>Ihr Passwort wurde in das Passwortfeld verschoben und wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Automatic: a PAC script names the proxy for each URL</source>
        <translation>Automatisch: Ein PAC-Skript bestimmt den Proxy für jede URL</translation>
    </message>
    <message>
        <source>Disco&amp;ver (WPAD)</source>
        <translation>&amp;Ermitteln (WPAD)</translation>
    </message>
    <message>
        <source>http://wpad.corp.example/wpad.dat or /etc/proxy.pac</source>
        <translation>http://wpad.corp.example/wpad.dat oder /etc/proxy.pac</translation>
    </message>
    <message>
        <source>Automatic proxy configuration</source>
        <translation>Automatische Proxy-Konfiguration</translation>
    </message>
    <message>
        <source>PAC script URL or file</source>
        <translation>URL oder Datei des PAC-Skripts</translation>
    </message>
    <message>
        <source>Discover the PAC script with WPAD</source>
        <translation>PAC-Skript mit WPAD ermitteln</translation>
    </message>
    <message>
        <source>Look for this network&apos;s PAC script: DHCP option 252 first (lease files, NetworkManager), then http://wpad.&lt;domain&gt;/wpad.dat for the DNS domains.</source>
        <translation>Nach dem PAC-Skript dieses Netzwerks suchen: zuerst DHCP-Option 252 (Lease-Dateien, NetworkManager), dann http://wpad.&lt;domain&gt;/wpad.dat für die DNS-Domains.</translation>
    </message>
    <message>
        <source>WPAD discovery progress</source>
        <translation>Fortschritt der WPAD-Ermittlung</translation>
    </message>
    <message>
        <source>PA&amp;C script:</source>
        <translation>PA&amp;C-Skript:</translation>
    </message>
    <message>
        <source>Looking for a PAC script (WPAD)…</source>
        <translation>PAC-Skript wird gesucht (WPAD)…</translation>
    </message>
    <message>
        <source>Stop disco&amp;very</source>
        <translation>Ermittlung a&amp;nhalten</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Found %1 (%2). Review the profile and save.</source>
        <translation>%1 gefunden (%2). Profil prüfen und speichern.</translation>
    </message>
    <message>
        <source>No PAC script was found.</source>
        <translation>Es wurde kein PAC-Skript gefunden.</translation>
    </message>
    <message>
        <source>There was nothing to try: no DHCP option 252 and no DNS domain.</source>
        <translation>Es gab nichts zu versuchen: keine DHCP-Option 252 und keine DNS-Domain.</translation>
    </message>
    <message>
        <source>Tried:</source>
        <translation>Versucht:</translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2): %3</translation>
    </message>
    <message>
        <source>Sch&amp;eme:</source>
        <translation>Sch&amp;ema:</translation>
    </message>
</context>
<context>
    <name>ProxyPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Du&amp;plicate…</source>
        <translation>Du&amp;plizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import from environment</source>
        <translation>Aus Umgebung &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Read https_proxy, http_proxy and no_proxy (either case) from ProxyDeck&apos;s environment into this profile.</source>
        <translation>https_proxy, http_proxy und no_proxy (in beliebiger Schreibweise) aus der Umgebung von ProxyDeck in dieses Profil übernehmen.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Global proxy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Globaler Proxy&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The outbound proxy this workstation uses. Passwords are kept only in the OS keychain.</source>
        <translation>Der ausgehende Proxy, den dieser Arbeitsplatz verwendet. Passwörter werden nur im Schlüsselbund des Betriebssystems aufbewahrt.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its stored password?</source>
        <translation>Das Profil „%1“ und sein gespeichertes Passwort löschen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The profile has unsaved changes. Save them?</source>
        <translation>Das Profil hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>Keychain unavailable: a password cannot be stored.</source>
        <translation>Schlüsselbund nicht verfügbar: Ein Passwort kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Not stored.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Stored in keychain (service “%1”).</source>
        <translation>Im Schlüsselbund gespeichert (Dienst „%1“).</translation>
    </message>
    <message>
        <source>Not found in the keychain any more; type it again.</source>
        <translation>Nicht mehr im Schlüsselbund vorhanden; erneut eingeben.</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Schlüsselbund nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>This profile is active: exports and the engine use it.</source>
        <translation>Dieses Profil ist aktiv: Exporte und die Engine verwenden es.</translation>
    </message>
    <message>
        <source>This profile is not active.</source>
        <translation>Dieses Profil ist nicht aktiv.</translation>
    </message>
    <message>
        <source>The profile was deleted but its password stays in the keychain</source>
        <translation>Das Profil wurde gelöscht, sein Passwort bleibt aber im Schlüsselbund</translation>
    </message>
    <message>
        <source>Imported %1. Review the fields and save.</source>
        <translation>%1 importiert. Felder prüfen und speichern.</translation>
    </message>
    <message>
        <source>NO_PROXY (saved with the profile): %1</source>
        <translation>NO_PROXY (mit dem Profil gespeichert): %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The password was not saved; the other settings were</source>
        <translation>Das Passwort wurde nicht gespeichert, die übrigen Einstellungen schon</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>The password could not be removed</source>
        <translation>Das Passwort konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Test the PAC script</source>
        <translation>PAC-Skript testen</translation>
    </message>
    <message>
        <source>The desktop&apos;s proxy settings were not imported: %1</source>
        <translation>Die Proxy-Einstellungen der Arbeitsumgebung wurden nicht importiert: %1</translation>
    </message>
    <message>
        <source>Imported the desktop&apos;s proxy settings (%1). Review the fields and save.</source>
        <translation>Proxy-Einstellungen der Arbeitsumgebung importiert (%1). Felder prüfen und speichern.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Replace NO_PROXY</source>
        <translation>NO_PROXY ersetzen</translation>
    </message>
    <message>
        <source>Replace the NO_PROXY list with the desktop&apos;s? It applies to every profile.</source>
        <translation>Die NO_PROXY-Liste durch die der Arbeitsumgebung ersetzen? Sie gilt für alle Profile.</translation>
    </message>
    <message>
        <source>Now: %1
The desktop&apos;s: %2</source>
        <translation>Aktuell: %1
Arbeitsumgebung: %2</translation>
    </message>
    <message>
        <source>This environment sets %1=%2. Import it into the profile “%3”?</source>
        <translation>Diese Umgebung setzt %1=%2. In das Profil „%3“ importieren?</translation>
    </message>
    <message>
        <source>NO_PROXY: %1</source>
        <translation>NO_PROXY: %1</translation>
    </message>
    <message>
        <source>&amp;Make active</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Yes, import</source>
        <translation>Ja, importieren</translation>
    </message>
</context>
<context>
    <name>ProxyProfile</name>
    <message>
        <source>The PAC location is empty: give an http(s):// URL or a file.</source>
        <translation>Der PAC-Speicherort ist leer: eine http(s)://-URL oder eine Datei angeben.</translation>
    </message>
    <message>
        <source>“%1” is not a URL: %2</source>
        <translation>„%1“ ist keine URL: %2</translation>
    </message>
    <message>
        <source>“%1” names no file.</source>
        <translation>„%1“ bezeichnet keine Datei.</translation>
    </message>
    <message>
        <source>A PAC script is fetched over http:// or https://, or read from a file, not “%1:”.</source>
        <translation>Ein PAC-Skript wird über http:// oder https:// abgerufen oder aus einer Datei gelesen, nicht über „%1:“.</translation>
    </message>
    <message>
        <source>“%1” has no host.</source>
        <translation>„%1“ hat keinen Host.</translation>
    </message>
    <message>
        <source>A PAC URL must not carry a user or password.</source>
        <translation>Eine PAC-URL darf weder Benutzer noch Passwort enthalten.</translation>
    </message>
</context>
<context>
    <name>ProxySession</name>
    <message>
        <source>ProxyDeck&apos;s engine has reached its limit of %1 connections; try again shortly.</source>
        <translation>Die Engine von ProxyDeck hat ihre Grenze von %1 Verbindungen erreicht; bitte gleich erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 is not in this engine&apos;s client allowlist.</source>
        <translation>%1 steht nicht in der Client-Zulassungsliste dieser Engine.</translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 s.</source>
        <translation>Der Anfragekopf ist nicht innerhalb von %1 s eingetroffen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The upstream proxy %1</source>
        <translation>Der Upstream-Proxy %1</translation>
    </message>
    <message>
        <source>No response from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>idle for %1 s</source>
        <translation>%1 s inaktiv</translation>
    </message>
    <message>
        <source>closed after %1 s without traffic</source>
        <translation>nach %1 s ohne Datenverkehr geschlossen</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>der Client hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>ProxyDeck&apos;s engine does not answer OPTIONS *.</source>
        <translation>Die Engine von ProxyDeck beantwortet OPTIONS * nicht.</translation>
    </message>
    <message>
        <source>CONNECT to port %1 is not allowed by this engine (allowed: %2).</source>
        <translation>CONNECT zu Port %1 ist von dieser Engine nicht erlaubt (erlaubt: %2).</translation>
    </message>
    <message>
        <source>Send %1:// URLs through CONNECT: set this engine as the proxy for HTTPS too.</source>
        <translation>%1://-URLs über CONNECT senden: diese Engine auch als Proxy für HTTPS festlegen.</translation>
    </message>
    <message>
        <source>direct (NO_PROXY %1)</source>
        <translation>direkt (NO_PROXY %1)</translation>
    </message>
    <message>
        <source>This is ProxyDeck&apos;s proxy engine: set it as your HTTP and HTTPS proxy. GET /status shows its state.</source>
        <translation>Dies ist die Proxy-Engine von ProxyDeck: Sie als HTTP- und HTTPS-Proxy festlegen. GET /status zeigt ihren Zustand.</translation>
    </message>
    <message>
        <source>/status answers GET and HEAD only.</source>
        <translation>/status beantwortet nur GET und HEAD.</translation>
    </message>
    <message>
        <source>the client closed the connection during the request body</source>
        <translation>der Client hat die Verbindung während des Anfrage-Bodys geschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its response head</source>
        <translation>%1 hat die Verbindung mitten im Antwortkopf geschlossen</translation>
    </message>
    <message>
        <source>%1 sent a malformed response: %2</source>
        <translation>%1 hat eine fehlerhafte Antwort gesendet: %2</translation>
    </message>
    <message>
        <source>upstream proxy rejected the credentials of “%1” (407): check the password in ProxyDeck</source>
        <translation>Upstream-Proxy hat die Zugangsdaten von „%1“ abgelehnt (407): Passwort in ProxyDeck prüfen</translation>
    </message>
    <message>
        <source>%1 switched protocols without being asked to</source>
        <translation>%1 hat das Protokoll gewechselt, ohne dazu aufgefordert zu sein</translation>
    </message>
    <message>
        <source>bad chunked response: %1</source>
        <translation>fehlerhafte chunked-Antwort: %1</translation>
    </message>
    <message>
        <source>%1 closed the connection before the end of the response</source>
        <translation>%1 hat die Verbindung vor dem Ende der Antwort geschlossen</translation>
    </message>
    <message>
        <source>direct (PAC failed: %1)</source>
        <translation>direkt (PAC fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <source> (no HTTP proxy in the answer: direct)</source>
        <translation> (kein HTTP-Proxy in der Antwort: direkt)</translation>
    </message>
    <message>
        <source>the upstream proxy %1 asks for %2 authentication, which sends a request more than once; the engine does not repeat a request with a body: send it again</source>
        <translation>der Upstream-Proxy %1 verlangt %2-Authentifizierung, die eine Anfrage mehrfach sendet; die Engine wiederholt keine Anfrage mit Body: Anfrage erneut senden</translation>
    </message>
    <message>
        <source>could not authenticate to the upstream proxy %1: %2</source>
        <translation>Authentifizierung beim Upstream-Proxy %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the upstream proxy %1 answered an NTLM NEGOTIATE alone with %2, not 407: the request was not sent</source>
        <translation>der Upstream-Proxy %1 hat ein einzelnes NTLM-NEGOTIATE mit %2 statt 407 beantwortet: Die Anfrage wurde nicht gesendet</translation>
    </message>
</context>
<context>
    <name>ProxyUrlParts</name>
    <message>
        <source>The proxy URL is empty.</source>
        <translation>Die Proxy-URL ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid proxy URL: %2</source>
        <translation>„%1“ ist keine gültige Proxy-URL: %2</translation>
    </message>
</context>
<context>
    <name>RemoteEnginesBar</name>
    <message>
        <source>Connect to engine…</source>
        <translation>Mit Engine verbinden…</translation>
    </message>
    <message>
        <source>Watch the traffic of `proxydeck serve` on another host through its status socket.</source>
        <translation>Den Datenverkehr von `proxydeck serve` auf einem anderen Host über dessen Status-Socket beobachten.</translation>
    </message>
    <message>
        <source>Remembered engine %1 skipped: %2</source>
        <translation>Gemerkte Engine %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Engine %1 needs its token again: %2</source>
        <translation>Engine %1 benötigt ihr Token erneut: %2</translation>
    </message>
    <message>
        <source>The token of %1 is not remembered: %2</source>
        <translation>Das Token von %1 ist nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Change token…</source>
        <translation>Token ändern…</translation>
    </message>
    <message>
        <source>Disconnect and forget</source>
        <translation>Trennen und vergessen</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: nicht verbunden</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: wird verbunden…</translation>
    </message>
    <message>
        <source>%1: connected, %2 open</source>
        <translation>%1: verbunden, %2 offen</translation>
    </message>
    <message>
        <source>%1: lost (%2)</source>
        <translation>%1: verloren (%2)</translation>
    </message>
    <message>
        <source>%1: stopped (%2)</source>
        <translation>%1: angehalten (%2)</translation>
    </message>
    <message>
        <source>%1: lost, retrying</source>
        <translation>%1: verloren, neuer Versuch</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: angehalten</translation>
    </message>
    <message>
        <source>Connect to engine</source>
        <translation>Mit Engine verbinden</translation>
    </message>
    <message>
        <source>the output of `proxydeck status-token` on that host</source>
        <translation>die Ausgabe von `proxydeck status-token` auf diesem Host</translation>
    </message>
    <message>
        <source>Status socket:</source>
        <translation>Status-Socket:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>The token is needed: the engine turns away whoever does not give it.</source>
        <translation>Das Token ist erforderlich: Die Engine weist jeden ab, der es nicht angibt.</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>Proxied</source>
        <translation>Über Proxy</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Umgangen</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Must bypass</source>
        <translation>Muss umgehen</translation>
    </message>
    <message>
        <source>Automatic (PAC)</source>
        <translation>Automatisch (PAC)</translation>
    </message>
</context>
<context>
    <name>RouteResolver</name>
    <message>
        <source>connection “%1”</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <source>The active profile “%1” uses no proxy.</source>
        <translation>Das aktive Profil „%1“ verwendet keinen Proxy.</translation>
    </message>
    <message>
        <source>The NO_PROXY entry “%1” matches %2.</source>
        <translation>Der NO_PROXY-Eintrag „%1“ trifft auf %2 zu.</translation>
    </message>
    <message>
        <source>The NO_PROXY entry “%1” (from %2) matches %3.</source>
        <translation>Der NO_PROXY-Eintrag „%1“ (aus %2) trifft auf %3 zu.</translation>
    </message>
    <message>
        <source>Through %1 (profile “%2”): no NO_PROXY entry matches %3.</source>
        <translation>Über %1 (Profil „%2“): Kein NO_PROXY-Eintrag trifft auf %3 zu.</translation>
    </message>
    <message>
        <source>Unknown connection kind “%1”.</source>
        <translation>Unbekannte Verbindungsart „%1“.</translation>
    </message>
    <message>
        <source>%1 does not speak HTTP, so no HTTP proxy can carry it: allow %2 in the firewall.</source>
        <translation>%1 spricht kein HTTP, daher kann es kein HTTP-Proxy transportieren: %2 in der Firewall freigeben.</translation>
    </message>
    <message>
        <source>%1 does not support a proxy: it connects directly, so allow %2 in the firewall.</source>
        <translation>%1 unterstützt keinen Proxy: Es verbindet sich direkt, daher %2 in der Firewall freigeben.</translation>
    </message>
    <message>
        <source>%1 cannot go through an %2:// proxy: it bypasses it, so allow %3 in the firewall.</source>
        <translation>%1 kann nicht über einen %2://-Proxy gehen: Es umgeht ihn, daher %3 in der Firewall freigeben.</translation>
    </message>
    <message>
        <source>“Use global proxy” is off for this connection: allow %1 in the firewall.</source>
        <translation>„Globalen Proxy verwenden“ ist für diese Verbindung ausgeschaltet: %1 in der Firewall freigeben.</translation>
    </message>
    <message>
        <source>Through %1 (profile “%2”).</source>
        <translation>Über %1 (Profil „%2“).</translation>
    </message>
    <message>
        <source>%1, which cannot use this proxy</source>
        <translation>%1, das diesen Proxy nicht verwenden kann</translation>
    </message>
    <message>
        <source>Allow %1 in the firewall.</source>
        <translation>%1 in der Firewall freigeben.</translation>
    </message>
    <message>
        <source>The PAC script %1 decides for each request (profile “%2”).</source>
        <translation>Das PAC-Skript %1 entscheidet für jede Anfrage (Profil „%2“).</translation>
    </message>
    <message>
        <source>The PAC script %1 gave no answer for %2: %3</source>
        <translation>Das PAC-Skript %1 hat für %2 keine Antwort gegeben: %3</translation>
    </message>
    <message>
        <source>The PAC script %1 answered “%2” for %3.</source>
        <translation>Das PAC-Skript %1 hat für %3 „%2“ geantwortet.</translation>
    </message>
    <message>
        <source>Through %1: the PAC script %2 answered “%3” for %4.</source>
        <translation>Über %1: Das PAC-Skript %2 hat für %4 „%3“ geantwortet.</translation>
    </message>
    <message>
        <source>The PAC script %1 answered “%2” for %3: ProxyDeck speaks to HTTP proxies only, not SOCKS.</source>
        <translation>Das PAC-Skript %1 hat für %3 „%2“ geantwortet: ProxyDeck spricht nur mit HTTP-Proxys, nicht mit SOCKS.</translation>
    </message>
</context>
<context>
    <name>RouteTarget</name>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL or host:port.</source>
        <translation>„%1“ ist keine gültige URL und kein gültiges host:port.</translation>
    </message>
    <message>
        <source>“%1” has no port, and %2 has no default port.</source>
        <translation>„%1“ hat keinen Port, und %2 hat keinen Standardport.</translation>
    </message>
</context>
<context>
    <name>RoutingCommands</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also tell what a tool would do with the exported NO_PROXY: curl, wget, requests, urllib, go, node, java, git, or all.</source>
        <translation>Zusätzlich angeben, was ein Werkzeug mit dem exportierten NO_PROXY tun würde: curl, wget, requests, urllib, go, node, java, git oder all.</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>URLs or host:port to route.</source>
        <translation>URLs oder host:port, deren Route ermittelt werden soll.</translation>
    </message>
    <message>
        <source>Where each URL goes with the active profile and the NO_PROXY rules, and why.</source>
        <translation>Wohin jede URL mit dem aktiven Profil und den NO_PROXY-Regeln geht und warum.</translation>
    </message>
    <message>
        <source>route needs at least one URL.</source>
        <translation>route benötigt mindestens eine URL.</translation>
    </message>
    <message>
        <source>--tool: unknown tool “%1”.</source>
        <translation>--tool: unbekanntes Werkzeug „%1“.</translation>
    </message>
    <message>
        <source>Direct: no proxy is exported.</source>
        <translation>Direkt: Es wird kein Proxy exportiert.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>via proxy</source>
        <translation>über Proxy</translation>
    </message>
    <message>
        <source>(differs) </source>
        <translation>(abweichend) </translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>list | add ENTRY… | remove ENTRY…</source>
        <translation>list | add EINTRAG… | remove EINTRAG…</translation>
    </message>
    <message>
        <source>Edit the NO_PROXY rules. Entries are checked; warnings say which tools read an entry differently.</source>
        <translation>NO_PROXY-Regeln bearbeiten. Einträge werden geprüft; Warnungen nennen die Werkzeuge, die einen Eintrag anders lesen.</translation>
    </message>
    <message>
        <source>noproxy: use list, add or remove.</source>
        <translation>noproxy: list, add oder remove verwenden.</translation>
    </message>
    <message>
        <source>noproxy list takes no entries.</source>
        <translation>noproxy list nimmt keine Einträge an.</translation>
    </message>
    <message>
        <source>noproxy %1 needs at least one entry.</source>
        <translation>noproxy %1 benötigt mindestens einen Eintrag.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Exported NO_PROXY: %1</source>
        <translation>Exportiertes NO_PROXY: %1</translation>
    </message>
    <message>
        <source>“%1” is not in the NO_PROXY rules.</source>
        <translation>„%1“ ist nicht in den NO_PROXY-Regeln enthalten.</translation>
    </message>
    <message>
        <source>Connection kind (see “connection kinds”).</source>
        <translation>Verbindungsart (siehe „connection kinds“).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>URL or host:port.</source>
        <translation>URL oder host:port.</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>edit: the new name.</source>
        <translation>edit: der neue Name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>add: do not use the global proxy.</source>
        <translation>add: den globalen Proxy nicht verwenden.</translation>
    </message>
    <message>
        <source>list | kinds | add NAME --kind K --endpoint E [--no-proxy] | edit NAME [--name N] [--kind K] [--endpoint E] | remove NAME | proxy NAME on|off</source>
        <translation>list | kinds | add NAME --kind K --endpoint E [--no-proxy] | edit NAME [--name N] [--kind K] [--endpoint E] | remove NAME | proxy NAME on|off</translation>
    </message>
    <message>
        <source>Manage named connections and see the route of each.</source>
        <translation>Benannte Verbindungen verwalten und die Route jeder einzelnen anzeigen.</translation>
    </message>
    <message>
        <source>connection: use list, kinds, add, edit, remove or proxy.</source>
        <translation>connection: list, kinds, add, edit, remove oder proxy verwenden.</translation>
    </message>
    <message>
        <source>connection %1: wrong number of arguments; see “proxydeck connection --help”.</source>
        <translation>connection %1: falsche Anzahl von Argumenten; siehe „proxydeck connection --help“.</translation>
    </message>
    <message>
        <source>  (proxy off)</source>
        <translation>  (Proxy aus)</translation>
    </message>
    <message>
        <source>connection add needs --kind and --endpoint.</source>
        <translation>connection add benötigt --kind und --endpoint.</translation>
    </message>
    <message>
        <source>No connection named “%1”; see “proxydeck connection list”.</source>
        <translation>Keine Verbindung namens „%1“; siehe „proxydeck connection list“.</translation>
    </message>
    <message>
        <source>connection proxy: say on or off.</source>
        <translation>connection proxy: on oder off angeben.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>NO_PROXY entries</source>
        <translation>NO_PROXY-Einträge</translation>
    </message>
    <message>
        <source>localhost, .corp.example, 10.0.0.0/8, [fd00::1]:8080 …</source>
        <translation>localhost, .corp.example, 10.0.0.0/8, [fd00::1]:8080 …</translation>
    </message>
    <message>
        <source>New NO_PROXY entries</source>
        <translation>Neue NO_PROXY-Einträge</translation>
    </message>
    <message>
        <source>Type a URL to see who goes direct: https://api.corp.example/v1</source>
        <translation>URL eingeben, um zu sehen, wer direkt verbindet: https://api.corp.example/v1</translation>
    </message>
    <message>
        <source>URL to explain</source>
        <translation>Zu erklärende URL</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>NO_PROXY rules</source>
        <translation>NO_PROXY-Regeln</translation>
    </message>
    <message>
        <source>Who goes direct?</source>
        <translation>Wer verbindet direkt?</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Bypass rules&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Umgehungsregeln&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1  (from %2)</source>
        <translation>%1  (aus %2)</translation>
    </message>
    <message>
        <source>Exported NO_PROXY: %1</source>
        <translation>Exportiertes NO_PROXY: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;ProxyDeck: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;ProxyDeck: %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Modelled on %1; reads %2</source>
        <translation>Nachgebildet nach %1; liest %2</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>via proxy</source>
        <translation>über Proxy</translation>
    </message>
    <message>
        <source>Differs from ProxyDeck&apos;s own decision</source>
        <translation>Weicht von der eigenen Entscheidung von ProxyDeck ab</translation>
    </message>
    <message>
        <source>Java: -Dhttp.nonProxyHosts=&quot;%1&quot;</source>
        <translation>Java: -Dhttp.nonProxyHosts=&quot;%1&quot;</translation>
    </message>
    <message>
        <source>How each tool reaches the URL</source>
        <translation>Wie jedes Werkzeug die URL erreicht</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password is stored in the keychain for this profile.</source>
        <translation>Für dieses Profil ist kein Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren und erneut versuchen.</translation>
    </message>
    <message>
        <source>The keychain could not delete the password: %1</source>
        <translation>Der Schlüsselbund konnte das Passwort nicht löschen: %1</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1 %2</source>
        <translation>Kein Schlüsselbund erreichbar: %1 %2</translation>
    </message>
    <message>
        <source>no backend available.</source>
        <translation>kein Backend verfügbar.</translation>
    </message>
    <message>
        <source>ProxyDeck stores passwords in the macOS Keychain; make sure the login keychain is unlocked.</source>
        <translation>ProxyDeck speichert Passwörter im macOS-Schlüsselbund; sicherstellen, dass der Anmeldeschlüsselbund entsperrt ist.</translation>
    </message>
    <message>
        <source>ProxyDeck stores passwords in the Windows Credential Manager; make sure it is running.</source>
        <translation>ProxyDeck speichert Passwörter in der Windows-Anmeldeinformationsverwaltung; sicherstellen, dass sie läuft.</translation>
    </message>
    <message>
        <source>ProxyDeck stores passwords only in a Secret Service keychain (org.freedesktop.secrets on the D-Bus session bus): install and unlock gnome-keyring or KWallet (for example “apt install gnome-keyring”), then try again.</source>
        <translation>ProxyDeck speichert Passwörter nur in einem Secret-Service-Schlüsselbund (org.freedesktop.secrets auf dem D-Bus-Sitzungsbus): gnome-keyring oder KWallet installieren und entsperren (zum Beispiel „apt install gnome-keyring“), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. %2</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet. %2</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:3128; 0 for any free port).</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard 127.0.0.1:3128; 0 für einen beliebigen freien Port).</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>A client network allowed to connect (repeatable); without one, only loopback clients are. Required to listen beyond loopback.</source>
        <translation>Ein Client-Netz, das sich verbinden darf (wiederholbar); ohne Angabe nur Loopback-Clients. Erforderlich, um über Loopback hinaus zu lauschen.</translation>
    </message>
    <message>
        <source>cidr</source>
        <translation>cidr</translation>
    </message>
    <message>
        <source>Profile to chain to (default: the active one).</source>
        <translation>Profil, an das weitergeleitet wird (Standard: das aktive).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ports CONNECT may reach (default 443), e.g. &quot;20 21 443 1024-65535&quot;.</source>
        <translation>Ports, die CONNECT erreichen darf (Standard 443), z. B. &quot;20 21 443 1024-65535&quot;.</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Client connections at once; more get 503 (default 4096).</source>
        <translation>Gleichzeitige Client-Verbindungen; weitere erhalten 503 (Standard 4096).</translation>
    </message>
    <message>
        <source>Print one line per finished tunnel or request.</source>
        <translation>Eine Zeile pro beendetem Tunnel oder beendeter Anfrage ausgeben.</translation>
    </message>
    <message>
        <source>Run the local proxy engine until SIGTERM or SIGINT.</source>
        <translation>Die lokale Proxy-Engine bis SIGTERM oder SIGINT ausführen.</translation>
    </message>
    <message>
        <source>serve takes no arguments: %1</source>
        <translation>serve nimmt keine Argumente an: %1</translation>
    </message>
    <message>
        <source>--workers takes a number from 1 to 256.</source>
        <translation>--workers nimmt eine Zahl von 1 bis 256 an.</translation>
    </message>
    <message>
        <source>--max-connections takes a positive number.</source>
        <translation>--max-connections nimmt eine positive Zahl an.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>could not install the signal handlers</source>
        <translation>die Signal-Handler konnten nicht installiert werden</translation>
    </message>
    <message>
        <source>ProxyDeck engine listening on %1, profile “%2”, %3.</source>
        <translation>ProxyDeck-Engine lauscht auf %1, Profil „%2“, %3.</translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation>Upstream %1</translation>
    </message>
    <message>
        <source>no upstream (direct)</source>
        <translation>kein Upstream (direkt)</translation>
    </message>
    <message>
        <source>Stopping: finishing open tunnels (up to %1 s; again to stop now).</source>
        <translation>Wird beendet: Offene Tunnel werden abgeschlossen (bis zu %1 s; erneut, um sofort zu beenden).</translation>
    </message>
    <message>
        <source>ProxyDeck engine stopped.</source>
        <translation>ProxyDeck-Engine beendet.</translation>
    </message>
    <message>
        <source>Address and port of the status WebSocket (default 127.0.0.1:3129).</source>
        <translation>Adresse und Port des Status-WebSockets (Standard 127.0.0.1:3129).</translation>
    </message>
    <message>
        <source>Do not open the status WebSocket.</source>
        <translation>Den Status-WebSocket nicht öffnen.</translation>
    </message>
    <message>
        <source>The status socket on %1 needs --allow: without an allowlist only loopback clients may watch the engine.</source>
        <translation>Der Status-Socket auf %1 benötigt --allow: Ohne Zulassungsliste dürfen nur Loopback-Clients die Engine beobachten.</translation>
    </message>
    <message>
        <source>(choose another with --status-listen, or --no-status)</source>
        <translation>(mit --status-listen eine andere wählen oder --no-status)</translation>
    </message>
    <message>
        <source>Status socket on ws://%1 (token in %2).</source>
        <translation>Status-Socket auf ws://%1 (Token in %2).</translation>
    </message>
    <message>
        <source>status socket: turned away %1 (%2)</source>
        <translation>Status-Socket: %1 abgewiesen (%2)</translation>
    </message>
    <message>
        <source>Write a new token; watchers holding the old one are turned away.</source>
        <translation>Ein neues Token schreiben; Beobachter mit dem alten Token werden abgewiesen.</translation>
    </message>
    <message>
        <source>Print the token a console needs to watch this engine&apos;s status socket.</source>
        <translation>Das Token ausgeben, das eine Konsole benötigt, um den Status-Socket dieser Engine zu beobachten.</translation>
    </message>
    <message>
        <source>status-token takes no arguments: %1</source>
        <translation>status-token nimmt keine Argumente an: %1</translation>
    </message>
    <message>
        <source>Read the engine&apos;s token from standard input.</source>
        <translation>Das Token der Engine von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>The remote engines the console&apos;s Traffic page watches over their status sockets.</source>
        <translation>Die entfernten Engines, die die Seite „Datenverkehr“ der Konsole über ihre Status-Sockets beobachtet.</translation>
    </message>
    <message>
        <source>Usage: proxydeck watch list | add URL --token-stdin | remove URL</source>
        <translation>Aufruf: proxydeck watch list | add URL --token-stdin | remove URL</translation>
    </message>
    <message>
        <source>watch add needs the token on standard input: --token-stdin.</source>
        <translation>watch add benötigt das Token auf der Standardeingabe: --token-stdin.</translation>
    </message>
    <message>
        <source>--token-stdin: that is not a status token (%1 characters of A–Z a–z 0–9 - _, as `proxydeck status-token` prints).</source>
        <translation>--token-stdin: Das ist kein Status-Token (%1 Zeichen aus A–Z a–z 0–9 - _, wie von `proxydeck status-token` ausgegeben).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A profile name may have at most 100 characters.</source>
        <translation>Ein Profilname darf höchstens 100 Zeichen haben.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No such profile.</source>
        <translation>Profil nicht vorhanden.</translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation>Das letzte Profil kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The user name must not contain a line break.</source>
        <translation>Der Benutzername darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Unknown connection kind “%1”.</source>
        <translation>Unbekannte Verbindungsart „%1“.</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>Verbindung nicht vorhanden.</translation>
    </message>
    <message>
        <source>A profile name must not contain a line break or another control character (character %1).</source>
        <translation>Ein Profilname darf weder einen Zeilenumbruch noch ein anderes Steuerzeichen enthalten (Zeichen %1).</translation>
    </message>
    <message>
        <source>A profile has a fixed proxy or a PAC script, not both.</source>
        <translation>Ein Profil hat entweder einen festen Proxy oder ein PAC-Skript, nicht beides.</translation>
    </message>
</context>
<context>
    <name>SettingsCodec</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2 (Byte %3): %4</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>written by a newer ProxyDeck (settings version %1; this one reads up to %2). Update ProxyDeck; the file was left untouched.</source>
        <translation>von einem neueren ProxyDeck geschrieben (Einstellungsversion %1; diese Version liest bis %2). ProxyDeck aktualisieren; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>“%1” is used by two profiles</source>
        <translation>„%1“ wird von zwei Profilen verwendet</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>unknown connection kind “%1”</source>
        <translation>unbekannte Verbindungsart „%1“</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>“%1” is used by two connections</source>
        <translation>„%1“ wird von zwei Verbindungen verwendet</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>a profile has a fixed proxy (host) or a PAC script, not both</source>
        <translation>ein Profil hat entweder einen festen Proxy (Host) oder ein PAC-Skript, nicht beides</translation>
    </message>
    <message>
        <source>must be one of %1, or empty for the system&apos;s language</source>
        <translation>muss eines von %1 sein, oder leer für die Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Cannot read settings file %1: %2. Using defaults; the file will not be overwritten.</source>
        <translation>Einstellungsdatei %1 kann nicht gelesen werden: %2. Standardwerte werden verwendet; die Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Settings file %1 is %2 bytes, over the %3-byte limit. Using defaults; the file will not be overwritten.</source>
        <translation>Einstellungsdatei %1 ist %2 Byte groß und überschreitet die Grenze von %3 Byte. Standardwerte werden verwendet; die Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Settings file %1 is damaged (%2). It was kept as %3; defaults are used.</source>
        <translation>Einstellungsdatei %1 ist beschädigt (%2). Sie wurde als %3 aufbewahrt; Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>Settings file %1 is damaged (%2) and could not be moved aside; defaults are used and the file will not be overwritten.</source>
        <translation>Einstellungsdatei %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden; Standardwerte werden verwendet und die Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Cannot create folder %1 for %2.</source>
        <translation>Ordner %1 für %2 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Settings file %1: %2</source>
        <translation>Einstellungsdatei %1: %2</translation>
    </message>
</context>
<context>
    <name>SquidForwardExporter</name>
    <message>
        <source>This profile uses no proxy: Squid goes direct.</source>
        <translation>Dieses Profil verwendet keinen Proxy: Squid verbindet direkt.</translation>
    </message>
    <message>
        <source>squid.conf cannot name the CA bundle “%1” (white space or a quote): copy it to a plain path and add tls-cafile=PATH to cache_peer; until then Squid uses the system CAs.</source>
        <translation>squid.conf kann das CA-Bündel „%1“ nicht angeben (Leerraum oder Anführungszeichen): es in einen einfachen Pfad kopieren und tls-cafile=PATH zu cache_peer hinzufügen; bis dahin verwendet Squid die System-CAs.</translation>
    </message>
    <message>
        <source>The password is not included and Squid cannot read it from the environment. To authenticate, replace the cache_peer line below by the commented one, with PASSWORD replaced by the password percent-encoded (every byte except A-Z a-z 0-9 - . _ ~ as %XX, e.g. @ as %40, % as %25, space as %20): Squid decodes login= once.</source>
        <translation>Das Passwort ist nicht enthalten, und Squid kann es nicht aus der Umgebung lesen. Zur Authentifizierung die cache_peer-Zeile unten durch die auskommentierte ersetzen, wobei PASSWORD durch das prozentkodierte Passwort ersetzt wird (jedes Byte außer A-Z a-z 0-9 - . _ ~ als %XX, z. B. @ als %40, % als %25, Leerzeichen als %20): Squid dekodiert login= einmal.</translation>
    </message>
    <message>
        <source>Squid forward proxy (squid.conf)</source>
        <translation>Squid-Forward-Proxy (squid.conf)</translation>
    </message>
</context>
<context>
    <name>StatusClient</name>
    <message>
        <source>no word from the engine for %1 s</source>
        <translation>seit %1 s keine Nachricht von der Engine</translation>
    </message>
    <message>
        <source>“%1” is not an engine address: write ws://host:port.</source>
        <translation>„%1“ ist keine Engine-Adresse: ws://host:port eingeben.</translation>
    </message>
    <message>
        <source>“%1”: the status socket speaks ws:// or wss://, not %2://.</source>
        <translation>„%1“: Der Status-Socket spricht ws:// oder wss://, nicht %2://.</translation>
    </message>
    <message>
        <source>“%1”: give only ws://host:port; the token goes in its own field.</source>
        <translation>„%1“: nur ws://host:port angeben; das Token gehört in ein eigenes Feld.</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <source>the engine sent a message this version cannot read: %1</source>
        <translation>die Engine hat eine Nachricht gesendet, die diese Version nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>the engine sent changes before its snapshot</source>
        <translation>die Engine hat Änderungen vor ihrem Snapshot gesendet</translation>
    </message>
    <message>
        <source>the engine turned this console away: %1</source>
        <translation>die Engine hat diese Konsole abgewiesen: %1</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>“%1”: leave the user and password out; the engine asks for its token only.</source>
        <translation>„%1“: Benutzer und Passwort weglassen; die Engine verlangt nur ihr Token.</translation>
    </message>
</context>
<context>
    <name>StatusProtocol</name>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>muss eine ganze Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>“%1” is not tunnel, request or websocket</source>
        <translation>„%1“ ist weder tunnel, request noch websocket</translation>
    </message>
    <message>
        <source>“%1” is not connecting, open, closed or failed</source>
        <translation>„%1“ ist weder connecting, open, closed noch failed</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>a status message must be a JSON object</source>
        <translation>eine Statusnachricht muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is missing or not a number</source>
        <translation>fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>the engine speaks status schema %1; this version of ProxyDeck reads %2</source>
        <translation>die Engine spricht Statusschema %1; diese Version von ProxyDeck liest %2</translation>
    </message>
    <message>
        <source>“%1” is not snapshot, changes or status</source>
        <translation>„%1“ ist weder snapshot, changes noch status</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
</context>
<context>
    <name>StatusServer</name>
    <message>
        <source>The status socket cannot listen on %1: %2</source>
        <translation>Der Status-Socket kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>not in the allowlist</source>
        <translation>nicht in der Zulassungsliste</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>falsches Token</translation>
    </message>
    <message>
        <source>too many clients</source>
        <translation>zu viele Clients</translation>
    </message>
</context>
<context>
    <name>StatusToken</name>
    <message>
        <source>%1 can be read by other users: make it private (chmod 600) or rotate the token.</source>
        <translation>%1 ist für andere Benutzer lesbar: privat machen (chmod 600) oder das Token erneuern.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not hold a status token (%2 characters of A–Z a–z 0–9 - _ expected): rotate the token to write a new one.</source>
        <translation>%1 enthält kein Status-Token (%2 Zeichen aus A–Z a–z 0–9 - _ erwartet): Token erneuern, um ein neues zu schreiben.</translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>Print the reports as JSON.</source>
        <translation>Berichte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also try a WebSocket upgrade (always done for ws:// and wss:// URLs).</source>
        <translation>Zusätzlich ein WebSocket-Upgrade versuchen (bei ws://- und wss://-URLs immer).</translation>
    </message>
    <message>
        <source>Seconds a step may take (default 10).</source>
        <translation>Sekunden, die ein Schritt dauern darf (Standard 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Test step by step how URLs (or, without one, every connection) are reached.</source>
        <translation>Schritt für Schritt testen, wie URLs (oder, ohne Angabe, alle Verbindungen) erreicht werden.</translation>
    </message>
    <message>
        <source>--timeout takes seconds, from 0.1 to 600.</source>
        <translation>--timeout nimmt Sekunden an, von 0.1 bis 600.</translation>
    </message>
    <message>
        <source>Nothing to test: give a URL, or add connections (proxydeck connection add).</source>
        <translation>Nichts zu testen: eine URL angeben oder Verbindungen hinzufügen (proxydeck connection add).</translation>
    </message>
    <message>
        <source>testing without the proxy password: %1</source>
        <translation>Test ohne das Proxy-Passwort: %1</translation>
    </message>
</context>
<context>
    <name>ThroughputGraph</name>
    <message>
        <source>Throughput of the last five minutes</source>
        <translation>Durchsatz der letzten fünf Minuten</translation>
    </message>
    <message>
        <source>%1 s ago: ↑ %2/s, ↓ %3/s</source>
        <translation>vor %1 s: ↑ %2/s, ↓ %3/s</translation>
    </message>
    <message>
        <source>peak %1/s · ↓ down ↑ up</source>
        <translation>Spitze %1/s · ↓ empfangen ↑ gesendet</translation>
    </message>
</context>
<context>
    <name>ToolModel</name>
    <message>
        <source>http_proxy (lower case only), https_proxy or HTTPS_PROXY; no_proxy wins over NO_PROXY</source>
        <translation>http_proxy (nur Kleinschreibung), https_proxy oder HTTPS_PROXY; no_proxy hat Vorrang vor NO_PROXY</translation>
    </message>
    <message>
        <source>lower-case http_proxy, https_proxy and no_proxy only</source>
        <translation>nur http_proxy, https_proxy und no_proxy in Kleinschreibung</translation>
    </message>
    <message>
        <source>either case, lower case wins; no_proxy, else NO_PROXY</source>
        <translation>beliebige Schreibweise, Kleinschreibung hat Vorrang; no_proxy, sonst NO_PROXY</translation>
    </message>
    <message>
        <source>either case, lower case wins (an empty lower-case variable hides the upper-case one)</source>
        <translation>beliebige Schreibweise, Kleinschreibung hat Vorrang (eine leere kleingeschriebene Variable verdeckt die großgeschriebene)</translation>
    </message>
    <message>
        <source>either case, UPPER case wins; localhost and loopback are never proxied</source>
        <translation>beliebige Schreibweise, GROSSschreibung hat Vorrang; localhost und Loopback gehen nie über den Proxy</translation>
    </message>
    <message>
        <source>lower case wins (even when empty); needs NODE_USE_ENV_PROXY=1 in Node ≥ 22.21</source>
        <translation>Kleinschreibung hat Vorrang (auch wenn leer); erfordert NODE_USE_ENV_PROXY=1 in Node ≥ 22.21</translation>
    </message>
    <message>
        <source>no variables: -Dhttp.proxyHost/-Dhttps.proxyHost and -Dhttp.nonProxyHosts (as ProxyDeck exports them)</source>
        <translation>keine Variablen: -Dhttp.proxyHost/-Dhttps.proxyHost und -Dhttp.nonProxyHosts (wie von ProxyDeck exportiert)</translation>
    </message>
    <message>
        <source>http_proxy, or HTTPS_PROXY/https_proxy for https; no_proxy wins over NO_PROXY; matching is libcurl&apos;s</source>
        <translation>http_proxy, oder HTTPS_PROXY/https_proxy für https; no_proxy hat Vorrang vor NO_PROXY; der Abgleich erfolgt wie in libcurl</translation>
    </message>
    <message>
        <source>Java&apos;s default nonProxyHosts</source>
        <translation>Standard-nonProxyHosts von Java</translation>
    </message>
    <message>
        <source>Direct: no proxy is set for %1 in the variables %2 reads.</source>
        <translation>Direkt: In den Variablen, die %2 liest, ist kein Proxy für %1 gesetzt.</translation>
    </message>
    <message>
        <source>Direct: %1 entry “%2” matches %3.</source>
        <translation>Direkt: %1-Eintrag „%2“ trifft auf %3 zu.</translation>
    </message>
    <message>
        <source>Through the proxy from %1; no NO_PROXY is read.</source>
        <translation>Über den Proxy aus %1; es wird kein NO_PROXY gelesen.</translation>
    </message>
    <message>
        <source>Through the proxy from %1; no %2 entry matches %3.</source>
        <translation>Über den Proxy aus %1; kein %2-Eintrag trifft auf %3 zu.</translation>
    </message>
    <message>
        <source>Java ignores ports: “%1” applies to every port there.</source>
        <translation>Java ignoriert Ports: „%1“ gilt dort für jeden Port.</translation>
    </message>
    <message>
        <source>Java has no CIDR ranges: “%1” is left out of http.nonProxyHosts.</source>
        <translation>Java kennt keine CIDR-Bereiche: „%1“ wird in http.nonProxyHosts weggelassen.</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>open (WebSocket)</source>
        <translation>offen (WebSocket)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation>geschlossen (%1)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>this console</source>
        <translation>diese Konsole</translation>
    </message>
    <message>
        <source>unknown (engine unreachable)</source>
        <translation>unbekannt (Engine nicht erreichbar)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>ended while the engine was unreachable; the figures are the last ones seen</source>
        <translation>beendet, während die Engine nicht erreichbar war; die Werte sind die zuletzt gesehenen</translation>
    </message>
</context>
<context>
    <name>TrafficPage</name>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Tunnels and requests</source>
        <translation>Tunnel und Anfragen</translation>
    </message>
    <message>
        <source>Filter: client, target, route or error</source>
        <translation>Filter: Client, Ziel, Route oder Fehler</translation>
    </message>
    <message>
        <source>Any route</source>
        <translation>Alle Routen</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove the finished rows; open tunnels stay.</source>
        <translation>Beendete Zeilen entfernen; offene Tunnel bleiben.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all shown) as tab-separated text.</source>
        <translation>Ausgewählte Zeilen (oder alle angezeigten) als tabulatorgetrennten Text kopieren.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export traffic as CSV</source>
        <translation>Datenverkehr als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source> · paused, %1 changes waiting</source>
        <translation> · pausiert, %1 Änderungen ausstehend</translation>
    </message>
    <message>
        <source>Start engine</source>
        <translation>Engine starten</translation>
    </message>
    <message>
        <source>The local engine is stopped. Start it and point your tools at http://%1.</source>
        <translation>Die lokale Engine ist angehalten. Sie starten und die Werkzeuge auf http://%1 richten.</translation>
    </message>
    <message>
        <source>Stop engine</source>
        <translation>Engine anhalten</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>On %1: use http://%1 as the HTTP and HTTPS proxy.</source>
        <translation>Auf %1: http://%1 als HTTP- und HTTPS-Proxy verwenden.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <source>Copied %1 rows.</source>
        <translation>%1 Zeilen kopiert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Status socket token</source>
        <translation>Token des Status-Sockets</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Token copied.</source>
        <translation>Token kopiert.</translation>
    </message>
    <message>
        <source>Rotate the status token</source>
        <translation>Status-Token erneuern</translation>
    </message>
    <message>
        <source>Consoles watching this engine with the current token are turned away and need the new one. Rotate?</source>
        <translation>Konsolen, die diese Engine mit dem aktuellen Token beobachten, werden abgewiesen und benötigen das neue. Erneuern?</translation>
    </message>
    <message>
        <source>keep </source>
        <translation>behalten: </translation>
    </message>
    <message>
        <source> finished</source>
        <translation> beendete</translation>
    </message>
    <message>
        <source>Finished rows kept</source>
        <translation>Behaltene beendete Zeilen</translation>
    </message>
    <message>
        <source>How many finished tunnels and requests the table keeps; open ones always stay.</source>
        <translation>Wie viele beendete Tunnel und Anfragen die Tabelle behält; offene bleiben immer.</translation>
    </message>
    <message>
        <source>no longer watched</source>
        <translation>nicht mehr beobachtet</translation>
    </message>
    <message>
        <source>A new token is being written; watchers need it to connect again.</source>
        <translation>Ein neues Token wird geschrieben; Beobachter benötigen es, um sich erneut zu verbinden.</translation>
    </message>
    <message>
        <source>%1 engines, in total</source>
        <translation>%1 Engines insgesamt</translation>
    </message>
    <message>
        <source>engine total</source>
        <translation>Engine gesamt</translation>
    </message>
    <message>
        <source>%1 shown of %2 rows · %3 open · %4: %5 tunnels and requests, ↑ %6, ↓ %7</source>
        <translation>%1 von %2 Zeilen angezeigt · %3 offen · %4: %5 Tunnel und Anfragen, ↑ %6, ↓ %7</translation>
    </message>
    <message>
        <source>Show token…</source>
        <translation>Token anzeigen…</translation>
    </message>
    <message>
        <source>Consoles watching this engine need this token (also printed by `proxydeck status-token`):</source>
        <translation>Konsolen, die diese Engine beobachten, benötigen dieses Token (auch von `proxydeck status-token` ausgegeben):</translation>
    </message>
    <message>
        <source>Rotate token…</source>
        <translation>Token erneuern…</translation>
    </message>
    <message>
        <source>Status socket: not open</source>
        <translation>Status-Socket: nicht geöffnet</translation>
    </message>
    <message>
        <source>Status socket ws://%1 · %2 watching</source>
        <translation>Status-Socket ws://%1 · %2 Beobachter</translation>
    </message>
    <message>
        <source>Status socket: opens with the engine</source>
        <translation>Status-Socket: wird mit der Engine geöffnet</translation>
    </message>
    <message>
        <source>Other consoles watch this engine here, with the token (see this menu).</source>
        <translation>Andere Konsolen beobachten diese Engine hier, mit dem Token (siehe dieses Menü).</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>Zeilen filtern</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Engine stopped</source>
        <translation>Engine gestoppt</translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation>Engine startet …</translation>
    </message>
    <message>
        <source>Engine running on %1</source>
        <translation>Engine läuft auf %1</translation>
    </message>
    <message>
        <source>Engine failed: %1</source>
        <translation>Engine fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ProxyDeck — profile “%1”
%2</source>
        <translation>ProxyDeck — Profil „%1“
%2</translation>
    </message>
    <message>
        <source>&amp;Show ProxyDeck</source>
        <translation>ProxyDeck &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>S&amp;top engine</source>
        <translation>Engine s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Start engine</source>
        <translation>Engine &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>WpadCandidates</name>
    <message>
        <source>DHCP option 252 from %1</source>
        <translation>DHCP-Option 252 aus %1</translation>
    </message>
    <message>
        <source>DNS %1 from %2</source>
        <translation>DNS %1 aus %2</translation>
    </message>
    <message>
        <source>domain of host name %1</source>
        <translation>Domain des Hostnamens %1</translation>
    </message>
    <message>
        <source>search domain in %1</source>
        <translation>Suchdomain in %1</translation>
    </message>
    <message>
        <source>domain in %1</source>
        <translation>Domain in %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the resolver&apos;s local domain name</source>
        <translation>der lokale Domainname des Resolvers</translation>
    </message>
</context>
<context>
    <name>WpadCommand</name>
    <message>
        <source>Print the candidates, the result and the answers as JSON.</source>
        <translation>Kandidaten, Ergebnis und Antworten als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Seconds to wait for each candidate URL (default 3).</source>
        <translation>Sekunden, die auf jede Kandidaten-URL gewartet wird (Standard 3).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Find this network&apos;s PAC file by WPAD: DHCP option 252, then http://wpad.&lt;domain&gt;/wpad.dat up the DNS search domains (never a public suffix such as wpad.co.uk). Prints every candidate tried, where the PAC came from, and what it answers for each TEST-URL. PROXYDECK_DHCP_LEASES=FILE[:FILE…] reads only those DHCP lease files.</source>
        <translation>Die PAC-Datei dieses Netzwerks per WPAD finden: DHCP-Option 252, dann http://wpad.&lt;domain&gt;/wpad.dat entlang der DNS-Suchdomains aufwärts (nie ein öffentliches Suffix wie wpad.co.uk). Gibt jeden versuchten Kandidaten aus, woher die PAC-Datei stammt und was sie für jede TEST-URL antwortet. PROXYDECK_DHCP_LEASES=FILE[:FILE…] liest nur diese DHCP-Lease-Dateien.</translation>
    </message>
    <message>
        <source>--timeout: “%1” is not a number of seconds between 0 and %2.</source>
        <translation>--timeout: „%1“ ist keine Sekundenzahl zwischen 0 und %2.</translation>
    </message>
    <message>
        <source>“%1” is not a URL to look up.</source>
        <translation>„%1“ ist keine URL zum Nachschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Looking for a PAC file: %n candidate(s), DHCP option 252 first, then DNS.</source>
        <translation>
            <numerusform>PAC-Datei wird gesucht: %n Kandidat, zuerst DHCP-Option 252, dann DNS.</numerusform>
            <numerusform>PAC-Datei wird gesucht: %n Kandidaten, zuerst DHCP-Option 252, dann DNS.</numerusform>
        </translation>
    </message>
    <message>
        <source>a PAC script</source>
        <translation>ein PAC-Skript</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>No PAC file found: there is no DHCP option 252 and no DNS domain to try. Give the PAC URL to “proxydeck pac” if you know it.</source>
        <translation>Keine PAC-Datei gefunden: Es gibt weder DHCP-Option 252 noch eine DNS-Domain zum Ausprobieren. Die PAC-URL an „proxydeck pac“ übergeben, falls bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>No PAC file found: none of the %n candidate(s) served a PAC script (see why above). Give the PAC URL to “proxydeck pac” if you know it.</source>
        <translation>
            <numerusform>Keine PAC-Datei gefunden: Der %n Kandidat hat kein PAC-Skript geliefert (Gründe siehe oben). Die PAC-URL an „proxydeck pac“ übergeben, falls bekannt.</numerusform>
            <numerusform>Keine PAC-Datei gefunden: Keiner der %n Kandidaten hat ein PAC-Skript geliefert (Gründe siehe oben). Die PAC-URL an „proxydeck pac“ übergeben, falls bekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>PAC file: %1, found by %2.</source>
        <translation>PAC-Datei: %1, gefunden über %2.</translation>
    </message>
</context>
<context>
    <name>WpadDiscovery</name>
    <message>
        <source>nmcli did not answer within %1 ms; its DHCP options were not read.</source>
        <translation>nmcli hat nicht innerhalb von %1 ms geantwortet; seine DHCP-Optionen wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>nmcli failed (exit code %1): %2</source>
        <translation>nmcli ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>nmcli could not be started: %1</source>
        <translation>nmcli konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>This machine has no DNS domain (no search or domain line in %1, no domain in its host name): DNS discovery has nothing to try.</source>
        <translation>Dieser Rechner hat keine DNS-Domain (keine search- oder domain-Zeile in %1, keine Domain im Hostnamen): Die DNS-Ermittlung hat nichts zu versuchen.</translation>
    </message>
    <message>
        <source>not a PAC script: %1</source>
        <translation>kein PAC-Skript: %1</translation>
    </message>
</context>
</TS>
