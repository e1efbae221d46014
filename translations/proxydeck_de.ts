<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentIniExporter</name>
    <message>
        <source>Merge these keys into the [Main] section of stackstate.conf (or datadog.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These agents speak plain HTTP to the proxy; an https:// proxy needs the local engine in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not included: write it as proxy_password, raw, with %% for each %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile uses no proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigParser strips blanks around values: a password that starts or ends with a blank does not survive this format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring agent (INI proxy_host/proxy_port keys)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentYamlExporter</name>
    <message>
        <source>TLS verification stays on: a forwarder or TLS-inspecting proxy is trusted through its CA, not by skip_ssl_validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the agent the CA bundle in its environment: %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip_ssl_validation is written as off: the agent guide turns it on behind HAProxy, which hides a certificate problem; trust the proxy&apos;s CA on the Certificates page instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is left out; the agent cannot read it from a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not included: give the agent the full URL in DD_PROXY_HTTPS (or STS_PROXY_HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile uses no proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring agent (YAML proxy block)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnchorStore</name>
    <message>
        <source>Give at least 4 hex digits of the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted CA certificate has the fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2 certificates; give more digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApacheForwardExporter</name>
    <message>
        <source>NO_PROXY “%1” goes through the upstream: a regex cannot match IPv6 networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: Apache 2.4 speaks only plain HTTP to a ProxyRemote, and this upstream is reached over HTTPS. Use the Squid or HAProxy export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: Apache 2.4&apos;s ProxyRemote cannot take an IPv6 address (it reads the first “:” as the port). Give the upstream a DNS name (for example in /etc/hosts) and export again, or use the Squid or HAProxy export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not included: Apache expands ${%1} from its environment when it starts. Set it to the output of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. export %1=… in /etc/apache2/envvars (readable by root only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache 2.4&apos;s mod_proxy_connect sends a CONNECT to the upstream without this header (only the request line and Proxy-agent): an upstream that requires authentication refuses HTTPS tunnels through this proxy. Use the Squid or HAProxy export for those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache forward proxy (conf-available/proxydeck-forward.conf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApacheReverseExporter</name>
    <message>
        <source>Apache reverse proxy with WebSocket (sites-available/dss.conf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AptConfExporter</name>
    <message>
        <source>apt (/etc/apt/apt.conf.d/95proxydeck)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaCommands</name>
    <message>
        <source>issuer:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid:      %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key:        %1 %2, signed with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA:         %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle: also copy the bundle to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust-commands: debian, rhel, macos or windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>os</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE…|- | list | show FP | remove FP | bundle [--output FILE] | trust-commands --os OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificates of a TLS-inspecting proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca: use import, list, show, remove, bundle or trust-commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca %1: wrong arguments; see “proxydeck ca --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA certificates are trusted beyond the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--os: use debian, rhel, macos or windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA certificates to install: import one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicate, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes; certificates are far smaller (limit %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate (neither PEM nor DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate %2: the PEM block is truncated (no END line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate %2: the PEM block does not hold a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has PEM data but no certificate (expected “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PKCS#7 bundle, which ProxyDeck cannot read; convert it with “openssl pkcs7 -print_certs -in %1 -out %1.pem” and import the .pem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CA certificate (basicConstraints CA:FALSE or missing): it cannot sign what a proxy presents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with %1, which current TLS libraries reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit %2 key: too weak for current TLS libraries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install in the system trust store on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop certificate files (.pem .crt .cer .der, bundles) anywhere on the window, or paste PEM text with Ctrl+V, to trust the CA of a TLS-inspecting proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Certificates&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM bundle (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicate, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA certificates are trusted beyond the system&apos;s yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined bundle (system roots + these): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, self-signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChunkedDecoder</name>
    <message>
        <source>missing chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk size is not hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitespace after the chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk size line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF without CR in the chunked framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a chunk extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk size is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR without LF in the chunked framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk data not followed by CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailer section larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obsolete line folding in the trailer section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character in a trailer field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space before colon in a trailer field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a trailer field value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Use the configuration in &lt;dir&gt; (default: $PROXYDECK_CONFIG_DIR, else the platform&apos;s config folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proxydeck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: standard input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientAllowlist</name>
    <message>
        <source>“%1” is not an IP address or a network such as 10.0.0.0/8 or fd00::/8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show the profiles and the active proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add, use, rename, duplicate or remove profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import HTTP(S)_PROXY and NO_PROXY from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proxydeck [--config-dir DIR] [COMMAND [OPTIONS]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the configuration in DIR (or $PROXYDECK_CONFIG_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; “proxydeck COMMAND --help” for a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 settings file unusable, 4 keychain unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxydeck: error: unknown command “%1”; run “proxydeck --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell where URLs go and why; --tool compares curl, Python, Java …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add or remove NO_PROXY rules, with per-tool warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage named connections and their routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import, list and remove trusted CA certificates; write the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the settings as .env, shell or fish for other tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the local proxy engine (default 127.0.0.1:3128) until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (or --rotate) the token of the engine&apos;s status socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add or remove the remote engines the console watches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test step by step how URLs or connections are reached, with hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, opens the ProxyDeck console (--page proxy|connections|rules|certificates|export|traffic|diagnostics opens it on that page; --start-engine starts the local engine with it; --test URL opens it testing URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a PAC file (or URL) and print what it answers for URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a profile&apos;s proxy (host and port, or a PAC), user or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, import, apply or restore the desktop&apos;s own proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover this network&apos;s PAC file (DHCP option 252, DNS wpad.&lt;domain&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from keychain (set it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the profiles, the active one, and where passwords are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO_PROXY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to change (created if missing; default: the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http or https (how ProxyDeck talks to the proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host name or address; a URL such as http://user@proxy:3128 is split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port, 1-65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for the proxy (empty to clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input and store it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this a no-proxy profile (clears host and port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a profile. Passwords are read only from standard input and stored only in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set takes options only, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin and --no-password contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host: the URL contains a password, and command-line arguments are visible to other users. Remove it and use --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has a host but no port: add --port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not changed: %1 The other settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, password in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | add NAME | use NAME | rename OLD NEW | duplicate SOURCE NEW | remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage proxy profiles. One profile is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile: unknown action “%1”; use list, add, use, rename, duplicate or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>profile %1 takes %n name(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No profile named “%1”; see “proxydeck profile list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of “%1” was not copied; set one with “proxydeck set --profile %2 --password-stdin”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was removed but its password stays in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to create or update (default: “Environment”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the imported profile the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import https_proxy/http_proxy (either case) and no_proxy from the environment. A password in the URL goes to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-env takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy was imported but its password was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into profile “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (PAC %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this an automatic profile: a PAC script (http(s):// URL or file) decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direct cannot be combined with --host, --port or --pac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pac cannot be combined with --host, --port or --scheme: the PAC names the proxies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Use global proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://host/path or host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint: a URL or host:port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionKind</name>
    <message>
        <source>HTTP/HTTPS remote dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched by the platform&apos;s backend through the global proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP remote dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP through an HTTP proxy needs passive mode, and the proxy must allow CONNECT to ports 20, 21 and 1024-65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Blob Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snowflake works through an http:// proxy only; with an https:// proxy it must bypass it, so snowflakecomputing.com is added to NO_PROXY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google BigQuery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigQuery works through http:// and https:// proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL speaks its own protocol over TCP, which an HTTP proxy does not carry: the firewall must allow the connection directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Redshift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redshift uses the PostgreSQL protocol over TCP: the firewall must allow the connection directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databricks connections do not support a proxy: they go direct, so the firewall must allow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC clients read grpc_proxy first, then https_proxy; no_grpc_proxy before no_proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP(S) API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain TCP is not carried by an HTTP proxy: the firewall must allow it directly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>Use global proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bypass proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn “Use global proxy” on for the selected connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn “Use global proxy” off for the selected connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet. Add the services your platform talks to — datasets, warehouses, APIs — to see which go through the proxy, which bypass it, and what the firewall must allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connections&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n connection(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported NO_PROXY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopBackend</name>
    <message>
        <source>There is nothing to restore: no backup at %1 (ProxyDeck did not apply a profile to the desktop, or it was restored already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were restored but the backup %1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopBackup</name>
    <message>
        <source>The desktop backup %1 is damaged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop backup %1 is from another ProxyDeck version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop backup %1 is damaged: a key has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the desktop backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopChanges</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopCommand</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proxy settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAC URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply these %n change(s)? [y/N] </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>gnome, kde, macos or windows (default: the one running, from XDG_CURRENT_DESKTOP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the profile to create or update (default: “Desktop”); apply and show for macos/windows: the profile to apply (default: the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply: do not ask before changing the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show | import | apply | restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the desktop&apos;s own proxy settings into a profile, or apply a profile to them (showing the changes first) and restore what was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop needs one action: show, import, apply or restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--desktop: “%1” is not gnome, kde, macos or windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named “%1”; see “proxydeck profile list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck does not change %1&apos;s settings itself; “proxydeck desktop show --desktop %2” prints the commands to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># To give %1 this proxy (ProxyDeck does not run these):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored the %1 proxy settings from before ProxyDeck applied a profile (%n change(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Settings from before ProxyDeck applied a profile are kept in %1; “proxydeck desktop restore” puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the %1 proxy settings into profile “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAC URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO_PROXY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 proxy settings already match; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the %1 proxy settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: there is no terminal to ask; run again with --yes to apply these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s). The previous settings are kept in %1; “proxydeck desktop restore” puts them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopProxy</name>
    <message>
        <source>Desktops talk plain HTTP to their proxy: profile “%1” uses https:// to reach it, which the desktop setting cannot say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s PAC URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop finds its proxy with WPAD (automatic detection); the profile goes direct: “Discover (WPAD)” on the Proxy page, or `proxydeck wpad`, finds the PAC script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop has only a SOCKS proxy (%1); ProxyDeck profiles are HTTP proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop is set to a manual proxy but names no proxy host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s proxy host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s proxy %1 has no port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop uses %1 for HTTP and %2 for HTTPS; %3 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s SOCKS proxy %1 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored host “%1” was left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO_PROXY “%1” means subdomains only; the desktop also sends %2 itself direct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSettingsBar</name>
    <message>
        <source>Import from the des&amp;ktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y to the desktop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore desktop settin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the desktop&apos;s proxy settings into this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the active profile to the desktop&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the desktop&apos;s proxy settings from before ProxyDeck applied them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop proxy settings (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1&apos;s proxy settings into the fields below, to review and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 use the active (saved) profile and the NO_PROXY list; the changes are shown first, and the values they replace are kept for Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back %1&apos;s proxy settings as they were before ProxyDeck first applied a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1&apos;s proxy settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already uses the profile “%2”: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n of %1&apos;s proxy settings so that it uses the saved profile “%2”?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore puts back the values these replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s proxy settings were not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed %n of %1&apos;s proxy settings. Restore puts back what was there before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s proxy settings were not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>“%1” is not a URL to test, e.g. https://example.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a tcp:// address needs a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: only http, https, ws, wss and tcp URLs can be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP service: reaching its port is the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain HTTP needs no tunnel: the request goes to the proxy in absolute form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an https:// or wss:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS inside the TLS connection to the proxy is not checked here; the tools check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebSocket address: the upgrade below is its test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the second connection, for the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried: an earlier step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address: nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s name “%1” does not resolve on this machine: check the host on the Proxy page, and this machine&apos;s DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not resolve here. This address bypasses the proxy (%2); an internal name may be known only to the proxy&apos;s DNS, and then it should not bypass it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not resolve here: check the address, and this machine&apos;s DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the port is wrong, or the proxy is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1. This address bypasses the proxy (%2); if this network only lets traffic out through the proxy, that is why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the port is wrong, or the service is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached from here (%2): a firewall, a wrong address, or no route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy closed the connection without answering CONNECT: it may want TLS (an https:// proxy), or not be an HTTP proxy at all (a SOCKS port?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer came to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to the upgrade: most likely the WebSocket upgrade was stripped on the way — the proxy passed the request without its Upgrade header and the server hung up (Squid: http_upgrade_request_protocols WebSocket allow all). wss:// goes through a CONNECT tunnel and avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before an HTTP answer came: the server (or a proxy on the way) dropped the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate for %2 issued by “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1): the other side may not speak TLS on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: it must be renewed where it is served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for %1, not %2: the address is wrong, or something else answers in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is intercepted: the certificate for %1 was issued by “%2” (SHA-256 %3), a CA this machine does not trust — typically the company&apos;s TLS inspection proxy. If it is, import this CA (offered here, or on the Certificates page); tools using ProxyDeck&apos;s CA bundle then trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents a certificate from “%2” (SHA-256 %3), a CA this machine does not trust: import it if you know where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain of %1 ends at “%2”, which is not trusted here and was not sent: get that CA certificate from whoever runs %3 and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server or the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer head over %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an HTTP answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What answers on the proxy port does not speak HTTP: check the port and the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not HTTP: the port may speak another protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scheme named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the password of “%1”: set it again on the Proxy page (it is kept in the keychain), and check the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy wants credentials (it offers %1): set a user and password on the Proxy page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; offers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted the credentials of “%1” (Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy asked for credentials again on the second connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy forbids CONNECT to %1 (port %2): ask its administrators to allow it (Squid: the port in SSL_ports and an http_access rule; tinyproxy: ConnectPort %2), or use port 443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not reach %1: the host may be down, its name unknown to the proxy&apos;s DNS, or blocked from the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the tunnel to %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the upgrade has a wrong Sec-WebSocket-Accept: something on the way rewrote the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket upgrade was stripped on the way: the proxy passed the request without its Upgrade header (Squid: http_upgrade_request_protocols WebSocket allow all; nginx: proxy_set_header Upgrade and Connection), or the server has no WebSocket at this path. wss:// goes through a CONNECT tunnel and avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept a WebSocket at this address (%1): check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not reach %1 (%2): the host may be down or blocked from the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1: it is reachable, but failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from DNS in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s DNS does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting got no answer within %1 s: a firewall drops the packets, or the address is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS answer in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s: the other side may not speak TLS on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy accepted the connection but did not answer CONNECT within %1 s: it may be overloaded, or not an HTTP proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer within %1 s: the server (or the proxy) accepted the request but never answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate with your Kerberos ticket (there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate with a Kerberos ticket, which is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM, once a user (DOMAIN\user) and password are set on the Proxy page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy asks for %1 (a Windows or Kerberos sign-in), not Basic. ProxyDeck&apos;s engine signs in for the tools that use it: %2. This check itself sends Basic credentials only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy asks for %1, not Basic: ProxyDeck knows Basic, Negotiate and NTLM only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>  route: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cancelled
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  result: pass (%1 ms)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  result: FAIL
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticStep</name>
    <message>
        <source>Resolve the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>&amp;WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;all connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http, https, ws, wss or tcp://host:port; a bare host name is tested as https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also try a WebSocket upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also try a WebSocket upgrade through the same route (always done for ws:// and wss://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test all connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test every connection of the Connections page, each with its own route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reports as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reports as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to read what happened and, on failure, what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests step by step how a URL is reached, the way a tool configured by ProxyDeck connects: the proxy, its authentication, the CONNECT tunnel, TLS and the HTTP status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Diagnostics&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a URL to test, e.g. https://example.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no connections to test: add them on the Connections page, or type a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the proxy password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing without the proxy password, which the keychain did not give: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for “%1”: testing without one. Enter it on the Proxy page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every test passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1” as a trusted CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1” as a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy presented this CA instead of the server&apos;s certificate: TLS is inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this CA?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust “%1” as a CA for TLS checks by ProxyDeck and the tools it configures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it only if your organisation runs this TLS-inspecting proxy: whoever holds this CA&apos;s key can read and change the traffic it signs for. Compare the fingerprint with the one your IT department publishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not trust “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now a trusted CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already a trusted CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the test again to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n report(s) as text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n report(s) as JSON.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosticsTree</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerClientExporter</name>
    <message>
        <source>Docker client (~/.docker/config.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker expands no variables here: the proxy URLs carry the user only. Export with the password only if everyone who can inspect your containers may see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerDaemonExporter</name>
    <message>
        <source>Environment= cannot refer to another variable: the URLs carry the user only. With the password included, any local user can read it with “systemctl show docker”; prefer the local engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any local user can read Environment= values with “systemctl show docker”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker daemon (systemd drop-in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotEnvExporter</name>
    <message>
        <source>.env file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineConfig</name>
    <message>
        <source>Listening on %1 would open the proxy to every machine that reaches it (and lend them the upstream credentials). Give the networks allowed to use it, e.g. --allow 10.0.0.0/8, or listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not ADDRESS:PORT, e.g. [::1]:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets: [%1]:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on (use 127.0.0.1, ::1, 0.0.0.0 or an address of this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port (0-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC script %1 was not read, or is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineController</name>
    <message>
        <source>The engine needs the proxy password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineStatusWidget</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local proxy engine would listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine on %1 · %2 active · ↑ %3 ↓ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point tools at http://%1 (HTTP and HTTPS proxy). %2 tunnels and requests so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · settings changed: restart to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine still uses the profile and rules it started with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <source>The profile is not automatic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentDExporter</name>
    <message>
        <source>Define %1 (percent-encoded) in an environment.d file that sorts before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ~/.config/environment.d/: the systemd user manager and the graphical session read it at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd environment.d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentExporter</name>
    <message>
        <source>TLS verification stays on: NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE and the other CA variables point at the bundle with your CA anchors. Remove any NODE_TLS_REJECT_UNAUTHORIZED=0 left from an older setup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentImport</name>
    <message>
        <source>No proxy is set in the environment: none of https_proxy, HTTPS_PROXY, http_proxy or HTTP_PROXY has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no port; %2 was assumed (curl would use 1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 name different proxies; %1 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns TLS certificate checking off; import the proxy&apos;s CA on the Certificates page and use %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>List the formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format (see --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the password (from the keychain) into the output; files are written 0600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (atomically, owner-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the active profile, the NO_PROXY in force and the CA bundle for another tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; see “proxydeck export --list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output and --install exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed ProxyDeck&apos;s block in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password is not included (add --include-secrets to include it; the file is then written owner-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace ProxyDeck&apos;s marked block in &lt;file&gt; (or append it), keeping every other byte; the previous file is kept as &lt;file&gt;.proxydeck-backup. For env, sh, fish, powershell and systemd-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format with --format (see “proxydeck export --list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--install places a marked block in a profile or environment file; the format “%1” is a whole file of its own: use --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include-secrets does not print the password on a terminal: write it with --output FILE or --install FILE, or pipe the output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportInput</name>
    <message>
        <source>Set %1 to the proxy password, percent-encoded (@ as %40, : as %3A), before this runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy settings written by ProxyDeck from the profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not included; see below how this tool gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile uses no proxy: the proxy variables are cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: this profile uses no proxy, so there is no upstream to chain to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: the proxy address “%1” is not a host name or IP address with a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck wrote no credentials: the user name contains “:”, which HTTP Basic authentication cannot carry (RFC 7617 §2); the upstream would cut the name there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck wrote no credentials: the user name or password contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is automatic, but its PAC script %1 gave no answer (%2): no proxy is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is automatic and these tools cannot read a PAC script: this is the proxy %1 answered for %2 (“%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is automatic and %1 answered “%2” for %3: no proxy is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Include the &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The preview, the clipboard and saved files now hold the proxy password. Files are written readable by you only; keep them out of version control and shared folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put ProxyDeck&apos;s marked block into a shell profile or environment file, replacing the previous block and keeping everything else; a backup is kept next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Export&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active profile, the NO_PROXY in force (rules and bypassed connections) and your CA anchors, in the form another tool reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not included; check “Include the password” to put it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed ProxyDeck&apos;s block in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <source>%1 is larger than %2 MiB; it is not a profile or environment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FishExporter</name>
    <message>
        <source>fish shell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForeignProxyCommands</name>
    <message>
        <source># To authenticate as %1, add: on %1 PASSWORD to the -setwebproxy lines (ProxyDeck never shows the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot bypass the network %1 (no CIDR in ProxyOverride); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># WinINET, for the current user (browsers and most applications):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># WinHTTP (services, system-wide; run as administrator):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Automatic detection (WPAD) is the &quot;Automatically detect settings&quot; switch in Settings &gt; Network &gt; Proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># WinHTTP has no PAC setting: applications that use it call WinHttpGetProxyForUrl themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Windows asks for the proxy&apos;s user name (%1) and password when the proxy requires them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GVariantText</name>
    <message>
        <source>unexpected “%1” after the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many type annotations in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrays of arrays are not used by the proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type “@%1” is not used by the proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value does not have the type “@%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not start a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value must follow “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value after “%1” is not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a string, list, boolean or integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list holds something other than strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list opened here has no “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “,” or “]” in the list, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“\%1” must be followed by %2 hexadecimal digits of a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string opened here has no closing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitConfigExporter</name>
    <message>
        <source>git config (include it from ~/.gitconfig)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GnomeProxy</name>
    <message>
        <source>gsettings was not found, so the GNOME proxy settings cannot be read: install it (Debian and Ubuntu package libglib2.0-bin), or choose another desktop with --desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not finish within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GNOME proxy settings schema %1 is not installed (gsettings says: %2). Install it (Debian and Ubuntu package gsettings-desktop-schemas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gsettings output, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “schema key value”, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a schema name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME setting %1 has the unexpected value %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME proxy mode “%1” is not none, manual or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck does not write the GNOME setting “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME setting %1 changed since the changes were shown (it is now %2); nothing was applied: look at the changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied: the previous settings could not be kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gsettings did not keep %1 = %2: the settings are not being stored. Is the dconf backend installed (package dconf-gsettings-backend) and a D-Bus session running? GSETTINGS_BACKEND=memory keeps nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME setting %1 could not be put back to %2 (it is %3); the backup %4 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GssContext</name>
    <message>
        <source>no Kerberos ticket (run kinit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Kerberos ticket has expired (run kinit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach a KDC for the realm (check krb5.conf and the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the KDC does not know the proxy&apos;s service principal (HTTP/&lt;proxy host&gt;): use the proxy&apos;s canonical host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM is not available (install gss-ntlmssp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSSAPI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a service name GSSAPI takes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM needs a user name and a password for the upstream proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user name NTLM takes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authentication exchange has already ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HaproxyForwarderExporter</name>
    <message>
        <source>The password is not included. HAProxy reads the Basic credentials from the environment variable %1: the output of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1=&lt;that value&gt; in /etc/default/haproxy (read by haproxy.service), readable by root only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO_PROXY is not applied here: HAProxy sends everything it receives upstream. Keep NO_PROXY on the agents for the destinations that must go direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle path contains a control character: the system CAs are used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy forwarder for agents (haproxy.cfg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpHeadScanner</name>
    <message>
        <source>request line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header section larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR without LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header line 1: starts with whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header line %1: obsolete line folding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header line %1: no colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header line %1: empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header line %1: space before colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header line %1: invalid character in the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header line %1: control character 0x%2 in the value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpHeaderFields</name>
    <message>
        <source>empty Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several different Content-Length values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding has an invalid coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding has chunked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunked takes no parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty Transfer-Encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpRequestHead</name>
    <message>
        <source>request line starts with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request line has no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character in the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request line has no HTTP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space in the request target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character 0x%1 in the request target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty request target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP version not supported; use HTTP/1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT needs host:port, not a URL or a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target * is only for OPTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request target is neither a path nor an absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported URL scheme; use http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute URL without //</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials in the URL are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address without a closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected characters after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character in the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT needs host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port is over 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several Host fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Host field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 request without Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding does not end with chunked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT with a body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseHead</name>
    <message>
        <source>malformed status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an unsupported HTTP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status code is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status code below 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character 0x%1 in the reason phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding in an HTTP/1.0 response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsecureTls</name>
    <message>
        <source>NODE_EXTRA_CA_CERTS pointing at the CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip_ssl_validation: no, with the proxy&apos;s CA trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing --sslcheck=0, with the proxy&apos;s CA trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIT_SSL_CAINFO pointing at the CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http.sslCAInfo pointing at the CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTS_CA_BUNDLE pointing at the CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cafile= pointing at the CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquire::https::CaInfo pointing at the CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: “%3” turns TLS certificate checking off; use %4 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JvmOptionsExporter</name>
    <message>
        <source>JVM options (java @file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KdeProxy</name>
    <message>
        <source>KDE proxy “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE takes its proxy from environment variables (ProxyType=4); import those with “proxydeck import-env”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE ProxyType=%1 is not one ProxyDeck knows; it is read as no proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE uses the proxy only for the hosts in NoProxyFor (ReversedException=true); ProxyDeck reads them as hosts that go direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck does not write the KDE setting “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE setting %1 changed since the changes were shown; nothing was applied: look at the changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied: the previous settings could not be kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1, which ProxyDeck created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ProxyDeck[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to trust these CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextHop</name>
    <message>
        <source>could not resolve the upstream proxy %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not resolve %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to the upstream proxy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream proxy closed the connection instead of answering CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream proxy closed the connection in the middle of its answer to CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream proxy answered CONNECT with a malformed response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream proxy rejected the credentials of “%1” (%2): check the password in ProxyDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream proxy refused CONNECT to %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not authenticate to the upstream proxy %1 for CONNECT to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NginxReverseExporter</name>
    <message>
        <source>nginx reverse proxy with WebSocket (conf.d/dss.conf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoProxyAdvisor</name>
    <message>
        <source>“%1” also sends %2 direct in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not send %2 direct in %3: it goes through the proxy there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoProxyList</name>
    <message>
        <source>NO_PROXY entry “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “[” has no matching “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is a port but no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid network in CIDR notation (such as 10.0.0.0/8 or fd00::/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 zone IDs are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no domain after the leading “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“*” is understood only alone or as “*.” at the start; no tool reads it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot appear in a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two dots in a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpmrcExporter</name>
    <message>
        <source>npm (.npmrc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacCommand</name>
    <message>
        <source>Print the answers as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a PAC script and print what it answers for each URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pac needs a PAC file or URL, e.g. proxydeck pac proxy.pac https://example.com/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over 1 MiB: not a PAC file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URL to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loads, and defines FindProxyForURL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show which helper functions each answer called, on which line, and what they returned: the last one is the check that decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no helper function was called: the script&apos;s own logic decided)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacFetch</name>
    <message>
        <source>over 1 MiB: not a PAC file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such host (%1 does not resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacScript</name>
    <message>
        <source>%1, line %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in ProxyDeck&apos;s PAC helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defines no FindProxyForURL(url, host) function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 returned %3, not a string such as &quot;PROXY host:port; DIRECT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the PAC answer is not DIRECT, PROXY, HTTPS or SOCKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the PAC answer needs one host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the PAC answer has no valid host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used more than %2 MiB of memory and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms: an endless loop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, while loading,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacSource</name>
    <message>
        <source>Cannot read the PAC file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over 1 MiB: not a PAC file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacTester</name>
    <message>
        <source>Pasted te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the profile&apos;s PAC script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test pasted PAC text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAC script text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the PAC script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAC test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function FindProxyForURL(url, host) {
    return &quot;PROXY proxy.example:3128; DIRECT&quot;;
}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer FindProxyForURL gave, the helper functions it called on the way (line, call and result: the last one is the check that decided) and what the script passed to alert().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL to t&amp;est:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profi&amp;le&apos;s PAC script (none set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profi&amp;le&apos;s PAC script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the URL to test as http:// or https:// with a host, e.g. https://example.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no PAC script: type its URL or file in the PAC script field, or paste the script here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a PAC script (a FindProxyForURL function) to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no helper function was called: the script&apos;s own logic decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert(): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipConfExporter</name>
    <message>
        <source>pip (pip.conf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortRanges</name>
    <message>
        <source>“%1” is not a port (1-65535) or a range such as 1024-65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range “%1” ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No port given: write for example “443” or “443 8443 1024-65535”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosixShellExporter</name>
    <message>
        <source>Shell profile (sh, bash, zsh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerShellExporter</name>
    <message>
        <source>For this session; to keep it, install this block in $PROFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticate</name>
    <message>
        <source>an authentication scheme was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space was expected after the scheme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter name was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“=” was expected after the parameter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted string does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value was expected for the parameter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“,” was expected between parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticator</name>
    <message>
        <source>the upstream proxy rejected the Kerberos ticket (Negotiate) of this session&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream proxy rejected the NTLM credentials of “%1”: check the user name (DOMAIN\user) and the password in ProxyDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream proxy rejected the credentials of “%1”: check the password in ProxyDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 exchange with the upstream proxy failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM: no user is set for the upstream proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic: no user is set for the upstream proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream proxy asks for credentials without saying which scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream proxy asks for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyEndpoint</name>
    <message numerus="yes">
        <source>“%1” looks like an IPv4 address but has %n part(s); an IPv4 address has four numbers separated by dots.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty number in IPv4 address “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in IPv4 address “%2” has a leading zero, which some tools read as octal; write it without the zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in IPv4 address “%2” is over 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 zone IDs (“%1”) name an interface of one machine and cannot be used in a proxy address; remove the part from “%”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name has an empty label (two dots in a row or a leading dot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label “%1” is %2 characters long; a label may have at most 63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name contains “%1”, which is not allowed: use letters, digits, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label “%1” starts or ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a valid IPv4 address nor a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS proxies are not supported; use an HTTP or HTTPS proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown proxy scheme “%1”: use http or https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a URL, not a host name; paste it into the host field to have it split into scheme, host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address has no closing “]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the port in the port field, not after the host (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is empty: proxies usually listen on 3128 or 8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyForm</name>
    <message>
        <source>Connect through a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (TLS to the proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com, 10.0.0.1, [2001:db8::1] or a whole URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL was split into scheme, host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password was moved to the password field and will be stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: a PAC script names the proxy for each URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disco&amp;ver (WPAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://wpad.corp.example/wpad.dat or /etc/proxy.pac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic proxy configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAC script URL or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover the PAC script with WPAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for this network&apos;s PAC script: DHCP option 252 first (lease files, NetworkManager), then http://wpad.&lt;domain&gt;/wpad.dat for the DNS domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WPAD discovery progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA&amp;C script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a PAC script (WPAD)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop disco&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 (%2). Review the profile and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PAC script was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was nothing to try: no DHCP option 252 and no DNS domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read https_proxy, http_proxy and no_proxy (either case) from ProxyDeck&apos;s environment into this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Global proxy&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbound proxy this workstation uses. Passwords are kept only in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its stored password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: a password cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in keychain (service “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the keychain any more; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is active: exports and the engine use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was deleted but its password stays in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. Review the fields and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO_PROXY (saved with the profile): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved; the other settings were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the PAC script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s proxy settings were not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the desktop&apos;s proxy settings (%1). Review the fields and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace NO_PROXY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the NO_PROXY list with the desktop&apos;s? It applies to every profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1
The desktop&apos;s: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyProfile</name>
    <message>
        <source>The PAC location is empty: give an http(s):// URL or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PAC script is fetched over http:// or https://, or read from a file, not “%1:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PAC URL must not carry a user or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySession</name>
    <message>
        <source>ProxyDeck&apos;s engine has reached its limit of %1 connections; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this engine&apos;s client allowlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed after %1 s without traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck&apos;s engine does not answer OPTIONS *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT to port %1 is not allowed by this engine (allowed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1:// URLs through CONNECT: set this engine as the proxy for HTTPS too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct (NO_PROXY %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is ProxyDeck&apos;s proxy engine: set it as your HTTP and HTTPS proxy. GET /status shows its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/status answers GET and HEAD only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client closed the connection during the request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its response head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a malformed response: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream proxy rejected the credentials of “%1” (407): check the password in ProxyDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 switched protocols without being asked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad chunked response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the end of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct (PAC failed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no HTTP proxy in the answer: direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream proxy %1 asks for %2 authentication, which sends a request more than once; the engine does not repeat a request with a body: send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not authenticate to the upstream proxy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream proxy %1 answered an NTLM NEGOTIATE alone with %2, not 407: the request was not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyUrlParts</name>
    <message>
        <source>The proxy URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid proxy URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteEnginesBar</name>
    <message>
        <source>Connect to engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the traffic of `proxydeck serve` on another host through its status socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered engine %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine %1 needs its token again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of %1 is not remembered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect and forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected, %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lost (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lost, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output of `proxydeck status-token` on that host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status socket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is needed: the engine turns away whoever does not give it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>Proxied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (PAC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteResolver</name>
    <message>
        <source>connection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active profile “%1” uses no proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NO_PROXY entry “%1” matches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NO_PROXY entry “%1” (from %2) matches %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through %1 (profile “%2”): no NO_PROXY entry matches %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not speak HTTP, so no HTTP proxy can carry it: allow %2 in the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support a proxy: it connects directly, so allow %2 in the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go through an %2:// proxy: it bypasses it, so allow %3 in the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Use global proxy” is off for this connection: allow %1 in the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through %1 (profile “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which cannot use this proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 in the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC script %1 decides for each request (profile “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC script %1 gave no answer for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC script %1 answered “%2” for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through %1: the PAC script %2 answered “%3” for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC script %1 answered “%2” for %3: ProxyDeck speaks to HTTP proxies only, not SOCKS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteTarget</name>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid URL or host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no port, and %2 has no default port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingCommands</name>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also tell what a tool would do with the exported NO_PROXY: curl, wget, requests, urllib, go, node, java, git, or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs or host:port to route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each URL goes with the active profile and the NO_PROXY rules, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route needs at least one URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tool: unknown tool “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct: no proxy is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(differs) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | add ENTRY… | remove ENTRY…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the NO_PROXY rules. Entries are checked; warnings say which tools read an entry differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noproxy: use list, add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noproxy list takes no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noproxy %1 needs at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported NO_PROXY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the NO_PROXY rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection kind (see “connection kinds”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL or host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: do not use the global proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | kinds | add NAME --kind K --endpoint E [--no-proxy] | edit NAME [--name N] [--kind K] [--endpoint E] | remove NAME | proxy NAME on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage named connections and see the route of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection: use list, kinds, add, edit, remove or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1: wrong number of arguments; see “proxydeck connection --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (proxy off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection add needs --kind and --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection named “%1”; see “proxydeck connection list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection proxy: say on or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO_PROXY entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost, .corp.example, 10.0.0.0/8, [fd00::1]:8080 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New NO_PROXY entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a URL to see who goes direct: https://api.corp.example/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO_PROXY rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who goes direct?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Bypass rules&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported NO_PROXY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ProxyDeck: %1.&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modelled on %1; reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from ProxyDeck&apos;s own decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java: -Dhttp.nonProxyHosts=&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password is stored in the keychain for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backend available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck stores passwords in the macOS Keychain; make sure the login keychain is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck stores passwords in the Windows Credential Manager; make sure it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck stores passwords only in a Secret Service keychain (org.freedesktop.secrets on the D-Bus session bus): install and unlock gnome-keyring or KWallet (for example “apt install gnome-keyring”), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:3128; 0 for any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client network allowed to connect (repeatable); without one, only loopback clients are. Required to listen beyond loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cidr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to chain to (default: the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports CONNECT may reach (default 443), e.g. &quot;20 21 443 1024-65535&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client connections at once; more get 503 (default 4096).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line per finished tunnel or request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the local proxy engine until SIGTERM or SIGINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve takes no arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workers takes a number from 1 to 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-connections takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not install the signal handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck engine listening on %1, profile “%2”, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upstream (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: finishing open tunnels (up to %1 s; again to stop now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyDeck engine stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port of the status WebSocket (default 127.0.0.1:3129).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open the status WebSocket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status socket on %1 needs --allow: without an allowlist only loopback clients may watch the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose another with --status-listen, or --no-status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status socket on ws://%1 (token in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status socket: turned away %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new token; watchers holding the old one are turned away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the token a console needs to watch this engine&apos;s status socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status-token takes no arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the engine&apos;s token from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote engines the console&apos;s Traffic page watches over their status sockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proxydeck watch list | add URL --token-stdin | remove URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch add needs the token on standard input: --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin: that is not a status token (%1 characters of A–Z a–z 0–9 - _, as `proxydeck status-token` prints).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name may have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must not contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name must not contain a line break or another control character (character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile has a fixed proxy or a PAC script, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCodec</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer ProxyDeck (settings version %1; this one reads up to %2). Update ProxyDeck; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used by two profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown connection kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used by two connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile has a fixed proxy (host) or a PAC script, not both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Cannot read settings file %1: %2. Using defaults; the file will not be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file %1 is %2 bytes, over the %3-byte limit. Using defaults; the file will not be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file %1 is damaged (%2). It was kept as %3; defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file %1 is damaged (%2) and could not be moved aside; defaults are used and the file will not be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create folder %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SquidForwardExporter</name>
    <message>
        <source>This profile uses no proxy: Squid goes direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squid.conf cannot name the CA bundle “%1” (white space or a quote): copy it to a plain path and add tls-cafile=PATH to cache_peer; until then Squid uses the system CAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not included and Squid cannot read it from the environment. To authenticate, replace the cache_peer line below by the commented one, with PASSWORD replaced by the password percent-encoded (every byte except A-Z a-z 0-9 - . _ ~ as %XX, e.g. @ as %40, % as %25, space as %20): Squid decodes login= once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squid forward proxy (squid.conf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusClient</name>
    <message>
        <source>no word from the engine for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an engine address: write ws://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the status socket speaks ws:// or wss://, not %2://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: give only ws://host:port; the token goes in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine sent a message this version cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine sent changes before its snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine turned this console away: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: leave the user and password out; the engine asks for its token only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusProtocol</name>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not tunnel, request or websocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not connecting, open, closed or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status message must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine speaks status schema %1; this version of ProxyDeck reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not snapshot, changes or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusServer</name>
    <message>
        <source>The status socket cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the allowlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusToken</name>
    <message>
        <source>%1 can be read by other users: make it private (chmod 600) or rotate the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a status token (%2 characters of A–Z a–z 0–9 - _ expected): rotate the token to write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>Print the reports as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also try a WebSocket upgrade (always done for ws:// and wss:// URLs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a step may take (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test step by step how URLs (or, without one, every connection) are reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes seconds, from 0.1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to test: give a URL, or add connections (proxydeck connection add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing without the proxy password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThroughputGraph</name>
    <message>
        <source>Throughput of the last five minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago: ↑ %2/s, ↓ %3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1/s · ↓ down ↑ up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolModel</name>
    <message>
        <source>http_proxy (lower case only), https_proxy or HTTPS_PROXY; no_proxy wins over NO_PROXY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case http_proxy, https_proxy and no_proxy only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either case, lower case wins; no_proxy, else NO_PROXY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either case, lower case wins (an empty lower-case variable hides the upper-case one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either case, UPPER case wins; localhost and loopback are never proxied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower case wins (even when empty); needs NODE_USE_ENV_PROXY=1 in Node ≥ 22.21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no variables: -Dhttp.proxyHost/-Dhttps.proxyHost and -Dhttp.nonProxyHosts (as ProxyDeck exports them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http_proxy, or HTTPS_PROXY/https_proxy for https; no_proxy wins over NO_PROXY; matching is libcurl&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java&apos;s default nonProxyHosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct: no proxy is set for %1 in the variables %2 reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct: %1 entry “%2” matches %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the proxy from %1; no NO_PROXY is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the proxy from %1; no %2 entry matches %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java ignores ports: “%1” applies to every port there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java has no CIDR ranges: “%1” is left out of http.nonProxyHosts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (engine unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended while the engine was unreachable; the figures are the last ones seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficPage</name>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnels and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: client, target, route or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the finished rows; open tunnels stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (or all shown) as tab-separated text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export traffic as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused, %1 changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine is stopped. Start it and point your tools at http://%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: use http://%1 as the HTTP and HTTPS proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status socket token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the status token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consoles watching this engine with the current token are turned away and need the new one. Rotate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished rows kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many finished tunnels and requests the table keeps; open ones always stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token is being written; watchers need it to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 engines, in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2 rows · %3 open · %4: %5 tunnels and requests, ↑ %6, ↓ %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consoles watching this engine need this token (also printed by `proxydeck status-token`):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status socket: not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status socket ws://%1 · %2 watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status socket: opens with the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other consoles watch this engine here, with the token (see this menu).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WpadCandidates</name>
    <message>
        <source>DHCP option 252 from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain of host name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search domain in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolver&apos;s local domain name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WpadCommand</name>
    <message>
        <source>Print the candidates, the result and the answers as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each candidate URL (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find this network&apos;s PAC file by WPAD: DHCP option 252, then http://wpad.&lt;domain&gt;/wpad.dat up the DNS search domains (never a public suffix such as wpad.co.uk). Prints every candidate tried, where the PAC came from, and what it answers for each TEST-URL. PROXYDECK_DHCP_LEASES=FILE[:FILE…] reads only those DHCP lease files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: “%1” is not a number of seconds between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URL to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking for a PAC file: %n candidate(s), DHCP option 252 first, then DNS.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a PAC script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PAC file found: there is no DHCP option 252 and no DNS domain to try. Give the PAC URL to “proxydeck pac” if you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No PAC file found: none of the %n candidate(s) served a PAC script (see why above). Give the PAC URL to “proxydeck pac” if you know it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PAC file: %1, found by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WpadDiscovery</name>
    <message>
        <source>nmcli did not answer within %1 ms; its DHCP options were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nmcli failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nmcli could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no DNS domain (no search or domain line in %1, no domain in its host name): DNS discovery has nothing to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PAC script: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
