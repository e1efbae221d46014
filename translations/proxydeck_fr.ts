<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgentIniExporter</name>
    <message>
        <source>Merge these keys into the [Main] section of stackstate.conf (or datadog.conf).</source>
        <translation>Fusionner ces clés dans la section [Main] de stackstate.conf (ou datadog.conf).</translation>
    </message>
    <message>
        <source>These agents speak plain HTTP to the proxy; an https:// proxy needs the local engine in between.</source>
        <translation>Ces agents parlent HTTP simple au proxy ; un proxy https:// nécessite le moteur local entre les deux.</translation>
    </message>
    <message>
        <source>The password is not included: write it as proxy_password, raw, with %% for each %.</source>
        <translation>Le mot de passe n&apos;est pas inclus : l&apos;écrire en proxy_password, brut, avec %% pour chaque %.</translation>
    </message>
    <message>
        <source>This profile uses no proxy.</source>
        <translation>Ce profil n&apos;utilise aucun proxy.</translation>
    </message>
    <message>
        <source>ConfigParser strips blanks around values: a password that starts or ends with a blank does not survive this format.</source>
        <translation>ConfigParser supprime les blancs autour des valeurs : un mot de passe qui commence ou se termine par un blanc ne survit pas à ce format.</translation>
    </message>
    <message>
        <source>Monitoring agent (INI proxy_host/proxy_port keys)</source>
        <translation>Agent de supervision (clés INI proxy_host/proxy_port)</translation>
    </message>
</context>
<context>
    <name>AgentYamlExporter</name>
    <message>
        <source>TLS verification stays on: a forwarder or TLS-inspecting proxy is trusted through its CA, not by skip_ssl_validation.</source>
        <translation>La vérification TLS reste active : un redirecteur ou un proxy d&apos;inspection TLS est approuvé via son CA, pas par skip_ssl_validation.</translation>
    </message>
    <message>
        <source>Give the agent the CA bundle in its environment: %1=%2</source>
        <translation>Fournir le bundle CA à l&apos;agent dans son environnement : %1=%2</translation>
    </message>
    <message>
        <source>skip_ssl_validation is written as off: the agent guide turns it on behind HAProxy, which hides a certificate problem; trust the proxy&apos;s CA on the Certificates page instead.</source>
        <translation>skip_ssl_validation est écrit à off : le guide de l&apos;agent l&apos;active derrière HAProxy, ce qui masque un problème de certificat ; approuver plutôt le CA du proxy sur la page Certificats.</translation>
    </message>
    <message>
        <source>The password is left out; the agent cannot read it from a reference.</source>
        <translation>Le mot de passe est omis ; l&apos;agent ne peut pas le lire depuis une référence.</translation>
    </message>
    <message>
        <source>The password is not included: give the agent the full URL in DD_PROXY_HTTPS (or STS_PROXY_HTTPS).</source>
        <translation>Le mot de passe n&apos;est pas inclus : fournir à l&apos;agent l&apos;URL complète dans DD_PROXY_HTTPS (ou STS_PROXY_HTTPS).</translation>
    </message>
    <message>
        <source>This profile uses no proxy.</source>
        <translation>Ce profil n&apos;utilise aucun proxy.</translation>
    </message>
    <message>
        <source>Monitoring agent (YAML proxy block)</source>
        <translation>Agent de supervision (bloc proxy YAML)</translation>
    </message>
</context>
<context>
    <name>AnchorStore</name>
    <message>
        <source>Give at least 4 hex digits of the fingerprint.</source>
        <translation>Indiquer au moins 4 chiffres hexadécimaux de l&apos;empreinte.</translation>
    </message>
    <message>
        <source>No trusted CA certificate has the fingerprint %1.</source>
        <translation>Aucun certificat CA approuvé n&apos;a l&apos;empreinte %1.</translation>
    </message>
    <message>
        <source>%1 matches %2 certificates; give more digits.</source>
        <translation>%1 correspond à %2 certificats ; indiquer plus de chiffres.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>ApacheForwardExporter</name>
    <message>
        <source>NO_PROXY “%1” goes through the upstream: a regex cannot match IPv6 networks.</source>
        <translation>NO_PROXY « %1 » passe par le proxy amont : une expression régulière ne peut pas correspondre à des réseaux IPv6.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: Apache 2.4 speaks only plain HTTP to a ProxyRemote, and this upstream is reached over HTTPS. Use the Squid or HAProxy export.</source>
        <translation>ProxyDeck n&apos;a écrit aucun redirecteur : Apache 2.4 ne parle que HTTP simple à un ProxyRemote, et ce proxy amont est joint via HTTPS. Utiliser l&apos;export Squid ou HAProxy.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: Apache 2.4&apos;s ProxyRemote cannot take an IPv6 address (it reads the first “:” as the port). Give the upstream a DNS name (for example in /etc/hosts) and export again, or use the Squid or HAProxy export.</source>
        <translation>ProxyDeck n&apos;a écrit aucun redirecteur : le ProxyRemote d&apos;Apache 2.4 ne peut pas prendre une adresse IPv6 (il lit le premier « : » comme le port). Donner un nom DNS au proxy amont (par exemple dans /etc/hosts) et exporter à nouveau, ou utiliser l&apos;export Squid ou HAProxy.</translation>
    </message>
    <message>
        <source>The password is not included: Apache expands ${%1} from its environment when it starts. Set it to the output of</source>
        <translation>Le mot de passe n&apos;est pas inclus : Apache développe ${%1} depuis son environnement au démarrage. Le définir sur la sortie de</translation>
    </message>
    <message>
        <source>e.g. export %1=… in /etc/apache2/envvars (readable by root only).</source>
        <translation>p. ex. export %1=… dans /etc/apache2/envvars (lisible par root uniquement).</translation>
    </message>
    <message>
        <source>Apache 2.4&apos;s mod_proxy_connect sends a CONNECT to the upstream without this header (only the request line and Proxy-agent): an upstream that requires authentication refuses HTTPS tunnels through this proxy. Use the Squid or HAProxy export for those.</source>
        <translation>Le mod_proxy_connect d&apos;Apache 2.4 envoie un CONNECT au proxy amont sans cet en-tête (seulement la ligne de requête et Proxy-agent) : un proxy amont qui exige une authentification refuse les tunnels HTTPS passant par ce proxy. Utiliser l&apos;export Squid ou HAProxy dans ce cas.</translation>
    </message>
    <message>
        <source>Apache forward proxy (conf-available/proxydeck-forward.conf)</source>
        <translation>Proxy direct Apache (conf-available/proxydeck-forward.conf)</translation>
    </message>
</context>
<context>
    <name>ApacheReverseExporter</name>
    <message>
        <source>Apache reverse proxy with WebSocket (sites-available/dss.conf)</source>
        <translation>Proxy inverse Apache avec WebSocket (sites-available/dss.conf)</translation>
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
        <translation>émetteur :  %1</translation>
    </message>
    <message>
        <source>valid:      %1 to %2</source>
        <translation>valide :    du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256:    %1</source>
        <translation>SHA-256 :   %1</translation>
    </message>
    <message>
        <source>key:        %1 %2, signed with %3</source>
        <translation>clé :       %1 %2, signée avec %3</translation>
    </message>
    <message>
        <source>CA:         %1%2</source>
        <translation>CA :        %1%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>, self-signed</source>
        <translation>, auto-signé</translation>
    </message>
    <message>
        <source>file:       %1</source>
        <translation>fichier :   %1</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list, show : afficher du JSON.</translation>
    </message>
    <message>
        <source>bundle: also copy the bundle to &lt;file&gt;.</source>
        <translation>bundle : copier aussi le bundle dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>trust-commands: debian, rhel, macos or windows.</source>
        <translation>trust-commands : debian, rhel, macos ou windows.</translation>
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
        <translation>Approuver les certificats CA d&apos;un proxy d&apos;inspection TLS.</translation>
    </message>
    <message>
        <source>ca: use import, list, show, remove, bundle or trust-commands.</source>
        <translation>ca : utiliser import, list, show, remove, bundle ou trust-commands.</translation>
    </message>
    <message>
        <source>ca %1: wrong arguments; see “proxydeck ca --help”.</source>
        <translation>ca %1 : arguments incorrects ; voir « proxydeck ca --help ».</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>No CA certificates are trusted beyond the system&apos;s.</source>
        <translation>Aucun certificat CA n&apos;est approuvé en plus de ceux du système.</translation>
    </message>
    <message>
        <source>--os: use debian, rhel, macos or windows.</source>
        <translation>--os : utiliser debian, rhel, macos ou windows.</translation>
    </message>
    <message>
        <source>No CA certificates to install: import one first.</source>
        <translation>Aucun certificat CA à installer : en importer un d&apos;abord.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation>%1 importé (%2)</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicate, %3 rejected</source>
        <translation>%1 importé(s), %2 en double, %3 rejeté(s)</translation>
    </message>
</context>
<context>
    <name>CertificateImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; certificates are far smaller (limit %3 bytes).</source>
        <translation>%1 fait %2 octets ; les certificats sont bien plus petits (limite : %3 octets).</translation>
    </message>
    <message>
        <source>%1 is not a certificate (neither PEM nor DER).</source>
        <translation>%1 n&apos;est pas un certificat (ni PEM ni DER).</translation>
    </message>
    <message>
        <source>%1, certificate %2: the PEM block is truncated (no END line).</source>
        <translation>%1, certificat %2 : le bloc PEM est tronqué (pas de ligne END).</translation>
    </message>
    <message>
        <source>%1, certificate %2: the PEM block does not hold a valid certificate.</source>
        <translation>%1, certificat %2 : le bloc PEM ne contient pas de certificat valide.</translation>
    </message>
    <message>
        <source>%1 has PEM data but no certificate (expected “%2”).</source>
        <translation>%1 contient des données PEM mais aucun certificat (« %2 » attendu).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a PKCS#7 bundle, which ProxyDeck cannot read; convert it with “openssl pkcs7 -print_certs -in %1 -out %1.pem” and import the .pem.</source>
        <translation>%1 est un bundle PKCS#7, que ProxyDeck ne sait pas lire ; le convertir avec « openssl pkcs7 -print_certs -in %1 -out %1.pem » et importer le .pem.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>non valide avant le %1</translation>
    </message>
    <message>
        <source>not a CA certificate (basicConstraints CA:FALSE or missing): it cannot sign what a proxy presents</source>
        <translation>pas un certificat CA (basicConstraints CA:FALSE ou absent) : il ne peut pas signer ce que présente un proxy</translation>
    </message>
    <message>
        <source>signed with %1, which current TLS libraries reject</source>
        <translation>signé avec %1, que les bibliothèques TLS actuelles rejettent</translation>
    </message>
    <message>
        <source>%1-bit %2 key: too weak for current TLS libraries</source>
        <translation>clé %2 de %1 bits : trop faible pour les bibliothèques TLS actuelles</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Certificats CA approuvés</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Paste PEM</source>
        <translation>&amp;Coller du PEM</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>Co&amp;pier les commandes</translation>
    </message>
    <message>
        <source>Install in the system trust store on:</source>
        <translation>Installer dans le magasin de confiance du système sur :</translation>
    </message>
    <message>
        <source>Drop certificate files (.pem .crt .cer .der, bundles) anywhere on the window, or paste PEM text with Ctrl+V, to trust the CA of a TLS-inspecting proxy.</source>
        <translation>Déposer des fichiers de certificat (.pem .crt .cer .der, bundles) n&apos;importe où sur la fenêtre, ou coller du texte PEM avec Ctrl+V, pour approuver le CA d&apos;un proxy d&apos;inspection TLS.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Certificates&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Certificats&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Import CA certificates</source>
        <translation>Importer des certificats CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export CA bundle</source>
        <translation>Exporter le bundle CA</translation>
    </message>
    <message>
        <source>PEM bundle (*.pem *.crt)</source>
        <translation>Bundle PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Bundle written to %1.</source>
        <translation>Bundle écrit dans %1.</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>le texte collé</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicate, %3 rejected</source>
        <translation>%1 importé(s), %2 en double, %3 rejeté(s)</translation>
    </message>
    <message>
        <source>No CA certificates are trusted beyond the system&apos;s yet.</source>
        <translation>Aucun certificat CA n&apos;est encore approuvé en plus de ceux du système.</translation>
    </message>
    <message>
        <source>Combined bundle (system roots + these): %1</source>
        <translation>Bundle combiné (racines système + celles-ci) : %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>, self-signed</source>
        <translation>, auto-signé</translation>
    </message>
    <message>
        <source>Details of the selected certificate</source>
        <translation>Détails du certificat sélectionné</translation>
    </message>
    <message>
        <source>Commands that install the certificates in the system trust store</source>
        <translation>Commandes qui installent les certificats dans le magasin de confiance du système</translation>
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
        <translation>E&amp;xporter le bundle…</translation>
    </message>
</context>
<context>
    <name>ChunkedDecoder</name>
    <message>
        <source>missing chunk size</source>
        <translation>taille de bloc manquante</translation>
    </message>
    <message>
        <source>chunk size is not hexadecimal</source>
        <translation>la taille de bloc n&apos;est pas hexadécimale</translation>
    </message>
    <message>
        <source>whitespace after the chunk size</source>
        <translation>espace après la taille de bloc</translation>
    </message>
    <message>
        <source>chunk size line longer than %1 bytes</source>
        <translation>ligne de taille de bloc plus longue que %1 octets</translation>
    </message>
    <message>
        <source>LF without CR in the chunked framing</source>
        <translation>LF sans CR dans le découpage chunked</translation>
    </message>
    <message>
        <source>control character in a chunk extension</source>
        <translation>caractère de contrôle dans une extension de bloc</translation>
    </message>
    <message>
        <source>chunk size is too large</source>
        <translation>la taille de bloc est trop grande</translation>
    </message>
    <message>
        <source>CR without LF in the chunked framing</source>
        <translation>CR sans LF dans le découpage chunked</translation>
    </message>
    <message>
        <source>chunk data not followed by CRLF</source>
        <translation>données de bloc non suivies de CRLF</translation>
    </message>
    <message>
        <source>trailer section larger than %1 bytes</source>
        <translation>section trailer plus grande que %1 octets</translation>
    </message>
    <message>
        <source>obsolete line folding in the trailer section</source>
        <translation>repli de ligne obsolète dans la section trailer</translation>
    </message>
    <message>
        <source>invalid character in a trailer field name</source>
        <translation>caractère invalide dans un nom de champ trailer</translation>
    </message>
    <message>
        <source>space before colon in a trailer field</source>
        <translation>espace avant les deux-points dans un champ trailer</translation>
    </message>
    <message>
        <source>control character in a trailer field value</source>
        <translation>caractère de contrôle dans une valeur de champ trailer</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Use the configuration in &lt;dir&gt; (default: $PROXYDECK_CONFIG_DIR, else the platform&apos;s config folder).</source>
        <translation>Utiliser la configuration dans &lt;dir&gt; (par défaut : $PROXYDECK_CONFIG_DIR, sinon le dossier de configuration de la plateforme).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: proxydeck %1</source>
        <translation>Utilisation : proxydeck %1</translation>
    </message>
    <message>
        <source>%1: cannot read standard input.</source>
        <translation>%1 : impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1: standard input is empty.</source>
        <translation>%1 : l&apos;entrée standard est vide.</translation>
    </message>
</context>
<context>
    <name>ClientAllowlist</name>
    <message>
        <source>“%1” is not an IP address or a network such as 10.0.0.0/8 or fd00::/8.</source>
        <translation>« %1 » n&apos;est ni une adresse IP ni un réseau tel que 10.0.0.0/8 ou fd00::/8.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show the profiles and the active proxy.</source>
        <translation>Afficher les profils et le proxy actif.</translation>
    </message>
    <message>
        <source>List, add, use, rename, duplicate or remove profiles.</source>
        <translation>Lister, ajouter, utiliser, renommer, dupliquer ou supprimer des profils.</translation>
    </message>
    <message>
        <source>Import HTTP(S)_PROXY and NO_PROXY from the environment.</source>
        <translation>Importer HTTP(S)_PROXY et NO_PROXY depuis l&apos;environnement.</translation>
    </message>
    <message>
        <source>Usage: proxydeck [--config-dir DIR] [COMMAND [OPTIONS]]</source>
        <translation>Utilisation : proxydeck [--config-dir DIR] [COMMANDE [OPTIONS]]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Use the configuration in DIR (or $PROXYDECK_CONFIG_DIR).</source>
        <translation>Utiliser la configuration dans DIR (ou $PROXYDECK_CONFIG_DIR).</translation>
    </message>
    <message>
        <source>Show this help; “proxydeck COMMAND --help” for a command.</source>
        <translation>Afficher cette aide ; « proxydeck COMMANDE --help » pour une commande.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 settings file unusable, 4 keychain unavailable.</source>
        <translation>Codes de sortie : 0 succès, 1 échec, 2 erreur d&apos;utilisation, 3 fichier de paramètres inutilisable, 4 trousseau indisponible.</translation>
    </message>
    <message>
        <source>proxydeck: error: unknown command “%1”; run “proxydeck --help” for the list.</source>
        <translation>proxydeck : erreur : commande inconnue « %1 » ; exécuter « proxydeck --help » pour la liste.</translation>
    </message>
    <message>
        <source>Tell where URLs go and why; --tool compares curl, Python, Java …</source>
        <translation>Indiquer où vont les URL et pourquoi ; --tool compare curl, Python, Java …</translation>
    </message>
    <message>
        <source>List, add or remove NO_PROXY rules, with per-tool warnings.</source>
        <translation>Lister, ajouter ou supprimer des règles NO_PROXY, avec des avertissements par outil.</translation>
    </message>
    <message>
        <source>Manage named connections and their routes.</source>
        <translation>Gérer les connexions nommées et leurs routes.</translation>
    </message>
    <message>
        <source>Import, list and remove trusted CA certificates; write the bundle.</source>
        <translation>Importer, lister et supprimer des certificats CA approuvés ; écrire le bundle.</translation>
    </message>
    <message>
        <source>Write the settings as .env, shell or fish for other tools.</source>
        <translation>Écrire les paramètres en .env, shell ou fish pour d&apos;autres outils.</translation>
    </message>
    <message>
        <source>Run the local proxy engine (default 127.0.0.1:3128) until stopped.</source>
        <translation>Exécuter le moteur de proxy local (par défaut 127.0.0.1:3128) jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <source>Print (or --rotate) the token of the engine&apos;s status socket.</source>
        <translation>Afficher (ou --rotate) le jeton du socket d&apos;état du moteur.</translation>
    </message>
    <message>
        <source>List, add or remove the remote engines the console watches.</source>
        <translation>Lister, ajouter ou supprimer les moteurs distants surveillés par la console.</translation>
    </message>
    <message>
        <source>Test step by step how URLs or connections are reached, with hints.</source>
        <translation>Tester pas à pas comment les URL ou les connexions sont atteintes, avec des conseils.</translation>
    </message>
    <message>
        <source>Without a command, opens the ProxyDeck console (--page proxy|connections|rules|certificates|export|traffic|diagnostics opens it on that page; --start-engine starts the local engine with it; --test URL opens it testing URL).</source>
        <translation>Sans commande, ouvre la console ProxyDeck (--page proxy|connections|rules|certificates|export|traffic|diagnostics l&apos;ouvre sur cette page ; --start-engine démarre le moteur local avec elle ; --test URL l&apos;ouvre en testant URL).</translation>
    </message>
    <message>
        <source>Load a PAC file (or URL) and print what it answers for URLs.</source>
        <translation>Charger un fichier PAC (ou une URL) et afficher ce qu&apos;il répond pour des URL.</translation>
    </message>
    <message>
        <source>Set a profile&apos;s proxy (host and port, or a PAC), user or password.</source>
        <translation>Définir le proxy d&apos;un profil (hôte et port, ou un PAC), l&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>Show, import, apply or restore the desktop&apos;s own proxy settings.</source>
        <translation>Afficher, importer, appliquer ou restaurer les paramètres de proxy propres au bureau.</translation>
    </message>
    <message>
        <source>Discover this network&apos;s PAC file (DHCP option 252, DNS wpad.&lt;domain&gt;).</source>
        <translation>Découvrir le fichier PAC de ce réseau (option DHCP 252, DNS wpad.&lt;domain&gt;).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>not stored</source>
        <translation>non stocké</translation>
    </message>
    <message>
        <source>stored in keychain</source>
        <translation>stocké dans le trousseau</translation>
    </message>
    <message>
        <source>missing from keychain (set it again)</source>
        <translation>absent du trousseau (le définir à nouveau)</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>trousseau indisponible</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>direct (sans proxy)</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Show the profiles, the active one, and where passwords are.</source>
        <translation>Afficher les profils, le profil actif et l&apos;emplacement des mots de passe.</translation>
    </message>
    <message>
        <source>show takes no arguments.</source>
        <translation>show ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Fichier de paramètres : %1</translation>
    </message>
    <message>
        <source>Active profile: %1</source>
        <translation>Profil actif : %1</translation>
    </message>
    <message>
        <source>proxy:    %1</source>
        <translation>proxy :        %1</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>mot de passe : %1</translation>
    </message>
    <message>
        <source>NO_PROXY: %1</source>
        <translation>NO_PROXY :     %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The profile to change (created if missing; default: the active one).</source>
        <translation>Le profil à modifier (créé s&apos;il n&apos;existe pas ; par défaut : le profil actif).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>http or https (how ProxyDeck talks to the proxy).</source>
        <translation>http ou https (manière dont ProxyDeck communique avec le proxy).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>Proxy host name or address; a URL such as http://user@proxy:3128 is split.</source>
        <translation>Nom d&apos;hôte ou adresse du proxy ; une URL telle que http://user@proxy:3128 est décomposée.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>Proxy port, 1-65535.</source>
        <translation>Port du proxy, 1-65535.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>User name for the proxy (empty to clear).</source>
        <translation>Nom d&apos;utilisateur pour le proxy (vide pour l&apos;effacer).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Read the password from standard input and store it in the keychain.</source>
        <translation>Lire le mot de passe depuis l&apos;entrée standard et le stocker dans le trousseau.</translation>
    </message>
    <message>
        <source>Remove the stored password.</source>
        <translation>Supprimer le mot de passe stocké.</translation>
    </message>
    <message>
        <source>Make this a no-proxy profile (clears host and port).</source>
        <translation>Faire de ce profil un profil sans proxy (efface l&apos;hôte et le port).</translation>
    </message>
    <message>
        <source>Change a profile. Passwords are read only from standard input and stored only in the OS keychain.</source>
        <translation>Modifier un profil. Les mots de passe sont lus uniquement depuis l&apos;entrée standard et stockés uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>set takes options only, not “%1”.</source>
        <translation>set ne prend que des options, pas « %1 ».</translation>
    </message>
    <message>
        <source>--password-stdin and --no-password contradict each other.</source>
        <translation>--password-stdin et --no-password sont contradictoires.</translation>
    </message>
    <message>
        <source>--host: the URL contains a password, and command-line arguments are visible to other users. Remove it and use --password-stdin.</source>
        <translation>--host : l&apos;URL contient un mot de passe, et les arguments de ligne de commande sont visibles par les autres utilisateurs. Le retirer et utiliser --password-stdin.</translation>
    </message>
    <message>
        <source>Profile “%1” has a host but no port: add --port.</source>
        <translation>Le profil « %1 » a un hôte mais pas de port : ajouter --port.</translation>
    </message>
    <message>
        <source>Password not changed: %1 The other settings were saved.</source>
        <translation>Mot de passe non modifié : %1 Les autres paramètres ont été enregistrés.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil « %1 » : %2</translation>
    </message>
    <message>
        <source>, password in keychain</source>
        <translation>, mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list : afficher du JSON.</translation>
    </message>
    <message>
        <source>list | add NAME | use NAME | rename OLD NEW | duplicate SOURCE NEW | remove NAME</source>
        <translation>list | add NOM | use NOM | rename ANCIEN NOUVEAU | duplicate SOURCE NOUVEAU | remove NOM</translation>
    </message>
    <message>
        <source>Manage proxy profiles. One profile is active.</source>
        <translation>Gérer les profils de proxy. Un seul profil est actif.</translation>
    </message>
    <message>
        <source>profile: unknown action “%1”; use list, add, use, rename, duplicate or remove.</source>
        <translation>profile : action inconnue « %1 » ; utiliser list, add, use, rename, duplicate ou remove.</translation>
    </message>
    <message numerus="yes">
        <source>profile %1 takes %n name(s).</source>
        <translation>
            <numerusform>profile %1 prend %n nom.</numerusform>
            <numerusform>profile %1 prend %n noms.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile named “%1”; see “proxydeck profile list”.</source>
        <translation>Aucun profil nommé « %1 » ; voir « proxydeck profile list ».</translation>
    </message>
    <message>
        <source>The password of “%1” was not copied; set one with “proxydeck set --profile %2 --password-stdin”.</source>
        <translation>Le mot de passe de « %1 » n&apos;a pas été copié ; en définir un avec « proxydeck set --profile %2 --password-stdin ».</translation>
    </message>
    <message>
        <source>The profile was removed but its password stays in the keychain: %1</source>
        <translation>Le profil a été supprimé mais son mot de passe reste dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Profile to create or update (default: “Environment”).</source>
        <translation>Profil à créer ou à mettre à jour (par défaut : « Environnement »).</translation>
    </message>
    <message>
        <source>Make the imported profile the active one.</source>
        <translation>Rendre actif le profil importé.</translation>
    </message>
    <message>
        <source>Import https_proxy/http_proxy (either case) and no_proxy from the environment. A password in the URL goes to the keychain.</source>
        <translation>Importer https_proxy/http_proxy (en minuscules ou majuscules) et no_proxy depuis l&apos;environnement. Un mot de passe présent dans l&apos;URL va dans le trousseau.</translation>
    </message>
    <message>
        <source>import-env takes options only.</source>
        <translation>import-env ne prend que des options.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>The proxy was imported but its password was not stored: %1</source>
        <translation>Le proxy a été importé mais son mot de passe n&apos;a pas été stocké : %1</translation>
    </message>
    <message>
        <source>Imported %1 into profile “%2”: %3</source>
        <translation>%1 importé dans le profil « %2 » : %3</translation>
    </message>
    <message>
        <source>automatic (PAC %1)</source>
        <translation>automatique (PAC %1)</translation>
    </message>
    <message>
        <source>Make this an automatic profile: a PAC script (http(s):// URL or file) decides.</source>
        <translation>Faire de ce profil un profil automatique : un script PAC (URL http(s):// ou fichier) décide.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--direct cannot be combined with --host, --port or --pac.</source>
        <translation>--direct ne peut pas être combiné avec --host, --port ou --pac.</translation>
    </message>
    <message>
        <source>--pac cannot be combined with --host, --port or --scheme: the PAC names the proxies.</source>
        <translation>--pac ne peut pas être combiné avec --host, --port ou --scheme : le PAC nomme les proxys.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Use global proxy</source>
        <translation>&amp;Utiliser le proxy global</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>https://host/path or host:port</source>
        <translation>https://hôte/chemin ou hôte:port</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point de terminaison :</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Une connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>Enter the endpoint: a URL or host:port.</source>
        <translation>Saisir le point de terminaison : une URL ou hôte:port.</translation>
    </message>
</context>
<context>
    <name>ConnectionKind</name>
    <message>
        <source>HTTP/HTTPS remote dataset</source>
        <translation>Jeu de données distant HTTP/HTTPS</translation>
    </message>
    <message>
        <source>Fetched by the platform&apos;s backend through the global proxy.</source>
        <translation>Récupéré par le backend de la plateforme via le proxy global.</translation>
    </message>
    <message>
        <source>FTP remote dataset</source>
        <translation>Jeu de données distant FTP</translation>
    </message>
    <message>
        <source>FTP through an HTTP proxy needs passive mode, and the proxy must allow CONNECT to ports 20, 21 and 1024-65535.</source>
        <translation>Le FTP via un proxy HTTP nécessite le mode passif, et le proxy doit autoriser CONNECT vers les ports 20, 21 et 1024-65535.</translation>
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
        <translation>Snowflake ne fonctionne qu&apos;à travers un proxy http:// ; avec un proxy https://, il doit le contourner, donc snowflakecomputing.com est ajouté à NO_PROXY.</translation>
    </message>
    <message>
        <source>Google BigQuery</source>
        <translation>Google BigQuery</translation>
    </message>
    <message>
        <source>BigQuery works through http:// and https:// proxies.</source>
        <translation>BigQuery fonctionne à travers des proxys http:// et https://.</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL speaks its own protocol over TCP, which an HTTP proxy does not carry: the firewall must allow the connection directly.</source>
        <translation>PostgreSQL parle son propre protocole sur TCP, qu&apos;un proxy HTTP ne transporte pas : le pare-feu doit autoriser la connexion en direct.</translation>
    </message>
    <message>
        <source>Amazon Redshift</source>
        <translation>Amazon Redshift</translation>
    </message>
    <message>
        <source>Redshift uses the PostgreSQL protocol over TCP: the firewall must allow the connection directly.</source>
        <translation>Redshift utilise le protocole PostgreSQL sur TCP : le pare-feu doit autoriser la connexion en direct.</translation>
    </message>
    <message>
        <source>Databricks</source>
        <translation>Databricks</translation>
    </message>
    <message>
        <source>Databricks connections do not support a proxy: they go direct, so the firewall must allow them.</source>
        <translation>Les connexions Databricks ne prennent pas en charge de proxy : elles passent en direct, le pare-feu doit donc les autoriser.</translation>
    </message>
    <message>
        <source>gRPC endpoint</source>
        <translation>Point de terminaison gRPC</translation>
    </message>
    <message>
        <source>gRPC clients read grpc_proxy first, then https_proxy; no_grpc_proxy before no_proxy.</source>
        <translation>Les clients gRPC lisent d&apos;abord grpc_proxy, puis https_proxy ; no_grpc_proxy avant no_proxy.</translation>
    </message>
    <message>
        <source>HTTP(S) API</source>
        <translation>API HTTP(S)</translation>
    </message>
    <message>
        <source>TCP service</source>
        <translation>Service TCP</translation>
    </message>
    <message>
        <source>Plain TCP is not carried by an HTTP proxy: the firewall must allow it directly.</source>
        <translation>Le TCP simple n&apos;est pas transporté par un proxy HTTP : le pare-feu doit l&apos;autoriser en direct.</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>Use global proxy</source>
        <translation>Utiliser le proxy global</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Use proxy</source>
        <translation>Utiliser le proxy</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Use &amp;proxy</source>
        <translation>Utiliser le &amp;proxy</translation>
    </message>
    <message>
        <source>&amp;Bypass proxy</source>
        <translation>&amp;Contourner le proxy</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Turn “Use global proxy” on for the selected connections</source>
        <translation>Activer « Utiliser le proxy global » pour les connexions sélectionnées</translation>
    </message>
    <message>
        <source>Turn “Use global proxy” off for the selected connections</source>
        <translation>Désactiver « Utiliser le proxy global » pour les connexions sélectionnées</translation>
    </message>
    <message>
        <source>No connections yet. Add the services your platform talks to — datasets, warehouses, APIs — to see which go through the proxy, which bypass it, and what the firewall must allow.</source>
        <translation>Aucune connexion pour l&apos;instant. Ajouter les services avec lesquels la plateforme communique — jeux de données, entrepôts, API — pour voir lesquels passent par le proxy, lesquels le contournent et ce que le pare-feu doit autoriser.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexions&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Remove connections</source>
        <translation>Supprimer des connexions</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n connection(s)?</source>
        <translation>
            <numerusform>Supprimer %n connexion ?</numerusform>
            <numerusform>Supprimer %n connexions ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported NO_PROXY: %1</source>
        <translation>NO_PROXY exporté : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>The new language applies when the edits on the Proxy page are saved or reverted.</source>
        <translation>La nouvelle langue s&apos;applique dès que les modifications de la page Proxy sont enregistrées ou annulées.</translation>
    </message>
</context>
<context>
    <name>DesktopBackend</name>
    <message>
        <source>There is nothing to restore: no backup at %1 (ProxyDeck did not apply a profile to the desktop, or it was restored already).</source>
        <translation>Rien à restaurer : aucune sauvegarde dans %1 (ProxyDeck n&apos;a pas appliqué de profil au bureau, ou il a déjà été restauré).</translation>
    </message>
    <message>
        <source>The settings were restored but the backup %1 could not be removed: %2</source>
        <translation>Les paramètres ont été restaurés mais la sauvegarde %1 n&apos;a pas pu être supprimée : %2</translation>
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
        <translation>La sauvegarde du bureau %1 est endommagée : %2.</translation>
    </message>
    <message>
        <source>The desktop backup %1 is from another ProxyDeck version.</source>
        <translation>La sauvegarde du bureau %1 provient d&apos;une autre version de ProxyDeck.</translation>
    </message>
    <message>
        <source>The desktop backup %1 is damaged: a key has no name.</source>
        <translation>La sauvegarde du bureau %1 est endommagée : une clé n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Cannot read the desktop backup %1: %2</source>
        <translation>Impossible de lire la sauvegarde du bureau %1 : %2</translation>
    </message>
</context>
<context>
    <name>DesktopChanges</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>DesktopCommand</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 proxy settings:</source>
        <translation>Paramètres de proxy de %1 :</translation>
    </message>
    <message>
        <source>mode:</source>
        <translation>mode :</translation>
    </message>
    <message>
        <source>HTTP proxy:</source>
        <translation>proxy HTTP :</translation>
    </message>
    <message>
        <source>HTTPS proxy:</source>
        <translation>proxy HTTPS :</translation>
    </message>
    <message>
        <source>SOCKS proxy:</source>
        <translation>proxy SOCKS :</translation>
    </message>
    <message>
        <source>PAC URL:</source>
        <translation>URL PAC :</translation>
    </message>
    <message>
        <source>ignore hosts:</source>
        <translation>hôtes ignorés :</translation>
    </message>
    <message>
        <source>same proxy:</source>
        <translation>même proxy :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>user:</source>
        <translation>utilisateur :</translation>
    </message>
    <message numerus="yes">
        <source>Apply these %n change(s)? [y/N] </source>
        <translation>
            <numerusform>Appliquer %n modification ? [y/N] </numerusform>
            <numerusform>Appliquer ces %n modifications ? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>gnome, kde, macos or windows (default: the one running, from XDG_CURRENT_DESKTOP).</source>
        <translation>gnome, kde, macos ou windows (par défaut : celui en cours d&apos;exécution, d&apos;après XDG_CURRENT_DESKTOP).</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show : afficher du JSON.</translation>
    </message>
    <message>
        <source>import: the profile to create or update (default: “Desktop”); apply and show for macos/windows: the profile to apply (default: the active one).</source>
        <translation>import : le profil à créer ou à mettre à jour (par défaut : « Bureau ») ; apply et show pour macos/windows : le profil à appliquer (par défaut : le profil actif).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>apply: do not ask before changing the desktop.</source>
        <translation>apply : ne pas demander avant de modifier le bureau.</translation>
    </message>
    <message>
        <source>show | import | apply | restore</source>
        <translation>show | import | apply | restore</translation>
    </message>
    <message>
        <source>Read the desktop&apos;s own proxy settings into a profile, or apply a profile to them (showing the changes first) and restore what was there.</source>
        <translation>Lire les paramètres de proxy propres au bureau dans un profil, ou leur appliquer un profil (en affichant d&apos;abord les modifications) et restaurer ce qui s&apos;y trouvait.</translation>
    </message>
    <message>
        <source>desktop needs one action: show, import, apply or restore.</source>
        <translation>desktop nécessite une action : show, import, apply ou restore.</translation>
    </message>
    <message>
        <source>--desktop: “%1” is not gnome, kde, macos or windows.</source>
        <translation>--desktop : « %1 » n&apos;est pas gnome, kde, macos ou windows.</translation>
    </message>
    <message>
        <source>No profile named “%1”; see “proxydeck profile list”.</source>
        <translation>Aucun profil nommé « %1 » ; voir « proxydeck profile list ».</translation>
    </message>
    <message>
        <source>ProxyDeck does not change %1&apos;s settings itself; “proxydeck desktop show --desktop %2” prints the commands to run.</source>
        <translation>ProxyDeck ne modifie pas lui-même les paramètres de %1 ; « proxydeck desktop show --desktop %2 » affiche les commandes à exécuter.</translation>
    </message>
    <message>
        <source># To give %1 this proxy (ProxyDeck does not run these):</source>
        <translation># Pour donner ce proxy à %1 (ProxyDeck n&apos;exécute pas ces commandes) :</translation>
    </message>
    <message numerus="yes">
        <source>Restored the %1 proxy settings from before ProxyDeck applied a profile (%n change(s)).</source>
        <translation>
            <numerusform>Paramètres de proxy %1 restaurés tels qu&apos;avant l&apos;application d&apos;un profil par ProxyDeck (%n modification).</numerusform>
            <numerusform>Paramètres de proxy %1 restaurés tels qu&apos;avant l&apos;application d&apos;un profil par ProxyDeck (%n modifications).</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings from before ProxyDeck applied a profile are kept in %1; “proxydeck desktop restore” puts them back.</source>
        <translation>Les paramètres d&apos;avant l&apos;application d&apos;un profil par ProxyDeck sont conservés dans %1 ; « proxydeck desktop restore » les rétablit.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Imported the %1 proxy settings into profile “%2”: %3</source>
        <translation>Paramètres de proxy %1 importés dans le profil « %2 » : %3</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>direct (sans proxy)</translation>
    </message>
    <message>
        <source>PAC URL: %1</source>
        <translation>URL PAC : %1</translation>
    </message>
    <message>
        <source>NO_PROXY: %1</source>
        <translation>NO_PROXY : %1</translation>
    </message>
    <message>
        <source>The %1 proxy settings already match; nothing to change.</source>
        <translation>Les paramètres de proxy %1 correspondent déjà ; rien à modifier.</translation>
    </message>
    <message>
        <source>Changes to the %1 proxy settings:</source>
        <translation>Modifications des paramètres de proxy %1 :</translation>
    </message>
    <message>
        <source>Not applied.</source>
        <translation>Non appliqué.</translation>
    </message>
    <message>
        <source>Not applied: there is no terminal to ask; run again with --yes to apply these changes.</source>
        <translation>Non appliqué : aucun terminal pour demander ; relancer avec --yes pour appliquer ces modifications.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s). The previous settings are kept in %1; “proxydeck desktop restore” puts them back.</source>
        <translation>
            <numerusform>%n modification appliquée. Les paramètres précédents sont conservés dans %1 ; « proxydeck desktop restore » les rétablit.</numerusform>
            <numerusform>%n modifications appliquées. Les paramètres précédents sont conservés dans %1 ; « proxydeck desktop restore » les rétablit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopProxy</name>
    <message>
        <source>Desktops talk plain HTTP to their proxy: profile “%1” uses https:// to reach it, which the desktop setting cannot say.</source>
        <translation>Les bureaux communiquent en HTTP simple avec leur proxy : le profil « %1 » utilise https:// pour le joindre, ce que le paramètre du bureau ne peut pas exprimer.</translation>
    </message>
    <message>
        <source>The desktop&apos;s PAC URL: %1</source>
        <translation>URL PAC du bureau : %1</translation>
    </message>
    <message>
        <source>The desktop finds its proxy with WPAD (automatic detection); the profile goes direct: “Discover (WPAD)” on the Proxy page, or `proxydeck wpad`, finds the PAC script.</source>
        <translation>Le bureau trouve son proxy avec WPAD (détection automatique) ; le profil passe en direct : « Découvrir (WPAD) » sur la page Proxy, ou `proxydeck wpad`, trouve le script PAC.</translation>
    </message>
    <message>
        <source>The desktop has only a SOCKS proxy (%1); ProxyDeck profiles are HTTP proxies.</source>
        <translation>Le bureau n&apos;a qu&apos;un proxy SOCKS (%1) ; les profils ProxyDeck sont des proxys HTTP.</translation>
    </message>
    <message>
        <source>The desktop is set to a manual proxy but names no proxy host.</source>
        <translation>Le bureau est réglé sur un proxy manuel mais n&apos;indique aucun hôte de proxy.</translation>
    </message>
    <message>
        <source>The desktop&apos;s proxy host: %1</source>
        <translation>Hôte du proxy du bureau : %1</translation>
    </message>
    <message>
        <source>The desktop&apos;s proxy %1 has no port.</source>
        <translation>Le proxy du bureau %1 n&apos;a pas de port.</translation>
    </message>
    <message>
        <source>The desktop uses %1 for HTTP and %2 for HTTPS; %3 was imported.</source>
        <translation>Le bureau utilise %1 pour HTTP et %2 pour HTTPS ; %3 a été importé.</translation>
    </message>
    <message>
        <source>The desktop&apos;s SOCKS proxy %1 was not imported.</source>
        <translation>Le proxy SOCKS du bureau %1 n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>Ignored host “%1” was left out: %2</source>
        <translation>L&apos;hôte ignoré « %1 » a été omis : %2</translation>
    </message>
    <message>
        <source>NO_PROXY “%1” means subdomains only; the desktop also sends %2 itself direct.</source>
        <translation>NO_PROXY « %1 » ne désigne que les sous-domaines ; le bureau envoie aussi %2 lui-même en direct.</translation>
    </message>
</context>
<context>
    <name>DesktopSettingsBar</name>
    <message>
        <source>Import from the des&amp;ktop</source>
        <translation>Importer depuis le &amp;bureau</translation>
    </message>
    <message>
        <source>Appl&amp;y to the desktop…</source>
        <translation>A&amp;ppliquer au bureau…</translation>
    </message>
    <message>
        <source>Restore desktop settin&amp;gs</source>
        <translation>Restaurer les paramètres du burea&amp;u</translation>
    </message>
    <message>
        <source>Import the desktop&apos;s proxy settings into this profile</source>
        <translation>Importer les paramètres de proxy du bureau dans ce profil</translation>
    </message>
    <message>
        <source>Apply the active profile to the desktop&apos;s proxy settings</source>
        <translation>Appliquer le profil actif aux paramètres de proxy du bureau</translation>
    </message>
    <message>
        <source>Restore the desktop&apos;s proxy settings from before ProxyDeck applied them</source>
        <translation>Restaurer les paramètres de proxy du bureau tels qu&apos;avant leur application par ProxyDeck</translation>
    </message>
    <message>
        <source>Desktop proxy settings (%1):</source>
        <translation>Paramètres de proxy du bureau (%1) :</translation>
    </message>
    <message>
        <source>Read %1&apos;s proxy settings into the fields below, to review and save.</source>
        <translation>Lire les paramètres de proxy de %1 dans les champs ci-dessous, pour les vérifier et les enregistrer.</translation>
    </message>
    <message>
        <source>Make %1 use the active (saved) profile and the NO_PROXY list; the changes are shown first, and the values they replace are kept for Restore.</source>
        <translation>Faire utiliser à %1 le profil actif (enregistré) et la liste NO_PROXY ; les modifications sont d&apos;abord affichées, et les valeurs remplacées sont conservées pour Restaurer.</translation>
    </message>
    <message>
        <source>Put back %1&apos;s proxy settings as they were before ProxyDeck first applied a profile.</source>
        <translation>Rétablir les paramètres de proxy de %1 tels qu&apos;ils étaient avant que ProxyDeck applique un profil pour la première fois.</translation>
    </message>
    <message>
        <source>Could not read %1&apos;s proxy settings: %2</source>
        <translation>Impossible de lire les paramètres de proxy de %1 : %2</translation>
    </message>
    <message>
        <source>%1 already uses the profile “%2”: nothing to change.</source>
        <translation>%1 utilise déjà le profil « %2 » : rien à modifier.</translation>
    </message>
    <message>
        <source>Apply to the desktop</source>
        <translation>Appliquer au bureau</translation>
    </message>
    <message numerus="yes">
        <source>Change %n of %1&apos;s proxy settings so that it uses the saved profile “%2”?</source>
        <translation>
            <numerusform>Modifier %n des paramètres de proxy de %1 pour qu&apos;il utilise le profil enregistré « %2 » ?</numerusform>
            <numerusform>Modifier %n des paramètres de proxy de %1 pour qu&apos;il utilise le profil enregistré « %2 » ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore puts back the values these replace.</source>
        <translation>Restaurer rétablit les valeurs que celles-ci remplacent.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>%1&apos;s proxy settings were not changed: %2</source>
        <translation>Les paramètres de proxy de %1 n&apos;ont pas été modifiés : %2</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n of %1&apos;s proxy settings. Restore puts back what was there before.</source>
        <translation>
            <numerusform>%n des paramètres de proxy de %1 a été modifié. Restaurer rétablit ce qui s&apos;y trouvait auparavant.</numerusform>
            <numerusform>%n des paramètres de proxy de %1 ont été modifiés. Restaurer rétablit ce qui s&apos;y trouvait auparavant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s proxy settings were not restored: %2</source>
        <translation>Les paramètres de proxy de %1 n&apos;ont pas été restaurés : %2</translation>
    </message>
    <message>
        <source>Restored %1&apos;s proxy settings.</source>
        <translation>Paramètres de proxy de %1 restaurés.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>“%1” is not a URL to test, e.g. https://example.com/.</source>
        <translation>« %1 » n&apos;est pas une URL à tester, p. ex. https://example.com/.</translation>
    </message>
    <message>
        <source>“%1”: a tcp:// address needs a port.</source>
        <translation>« %1 » : une adresse tcp:// nécessite un port.</translation>
    </message>
    <message>
        <source>“%1”: only http, https, ws, wss and tcp URLs can be tested.</source>
        <translation>« %1 » : seules les URL http, https, ws, wss et tcp peuvent être testées.</translation>
    </message>
    <message>
        <source>not an HTTP service: reaching its port is the test</source>
        <translation>pas un service HTTP : atteindre son port constitue le test</translation>
    </message>
    <message>
        <source>plain HTTP needs no tunnel: the request goes to the proxy in absolute form</source>
        <translation>le HTTP simple n&apos;a pas besoin de tunnel : la requête va au proxy sous forme absolue</translation>
    </message>
    <message>
        <source>not an https:// or wss:// address</source>
        <translation>pas une adresse https:// ou wss://</translation>
    </message>
    <message>
        <source>TLS inside the TLS connection to the proxy is not checked here; the tools check it</source>
        <translation>le TLS à l&apos;intérieur de la connexion TLS vers le proxy n&apos;est pas vérifié ici ; les outils le vérifient</translation>
    </message>
    <message>
        <source>a WebSocket address: the upgrade below is its test</source>
        <translation>une adresse WebSocket : la mise à niveau ci-dessous constitue son test</translation>
    </message>
    <message>
        <source>on the second connection, for the upgrade: %1</source>
        <translation>sur la seconde connexion, pour la mise à niveau : %1</translation>
    </message>
    <message>
        <source>not tried: an earlier step failed</source>
        <translation>non essayé : une étape précédente a échoué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 is an address: nothing to resolve</source>
        <translation>%1 est une adresse : rien à résoudre</translation>
    </message>
    <message>
        <source>The proxy&apos;s name “%1” does not resolve on this machine: check the host on the Proxy page, and this machine&apos;s DNS.</source>
        <translation>Le nom du proxy « %1 » n&apos;est pas résolu sur cette machine : vérifier l&apos;hôte sur la page Proxy, ainsi que le DNS de cette machine.</translation>
    </message>
    <message>
        <source>“%1” does not resolve here. This address bypasses the proxy (%2); an internal name may be known only to the proxy&apos;s DNS, and then it should not bypass it.</source>
        <translation>« %1 » n&apos;est pas résolu ici. Cette adresse contourne le proxy (%2) ; un nom interne peut n&apos;être connu que du DNS du proxy, et dans ce cas il ne devrait pas le contourner.</translation>
    </message>
    <message>
        <source>“%1” does not resolve here: check the address, and this machine&apos;s DNS.</source>
        <translation>« %1 » n&apos;est pas résolu ici : vérifier l&apos;adresse, ainsi que le DNS de cette machine.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the port is wrong, or the proxy is down.</source>
        <translation>Rien n&apos;accepte de connexions sur %1 : le port est incorrect, ou le proxy est arrêté.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1. This address bypasses the proxy (%2); if this network only lets traffic out through the proxy, that is why.</source>
        <translation>Rien n&apos;accepte de connexions sur %1. Cette adresse contourne le proxy (%2) ; si ce réseau ne laisse sortir le trafic que par le proxy, voilà pourquoi.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the port is wrong, or the service is down.</source>
        <translation>Rien n&apos;accepte de connexions sur %1 : le port est incorrect, ou le service est arrêté.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from here (%2): a firewall, a wrong address, or no route.</source>
        <translation>%1 est injoignable d&apos;ici (%2) : un pare-feu, une adresse incorrecte ou aucune route.</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>fermé sans réponse</translation>
    </message>
    <message>
        <source>The proxy closed the connection without answering CONNECT: it may want TLS (an https:// proxy), or not be an HTTP proxy at all (a SOCKS port?).</source>
        <translation>Le proxy a fermé la connexion sans répondre au CONNECT : il attend peut-être du TLS (un proxy https://), ou n&apos;est pas du tout un proxy HTTP (un port SOCKS ?).</translation>
    </message>
    <message>
        <source>no answer came to tell</source>
        <translation>aucune réponse n&apos;est venue le dire</translation>
    </message>
    <message>
        <source>No answer to the upgrade: most likely the WebSocket upgrade was stripped on the way — the proxy passed the request without its Upgrade header and the server hung up (Squid: http_upgrade_request_protocols WebSocket allow all). wss:// goes through a CONNECT tunnel and avoids this.</source>
        <translation>Aucune réponse à la mise à niveau : très probablement, la mise à niveau WebSocket a été supprimée en chemin — le proxy a transmis la requête sans son en-tête Upgrade et le serveur a raccroché (Squid : http_upgrade_request_protocols WebSocket allow all). wss:// passe par un tunnel CONNECT et évite ce problème.</translation>
    </message>
    <message>
        <source>The connection was closed before an HTTP answer came: the server (or a proxy on the way) dropped the request.</source>
        <translation>La connexion a été fermée avant qu&apos;une réponse HTTP n&apos;arrive : le serveur (ou un proxy en chemin) a abandonné la requête.</translation>
    </message>
    <message>
        <source>%1, certificate for %2 issued by “%3”</source>
        <translation>%1, certificat pour %2 émis par « %3 »</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1): the other side may not speak TLS on this port.</source>
        <translation>La négociation TLS a échoué (%1) : l&apos;autre côté ne parle peut-être pas TLS sur ce port.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: it must be renewed where it is served.</source>
        <translation>Le certificat de %1 a expiré le %2 : il doit être renouvelé là où il est servi.</translation>
    </message>
    <message>
        <source>The certificate is for %1, not %2: the address is wrong, or something else answers in its place.</source>
        <translation>Le certificat est pour %1, pas pour %2 : l&apos;adresse est incorrecte, ou autre chose répond à sa place.</translation>
    </message>
    <message>
        <source>TLS is intercepted: the certificate for %1 was issued by “%2” (SHA-256 %3), a CA this machine does not trust — typically the company&apos;s TLS inspection proxy. If it is, import this CA (offered here, or on the Certificates page); tools using ProxyDeck&apos;s CA bundle then trust it.</source>
        <translation>Le TLS est intercepté : le certificat pour %1 a été émis par « %2 » (SHA-256 %3), un CA que cette machine n&apos;approuve pas — typiquement le proxy d&apos;inspection TLS de l&apos;entreprise. Si c&apos;est le cas, importer ce CA (proposé ici, ou sur la page Certificats) ; les outils utilisant le bundle CA de ProxyDeck l&apos;approuvent alors.</translation>
    </message>
    <message>
        <source>%1 presents a certificate from “%2” (SHA-256 %3), a CA this machine does not trust: import it if you know where it comes from.</source>
        <translation>%1 présente un certificat de « %2 » (SHA-256 %3), un CA que cette machine n&apos;approuve pas : l&apos;importer si sa provenance est connue.</translation>
    </message>
    <message>
        <source>The certificate chain of %1 ends at “%2”, which is not trusted here and was not sent: get that CA certificate from whoever runs %3 and import it.</source>
        <translation>La chaîne de certificats de %1 se termine à « %2 », qui n&apos;est pas approuvé ici et n&apos;a pas été envoyé : obtenir ce certificat CA auprès de l&apos;exploitant de %3 et l&apos;importer.</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>le proxy</translation>
    </message>
    <message>
        <source>the server or the proxy</source>
        <translation>le serveur ou le proxy</translation>
    </message>
    <message>
        <source>The certificate of %1 is refused: %2.</source>
        <translation>Le certificat de %1 est refusé : %2.</translation>
    </message>
    <message>
        <source>an answer head over %1 KiB</source>
        <translation>un en-tête de réponse de plus de %1 Kio</translation>
    </message>
    <message>
        <source>This is not an HTTP answer.</source>
        <translation>Ce n&apos;est pas une réponse HTTP.</translation>
    </message>
    <message>
        <source>not an HTTP answer: %1</source>
        <translation>pas une réponse HTTP : %1</translation>
    </message>
    <message>
        <source>What answers on the proxy port does not speak HTTP: check the port and the scheme.</source>
        <translation>Ce qui répond sur le port du proxy ne parle pas HTTP : vérifier le port et le schéma.</translation>
    </message>
    <message>
        <source>The answer is not HTTP: the port may speak another protocol.</source>
        <translation>La réponse n&apos;est pas du HTTP : le port parle peut-être un autre protocole.</translation>
    </message>
    <message>
        <source>no scheme named</source>
        <translation>aucun schéma indiqué</translation>
    </message>
    <message>
        <source>The proxy refused the password of “%1”: set it again on the Proxy page (it is kept in the keychain), and check the user name.</source>
        <translation>Le proxy a refusé le mot de passe de « %1 » : le définir à nouveau sur la page Proxy (il est conservé dans le trousseau), et vérifier le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The proxy wants credentials (it offers %1): set a user and password on the Proxy page.</source>
        <translation>Le proxy demande des identifiants (il propose %1) : définir un utilisateur et un mot de passe sur la page Proxy.</translation>
    </message>
    <message>
        <source>%1; offers: %2</source>
        <translation>%1 ; propose : %2</translation>
    </message>
    <message>
        <source>accepted the credentials of “%1” (Basic)</source>
        <translation>identifiants de « %1 » acceptés (Basic)</translation>
    </message>
    <message>
        <source>no credentials asked</source>
        <translation>aucun identifiant demandé</translation>
    </message>
    <message>
        <source>The proxy asked for credentials again on the second connection.</source>
        <translation>Le proxy a de nouveau demandé des identifiants sur la seconde connexion.</translation>
    </message>
    <message>
        <source>The proxy forbids CONNECT to %1 (port %2): ask its administrators to allow it (Squid: the port in SSL_ports and an http_access rule; tinyproxy: ConnectPort %2), or use port 443.</source>
        <translation>Le proxy interdit CONNECT vers %1 (port %2) : demander à ses administrateurs de l&apos;autoriser (Squid : le port dans SSL_ports et une règle http_access ; tinyproxy : ConnectPort %2), ou utiliser le port 443.</translation>
    </message>
    <message>
        <source>The proxy could not reach %1: the host may be down, its name unknown to the proxy&apos;s DNS, or blocked from the proxy.</source>
        <translation>Le proxy n&apos;a pas pu joindre %1 : l&apos;hôte est peut-être arrêté, son nom inconnu du DNS du proxy, ou bloqué depuis le proxy.</translation>
    </message>
    <message>
        <source>The proxy refused the tunnel to %1 with %2.</source>
        <translation>Le proxy a refusé le tunnel vers %1 avec %2.</translation>
    </message>
    <message>
        <source>The answer to the upgrade has a wrong Sec-WebSocket-Accept: something on the way rewrote the handshake.</source>
        <translation>La réponse à la mise à niveau a un Sec-WebSocket-Accept incorrect : quelque chose en chemin a réécrit la négociation.</translation>
    </message>
    <message>
        <source>%1, no upgrade</source>
        <translation>%1, pas de mise à niveau</translation>
    </message>
    <message>
        <source>The WebSocket upgrade was stripped on the way: the proxy passed the request without its Upgrade header (Squid: http_upgrade_request_protocols WebSocket allow all; nginx: proxy_set_header Upgrade and Connection), or the server has no WebSocket at this path. wss:// goes through a CONNECT tunnel and avoids this.</source>
        <translation>La mise à niveau WebSocket a été supprimée en chemin : le proxy a transmis la requête sans son en-tête Upgrade (Squid : http_upgrade_request_protocols WebSocket allow all ; nginx : proxy_set_header Upgrade et Connection), ou le serveur n&apos;a pas de WebSocket à ce chemin. wss:// passe par un tunnel CONNECT et évite ce problème.</translation>
    </message>
    <message>
        <source>The server did not accept a WebSocket at this address (%1): check the path.</source>
        <translation>Le serveur n&apos;a pas accepté de WebSocket à cette adresse (%1) : vérifier le chemin.</translation>
    </message>
    <message>
        <source>The proxy could not reach %1 (%2): the host may be down or blocked from the proxy.</source>
        <translation>Le proxy n&apos;a pas pu joindre %1 (%2) : l&apos;hôte est peut-être arrêté ou bloqué depuis le proxy.</translation>
    </message>
    <message>
        <source>The server answered %1: it is reachable, but failing.</source>
        <translation>Le serveur a répondu %1 : il est joignable, mais en échec.</translation>
    </message>
    <message>
        <source>no answer from DNS in %1 s</source>
        <translation>aucune réponse du DNS en %1 s</translation>
    </message>
    <message>
        <source>This machine&apos;s DNS does not answer.</source>
        <translation>Le DNS de cette machine ne répond pas.</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>Connecting got no answer within %1 s: a firewall drops the packets, or the address is wrong.</source>
        <translation>La connexion n&apos;a reçu aucune réponse en %1 s : un pare-feu rejette les paquets, ou l&apos;adresse est incorrecte.</translation>
    </message>
    <message>
        <source>no TLS answer in %1 s</source>
        <translation>aucune réponse TLS en %1 s</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s: the other side may not speak TLS on this port.</source>
        <translation>La négociation TLS ne s&apos;est pas terminée en %1 s : l&apos;autre côté ne parle peut-être pas TLS sur ce port.</translation>
    </message>
    <message>
        <source>The proxy accepted the connection but did not answer CONNECT within %1 s: it may be overloaded, or not an HTTP proxy.</source>
        <translation>Le proxy a accepté la connexion mais n&apos;a pas répondu au CONNECT en %1 s : il est peut-être surchargé, ou ce n&apos;est pas un proxy HTTP.</translation>
    </message>
    <message>
        <source>No HTTP answer within %1 s: the server (or the proxy) accepted the request but never answered.</source>
        <translation>Aucune réponse HTTP en %1 s : le serveur (ou le proxy) a accepté la requête mais n&apos;a jamais répondu.</translation>
    </message>
    <message>
        <source>Negotiate with your Kerberos ticket (there is one)</source>
        <translation>Negotiate avec votre ticket Kerberos (il en existe un)</translation>
    </message>
    <message>
        <source>Negotiate with a Kerberos ticket, which is missing: %1</source>
        <translation>Negotiate avec un ticket Kerberos, qui est absent : %1</translation>
    </message>
    <message>
        <source>NTLM, once a user (DOMAIN\user) and password are set on the Proxy page</source>
        <translation>NTLM, une fois un utilisateur (DOMAINE\utilisateur) et un mot de passe définis sur la page Proxy</translation>
    </message>
    <message>
        <source>NTLM as “%1”</source>
        <translation>NTLM en tant que « %1 »</translation>
    </message>
    <message>
        <source>The proxy asks for %1 (a Windows or Kerberos sign-in), not Basic. ProxyDeck&apos;s engine signs in for the tools that use it: %2. This check itself sends Basic credentials only.</source>
        <translation>Le proxy demande %1 (une connexion Windows ou Kerberos), pas Basic. Le moteur de ProxyDeck s&apos;authentifie pour les outils qui l&apos;utilisent : %2. Cette vérification elle-même n&apos;envoie que des identifiants Basic.</translation>
    </message>
    <message>
        <source>The proxy asks for %1, not Basic: ProxyDeck knows Basic, Negotiate and NTLM only.</source>
        <translation>Le proxy demande %1, pas Basic : ProxyDeck ne connaît que Basic, Negotiate et NTLM.</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>  route: %1 — %2</source>
        <translation>  route : %1 — %2</translation>
    </message>
    <message>
        <source>  cancelled
</source>
        <translation>  annulé
</translation>
    </message>
    <message>
        <source>  result: pass (%1 ms)
</source>
        <translation>  résultat : réussi (%1 ms)
</translation>
    </message>
    <message>
        <source>  result: FAIL
</source>
        <translation>  résultat : ÉCHEC
</translation>
    </message>
</context>
<context>
    <name>DiagnosticStep</name>
    <message>
        <source>Resolve the proxy</source>
        <translation>Résoudre le proxy</translation>
    </message>
    <message>
        <source>Connect to the proxy</source>
        <translation>Se connecter au proxy</translation>
    </message>
    <message>
        <source>TLS with the proxy</source>
        <translation>TLS avec le proxy</translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation>Authentification au proxy</translation>
    </message>
    <message>
        <source>CONNECT tunnel</source>
        <translation>Tunnel CONNECT</translation>
    </message>
    <message>
        <source>Resolve the host</source>
        <translation>Résoudre l&apos;hôte</translation>
    </message>
    <message>
        <source>Connect to the host</source>
        <translation>Se connecter à l&apos;hôte</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>WebSocket upgrade</source>
        <translation>Mise à niveau WebSocket</translation>
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
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Test &amp;all connections</source>
        <translation>&amp;Tester toutes les connexions</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Copier en te&amp;xte</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
    <message>
        <source>URL to test</source>
        <translation>URL à tester</translation>
    </message>
    <message>
        <source>http, https, ws, wss or tcp://host:port; a bare host name is tested as https://.</source>
        <translation>http, https, ws, wss ou tcp://hôte:port ; un simple nom d&apos;hôte est testé en https://.</translation>
    </message>
    <message>
        <source>Also try a WebSocket upgrade</source>
        <translation>Essayer aussi une mise à niveau WebSocket</translation>
    </message>
    <message>
        <source>Also try a WebSocket upgrade through the same route (always done for ws:// and wss://).</source>
        <translation>Essayer aussi une mise à niveau WebSocket par la même route (toujours fait pour ws:// et wss://).</translation>
    </message>
    <message>
        <source>Run the test</source>
        <translation>Exécuter le test</translation>
    </message>
    <message>
        <source>Test all connections</source>
        <translation>Tester toutes les connexions</translation>
    </message>
    <message>
        <source>Test every connection of the Connections page, each with its own route.</source>
        <translation>Tester chaque connexion de la page Connexions, chacune avec sa propre route.</translation>
    </message>
    <message>
        <source>Cancel the tests</source>
        <translation>Annuler les tests</translation>
    </message>
    <message>
        <source>Copy the reports as text</source>
        <translation>Copier les rapports en texte</translation>
    </message>
    <message>
        <source>Copy the reports as JSON</source>
        <translation>Copier les rapports en JSON</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Résultats des tests</translation>
    </message>
    <message>
        <source>Details of the selected step</source>
        <translation>Détails de l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Select a step to read what happened and, on failure, what to do.</source>
        <translation>Sélectionner une étape pour lire ce qui s&apos;est passé et, en cas d&apos;échec, ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>Tests step by step how a URL is reached, the way a tool configured by ProxyDeck connects: the proxy, its authentication, the CONNECT tunnel, TLS and the HTTP status.</source>
        <translation>Teste pas à pas comment une URL est atteinte, de la même façon qu&apos;un outil configuré par ProxyDeck se connecte : le proxy, son authentification, le tunnel CONNECT, TLS et le statut HTTP.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Diagnostics&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Diagnostic&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type a URL to test, e.g. https://example.com/.</source>
        <translation>Saisir une URL à tester, p. ex. https://example.com/.</translation>
    </message>
    <message>
        <source>There are no connections to test: add them on the Connections page, or type a URL.</source>
        <translation>Aucune connexion à tester : les ajouter sur la page Connexions, ou saisir une URL.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminé(s)</translation>
    </message>
    <message>
        <source>Reading the proxy password from the keychain…</source>
        <translation>Lecture du mot de passe du proxy depuis le trousseau…</translation>
    </message>
    <message>
        <source>Testing without the proxy password, which the keychain did not give: %1</source>
        <translation>Test sans le mot de passe du proxy, que le trousseau n&apos;a pas fourni : %1</translation>
    </message>
    <message>
        <source>No password is stored for “%1”: testing without one. Enter it on the Proxy page.</source>
        <translation>Aucun mot de passe n&apos;est stocké pour « %1 » : test sans mot de passe. Le saisir sur la page Proxy.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Every test passed.</source>
        <translation>Tous les tests ont réussi.</translation>
    </message>
    <message>
        <source>%1 of %2 passed.</source>
        <translation>%1 sur %2 réussi(s).</translation>
    </message>
    <message>
        <source>Import “%1” as a trusted CA…</source>
        <translation>Importer « %1 » comme CA approuvé…</translation>
    </message>
    <message>
        <source>Import “%1” as a trusted CA</source>
        <translation>Importer « %1 » comme CA approuvé</translation>
    </message>
    <message>
        <source>The proxy presented this CA instead of the server&apos;s certificate: TLS is inspected.</source>
        <translation>Le proxy a présenté ce CA au lieu du certificat du serveur : le TLS est inspecté.</translation>
    </message>
    <message>
        <source>Trust this CA?</source>
        <translation>Approuver ce CA ?</translation>
    </message>
    <message>
        <source>Trust “%1” as a CA for TLS checks by ProxyDeck and the tools it configures?</source>
        <translation>Approuver « %1 » comme CA pour les vérifications TLS de ProxyDeck et des outils qu&apos;il configure ?</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Import it only if your organisation runs this TLS-inspecting proxy: whoever holds this CA&apos;s key can read and change the traffic it signs for. Compare the fingerprint with the one your IT department publishes.</source>
        <translation>L&apos;importer uniquement si votre organisation exploite ce proxy d&apos;inspection TLS : quiconque détient la clé de ce CA peut lire et modifier le trafic pour lequel il signe. Comparer l&apos;empreinte avec celle publiée par votre service informatique.</translation>
    </message>
    <message>
        <source>Could not trust “%1”: %2</source>
        <translation>Impossible d&apos;approuver « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is now a trusted CA.</source>
        <translation>« %1 » est désormais un CA approuvé.</translation>
    </message>
    <message>
        <source>“%1” was already a trusted CA.</source>
        <translation>« %1 » était déjà un CA approuvé.</translation>
    </message>
    <message>
        <source>Run the test again to check.</source>
        <translation>Relancer le test pour vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n report(s) as text.</source>
        <translation>
            <numerusform>%n rapport copié en texte.</numerusform>
            <numerusform>%n rapports copiés en texte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n report(s) as JSON.</source>
        <translation>
            <numerusform>%n rapport copié en JSON.</numerusform>
            <numerusform>%n rapports copiés en JSON.</numerusform>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
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
        <translation>ignoré</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non effectué</translation>
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
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>DockerClientExporter</name>
    <message>
        <source>Docker client (~/.docker/config.json)</source>
        <translation>Client Docker (~/.docker/config.json)</translation>
    </message>
    <message>
        <source>Docker expands no variables here: the proxy URLs carry the user only. Export with the password only if everyone who can inspect your containers may see it.</source>
        <translation>Docker ne développe aucune variable ici : les URL du proxy ne contiennent que l&apos;utilisateur. N&apos;exporter avec le mot de passe que si toute personne pouvant inspecter vos conteneurs peut le voir.</translation>
    </message>
</context>
<context>
    <name>DockerDaemonExporter</name>
    <message>
        <source>Environment= cannot refer to another variable: the URLs carry the user only. With the password included, any local user can read it with “systemctl show docker”; prefer the local engine.</source>
        <translation>Environment= ne peut pas faire référence à une autre variable : les URL ne contiennent que l&apos;utilisateur. Avec le mot de passe inclus, tout utilisateur local peut le lire avec « systemctl show docker » ; préférer le moteur local.</translation>
    </message>
    <message>
        <source>Any local user can read Environment= values with “systemctl show docker”.</source>
        <translation>Tout utilisateur local peut lire les valeurs Environment= avec « systemctl show docker ».</translation>
    </message>
    <message>
        <source>Docker daemon (systemd drop-in)</source>
        <translation>Démon Docker (drop-in systemd)</translation>
    </message>
</context>
<context>
    <name>DotEnvExporter</name>
    <message>
        <source>.env file</source>
        <translation>Fichier .env</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>EngineConfig</name>
    <message>
        <source>Listening on %1 would open the proxy to every machine that reaches it (and lend them the upstream credentials). Give the networks allowed to use it, e.g. --allow 10.0.0.0/8, or listen on 127.0.0.1.</source>
        <translation>Écouter sur %1 ouvrirait le proxy à toute machine qui l&apos;atteint (et lui prêterait les identifiants du proxy amont). Indiquer les réseaux autorisés à l&apos;utiliser, p. ex. --allow 10.0.0.0/8, ou écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>Aucune adresse d&apos;écoute.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Il n&apos;existe pas de profil « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not ADDRESS:PORT, e.g. [::1]:3128.</source>
        <translation>« %1 » n&apos;est pas de la forme ADRESSE:PORT, p. ex. [::1]:3128.</translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets: [%1]:3128.</source>
        <translation>Écrire une adresse IPv6 entre crochets : [%1]:3128.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on (use 127.0.0.1, ::1, 0.0.0.0 or an address of this machine).</source>
        <translation>« %1 » n&apos;est pas une adresse IP d&apos;écoute (utiliser 127.0.0.1, ::1, 0.0.0.0 ou une adresse de cette machine).</translation>
    </message>
    <message>
        <source>“%1” is not a port (0-65535).</source>
        <translation>« %1 » n&apos;est pas un port (0-65535).</translation>
    </message>
    <message>
        <source>The PAC script %1 was not read, or is empty.</source>
        <translation>Le script PAC %1 n&apos;a pas été lu, ou est vide.</translation>
    </message>
</context>
<context>
    <name>EngineController</name>
    <message>
        <source>The engine needs the proxy password: %1</source>
        <translation>Le moteur a besoin du mot de passe du proxy : %1</translation>
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
        <translation>Moteur arrêté</translation>
    </message>
    <message>
        <source>The local proxy engine would listen on %1.</source>
        <translation>Le moteur de proxy local écouterait sur %1.</translation>
    </message>
    <message>
        <source>Start engine</source>
        <translation>Démarrer le moteur</translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation>Démarrage du moteur…</translation>
    </message>
    <message>
        <source>Stop engine</source>
        <translation>Arrêter le moteur</translation>
    </message>
    <message>
        <source>Engine on %1 · %2 active · ↑ %3 ↓ %4</source>
        <translation>Moteur sur %1 · %2 actif(s) · ↑ %3 ↓ %4</translation>
    </message>
    <message>
        <source>Point tools at http://%1 (HTTP and HTTPS proxy). %2 tunnels and requests so far.</source>
        <translation>Faire pointer les outils vers http://%1 (proxy HTTP et HTTPS). %2 tunnels et requêtes jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Engine not running: %1</source>
        <translation>Moteur non démarré : %1</translation>
    </message>
    <message>
        <source> · settings changed: restart to apply</source>
        <translation> · paramètres modifiés : redémarrer pour appliquer</translation>
    </message>
    <message>
        <source>The engine still uses the profile and rules it started with.</source>
        <translation>Le moteur utilise toujours le profil et les règles avec lesquels il a démarré.</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <source>The profile is not automatic.</source>
        <translation>Le profil n&apos;est pas automatique.</translation>
    </message>
</context>
<context>
    <name>EnvironmentDExporter</name>
    <message>
        <source>Define %1 (percent-encoded) in an environment.d file that sorts before this one.</source>
        <translation>Définir %1 (encodé en pourcentage) dans un fichier environment.d trié avant celui-ci.</translation>
    </message>
    <message>
        <source>For ~/.config/environment.d/: the systemd user manager and the graphical session read it at login.</source>
        <translation>Pour ~/.config/environment.d/ : le gestionnaire utilisateur systemd et la session graphique le lisent à la connexion.</translation>
    </message>
    <message>
        <source>systemd environment.d</source>
        <translation>environment.d systemd</translation>
    </message>
</context>
<context>
    <name>EnvironmentExporter</name>
    <message>
        <source>TLS verification stays on: NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE and the other CA variables point at the bundle with your CA anchors. Remove any NODE_TLS_REJECT_UNAUTHORIZED=0 left from an older setup.</source>
        <translation>La vérification TLS reste active : NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE et les autres variables CA pointent vers le bundle contenant vos ancres CA. Supprimer tout NODE_TLS_REJECT_UNAUTHORIZED=0 restant d&apos;une ancienne configuration.</translation>
    </message>
</context>
<context>
    <name>EnvironmentImport</name>
    <message>
        <source>No proxy is set in the environment: none of https_proxy, HTTPS_PROXY, http_proxy or HTTP_PROXY has a value.</source>
        <translation>Aucun proxy n&apos;est défini dans l&apos;environnement : aucune des variables https_proxy, HTTPS_PROXY, http_proxy ou HTTP_PROXY n&apos;a de valeur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 has no port; %2 was assumed (curl would use 1080).</source>
        <translation>%1 n&apos;a pas de port ; %2 a été supposé (curl utiliserait 1080).</translation>
    </message>
    <message>
        <source>%1 and %2 name different proxies; %1 was imported.</source>
        <translation>%1 et %2 désignent des proxys différents ; %1 a été importé.</translation>
    </message>
    <message>
        <source>%1 turns TLS certificate checking off; import the proxy&apos;s CA on the Certificates page and use %2 instead.</source>
        <translation>%1 désactive la vérification des certificats TLS ; importer le CA du proxy sur la page Certificats et utiliser %2 à la place.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1 (at position %2)</source>
        <translation>%1 (à la position %2)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>List the formats.</source>
        <translation>Lister les formats.</translation>
    </message>
    <message>
        <source>The format (see --list).</source>
        <translation>Le format (voir --list).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Put the password (from the keychain) into the output; files are written 0600.</source>
        <translation>Mettre le mot de passe (depuis le trousseau) dans la sortie ; les fichiers sont écrits en 0600.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (atomically, owner-only).</source>
        <translation>Écrire dans &lt;file&gt; (de manière atomique, propriétaire seul).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write the active profile, the NO_PROXY in force and the CA bundle for another tool.</source>
        <translation>Écrire le profil actif, le NO_PROXY en vigueur et le bundle CA pour un autre outil.</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; see “proxydeck export --list”.</source>
        <translation>--format : format inconnu « %1 » ; voir « proxydeck export --list ».</translation>
    </message>
    <message>
        <source>--output and --install exclude each other.</source>
        <translation>--output et --install s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>Installed ProxyDeck&apos;s block in %1</source>
        <translation>Bloc ProxyDeck installé dans %1</translation>
    </message>
    <message>
        <source>The proxy password is not included (add --include-secrets to include it; the file is then written owner-only).</source>
        <translation>Le mot de passe du proxy n&apos;est pas inclus (ajouter --include-secrets pour l&apos;inclure ; le fichier est alors écrit pour le propriétaire seul).</translation>
    </message>
    <message>
        <source>Replace ProxyDeck&apos;s marked block in &lt;file&gt; (or append it), keeping every other byte; the previous file is kept as &lt;file&gt;.proxydeck-backup. For env, sh, fish, powershell and systemd-env.</source>
        <translation>Remplacer le bloc balisé de ProxyDeck dans &lt;file&gt; (ou l&apos;ajouter à la fin), en conservant tous les autres octets ; le fichier précédent est conservé sous &lt;file&gt;.proxydeck-backup. Pour env, sh, fish, powershell et systemd-env.</translation>
    </message>
    <message>
        <source>Say which format with --format (see “proxydeck export --list”).</source>
        <translation>Indiquer le format avec --format (voir « proxydeck export --list »).</translation>
    </message>
    <message>
        <source>--install places a marked block in a profile or environment file; the format “%1” is a whole file of its own: use --output.</source>
        <translation>--install place un bloc balisé dans un fichier de profil ou d&apos;environnement ; le format « %1 » est un fichier complet à lui seul : utiliser --output.</translation>
    </message>
    <message>
        <source>--include-secrets does not print the password on a terminal: write it with --output FILE or --install FILE, or pipe the output.</source>
        <translation>--include-secrets n&apos;affiche pas le mot de passe sur un terminal : l&apos;écrire avec --output FILE ou --install FILE, ou rediriger la sortie vers un tube.</translation>
    </message>
</context>
<context>
    <name>ExportInput</name>
    <message>
        <source>Set %1 to the proxy password, percent-encoded (@ as %40, : as %3A), before this runs.</source>
        <translation>Définir %1 sur le mot de passe du proxy, encodé en pourcentage (@ en %40, : en %3A), avant l&apos;exécution.</translation>
    </message>
    <message>
        <source>Proxy settings written by ProxyDeck from the profile “%1”.</source>
        <translation>Paramètres de proxy écrits par ProxyDeck à partir du profil « %1 ».</translation>
    </message>
    <message>
        <source>The password is not included; see below how this tool gets it.</source>
        <translation>Le mot de passe n&apos;est pas inclus ; voir ci-dessous comment cet outil l&apos;obtient.</translation>
    </message>
    <message>
        <source>This profile uses no proxy: the proxy variables are cleared.</source>
        <translation>Ce profil n&apos;utilise aucun proxy : les variables de proxy sont effacées.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: this profile uses no proxy, so there is no upstream to chain to.</source>
        <translation>ProxyDeck n&apos;a écrit aucun redirecteur : ce profil n&apos;utilise aucun proxy, il n&apos;y a donc pas de proxy amont vers lequel chaîner.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no forwarder: the proxy address “%1” is not a host name or IP address with a port.</source>
        <translation>ProxyDeck n&apos;a écrit aucun redirecteur : l&apos;adresse du proxy « %1 » n&apos;est pas un nom d&apos;hôte ou une adresse IP avec un port.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no credentials: the user name contains “:”, which HTTP Basic authentication cannot carry (RFC 7617 §2); the upstream would cut the name there.</source>
        <translation>ProxyDeck n&apos;a écrit aucun identifiant : le nom d&apos;utilisateur contient « : », que l&apos;authentification HTTP Basic ne peut pas transporter (RFC 7617 §2) ; le proxy amont couperait le nom à cet endroit.</translation>
    </message>
    <message>
        <source>ProxyDeck wrote no credentials: the user name or password contains a NUL character.</source>
        <translation>ProxyDeck n&apos;a écrit aucun identifiant : le nom d&apos;utilisateur ou le mot de passe contient un caractère NUL.</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <source>The profile is automatic, but its PAC script %1 gave no answer (%2): no proxy is written.</source>
        <translation>Le profil est automatique, mais son script PAC %1 n&apos;a donné aucune réponse (%2) : aucun proxy n&apos;est écrit.</translation>
    </message>
    <message>
        <source>The profile is automatic and these tools cannot read a PAC script: this is the proxy %1 answered for %2 (“%3”).</source>
        <translation>Le profil est automatique et ces outils ne savent pas lire un script PAC : voici le proxy que %1 a répondu pour %2 (« %3 »).</translation>
    </message>
    <message>
        <source>The profile is automatic and %1 answered “%2” for %3: no proxy is written.</source>
        <translation>Le profil est automatique et %1 a répondu « %2 » pour %3 : aucun proxy n&apos;est écrit.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Include the &amp;password</source>
        <translation>Inclure le mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Install into…</source>
        <translation>&amp;Installer dans…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>⚠ The preview, the clipboard and saved files now hold the proxy password. Files are written readable by you only; keep them out of version control and shared folders.</source>
        <translation>⚠ L&apos;aperçu, le presse-papiers et les fichiers enregistrés contiennent désormais le mot de passe du proxy. Les fichiers sont écrits lisibles par vous seul ; les tenir à l&apos;écart du contrôle de version et des dossiers partagés.</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Aperçu de l&apos;export</translation>
    </message>
    <message>
        <source>Put ProxyDeck&apos;s marked block into a shell profile or environment file, replacing the previous block and keeping everything else; a backup is kept next to it.</source>
        <translation>Placer le bloc balisé de ProxyDeck dans un profil de shell ou un fichier d&apos;environnement, en remplaçant le bloc précédent et en conservant tout le reste ; une sauvegarde est conservée à côté.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Export&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Export&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The active profile, the NO_PROXY in force (rules and bypassed connections) and your CA anchors, in the form another tool reads.</source>
        <translation>Le profil actif, le NO_PROXY en vigueur (règles et connexions contournées) et vos ancres CA, sous la forme qu&apos;un autre outil lit.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>Enregistrer l&apos;export</translation>
    </message>
    <message>
        <source>Install into</source>
        <translation>Installer dans</translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être lu depuis le trousseau : %1</translation>
    </message>
    <message>
        <source>The password is not included; check “Include the password” to put it in.</source>
        <translation>Le mot de passe n&apos;est pas inclus ; cocher « Inclure le mot de passe » pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>Enregistré dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Installed ProxyDeck&apos;s block in %1.</source>
        <translation>Bloc ProxyDeck installé dans %1.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <source>%1 is larger than %2 MiB; it is not a profile or environment file.</source>
        <translation>%1 dépasse %2 Mio ; ce n&apos;est pas un fichier de profil ou d&apos;environnement.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>FishExporter</name>
    <message>
        <source>fish shell</source>
        <translation>Shell fish</translation>
    </message>
</context>
<context>
    <name>ForeignProxyCommands</name>
    <message>
        <source># To authenticate as %1, add: on %1 PASSWORD to the -setwebproxy lines (ProxyDeck never shows the password).</source>
        <translation># Pour s&apos;authentifier en tant que %1, ajouter : on %1 PASSWORD aux lignes -setwebproxy (ProxyDeck n&apos;affiche jamais le mot de passe).</translation>
    </message>
    <message>
        <source>Windows cannot bypass the network %1 (no CIDR in ProxyOverride); it was left out.</source>
        <translation>Windows ne peut pas contourner le réseau %1 (pas de CIDR dans ProxyOverride) ; il a été omis.</translation>
    </message>
    <message>
        <source># WinINET, for the current user (browsers and most applications):</source>
        <translation># WinINET, pour l&apos;utilisateur actuel (navigateurs et la plupart des applications) :</translation>
    </message>
    <message>
        <source># WinHTTP (services, system-wide; run as administrator):</source>
        <translation># WinHTTP (services, pour tout le système ; exécuter en tant qu&apos;administrateur) :</translation>
    </message>
    <message>
        <source># Automatic detection (WPAD) is the &quot;Automatically detect settings&quot; switch in Settings &gt; Network &gt; Proxy.</source>
        <translation># La détection automatique (WPAD) correspond à l&apos;option « Détecter automatiquement les paramètres » dans Paramètres &gt; Réseau &gt; Proxy.</translation>
    </message>
    <message>
        <source># WinHTTP has no PAC setting: applications that use it call WinHttpGetProxyForUrl themselves.</source>
        <translation># WinHTTP n&apos;a pas de paramètre PAC : les applications qui l&apos;utilisent appellent elles-mêmes WinHttpGetProxyForUrl.</translation>
    </message>
    <message>
        <source># Windows asks for the proxy&apos;s user name (%1) and password when the proxy requires them.</source>
        <translation># Windows demande le nom d&apos;utilisateur (%1) et le mot de passe du proxy lorsque celui-ci les exige.</translation>
    </message>
</context>
<context>
    <name>GVariantText</name>
    <message>
        <source>unexpected “%1” after the value</source>
        <translation>« %1 » inattendu après la valeur</translation>
    </message>
    <message>
        <source>too many type annotations in a row</source>
        <translation>trop d&apos;annotations de type à la suite</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>une valeur est manquante</translation>
    </message>
    <message>
        <source>arrays of arrays are not used by the proxy settings</source>
        <translation>les tableaux de tableaux ne sont pas utilisés par les paramètres de proxy</translation>
    </message>
    <message>
        <source>the type “@%1” is not used by the proxy settings</source>
        <translation>le type « @%1 » n&apos;est pas utilisé par les paramètres de proxy</translation>
    </message>
    <message>
        <source>the value does not have the type “@%1”</source>
        <translation>la valeur n&apos;a pas le type « @%1 »</translation>
    </message>
    <message>
        <source>“%1” does not start a value</source>
        <translation>« %1 » ne commence pas une valeur</translation>
    </message>
    <message>
        <source>a value must follow “%1”</source>
        <translation>une valeur doit suivre « %1 »</translation>
    </message>
    <message>
        <source>the value after “%1” is not a %1</source>
        <translation>la valeur après « %1 » n&apos;est pas un %1</translation>
    </message>
    <message>
        <source>a number is missing</source>
        <translation>un nombre est manquant</translation>
    </message>
    <message>
        <source>“%1” is not a string, list, boolean or integer</source>
        <translation>« %1 » n&apos;est ni une chaîne, ni une liste, ni un booléen, ni un entier</translation>
    </message>
    <message>
        <source>the list holds something other than strings</source>
        <translation>la liste contient autre chose que des chaînes</translation>
    </message>
    <message>
        <source>the list opened here has no “]”</source>
        <translation>la liste ouverte ici n&apos;a pas de « ] »</translation>
    </message>
    <message>
        <source>expected “,” or “]” in the list, not “%1”</source>
        <translation>« , » ou « ] » attendu dans la liste, pas « %1 »</translation>
    </message>
    <message>
        <source>“\%1” must be followed by %2 hexadecimal digits of a character</source>
        <translation>« \%1 » doit être suivi de %2 chiffres hexadécimaux d&apos;un caractère</translation>
    </message>
    <message>
        <source>the string opened here has no closing %1</source>
        <translation>la chaîne ouverte ici n&apos;a pas de %1 fermant</translation>
    </message>
</context>
<context>
    <name>GitConfigExporter</name>
    <message>
        <source>git config (include it from ~/.gitconfig)</source>
        <translation>git config (à inclure depuis ~/.gitconfig)</translation>
    </message>
</context>
<context>
    <name>GnomeProxy</name>
    <message>
        <source>gsettings was not found, so the GNOME proxy settings cannot be read: install it (Debian and Ubuntu package libglib2.0-bin), or choose another desktop with --desktop.</source>
        <translation>gsettings est introuvable, les paramètres de proxy GNOME ne peuvent donc pas être lus : l&apos;installer (paquet Debian et Ubuntu libglib2.0-bin), ou choisir un autre bureau avec --desktop.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d&apos;exécuter %1 : %2</translation>
    </message>
    <message>
        <source>“%1” did not finish within %2 seconds.</source>
        <translation>« %1 » ne s&apos;est pas terminé en %2 secondes.</translation>
    </message>
    <message>
        <source>The GNOME proxy settings schema %1 is not installed (gsettings says: %2). Install it (Debian and Ubuntu package gsettings-desktop-schemas).</source>
        <translation>Le schéma de paramètres de proxy GNOME %1 n&apos;est pas installé (gsettings indique : %2). L&apos;installer (paquet Debian et Ubuntu gsettings-desktop-schemas).</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>« %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>gsettings output, line %1: %2</source>
        <translation>sortie de gsettings, ligne %1 : %2</translation>
    </message>
    <message>
        <source>expected “schema key value”, not “%1”</source>
        <translation>« schéma clé valeur » attendu, pas « %1 »</translation>
    </message>
    <message>
        <source>“%1” is not a schema name</source>
        <translation>« %1 » n&apos;est pas un nom de schéma</translation>
    </message>
    <message>
        <source>“%1” is not a key name</source>
        <translation>« %1 » n&apos;est pas un nom de clé</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1 : %2</translation>
    </message>
    <message>
        <source>GNOME setting %1 has the unexpected value %2.</source>
        <translation>Le paramètre GNOME %1 a la valeur inattendue %2.</translation>
    </message>
    <message>
        <source>GNOME proxy mode “%1” is not none, manual or auto.</source>
        <translation>Le mode de proxy GNOME « %1 » n&apos;est ni none, ni manual, ni auto.</translation>
    </message>
    <message>
        <source>ProxyDeck does not write the GNOME setting “%1”.</source>
        <translation>ProxyDeck n&apos;écrit pas le paramètre GNOME « %1 ».</translation>
    </message>
    <message>
        <source>GNOME setting %1 changed since the changes were shown (it is now %2); nothing was applied: look at the changes again.</source>
        <translation>Le paramètre GNOME %1 a changé depuis l&apos;affichage des modifications (il vaut maintenant %2) ; rien n&apos;a été appliqué : examiner à nouveau les modifications.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Nothing was applied: the previous settings could not be kept. %1</source>
        <translation>Rien n&apos;a été appliqué : les paramètres précédents n&apos;ont pas pu être conservés. %1</translation>
    </message>
    <message>
        <source>gsettings did not keep %1 = %2: the settings are not being stored. Is the dconf backend installed (package dconf-gsettings-backend) and a D-Bus session running? GSETTINGS_BACKEND=memory keeps nothing.</source>
        <translation>gsettings n&apos;a pas conservé %1 = %2 : les paramètres ne sont pas stockés. Le backend dconf est-il installé (paquet dconf-gsettings-backend) et une session D-Bus est-elle en cours ? GSETTINGS_BACKEND=memory ne conserve rien.</translation>
    </message>
    <message>
        <source>GNOME setting %1 could not be put back to %2 (it is %3); the backup %4 is kept.</source>
        <translation>Le paramètre GNOME %1 n&apos;a pas pu être rétabli à %2 (il vaut %3) ; la sauvegarde %4 est conservée.</translation>
    </message>
</context>
<context>
    <name>GssContext</name>
    <message>
        <source>no Kerberos ticket (run kinit)</source>
        <translation>aucun ticket Kerberos (exécuter kinit)</translation>
    </message>
    <message>
        <source>the Kerberos ticket has expired (run kinit)</source>
        <translation>le ticket Kerberos a expiré (exécuter kinit)</translation>
    </message>
    <message>
        <source>cannot reach a KDC for the realm (check krb5.conf and the network)</source>
        <translation>impossible de joindre un KDC pour le royaume (vérifier krb5.conf et le réseau)</translation>
    </message>
    <message>
        <source>the KDC does not know the proxy&apos;s service principal (HTTP/&lt;proxy host&gt;): use the proxy&apos;s canonical host name</source>
        <translation>le KDC ne connaît pas le principal de service du proxy (HTTP/&lt;proxy host&gt;) : utiliser le nom d&apos;hôte canonique du proxy</translation>
    </message>
    <message>
        <source>NTLM is not available (install gss-ntlmssp)</source>
        <translation>NTLM n&apos;est pas disponible (installer gss-ntlmssp)</translation>
    </message>
    <message>
        <source>GSSAPI: %1</source>
        <translation>GSSAPI : %1</translation>
    </message>
    <message>
        <source>“%1” is not a service name GSSAPI takes: %2</source>
        <translation>« %1 » n&apos;est pas un nom de service accepté par GSSAPI : %2</translation>
    </message>
    <message>
        <source>NTLM needs a user name and a password for the upstream proxy</source>
        <translation>NTLM nécessite un nom d&apos;utilisateur et un mot de passe pour le proxy amont</translation>
    </message>
    <message>
        <source>“%1” is not a user name NTLM takes: %2</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;utilisateur accepté par NTLM : %2</translation>
    </message>
    <message>
        <source>the authentication exchange has already ended</source>
        <translation>l&apos;échange d&apos;authentification est déjà terminé</translation>
    </message>
</context>
<context>
    <name>HaproxyForwarderExporter</name>
    <message>
        <source>The password is not included. HAProxy reads the Basic credentials from the environment variable %1: the output of</source>
        <translation>Le mot de passe n&apos;est pas inclus. HAProxy lit les identifiants Basic depuis la variable d&apos;environnement %1 : la sortie de</translation>
    </message>
    <message>
        <source>Put %1=&lt;that value&gt; in /etc/default/haproxy (read by haproxy.service), readable by root only.</source>
        <translation>Mettre %1=&lt;that value&gt; (cette valeur) dans /etc/default/haproxy (lu par haproxy.service), lisible par root uniquement.</translation>
    </message>
    <message>
        <source>NO_PROXY is not applied here: HAProxy sends everything it receives upstream. Keep NO_PROXY on the agents for the destinations that must go direct.</source>
        <translation>NO_PROXY n&apos;est pas appliqué ici : HAProxy envoie au proxy amont tout ce qu&apos;il reçoit. Conserver NO_PROXY sur les agents pour les destinations qui doivent passer en direct.</translation>
    </message>
    <message>
        <source>The CA bundle path contains a control character: the system CAs are used instead.</source>
        <translation>Le chemin du bundle CA contient un caractère de contrôle : les CA du système sont utilisés à la place.</translation>
    </message>
    <message>
        <source>HAProxy forwarder for agents (haproxy.cfg)</source>
        <translation>Redirecteur HAProxy pour agents (haproxy.cfg)</translation>
    </message>
</context>
<context>
    <name>HttpHeadScanner</name>
    <message>
        <source>request line longer than %1 bytes</source>
        <translation>ligne de requête plus longue que %1 octets</translation>
    </message>
    <message>
        <source>status line longer than %1 bytes</source>
        <translation>ligne de statut plus longue que %1 octets</translation>
    </message>
    <message>
        <source>header section larger than %1 bytes</source>
        <translation>section d&apos;en-têtes plus grande que %1 octets</translation>
    </message>
    <message>
        <source>CR without LF</source>
        <translation>CR sans LF</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>plus de %1 champs d&apos;en-tête</translation>
    </message>
    <message>
        <source>header line 1: starts with whitespace</source>
        <translation>ligne d&apos;en-tête 1 : commence par un blanc</translation>
    </message>
    <message>
        <source>header line %1: obsolete line folding</source>
        <translation>ligne d&apos;en-tête %1 : repli de ligne obsolète</translation>
    </message>
    <message>
        <source>header line %1: no colon</source>
        <translation>ligne d&apos;en-tête %1 : pas de deux-points</translation>
    </message>
    <message>
        <source>header line %1: empty name</source>
        <translation>ligne d&apos;en-tête %1 : nom vide</translation>
    </message>
    <message>
        <source>header line %1: space before colon</source>
        <translation>ligne d&apos;en-tête %1 : espace avant les deux-points</translation>
    </message>
    <message>
        <source>header line %1: invalid character in the name</source>
        <translation>ligne d&apos;en-tête %1 : caractère invalide dans le nom</translation>
    </message>
    <message>
        <source>header line %1: control character 0x%2 in the value</source>
        <translation>ligne d&apos;en-tête %1 : caractère de contrôle 0x%2 dans la valeur</translation>
    </message>
</context>
<context>
    <name>HttpHeaderFields</name>
    <message>
        <source>empty Content-Length</source>
        <translation>Content-Length vide</translation>
    </message>
    <message>
        <source>Content-Length is not a number</source>
        <translation>Content-Length n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Content-Length is too large</source>
        <translation>Content-Length est trop grand</translation>
    </message>
    <message>
        <source>several different Content-Length values</source>
        <translation>plusieurs valeurs Content-Length différentes</translation>
    </message>
    <message>
        <source>Transfer-Encoding has an invalid coding</source>
        <translation>Transfer-Encoding a un codage invalide</translation>
    </message>
    <message>
        <source>Transfer-Encoding has chunked twice</source>
        <translation>Transfer-Encoding contient chunked deux fois</translation>
    </message>
    <message>
        <source>chunked takes no parameters</source>
        <translation>chunked ne prend aucun paramètre</translation>
    </message>
    <message>
        <source>empty Transfer-Encoding</source>
        <translation>Transfer-Encoding vide</translation>
    </message>
</context>
<context>
    <name>HttpRequestHead</name>
    <message>
        <source>request line starts with a space</source>
        <translation>la ligne de requête commence par une espace</translation>
    </message>
    <message>
        <source>request line has no target</source>
        <translation>la ligne de requête n&apos;a pas de cible</translation>
    </message>
    <message>
        <source>invalid character in the method</source>
        <translation>caractère invalide dans la méthode</translation>
    </message>
    <message>
        <source>request line has no HTTP version</source>
        <translation>la ligne de requête n&apos;a pas de version HTTP</translation>
    </message>
    <message>
        <source>space in the request target</source>
        <translation>espace dans la cible de la requête</translation>
    </message>
    <message>
        <source>control character 0x%1 in the request target</source>
        <translation>caractère de contrôle 0x%1 dans la cible de la requête</translation>
    </message>
    <message>
        <source>empty request target</source>
        <translation>cible de requête vide</translation>
    </message>
    <message>
        <source>malformed HTTP version</source>
        <translation>version HTTP mal formée</translation>
    </message>
    <message>
        <source>HTTP version not supported; use HTTP/1.1</source>
        <translation>version HTTP non prise en charge ; utiliser HTTP/1.1</translation>
    </message>
    <message>
        <source>CONNECT needs host:port, not a URL or a path</source>
        <translation>CONNECT nécessite hôte:port, pas une URL ni un chemin</translation>
    </message>
    <message>
        <source>the target * is only for OPTIONS</source>
        <translation>la cible * est réservée à OPTIONS</translation>
    </message>
    <message>
        <source>request target is neither a path nor an absolute URL</source>
        <translation>la cible de la requête n&apos;est ni un chemin ni une URL absolue</translation>
    </message>
    <message>
        <source>unsupported URL scheme; use http</source>
        <translation>schéma d&apos;URL non pris en charge ; utiliser http</translation>
    </message>
    <message>
        <source>absolute URL without //</source>
        <translation>URL absolue sans //</translation>
    </message>
    <message>
        <source>credentials in the URL are not allowed</source>
        <translation>les identifiants dans l&apos;URL ne sont pas autorisés</translation>
    </message>
    <message>
        <source>IPv6 address without a closing ]</source>
        <translation>adresse IPv6 sans ] fermant</translation>
    </message>
    <message>
        <source>invalid IPv6 address</source>
        <translation>adresse IPv6 non valide</translation>
    </message>
    <message>
        <source>unexpected characters after the IPv6 address</source>
        <translation>caractères inattendus après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>empty host</source>
        <translation>hôte vide</translation>
    </message>
    <message>
        <source>host name longer than %1 bytes</source>
        <translation>nom d&apos;hôte de plus de %1 octets</translation>
    </message>
    <message>
        <source>invalid character in the host</source>
        <translation>caractère non valide dans l&apos;hôte</translation>
    </message>
    <message>
        <source>CONNECT needs host:port</source>
        <translation>CONNECT requiert hôte:port</translation>
    </message>
    <message>
        <source>port is not a number</source>
        <translation>le port n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>port is over 65535</source>
        <translation>le port dépasse 65535</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>port 0</translation>
    </message>
    <message>
        <source>several Host fields</source>
        <translation>plusieurs champs Host</translation>
    </message>
    <message>
        <source>invalid Host field: %1</source>
        <translation>champ Host non valide : %1</translation>
    </message>
    <message>
        <source>HTTP/1.1 request without Host</source>
        <translation>requête HTTP/1.1 sans Host</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>à la fois Transfer-Encoding et Content-Length</translation>
    </message>
    <message>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding dans une requête HTTP/1.0</translation>
    </message>
    <message>
        <source>Transfer-Encoding does not end with chunked</source>
        <translation>Transfer-Encoding ne se termine pas par chunked</translation>
    </message>
    <message>
        <source>CONNECT with a body</source>
        <translation>CONNECT avec un corps</translation>
    </message>
</context>
<context>
    <name>HttpResponseHead</name>
    <message>
        <source>malformed status line</source>
        <translation>ligne d&apos;état mal formée</translation>
    </message>
    <message>
        <source>the server answered with an unsupported HTTP version</source>
        <translation>le serveur a répondu avec une version HTTP non prise en charge</translation>
    </message>
    <message>
        <source>status code is not a number</source>
        <translation>le code d&apos;état n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>status code below 100</source>
        <translation>code d&apos;état inférieur à 100</translation>
    </message>
    <message>
        <source>control character 0x%1 in the reason phrase</source>
        <translation>caractère de contrôle 0x%1 dans la phrase de raison</translation>
    </message>
    <message>
        <source>Transfer-Encoding in an HTTP/1.0 response</source>
        <translation>Transfer-Encoding dans une réponse HTTP/1.0</translation>
    </message>
</context>
<context>
    <name>InsecureTls</name>
    <message>
        <source>NODE_EXTRA_CA_CERTS pointing at the CA bundle</source>
        <translation>NODE_EXTRA_CA_CERTS pointant vers le bundle CA</translation>
    </message>
    <message>
        <source>skip_ssl_validation: no, with the proxy&apos;s CA trusted</source>
        <translation>skip_ssl_validation: no, avec la CA du proxy approuvée</translation>
    </message>
    <message>
        <source>removing --sslcheck=0, with the proxy&apos;s CA trusted</source>
        <translation>suppression de --sslcheck=0, avec la CA du proxy approuvée</translation>
    </message>
    <message>
        <source>GIT_SSL_CAINFO pointing at the CA bundle</source>
        <translation>GIT_SSL_CAINFO pointant vers le bundle CA</translation>
    </message>
    <message>
        <source>http.sslCAInfo pointing at the CA bundle</source>
        <translation>http.sslCAInfo pointant vers le bundle CA</translation>
    </message>
    <message>
        <source>REQUESTS_CA_BUNDLE pointing at the CA bundle</source>
        <translation>REQUESTS_CA_BUNDLE pointant vers le bundle CA</translation>
    </message>
    <message>
        <source>cafile= pointing at the CA bundle</source>
        <translation>cafile= pointant vers le bundle CA</translation>
    </message>
    <message>
        <source>Acquire::https::CaInfo pointing at the CA bundle</source>
        <translation>Acquire::https::CaInfo pointant vers le bundle CA</translation>
    </message>
    <message>
        <source>%1:%2: “%3” turns TLS certificate checking off; use %4 instead.</source>
        <translation>%1:%2 : « %3 » désactive la vérification des certificats TLS ; utiliser plutôt %4.</translation>
    </message>
</context>
<context>
    <name>JvmOptionsExporter</name>
    <message>
        <source>JVM options (java @file)</source>
        <translation>Options JVM (java @file)</translation>
    </message>
</context>
<context>
    <name>KdeProxy</name>
    <message>
        <source>KDE proxy “%1”: %2</source>
        <translation>Proxy KDE « %1 » : %2</translation>
    </message>
    <message>
        <source>KDE takes its proxy from environment variables (ProxyType=4); import those with “proxydeck import-env”.</source>
        <translation>KDE prend son proxy dans les variables d&apos;environnement (ProxyType=4) ; les importer avec « proxydeck import-env ».</translation>
    </message>
    <message>
        <source>KDE ProxyType=%1 is not one ProxyDeck knows; it is read as no proxy.</source>
        <translation>KDE ProxyType=%1 n&apos;est pas une valeur connue de ProxyDeck ; il est lu comme absence de proxy.</translation>
    </message>
    <message>
        <source>KDE uses the proxy only for the hosts in NoProxyFor (ReversedException=true); ProxyDeck reads them as hosts that go direct.</source>
        <translation>KDE n&apos;utilise le proxy que pour les hôtes de NoProxyFor (ReversedException=true) ; ProxyDeck les lit comme des hôtes en connexion directe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>ProxyDeck does not write the KDE setting “%1”.</source>
        <translation>ProxyDeck n&apos;écrit pas le paramètre KDE « %1 ».</translation>
    </message>
    <message>
        <source>KDE setting %1 changed since the changes were shown; nothing was applied: look at the changes again.</source>
        <translation>Le paramètre KDE %1 a changé depuis l&apos;affichage des modifications ; rien n&apos;a été appliqué : examiner à nouveau les modifications.</translation>
    </message>
    <message>
        <source>Nothing was applied: the previous settings could not be kept. %1</source>
        <translation>Rien n&apos;a été appliqué : les paramètres précédents n&apos;ont pas pu être conservés. %1</translation>
    </message>
    <message>
        <source>Cannot remove %1, which ProxyDeck created.</source>
        <translation>Impossible de supprimer %1, créé par ProxyDeck.</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Paramètres : %1</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Trousseau : disponible</translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation>Trousseau : indisponible</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Drop to trust these CA certificates</source>
        <translation>Déposer ici pour approuver ces certificats CA</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Moteur</translation>
    </message>
    <message>
        <source>&amp;Start engine</source>
        <translation>&amp;Démarrer le moteur</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>S&amp;top engine</source>
        <translation>A&amp;rrêter le moteur</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Test connectivity</source>
        <translation>&amp;Tester la connectivité</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About ProxyDeck</source>
        <translation>À &amp;propos de ProxyDeck</translation>
    </message>
    <message>
        <source>About ProxyDeck</source>
        <translation>À propos de ProxyDeck</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ProxyDeck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Set the outbound proxy once, decide per connection what goes through it, and hand it to every tool.&lt;/p&gt;&lt;p&gt;Settings: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ProxyDeck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Définir une fois le proxy sortant, choisir par connexion ce qui passe par lui, et le transmettre à chaque outil.&lt;/p&gt;&lt;p&gt;Paramètres : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>NextHop</name>
    <message>
        <source>could not resolve the upstream proxy %1 (%2)</source>
        <translation>impossible de résoudre le proxy amont %1 (%2)</translation>
    </message>
    <message>
        <source>could not resolve %1 (%2)</source>
        <translation>impossible de résoudre %1 (%2)</translation>
    </message>
    <message>
        <source>could not connect to the upstream proxy %1: %2</source>
        <translation>impossible de se connecter au proxy amont %1 : %2</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <source>the upstream proxy closed the connection instead of answering CONNECT</source>
        <translation>le proxy amont a fermé la connexion au lieu de répondre à CONNECT</translation>
    </message>
    <message>
        <source>the upstream proxy closed the connection in the middle of its answer to CONNECT</source>
        <translation>le proxy amont a fermé la connexion au milieu de sa réponse à CONNECT</translation>
    </message>
    <message>
        <source>the upstream proxy answered CONNECT with a malformed response: %1</source>
        <translation>le proxy amont a répondu à CONNECT par une réponse mal formée : %1</translation>
    </message>
    <message>
        <source>upstream proxy rejected the credentials of “%1” (%2): check the password in ProxyDeck</source>
        <translation>le proxy amont a rejeté les identifiants de « %1 » (%2) : vérifier le mot de passe dans ProxyDeck</translation>
    </message>
    <message>
        <source>the upstream proxy refused CONNECT to %1: %2 %3</source>
        <translation>le proxy amont a refusé CONNECT vers %1 : %2 %3</translation>
    </message>
    <message>
        <source>could not authenticate to the upstream proxy %1 for CONNECT to %2: %3</source>
        <translation>impossible de s&apos;authentifier auprès du proxy amont %1 pour CONNECT vers %2 : %3</translation>
    </message>
</context>
<context>
    <name>NginxReverseExporter</name>
    <message>
        <source>nginx reverse proxy with WebSocket (conf.d/dss.conf)</source>
        <translation>Proxy inverse nginx avec WebSocket (conf.d/dss.conf)</translation>
    </message>
</context>
<context>
    <name>NoProxyAdvisor</name>
    <message>
        <source>“%1” also sends %2 direct in %3.</source>
        <translation>« %1 » envoie aussi %2 en direct dans %3.</translation>
    </message>
    <message>
        <source>“%1” does not send %2 direct in %3: it goes through the proxy there.</source>
        <translation>« %1 » n&apos;envoie pas %2 en direct dans %3 : la connexion y passe par le proxy.</translation>
    </message>
</context>
<context>
    <name>NoProxyList</name>
    <message>
        <source>NO_PROXY entry “%1”: %2</source>
        <translation>Entrée NO_PROXY « %1 » : %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>the “[” has no matching “]”</source>
        <translation>le « [ » n&apos;a pas de « ] » correspondant</translation>
    </message>
    <message>
        <source>unexpected text after “]”</source>
        <translation>texte inattendu après « ] »</translation>
    </message>
    <message>
        <source>there is a port but no host</source>
        <translation>il y a un port mais pas d&apos;hôte</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>not a valid network in CIDR notation (such as 10.0.0.0/8 or fd00::/8)</source>
        <translation>pas un réseau valide en notation CIDR (comme 10.0.0.0/8 ou fd00::/8)</translation>
    </message>
    <message>
        <source>IPv6 zone IDs are not supported</source>
        <translation>les identifiants de zone IPv6 ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>not a valid IPv6 address</source>
        <translation>pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>no domain after the leading “%1”</source>
        <translation>aucun domaine après le « %1 » initial</translation>
    </message>
    <message>
        <source>“*” is understood only alone or as “*.” at the start; no tool reads it elsewhere</source>
        <translation>« * » n&apos;est compris que seul ou sous la forme « *. » au début ; aucun outil ne le lit ailleurs</translation>
    </message>
    <message>
        <source>“%1” cannot appear in a host name</source>
        <translation>« %1 » ne peut pas figurer dans un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>two dots in a row</source>
        <translation>deux points consécutifs</translation>
    </message>
    <message>
        <source>a control character (U+%1) cannot appear in a host name</source>
        <translation>un caractère de contrôle (U+%1) ne peut pas figurer dans un nom d&apos;hôte</translation>
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
        <translation>Afficher les réponses au format JSON.</translation>
    </message>
    <message>
        <source>Load a PAC script and print what it answers for each URL.</source>
        <translation>Charger un script PAC et afficher sa réponse pour chaque URL.</translation>
    </message>
    <message>
        <source>pac needs a PAC file or URL, e.g. proxydeck pac proxy.pac https://example.com/</source>
        <translation>pac requiert un fichier ou une URL PAC, p. ex. proxydeck pac proxy.pac https://example.com/</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is over 1 MiB: not a PAC file.</source>
        <translation>%1 dépasse 1 Mio : ce n&apos;est pas un fichier PAC.</translation>
    </message>
    <message>
        <source>“%1” is not a URL to look up.</source>
        <translation>« %1 » n&apos;est pas une URL à tester.</translation>
    </message>
    <message>
        <source>%1: loads, and defines FindProxyForURL.</source>
        <translation>%1 : se charge et définit FindProxyForURL.</translation>
    </message>
    <message>
        <source>Also show which helper functions each answer called, on which line, and what they returned: the last one is the check that decided.</source>
        <translation>Afficher aussi les fonctions d&apos;aide appelées par chaque réponse, à quelle ligne, et ce qu&apos;elles ont renvoyé : la dernière est la vérification qui a décidé.</translation>
    </message>
    <message>
        <source>(no helper function was called: the script&apos;s own logic decided)</source>
        <translation>(aucune fonction d&apos;aide n&apos;a été appelée : la logique propre du script a décidé)</translation>
    </message>
</context>
<context>
    <name>PacFetch</name>
    <message>
        <source>over 1 MiB: not a PAC file</source>
        <translation>plus de 1 Mio : ce n&apos;est pas un fichier PAC</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>pas de réponse complète en %1 s</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>no such host (%1 does not resolve)</source>
        <translation>hôte inconnu (%1 ne se résout pas)</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2.</source>
        <translation>Impossible de récupérer %1 : %2.</translation>
    </message>
</context>
<context>
    <name>PacScript</name>
    <message>
        <source>%1, line %2: %3 (%4)</source>
        <translation>%1, ligne %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>in ProxyDeck&apos;s PAC helpers</source>
        <translation>dans les fonctions d&apos;aide PAC de ProxyDeck</translation>
    </message>
    <message>
        <source>while loading</source>
        <translation>pendant le chargement</translation>
    </message>
    <message>
        <source>%1 defines no FindProxyForURL(url, host) function.</source>
        <translation>%1 ne définit aucune fonction FindProxyForURL(url, host).</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1: %2 returned %3, not a string such as &quot;PROXY host:port; DIRECT&quot;.</source>
        <translation>%1 : %2 a renvoyé %3, et non une chaîne telle que &quot;PROXY host:port; DIRECT&quot;.</translation>
    </message>
    <message>
        <source>“%1” in the PAC answer is not DIRECT, PROXY, HTTPS or SOCKS.</source>
        <translation>« %1 » dans la réponse PAC n&apos;est ni DIRECT, ni PROXY, ni HTTPS, ni SOCKS.</translation>
    </message>
    <message>
        <source>“%1” in the PAC answer needs one host:port.</source>
        <translation>« %1 » dans la réponse PAC requiert un seul hôte:port.</translation>
    </message>
    <message>
        <source>“%1” in the PAC answer has no valid host:port.</source>
        <translation>« %1 » dans la réponse PAC n&apos;a pas d&apos;hôte:port valide.</translation>
    </message>
    <message>
        <source>%1 used more than %2 MiB of memory and was stopped.</source>
        <translation>%1 a utilisé plus de %2 Mio de mémoire et a été arrêté.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms: an endless loop?</source>
        <translation>%1 ne s&apos;est pas terminé en %2 ms : une boucle infinie ?</translation>
    </message>
    <message>
        <source>%1, while loading,</source>
        <translation>%1, pendant le chargement,</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>PacSource</name>
    <message>
        <source>Cannot read the PAC file %1: %2</source>
        <translation>Impossible de lire le fichier PAC %1 : %2</translation>
    </message>
    <message>
        <source>%1 is over 1 MiB: not a PAC file.</source>
        <translation>%1 dépasse 1 Mio : ce n&apos;est pas un fichier PAC.</translation>
    </message>
</context>
<context>
    <name>PacTester</name>
    <message>
        <source>Pasted te&amp;xt:</source>
        <translation>Te&amp;xte collé :</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test the profile&apos;s PAC script</source>
        <translation>Tester le script PAC du profil</translation>
    </message>
    <message>
        <source>Test pasted PAC text</source>
        <translation>Tester le texte PAC collé</translation>
    </message>
    <message>
        <source>PAC script text</source>
        <translation>Texte du script PAC</translation>
    </message>
    <message>
        <source>URL to test</source>
        <translation>URL à tester</translation>
    </message>
    <message>
        <source>Test the PAC script</source>
        <translation>Tester le script PAC</translation>
    </message>
    <message>
        <source>PAC test result</source>
        <translation>Résultat du test PAC</translation>
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
        <translation>La réponse donnée par FindProxyForURL, les fonctions d&apos;aide appelées en chemin (ligne, appel et résultat : la dernière est la vérification qui a décidé) et ce que le script a transmis à alert().</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Script :</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Type the URL to test as http:// or https:// with a host, e.g. https://example.com/.</source>
        <translation>Saisir l&apos;URL à tester sous la forme http:// ou https:// avec un hôte, p. ex. https://example.com/.</translation>
    </message>
    <message>
        <source>The profile has no PAC script: type its URL or file in the PAC script field, or paste the script here.</source>
        <translation>Le profil n&apos;a pas de script PAC : saisir son URL ou son fichier dans le champ Script PAC, ou coller le script ici.</translation>
    </message>
    <message>
        <source>Paste a PAC script (a FindProxyForURL function) to test.</source>
        <translation>Coller un script PAC (une fonction FindProxyForURL) à tester.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>line %1: %2 → %3</source>
        <translation>ligne %1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 (decided)</source>
        <translation>%1 (décisif)</translation>
    </message>
    <message>
        <source>(no helper function was called: the script&apos;s own logic decided)</source>
        <translation>(aucune fonction d&apos;aide n&apos;a été appelée : la logique propre du script a décidé)</translation>
    </message>
    <message>
        <source>alert(): %1</source>
        <translation>alert() : %1</translation>
    </message>
    <message>
        <source>UR&amp;L to test:</source>
        <translation>UR&amp;L à tester :</translation>
    </message>
    <message>
        <source>The profile&apos;s PAC script (none set)</source>
        <translation>Script PAC du profil (aucun défini)</translation>
    </message>
    <message>
        <source>The profile&apos;s PAC script: %1</source>
        <translation>Script PAC du profil : %1</translation>
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
        <translation>« %1 » n&apos;est pas un port (1-65535) ni une plage telle que 1024-65535.</translation>
    </message>
    <message>
        <source>The range “%1” ends before it starts.</source>
        <translation>La plage « %1 » se termine avant de commencer.</translation>
    </message>
    <message>
        <source>No port given: write for example “443” or “443 8443 1024-65535”.</source>
        <translation>Aucun port indiqué : écrire par exemple « 443 » ou « 443 8443 1024-65535 ».</translation>
    </message>
</context>
<context>
    <name>PosixShellExporter</name>
    <message>
        <source>Shell profile (sh, bash, zsh)</source>
        <translation>Profil du shell (sh, bash, zsh)</translation>
    </message>
</context>
<context>
    <name>PowerShellExporter</name>
    <message>
        <source>For this session; to keep it, install this block in $PROFILE.</source>
        <translation>Pour cette session ; pour le conserver, installer ce bloc dans $PROFILE.</translation>
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
        <translation>&amp;Fermer la fenêtre laisse ProxyDeck actif dans la zone de notification</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : fermer la fenêtre quitte ProxyDeck.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticate</name>
    <message>
        <source>an authentication scheme was expected</source>
        <translation>un schéma d&apos;authentification était attendu</translation>
    </message>
    <message>
        <source>a space was expected after the scheme “%1”</source>
        <translation>une espace était attendue après le schéma « %1 »</translation>
    </message>
    <message>
        <source>a parameter name was expected</source>
        <translation>un nom de paramètre était attendu</translation>
    </message>
    <message>
        <source>“=” was expected after the parameter “%1”</source>
        <translation>« = » était attendu après le paramètre « %1 »</translation>
    </message>
    <message>
        <source>the quoted string does not end</source>
        <translation>la chaîne entre guillemets ne se termine pas</translation>
    </message>
    <message>
        <source>a value was expected for the parameter “%1”</source>
        <translation>une valeur était attendue pour le paramètre « %1 »</translation>
    </message>
    <message>
        <source>“,” was expected between parameters</source>
        <translation>« , » était attendue entre les paramètres</translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticator</name>
    <message>
        <source>the upstream proxy rejected the Kerberos ticket (Negotiate) of this session&apos;s user</source>
        <translation>le proxy amont a rejeté le ticket Kerberos (Negotiate) de l&apos;utilisateur de cette session</translation>
    </message>
    <message>
        <source>the upstream proxy rejected the NTLM credentials of “%1”: check the user name (DOMAIN\user) and the password in ProxyDeck</source>
        <translation>le proxy amont a rejeté les identifiants NTLM de « %1 » : vérifier le nom d&apos;utilisateur (DOMAINE\utilisateur) et le mot de passe dans ProxyDeck</translation>
    </message>
    <message>
        <source>the upstream proxy rejected the credentials of “%1”: check the password in ProxyDeck</source>
        <translation>le proxy amont a rejeté les identifiants de « %1 » : vérifier le mot de passe dans ProxyDeck</translation>
    </message>
    <message>
        <source>the %1 exchange with the upstream proxy failed: %2</source>
        <translation>l&apos;échange %1 avec le proxy amont a échoué : %2</translation>
    </message>
    <message>
        <source>Kerberos: %1</source>
        <translation>Kerberos : %1</translation>
    </message>
    <message>
        <source>NTLM: no user is set for the upstream proxy</source>
        <translation>NTLM : aucun utilisateur n&apos;est défini pour le proxy amont</translation>
    </message>
    <message>
        <source>NTLM: %1</source>
        <translation>NTLM : %1</translation>
    </message>
    <message>
        <source>Basic: no user is set for the upstream proxy</source>
        <translation>Basic : aucun utilisateur n&apos;est défini pour le proxy amont</translation>
    </message>
    <message>
        <source>the upstream proxy asks for credentials without saying which scheme</source>
        <translation>le proxy amont demande des identifiants sans préciser le schéma</translation>
    </message>
    <message>
        <source>the upstream proxy asks for %1</source>
        <translation>le proxy amont demande %1</translation>
    </message>
</context>
<context>
    <name>ProxyEndpoint</name>
    <message numerus="yes">
        <source>“%1” looks like an IPv4 address but has %n part(s); an IPv4 address has four numbers separated by dots.</source>
        <translation>
            <numerusform>« %1 » ressemble à une adresse IPv4 mais compte %n partie ; une adresse IPv4 comporte quatre nombres séparés par des points.</numerusform>
            <numerusform>« %1 » ressemble à une adresse IPv4 mais compte %n parties ; une adresse IPv4 comporte quatre nombres séparés par des points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty number in IPv4 address “%1”.</source>
        <translation>Nombre vide dans l&apos;adresse IPv4 « %1 ».</translation>
    </message>
    <message>
        <source>“%1” in IPv4 address “%2” has a leading zero, which some tools read as octal; write it without the zero.</source>
        <translation>« %1 » dans l&apos;adresse IPv4 « %2 » commence par un zéro, que certains outils lisent comme de l&apos;octal ; l&apos;écrire sans ce zéro.</translation>
    </message>
    <message>
        <source>“%1” in IPv4 address “%2” is over 255.</source>
        <translation>« %1 » dans l&apos;adresse IPv4 « %2 » dépasse 255.</translation>
    </message>
    <message>
        <source>IPv6 zone IDs (“%1”) name an interface of one machine and cannot be used in a proxy address; remove the part from “%”.</source>
        <translation>Les identifiants de zone IPv6 (« %1 ») désignent une interface d&apos;une seule machine et ne peuvent pas être utilisés dans une adresse de proxy ; supprimer la partie à partir de « % ».</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>Le nom d&apos;hôte est vide.</translation>
    </message>
    <message>
        <source>The host name is %1 characters long; the limit is %2.</source>
        <translation>Le nom d&apos;hôte compte %1 caractères ; la limite est de %2.</translation>
    </message>
    <message>
        <source>The host name has an empty label (two dots in a row or a leading dot).</source>
        <translation>Le nom d&apos;hôte contient une étiquette vide (deux points consécutifs ou un point initial).</translation>
    </message>
    <message>
        <source>The label “%1” is %2 characters long; a label may have at most 63.</source>
        <translation>L&apos;étiquette « %1 » compte %2 caractères ; une étiquette peut en avoir 63 au plus.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>The host name contains “%1”, which is not allowed: use letters, digits, hyphens and dots.</source>
        <translation>Le nom d&apos;hôte contient « %1 », ce qui n&apos;est pas autorisé : utiliser des lettres, des chiffres, des traits d&apos;union et des points.</translation>
    </message>
    <message>
        <source>The label “%1” starts or ends with a hyphen.</source>
        <translation>L&apos;étiquette « %1 » commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>“%1” is neither a valid IPv4 address nor a host name.</source>
        <translation>« %1 » n&apos;est ni une adresse IPv4 valide ni un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>SOCKS proxies are not supported; use an HTTP or HTTPS proxy.</source>
        <translation>Les proxys SOCKS ne sont pas pris en charge ; utiliser un proxy HTTP ou HTTPS.</translation>
    </message>
    <message>
        <source>Unknown proxy scheme “%1”: use http or https.</source>
        <translation>Schéma de proxy inconnu « %1 » : utiliser http ou https.</translation>
    </message>
    <message>
        <source>The host is empty.</source>
        <translation>L&apos;hôte est vide.</translation>
    </message>
    <message>
        <source>“%1” is a URL, not a host name; paste it into the host field to have it split into scheme, host and port.</source>
        <translation>« %1 » est une URL, pas un nom d&apos;hôte ; la coller dans le champ Hôte pour la décomposer en schéma, hôte et port.</translation>
    </message>
    <message>
        <source>The IPv6 address has no closing “]”.</source>
        <translation>L&apos;adresse IPv6 n&apos;a pas de « ] » fermant.</translation>
    </message>
    <message>
        <source>Put the port in the port field, not after the host (“%1”).</source>
        <translation>Indiquer le port dans le champ Port, pas après l&apos;hôte (« %1 »).</translation>
    </message>
    <message>
        <source>The port is empty: proxies usually listen on 3128 or 8080.</source>
        <translation>Le port est vide : les proxys écoutent généralement sur 3128 ou 8080.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not “%1”.</source>
        <translation>Le port doit être un nombre de 1 à 65535, et non « %1 ».</translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535, not %1.</source>
        <translation>Le port doit être compris entre 1 et 65535, et non %1.</translation>
    </message>
    <message>
        <source>The label “%1” starts with “xn--” but is not valid punycode (the ASCII form of an international name); write the name itself or its correct ASCII form.</source>
        <translation>Le libellé « %1 » commence par « xn-- » mais n’est pas du punycode valide (la forme ASCII d’un nom international) ; saisissez le nom lui-même ou sa forme ASCII correcte.</translation>
    </message>
</context>
<context>
    <name>ProxyForm</name>
    <message>
        <source>Connect through a proxy</source>
        <translation>Se connecter via un proxy</translation>
    </message>
    <message>
        <source>Remove stored password</source>
        <translation>Supprimer le mot de passe enregistré</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>HTTPS (TLS to the proxy)</source>
        <translation>HTTPS (TLS vers le proxy)</translation>
    </message>
    <message>
        <source>proxy.example.com, 10.0.0.1, [2001:db8::1] or a whole URL</source>
        <translation>proxy.example.com, 10.0.0.1, [2001:db8::1] ou une URL complète</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Proxy scheme</source>
        <translation>Schéma du proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d&apos;utilisateur du proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>stored in keychain; type to replace</source>
        <translation>enregistré dans le trousseau ; saisir pour le remplacer</translation>
    </message>
    <message>
        <source>The URL was split into scheme, host and port.</source>
        <translation>L&apos;URL a été décomposée en schéma, hôte et port.</translation>
    </message>
    <message>
        <source>Its password was moved to the password field and will be stored in the keychain.</source>
        <translation>Son mot de passe a été déplacé dans le champ Mot de passe et sera enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Automatic: a PAC script names the proxy for each URL</source>
        <translation>Automatique : un script PAC désigne le proxy pour chaque URL</translation>
    </message>
    <message>
        <source>Disco&amp;ver (WPAD)</source>
        <translation>Déco&amp;uvrir (WPAD)</translation>
    </message>
    <message>
        <source>http://wpad.corp.example/wpad.dat or /etc/proxy.pac</source>
        <translation>http://wpad.corp.example/wpad.dat ou /etc/proxy.pac</translation>
    </message>
    <message>
        <source>Automatic proxy configuration</source>
        <translation>Configuration automatique du proxy</translation>
    </message>
    <message>
        <source>PAC script URL or file</source>
        <translation>URL ou fichier du script PAC</translation>
    </message>
    <message>
        <source>Discover the PAC script with WPAD</source>
        <translation>Découvrir le script PAC avec WPAD</translation>
    </message>
    <message>
        <source>Look for this network&apos;s PAC script: DHCP option 252 first (lease files, NetworkManager), then http://wpad.&lt;domain&gt;/wpad.dat for the DNS domains.</source>
        <translation>Rechercher le script PAC de ce réseau : d&apos;abord l&apos;option DHCP 252 (fichiers de bail, NetworkManager), puis http://wpad.&lt;domain&gt;/wpad.dat pour les domaines DNS.</translation>
    </message>
    <message>
        <source>WPAD discovery progress</source>
        <translation>Progression de la découverte WPAD</translation>
    </message>
    <message>
        <source>PA&amp;C script:</source>
        <translation>Script PA&amp;C :</translation>
    </message>
    <message>
        <source>Looking for a PAC script (WPAD)…</source>
        <translation>Recherche d&apos;un script PAC (WPAD)…</translation>
    </message>
    <message>
        <source>Stop disco&amp;very</source>
        <translation>Arrêter la décou&amp;verte</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Found %1 (%2). Review the profile and save.</source>
        <translation>%1 trouvé (%2). Vérifier le profil et l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>No PAC script was found.</source>
        <translation>Aucun script PAC n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>There was nothing to try: no DHCP option 252 and no DNS domain.</source>
        <translation>Rien à essayer : pas d&apos;option DHCP 252 ni de domaine DNS.</translation>
    </message>
    <message>
        <source>Tried:</source>
        <translation>Essais :</translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Sch&amp;eme:</source>
        <translation>Sch&amp;éma :</translation>
    </message>
</context>
<context>
    <name>ProxyPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Du&amp;plicate…</source>
        <translation>Du&amp;pliquer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import from environment</source>
        <translation>&amp;Importer depuis l&apos;environnement</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Read https_proxy, http_proxy and no_proxy (either case) from ProxyDeck&apos;s environment into this profile.</source>
        <translation>Lire https_proxy, http_proxy et no_proxy (en minuscules ou en majuscules) depuis l&apos;environnement de ProxyDeck dans ce profil.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Global proxy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Proxy global&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The outbound proxy this workstation uses. Passwords are kept only in the OS keychain.</source>
        <translation>Le proxy sortant utilisé par ce poste de travail. Les mots de passe sont conservés uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil :</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its stored password?</source>
        <translation>Supprimer le profil « %1 » et son mot de passe enregistré ?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The profile has unsaved changes. Save them?</source>
        <translation>Le profil comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <source>Keychain unavailable: a password cannot be stored.</source>
        <translation>Trousseau indisponible : impossible d&apos;enregistrer un mot de passe.</translation>
    </message>
    <message>
        <source>Not stored.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Stored in keychain (service “%1”).</source>
        <translation>Enregistré dans le trousseau (service « %1 »).</translation>
    </message>
    <message>
        <source>Not found in the keychain any more; type it again.</source>
        <translation>Introuvable dans le trousseau ; le saisir à nouveau.</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Trousseau indisponible : %1</translation>
    </message>
    <message>
        <source>This profile is active: exports and the engine use it.</source>
        <translation>Ce profil est actif : les exports et le moteur l&apos;utilisent.</translation>
    </message>
    <message>
        <source>This profile is not active.</source>
        <translation>Ce profil n&apos;est pas actif.</translation>
    </message>
    <message>
        <source>The profile was deleted but its password stays in the keychain</source>
        <translation>Le profil a été supprimé, mais son mot de passe reste dans le trousseau</translation>
    </message>
    <message>
        <source>Imported %1. Review the fields and save.</source>
        <translation>%1 importé. Vérifier les champs et enregistrer.</translation>
    </message>
    <message>
        <source>NO_PROXY (saved with the profile): %1</source>
        <translation>NO_PROXY (enregistré avec le profil) : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The password was not saved; the other settings were</source>
        <translation>Le mot de passe n&apos;a pas été enregistré ; les autres paramètres l&apos;ont été</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>The password could not be removed</source>
        <translation>Impossible de supprimer le mot de passe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>Test the PAC script</source>
        <translation>Tester le script PAC</translation>
    </message>
    <message>
        <source>The desktop&apos;s proxy settings were not imported: %1</source>
        <translation>Les paramètres de proxy du bureau n&apos;ont pas été importés : %1</translation>
    </message>
    <message>
        <source>Imported the desktop&apos;s proxy settings (%1). Review the fields and save.</source>
        <translation>Paramètres de proxy du bureau importés (%1). Vérifier les champs et enregistrer.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Replace NO_PROXY</source>
        <translation>Remplacer NO_PROXY</translation>
    </message>
    <message>
        <source>Replace the NO_PROXY list with the desktop&apos;s? It applies to every profile.</source>
        <translation>Remplacer la liste NO_PROXY par celle du bureau ? Elle s&apos;applique à tous les profils.</translation>
    </message>
    <message>
        <source>Now: %1
The desktop&apos;s: %2</source>
        <translation>Actuelle : %1
Celle du bureau : %2</translation>
    </message>
    <message>
        <source>This environment sets %1=%2. Import it into the profile “%3”?</source>
        <translation>Cet environnement définit %1=%2. L&apos;importer dans le profil « %3 » ?</translation>
    </message>
    <message>
        <source>NO_PROXY: %1</source>
        <translation>NO_PROXY : %1</translation>
    </message>
    <message>
        <source>&amp;Make active</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Yes, import</source>
        <translation>Oui, importer</translation>
    </message>
</context>
<context>
    <name>ProxyProfile</name>
    <message>
        <source>The PAC location is empty: give an http(s):// URL or a file.</source>
        <translation>L&apos;emplacement PAC est vide : indiquer une URL http(s):// ou un fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a URL: %2</source>
        <translation>« %1 » n&apos;est pas une URL : %2</translation>
    </message>
    <message>
        <source>“%1” names no file.</source>
        <translation>« %1 » ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>A PAC script is fetched over http:// or https://, or read from a file, not “%1:”.</source>
        <translation>Un script PAC est récupéré via http:// ou https://, ou lu depuis un fichier, pas via « %1: ».</translation>
    </message>
    <message>
        <source>“%1” has no host.</source>
        <translation>« %1 » n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>A PAC URL must not carry a user or password.</source>
        <translation>Une URL PAC ne doit pas contenir d&apos;utilisateur ni de mot de passe.</translation>
    </message>
</context>
<context>
    <name>ProxySession</name>
    <message>
        <source>ProxyDeck&apos;s engine has reached its limit of %1 connections; try again shortly.</source>
        <translation>Le moteur de ProxyDeck a atteint sa limite de %1 connexions ; réessayer dans un instant.</translation>
    </message>
    <message>
        <source>%1 is not in this engine&apos;s client allowlist.</source>
        <translation>%1 ne figure pas dans la liste d&apos;autorisation des clients de ce moteur.</translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 s.</source>
        <translation>L&apos;en-tête de la requête n&apos;est pas arrivé en %1 s.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n&apos;a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>The upstream proxy %1</source>
        <translation>Le proxy amont %1</translation>
    </message>
    <message>
        <source>No response from %1 within %2 s.</source>
        <translation>Aucune réponse de %1 en %2 s.</translation>
    </message>
    <message>
        <source>idle for %1 s</source>
        <translation>inactif depuis %1 s</translation>
    </message>
    <message>
        <source>closed after %1 s without traffic</source>
        <translation>fermée après %1 s sans trafic</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>le client a fermé la connexion</translation>
    </message>
    <message>
        <source>ProxyDeck&apos;s engine does not answer OPTIONS *.</source>
        <translation>Le moteur de ProxyDeck ne répond pas à OPTIONS *.</translation>
    </message>
    <message>
        <source>CONNECT to port %1 is not allowed by this engine (allowed: %2).</source>
        <translation>CONNECT vers le port %1 n&apos;est pas autorisé par ce moteur (autorisés : %2).</translation>
    </message>
    <message>
        <source>Send %1:// URLs through CONNECT: set this engine as the proxy for HTTPS too.</source>
        <translation>Envoyer les URL %1:// via CONNECT : définir ce moteur comme proxy également pour HTTPS.</translation>
    </message>
    <message>
        <source>direct (NO_PROXY %1)</source>
        <translation>direct (NO_PROXY %1)</translation>
    </message>
    <message>
        <source>This is ProxyDeck&apos;s proxy engine: set it as your HTTP and HTTPS proxy. GET /status shows its state.</source>
        <translation>Ceci est le moteur de proxy de ProxyDeck : le définir comme proxy HTTP et HTTPS. GET /status affiche son état.</translation>
    </message>
    <message>
        <source>/status answers GET and HEAD only.</source>
        <translation>/status ne répond qu&apos;à GET et HEAD.</translation>
    </message>
    <message>
        <source>the client closed the connection during the request body</source>
        <translation>le client a fermé la connexion pendant le corps de la requête</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its response head</source>
        <translation>%1 a fermé la connexion au milieu de l&apos;en-tête de sa réponse</translation>
    </message>
    <message>
        <source>%1 sent a malformed response: %2</source>
        <translation>%1 a envoyé une réponse mal formée : %2</translation>
    </message>
    <message>
        <source>upstream proxy rejected the credentials of “%1” (407): check the password in ProxyDeck</source>
        <translation>le proxy amont a rejeté les identifiants de « %1 » (407) : vérifier le mot de passe dans ProxyDeck</translation>
    </message>
    <message>
        <source>%1 switched protocols without being asked to</source>
        <translation>%1 a changé de protocole sans qu&apos;on le lui demande</translation>
    </message>
    <message>
        <source>bad chunked response: %1</source>
        <translation>réponse chunked incorrecte : %1</translation>
    </message>
    <message>
        <source>%1 closed the connection before the end of the response</source>
        <translation>%1 a fermé la connexion avant la fin de la réponse</translation>
    </message>
    <message>
        <source>direct (PAC failed: %1)</source>
        <translation>direct (échec du PAC : %1)</translation>
    </message>
    <message>
        <source> (no HTTP proxy in the answer: direct)</source>
        <translation> (aucun proxy HTTP dans la réponse : direct)</translation>
    </message>
    <message>
        <source>the upstream proxy %1 asks for %2 authentication, which sends a request more than once; the engine does not repeat a request with a body: send it again</source>
        <translation>le proxy amont %1 demande une authentification %2, qui envoie une requête plusieurs fois ; le moteur ne répète pas une requête avec un corps : la renvoyer</translation>
    </message>
    <message>
        <source>could not authenticate to the upstream proxy %1: %2</source>
        <translation>impossible de s&apos;authentifier auprès du proxy amont %1 : %2</translation>
    </message>
    <message>
        <source>the upstream proxy %1 answered an NTLM NEGOTIATE alone with %2, not 407: the request was not sent</source>
        <translation>le proxy amont %1 a répondu à un NTLM NEGOTIATE seul par %2, et non 407 : la requête n&apos;a pas été envoyée</translation>
    </message>
</context>
<context>
    <name>ProxyUrlParts</name>
    <message>
        <source>The proxy URL is empty.</source>
        <translation>L&apos;URL du proxy est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid proxy URL: %2</source>
        <translation>« %1 » n&apos;est pas une URL de proxy valide : %2</translation>
    </message>
</context>
<context>
    <name>RemoteEnginesBar</name>
    <message>
        <source>Connect to engine…</source>
        <translation>Se connecter à un moteur…</translation>
    </message>
    <message>
        <source>Watch the traffic of `proxydeck serve` on another host through its status socket.</source>
        <translation>Suivre le trafic de `proxydeck serve` sur un autre hôte via son socket d&apos;état.</translation>
    </message>
    <message>
        <source>Remembered engine %1 skipped: %2</source>
        <translation>Moteur mémorisé %1 ignoré : %2</translation>
    </message>
    <message>
        <source>Engine %1 needs its token again: %2</source>
        <translation>Le moteur %1 a de nouveau besoin de son jeton : %2</translation>
    </message>
    <message>
        <source>The token of %1 is not remembered: %2</source>
        <translation>Le jeton de %1 n&apos;est pas mémorisé : %2</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Change token…</source>
        <translation>Changer le jeton…</translation>
    </message>
    <message>
        <source>Disconnect and forget</source>
        <translation>Déconnecter et oublier</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1 : non connecté</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1 : connexion…</translation>
    </message>
    <message>
        <source>%1: connected, %2 open</source>
        <translation>%1 : connecté, %2 ouvertes</translation>
    </message>
    <message>
        <source>%1: lost (%2)</source>
        <translation>%1 : perdu (%2)</translation>
    </message>
    <message>
        <source>%1: stopped (%2)</source>
        <translation>%1 : arrêté (%2)</translation>
    </message>
    <message>
        <source>%1: lost, retrying</source>
        <translation>%1 : perdu, nouvelle tentative</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1 : arrêté</translation>
    </message>
    <message>
        <source>Connect to engine</source>
        <translation>Se connecter à un moteur</translation>
    </message>
    <message>
        <source>the output of `proxydeck status-token` on that host</source>
        <translation>la sortie de `proxydeck status-token` sur cet hôte</translation>
    </message>
    <message>
        <source>Status socket:</source>
        <translation>Socket d&apos;état :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>The token is needed: the engine turns away whoever does not give it.</source>
        <translation>Le jeton est nécessaire : le moteur refuse quiconque ne le fournit pas.</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>Proxied</source>
        <translation>Via le proxy</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Contourné</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Must bypass</source>
        <translation>Contournement obligatoire</translation>
    </message>
    <message>
        <source>Automatic (PAC)</source>
        <translation>Automatique (PAC)</translation>
    </message>
</context>
<context>
    <name>RouteResolver</name>
    <message>
        <source>connection “%1”</source>
        <translation>connexion « %1 »</translation>
    </message>
    <message>
        <source>The active profile “%1” uses no proxy.</source>
        <translation>Le profil actif « %1 » n&apos;utilise aucun proxy.</translation>
    </message>
    <message>
        <source>The NO_PROXY entry “%1” matches %2.</source>
        <translation>L&apos;entrée NO_PROXY « %1 » correspond à %2.</translation>
    </message>
    <message>
        <source>The NO_PROXY entry “%1” (from %2) matches %3.</source>
        <translation>L&apos;entrée NO_PROXY « %1 » (de %2) correspond à %3.</translation>
    </message>
    <message>
        <source>Through %1 (profile “%2”): no NO_PROXY entry matches %3.</source>
        <translation>Via %1 (profil « %2 ») : aucune entrée NO_PROXY ne correspond à %3.</translation>
    </message>
    <message>
        <source>Unknown connection kind “%1”.</source>
        <translation>Type de connexion inconnu « %1 ».</translation>
    </message>
    <message>
        <source>%1 does not speak HTTP, so no HTTP proxy can carry it: allow %2 in the firewall.</source>
        <translation>%1 ne parle pas HTTP, aucun proxy HTTP ne peut donc le transporter : autoriser %2 dans le pare-feu.</translation>
    </message>
    <message>
        <source>%1 does not support a proxy: it connects directly, so allow %2 in the firewall.</source>
        <translation>%1 ne prend pas en charge de proxy : il se connecte directement, donc autoriser %2 dans le pare-feu.</translation>
    </message>
    <message>
        <source>%1 cannot go through an %2:// proxy: it bypasses it, so allow %3 in the firewall.</source>
        <translation>%1 ne peut pas passer par un proxy %2:// : il le contourne, donc autoriser %3 dans le pare-feu.</translation>
    </message>
    <message>
        <source>“Use global proxy” is off for this connection: allow %1 in the firewall.</source>
        <translation>« Utiliser le proxy global » est désactivé pour cette connexion : autoriser %1 dans le pare-feu.</translation>
    </message>
    <message>
        <source>Through %1 (profile “%2”).</source>
        <translation>Via %1 (profil « %2 »).</translation>
    </message>
    <message>
        <source>%1, which cannot use this proxy</source>
        <translation>%1, qui ne peut pas utiliser ce proxy</translation>
    </message>
    <message>
        <source>Allow %1 in the firewall.</source>
        <translation>Autoriser %1 dans le pare-feu.</translation>
    </message>
    <message>
        <source>The PAC script %1 decides for each request (profile “%2”).</source>
        <translation>Le script PAC %1 décide pour chaque requête (profil « %2 »).</translation>
    </message>
    <message>
        <source>The PAC script %1 gave no answer for %2: %3</source>
        <translation>Le script PAC %1 n&apos;a donné aucune réponse pour %2 : %3</translation>
    </message>
    <message>
        <source>The PAC script %1 answered “%2” for %3.</source>
        <translation>Le script PAC %1 a répondu « %2 » pour %3.</translation>
    </message>
    <message>
        <source>Through %1: the PAC script %2 answered “%3” for %4.</source>
        <translation>Via %1 : le script PAC %2 a répondu « %3 » pour %4.</translation>
    </message>
    <message>
        <source>The PAC script %1 answered “%2” for %3: ProxyDeck speaks to HTTP proxies only, not SOCKS.</source>
        <translation>Le script PAC %1 a répondu « %2 » pour %3 : ProxyDeck ne communique qu&apos;avec des proxys HTTP, pas SOCKS.</translation>
    </message>
</context>
<context>
    <name>RouteTarget</name>
    <message>
        <source>The address is empty.</source>
        <translation>L&apos;adresse est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL or host:port.</source>
        <translation>« %1 » n&apos;est pas une URL ou un hôte:port valide.</translation>
    </message>
    <message>
        <source>“%1” has no port, and %2 has no default port.</source>
        <translation>« %1 » n&apos;a pas de port, et %2 n&apos;a pas de port par défaut.</translation>
    </message>
</context>
<context>
    <name>RoutingCommands</name>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher au format JSON.</translation>
    </message>
    <message>
        <source>Also tell what a tool would do with the exported NO_PROXY: curl, wget, requests, urllib, go, node, java, git, or all.</source>
        <translation>Indiquer aussi ce qu&apos;un outil ferait du NO_PROXY exporté : curl, wget, requests, urllib, go, node, java, git, ou all.</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>outil</translation>
    </message>
    <message>
        <source>URLs or host:port to route.</source>
        <translation>URL ou hôte:port à router.</translation>
    </message>
    <message>
        <source>Where each URL goes with the active profile and the NO_PROXY rules, and why.</source>
        <translation>Où va chaque URL avec le profil actif et les règles NO_PROXY, et pourquoi.</translation>
    </message>
    <message>
        <source>route needs at least one URL.</source>
        <translation>route requiert au moins une URL.</translation>
    </message>
    <message>
        <source>--tool: unknown tool “%1”.</source>
        <translation>--tool : outil inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Direct: no proxy is exported.</source>
        <translation>Direct : aucun proxy n&apos;est exporté.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>via proxy</source>
        <translation>via le proxy</translation>
    </message>
    <message>
        <source>(differs) </source>
        <translation>(diffère) </translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list : afficher au format JSON.</translation>
    </message>
    <message>
        <source>list | add ENTRY… | remove ENTRY…</source>
        <translation>list | add ENTRÉE… | remove ENTRÉE…</translation>
    </message>
    <message>
        <source>Edit the NO_PROXY rules. Entries are checked; warnings say which tools read an entry differently.</source>
        <translation>Modifier les règles NO_PROXY. Les entrées sont vérifiées ; des avertissements indiquent quels outils lisent une entrée différemment.</translation>
    </message>
    <message>
        <source>noproxy: use list, add or remove.</source>
        <translation>noproxy : utiliser list, add ou remove.</translation>
    </message>
    <message>
        <source>noproxy list takes no entries.</source>
        <translation>noproxy list n&apos;accepte aucune entrée.</translation>
    </message>
    <message>
        <source>noproxy %1 needs at least one entry.</source>
        <translation>noproxy %1 requiert au moins une entrée.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Exported NO_PROXY: %1</source>
        <translation>NO_PROXY exporté : %1</translation>
    </message>
    <message>
        <source>“%1” is not in the NO_PROXY rules.</source>
        <translation>« %1 » ne figure pas dans les règles NO_PROXY.</translation>
    </message>
    <message>
        <source>Connection kind (see “connection kinds”).</source>
        <translation>Type de connexion (voir « connection kinds »).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>URL or host:port.</source>
        <translation>URL ou hôte:port.</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>edit: the new name.</source>
        <translation>edit : le nouveau nom.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>add: do not use the global proxy.</source>
        <translation>add : ne pas utiliser le proxy global.</translation>
    </message>
    <message>
        <source>list | kinds | add NAME --kind K --endpoint E [--no-proxy] | edit NAME [--name N] [--kind K] [--endpoint E] | remove NAME | proxy NAME on|off</source>
        <translation>list | kinds | add NOM --kind K --endpoint E [--no-proxy] | edit NOM [--name N] [--kind K] [--endpoint E] | remove NOM | proxy NOM on|off</translation>
    </message>
    <message>
        <source>Manage named connections and see the route of each.</source>
        <translation>Gérer les connexions nommées et voir la route de chacune.</translation>
    </message>
    <message>
        <source>connection: use list, kinds, add, edit, remove or proxy.</source>
        <translation>connection : utiliser list, kinds, add, edit, remove ou proxy.</translation>
    </message>
    <message>
        <source>connection %1: wrong number of arguments; see “proxydeck connection --help”.</source>
        <translation>connection %1 : nombre d&apos;arguments incorrect ; voir « proxydeck connection --help ».</translation>
    </message>
    <message>
        <source>  (proxy off)</source>
        <translation>  (proxy désactivé)</translation>
    </message>
    <message>
        <source>connection add needs --kind and --endpoint.</source>
        <translation>connection add requiert --kind et --endpoint.</translation>
    </message>
    <message>
        <source>No connection named “%1”; see “proxydeck connection list”.</source>
        <translation>Aucune connexion nommée « %1 » ; voir « proxydeck connection list ».</translation>
    </message>
    <message>
        <source>connection proxy: say on or off.</source>
        <translation>connection proxy : indiquer on ou off.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>NO_PROXY entries</source>
        <translation>Entrées NO_PROXY</translation>
    </message>
    <message>
        <source>localhost, .corp.example, 10.0.0.0/8, [fd00::1]:8080 …</source>
        <translation>localhost, .corp.example, 10.0.0.0/8, [fd00::1]:8080 …</translation>
    </message>
    <message>
        <source>New NO_PROXY entries</source>
        <translation>Nouvelles entrées NO_PROXY</translation>
    </message>
    <message>
        <source>Type a URL to see who goes direct: https://api.corp.example/v1</source>
        <translation>Saisir une URL pour voir qui passe en direct : https://api.corp.example/v1</translation>
    </message>
    <message>
        <source>URL to explain</source>
        <translation>URL à expliquer</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>NO_PROXY rules</source>
        <translation>Règles NO_PROXY</translation>
    </message>
    <message>
        <source>Who goes direct?</source>
        <translation>Qui passe en direct ?</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Bypass rules&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Règles de contournement&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1  (from %2)</source>
        <translation>%1  (de %2)</translation>
    </message>
    <message>
        <source>Exported NO_PROXY: %1</source>
        <translation>NO_PROXY exporté : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>&lt;b&gt;ProxyDeck: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;ProxyDeck : %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Modelled on %1; reads %2</source>
        <translation>Modélisé d&apos;après %1 ; lit %2</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>via proxy</source>
        <translation>via le proxy</translation>
    </message>
    <message>
        <source>Differs from ProxyDeck&apos;s own decision</source>
        <translation>Diffère de la décision propre de ProxyDeck</translation>
    </message>
    <message>
        <source>Java: -Dhttp.nonProxyHosts=&quot;%1&quot;</source>
        <translation>Java : -Dhttp.nonProxyHosts=&quot;%1&quot;</translation>
    </message>
    <message>
        <source>How each tool reaches the URL</source>
        <translation>Comment chaque outil atteint l&apos;URL</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password is stored in the keychain for this profile.</source>
        <translation>Aucun mot de passe n&apos;est enregistré dans le trousseau pour ce profil.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès (%1). Le déverrouiller et réessayer.</translation>
    </message>
    <message>
        <source>The keychain could not delete the password: %1</source>
        <translation>Le trousseau n&apos;a pas pu supprimer le mot de passe : %1</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1 %2</source>
        <translation>Aucun trousseau n&apos;est accessible : %1 %2</translation>
    </message>
    <message>
        <source>no backend available.</source>
        <translation>aucun backend disponible.</translation>
    </message>
    <message>
        <source>ProxyDeck stores passwords in the macOS Keychain; make sure the login keychain is unlocked.</source>
        <translation>ProxyDeck enregistre les mots de passe dans le trousseau macOS ; vérifier que le trousseau de session est déverrouillé.</translation>
    </message>
    <message>
        <source>ProxyDeck stores passwords in the Windows Credential Manager; make sure it is running.</source>
        <translation>ProxyDeck enregistre les mots de passe dans le Gestionnaire d&apos;identification Windows ; vérifier qu&apos;il est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>ProxyDeck stores passwords only in a Secret Service keychain (org.freedesktop.secrets on the D-Bus session bus): install and unlock gnome-keyring or KWallet (for example “apt install gnome-keyring”), then try again.</source>
        <translation>ProxyDeck enregistre les mots de passe uniquement dans un trousseau Secret Service (org.freedesktop.secrets sur le bus de session D-Bus) : installer et déverrouiller gnome-keyring ou KWallet (par exemple « apt install gnome-keyring »), puis réessayer.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. %2</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 secondes. %2</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:3128; 0 for any free port).</source>
        <translation>Adresse et port d&apos;écoute (par défaut 127.0.0.1:3128 ; 0 pour n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>A client network allowed to connect (repeatable); without one, only loopback clients are. Required to listen beyond loopback.</source>
        <translation>Un réseau client autorisé à se connecter (option répétable) ; sans cette option, seuls les clients en boucle locale le sont. Obligatoire pour écouter au-delà de la boucle locale.</translation>
    </message>
    <message>
        <source>cidr</source>
        <translation>cidr</translation>
    </message>
    <message>
        <source>Profile to chain to (default: the active one).</source>
        <translation>Profil vers lequel chaîner (par défaut : le profil actif).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Ports CONNECT may reach (default 443), e.g. &quot;20 21 443 1024-65535&quot;.</source>
        <translation>Ports que CONNECT peut atteindre (par défaut 443), p. ex. &quot;20 21 443 1024-65535&quot;.</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>ports</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Threads de travail (par défaut : un par cœur).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Client connections at once; more get 503 (default 4096).</source>
        <translation>Connexions clientes simultanées ; au-delà, les clients reçoivent 503 (par défaut 4096).</translation>
    </message>
    <message>
        <source>Print one line per finished tunnel or request.</source>
        <translation>Afficher une ligne par tunnel ou requête terminé.</translation>
    </message>
    <message>
        <source>Run the local proxy engine until SIGTERM or SIGINT.</source>
        <translation>Exécuter le moteur de proxy local jusqu&apos;à SIGTERM ou SIGINT.</translation>
    </message>
    <message>
        <source>serve takes no arguments: %1</source>
        <translation>serve n&apos;accepte aucun argument : %1</translation>
    </message>
    <message>
        <source>--workers takes a number from 1 to 256.</source>
        <translation>--workers accepte un nombre de 1 à 256.</translation>
    </message>
    <message>
        <source>--max-connections takes a positive number.</source>
        <translation>--max-connections accepte un nombre positif.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Il n&apos;existe aucun profil « %1 ».</translation>
    </message>
    <message>
        <source>could not install the signal handlers</source>
        <translation>impossible d&apos;installer les gestionnaires de signaux</translation>
    </message>
    <message>
        <source>ProxyDeck engine listening on %1, profile “%2”, %3.</source>
        <translation>Moteur ProxyDeck à l&apos;écoute sur %1, profil « %2 », %3.</translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation>proxy amont %1</translation>
    </message>
    <message>
        <source>no upstream (direct)</source>
        <translation>aucun proxy amont (direct)</translation>
    </message>
    <message>
        <source>Stopping: finishing open tunnels (up to %1 s; again to stop now).</source>
        <translation>Arrêt : fin des tunnels ouverts (jusqu&apos;à %1 s ; recommencer pour arrêter immédiatement).</translation>
    </message>
    <message>
        <source>ProxyDeck engine stopped.</source>
        <translation>Moteur ProxyDeck arrêté.</translation>
    </message>
    <message>
        <source>Address and port of the status WebSocket (default 127.0.0.1:3129).</source>
        <translation>Adresse et port du WebSocket d&apos;état (par défaut 127.0.0.1:3129).</translation>
    </message>
    <message>
        <source>Do not open the status WebSocket.</source>
        <translation>Ne pas ouvrir le WebSocket d&apos;état.</translation>
    </message>
    <message>
        <source>The status socket on %1 needs --allow: without an allowlist only loopback clients may watch the engine.</source>
        <translation>Le socket d&apos;état sur %1 requiert --allow : sans liste d&apos;autorisation, seuls les clients en boucle locale peuvent observer le moteur.</translation>
    </message>
    <message>
        <source>(choose another with --status-listen, or --no-status)</source>
        <translation>(en choisir un autre avec --status-listen, ou --no-status)</translation>
    </message>
    <message>
        <source>Status socket on ws://%1 (token in %2).</source>
        <translation>Socket d&apos;état sur ws://%1 (jeton dans %2).</translation>
    </message>
    <message>
        <source>status socket: turned away %1 (%2)</source>
        <translation>socket d&apos;état : %1 refusé (%2)</translation>
    </message>
    <message>
        <source>Write a new token; watchers holding the old one are turned away.</source>
        <translation>Écrire un nouveau jeton ; les observateurs qui détiennent l&apos;ancien sont refusés.</translation>
    </message>
    <message>
        <source>Print the token a console needs to watch this engine&apos;s status socket.</source>
        <translation>Afficher le jeton dont une console a besoin pour observer le socket d&apos;état de ce moteur.</translation>
    </message>
    <message>
        <source>status-token takes no arguments: %1</source>
        <translation>status-token n&apos;accepte aucun argument : %1</translation>
    </message>
    <message>
        <source>Read the engine&apos;s token from standard input.</source>
        <translation>Lire le jeton du moteur depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The remote engines the console&apos;s Traffic page watches over their status sockets.</source>
        <translation>Les moteurs distants que la page Trafic de la console observe via leurs sockets d&apos;état.</translation>
    </message>
    <message>
        <source>Usage: proxydeck watch list | add URL --token-stdin | remove URL</source>
        <translation>Utilisation : proxydeck watch list | add URL --token-stdin | remove URL</translation>
    </message>
    <message>
        <source>watch add needs the token on standard input: --token-stdin.</source>
        <translation>watch add requiert le jeton sur l&apos;entrée standard : --token-stdin.</translation>
    </message>
    <message>
        <source>--token-stdin: that is not a status token (%1 characters of A–Z a–z 0–9 - _, as `proxydeck status-token` prints).</source>
        <translation>--token-stdin : ce n&apos;est pas un jeton d&apos;état (%1 caractères parmi A–Z a–z 0–9 - _, tel qu&apos;affiché par `proxydeck status-token`).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A profile name may have at most 100 characters.</source>
        <translation>Un nom de profil peut comporter au plus 100 caractères.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>No such profile.</source>
        <translation>Profil introuvable.</translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation>Le dernier profil ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The user name must not contain a line break.</source>
        <translation>Le nom d&apos;utilisateur ne doit pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Une connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Une connexion nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Unknown connection kind “%1”.</source>
        <translation>Type de connexion inconnu « %1 ».</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>Connexion introuvable.</translation>
    </message>
    <message>
        <source>A profile name must not contain a line break or another control character (character %1).</source>
        <translation>Un nom de profil ne doit pas contenir de saut de ligne ni d&apos;autre caractère de contrôle (caractère %1).</translation>
    </message>
    <message>
        <source>A profile has a fixed proxy or a PAC script, not both.</source>
        <translation>Un profil a soit un proxy fixe, soit un script PAC, pas les deux.</translation>
    </message>
</context>
<context>
    <name>SettingsCodec</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>JSON non valide à la ligne %1, colonne %2 (octet %3) : %4</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>written by a newer ProxyDeck (settings version %1; this one reads up to %2). Update ProxyDeck; the file was left untouched.</source>
        <translation>écrit par une version plus récente de ProxyDeck (version de paramètres %1 ; celle-ci lit jusqu&apos;à %2). Mettre à jour ProxyDeck ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>“%1” is used by two profiles</source>
        <translation>« %1 » est utilisé par deux profils</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>unknown connection kind “%1”</source>
        <translation>type de connexion inconnu « %1 »</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>“%1” is used by two connections</source>
        <translation>« %1 » est utilisé par deux connexions</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>a profile has a fixed proxy (host) or a PAC script, not both</source>
        <translation>un profil a soit un proxy fixe (hôte), soit un script PAC, pas les deux</translation>
    </message>
    <message>
        <source>must be one of %1, or empty for the system&apos;s language</source>
        <translation>doit être l&apos;une de %1, ou vide pour la langue du système</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Cannot read settings file %1: %2. Using defaults; the file will not be overwritten.</source>
        <translation>Impossible de lire le fichier de paramètres %1 : %2. Utilisation des valeurs par défaut ; le fichier ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>Settings file %1 is %2 bytes, over the %3-byte limit. Using defaults; the file will not be overwritten.</source>
        <translation>Le fichier de paramètres %1 fait %2 octets, au-delà de la limite de %3 octets. Utilisation des valeurs par défaut ; le fichier ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>Settings file %1 is damaged (%2). It was kept as %3; defaults are used.</source>
        <translation>Le fichier de paramètres %1 est endommagé (%2). Il a été conservé sous %3 ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>Settings file %1 is damaged (%2) and could not be moved aside; defaults are used and the file will not be overwritten.</source>
        <translation>Le fichier de paramètres %1 est endommagé (%2) et n&apos;a pas pu être mis de côté ; les valeurs par défaut sont utilisées et le fichier ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>Cannot create folder %1 for %2.</source>
        <translation>Impossible de créer le dossier %1 pour %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Settings file %1: %2</source>
        <translation>Fichier de paramètres %1 : %2</translation>
    </message>
</context>
<context>
    <name>SquidForwardExporter</name>
    <message>
        <source>This profile uses no proxy: Squid goes direct.</source>
        <translation>Ce profil n&apos;utilise aucun proxy : Squid passe en direct.</translation>
    </message>
    <message>
        <source>squid.conf cannot name the CA bundle “%1” (white space or a quote): copy it to a plain path and add tls-cafile=PATH to cache_peer; until then Squid uses the system CAs.</source>
        <translation>squid.conf ne peut pas désigner le bundle CA « %1 » (espace ou guillemet) : le copier vers un chemin simple et ajouter tls-cafile=CHEMIN à cache_peer ; d&apos;ici là, Squid utilise les CA du système.</translation>
    </message>
    <message>
        <source>The password is not included and Squid cannot read it from the environment. To authenticate, replace the cache_peer line below by the commented one, with PASSWORD replaced by the password percent-encoded (every byte except A-Z a-z 0-9 - . _ ~ as %XX, e.g. @ as %40, % as %25, space as %20): Squid decodes login= once.</source>
        <translation>Le mot de passe n&apos;est pas inclus et Squid ne peut pas le lire depuis l&apos;environnement. Pour s&apos;authentifier, remplacer la ligne cache_peer ci-dessous par celle en commentaire, en remplaçant PASSWORD par le mot de passe encodé en pourcentage (chaque octet sauf A-Z a-z 0-9 - . _ ~ sous la forme %XX, p. ex. @ en %40, % en %25, espace en %20) : Squid décode login= une seule fois.</translation>
    </message>
    <message>
        <source>Squid forward proxy (squid.conf)</source>
        <translation>Proxy de transfert Squid (squid.conf)</translation>
    </message>
</context>
<context>
    <name>StatusClient</name>
    <message>
        <source>no word from the engine for %1 s</source>
        <translation>aucune nouvelle du moteur depuis %1 s</translation>
    </message>
    <message>
        <source>“%1” is not an engine address: write ws://host:port.</source>
        <translation>« %1 » n&apos;est pas une adresse de moteur : écrire ws://hôte:port.</translation>
    </message>
    <message>
        <source>“%1”: the status socket speaks ws:// or wss://, not %2://.</source>
        <translation>« %1 » : le socket d&apos;état parle ws:// ou wss://, pas %2://.</translation>
    </message>
    <message>
        <source>“%1”: give only ws://host:port; the token goes in its own field.</source>
        <translation>« %1 » : indiquer uniquement ws://hôte:port ; le jeton va dans son propre champ.</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>the engine sent a message this version cannot read: %1</source>
        <translation>le moteur a envoyé un message que cette version ne sait pas lire : %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>the engine sent changes before its snapshot</source>
        <translation>le moteur a envoyé des modifications avant son instantané</translation>
    </message>
    <message>
        <source>the engine turned this console away: %1</source>
        <translation>le moteur a refusé cette console : %1</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>connexion fermée</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1 ; nouvelle tentative dans %2 s</translation>
    </message>
    <message>
        <source>“%1”: leave the user and password out; the engine asks for its token only.</source>
        <translation>« %1 » : omettre l&apos;utilisateur et le mot de passe ; le moteur ne demande que son jeton.</translation>
    </message>
</context>
<context>
    <name>StatusProtocol</name>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>doit être un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>“%1” is not tunnel, request or websocket</source>
        <translation>« %1 » n&apos;est ni tunnel, ni request, ni websocket</translation>
    </message>
    <message>
        <source>“%1” is not connecting, open, closed or failed</source>
        <translation>« %1 » n&apos;est ni connecting, ni open, ni closed, ni failed</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON : %1</translation>
    </message>
    <message>
        <source>a status message must be a JSON object</source>
        <translation>un message d&apos;état doit être un objet JSON</translation>
    </message>
    <message>
        <source>is missing or not a number</source>
        <translation>est manquant ou n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the engine speaks status schema %1; this version of ProxyDeck reads %2</source>
        <translation>le moteur parle le schéma d&apos;état %1 ; cette version de ProxyDeck lit %2</translation>
    </message>
    <message>
        <source>“%1” is not snapshot, changes or status</source>
        <translation>« %1 » n&apos;est ni snapshot, ni changes, ni status</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
</context>
<context>
    <name>StatusServer</name>
    <message>
        <source>The status socket cannot listen on %1: %2</source>
        <translation>Le socket d&apos;état ne peut pas écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>not in the allowlist</source>
        <translation>absent de la liste d&apos;autorisation</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>aucun jeton</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>jeton incorrect</translation>
    </message>
    <message>
        <source>too many clients</source>
        <translation>trop de clients</translation>
    </message>
</context>
<context>
    <name>StatusToken</name>
    <message>
        <source>%1 can be read by other users: make it private (chmod 600) or rotate the token.</source>
        <translation>%1 est lisible par d&apos;autres utilisateurs : le rendre privé (chmod 600) ou renouveler le jeton.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not hold a status token (%2 characters of A–Z a–z 0–9 - _ expected): rotate the token to write a new one.</source>
        <translation>%1 ne contient pas de jeton d&apos;état (%2 caractères parmi A–Z a–z 0–9 - _ attendus) : renouveler le jeton pour en écrire un nouveau.</translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>Print the reports as JSON.</source>
        <translation>Afficher les rapports au format JSON.</translation>
    </message>
    <message>
        <source>Also try a WebSocket upgrade (always done for ws:// and wss:// URLs).</source>
        <translation>Essayer aussi une mise à niveau WebSocket (toujours faite pour les URL ws:// et wss://).</translation>
    </message>
    <message>
        <source>Seconds a step may take (default 10).</source>
        <translation>Durée maximale d&apos;une étape, en secondes (par défaut 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Test step by step how URLs (or, without one, every connection) are reached.</source>
        <translation>Tester étape par étape comment les URL (ou, sans URL, chaque connexion) sont atteintes.</translation>
    </message>
    <message>
        <source>--timeout takes seconds, from 0.1 to 600.</source>
        <translation>--timeout accepte une durée en secondes, de 0.1 à 600.</translation>
    </message>
    <message>
        <source>Nothing to test: give a URL, or add connections (proxydeck connection add).</source>
        <translation>Rien à tester : indiquer une URL ou ajouter des connexions (proxydeck connection add).</translation>
    </message>
    <message>
        <source>testing without the proxy password: %1</source>
        <translation>test sans le mot de passe du proxy : %1</translation>
    </message>
</context>
<context>
    <name>ThroughputGraph</name>
    <message>
        <source>Throughput of the last five minutes</source>
        <translation>Débit des cinq dernières minutes</translation>
    </message>
    <message>
        <source>%1 s ago: ↑ %2/s, ↓ %3/s</source>
        <translation>il y a %1 s : ↑ %2/s, ↓ %3/s</translation>
    </message>
    <message>
        <source>peak %1/s · ↓ down ↑ up</source>
        <translation>pic %1/s · ↓ reçu ↑ envoyé</translation>
    </message>
</context>
<context>
    <name>ToolModel</name>
    <message>
        <source>http_proxy (lower case only), https_proxy or HTTPS_PROXY; no_proxy wins over NO_PROXY</source>
        <translation>http_proxy (en minuscules uniquement), https_proxy ou HTTPS_PROXY ; no_proxy l&apos;emporte sur NO_PROXY</translation>
    </message>
    <message>
        <source>lower-case http_proxy, https_proxy and no_proxy only</source>
        <translation>http_proxy, https_proxy et no_proxy en minuscules uniquement</translation>
    </message>
    <message>
        <source>either case, lower case wins; no_proxy, else NO_PROXY</source>
        <translation>minuscules ou majuscules, les minuscules l&apos;emportent ; no_proxy, sinon NO_PROXY</translation>
    </message>
    <message>
        <source>either case, lower case wins (an empty lower-case variable hides the upper-case one)</source>
        <translation>minuscules ou majuscules, les minuscules l&apos;emportent (une variable en minuscules vide masque celle en majuscules)</translation>
    </message>
    <message>
        <source>either case, UPPER case wins; localhost and loopback are never proxied</source>
        <translation>minuscules ou majuscules, les MAJUSCULES l&apos;emportent ; localhost et la boucle locale ne passent jamais par le proxy</translation>
    </message>
    <message>
        <source>lower case wins (even when empty); needs NODE_USE_ENV_PROXY=1 in Node ≥ 22.21</source>
        <translation>les minuscules l&apos;emportent (même vides) ; requiert NODE_USE_ENV_PROXY=1 avec Node ≥ 22.21</translation>
    </message>
    <message>
        <source>no variables: -Dhttp.proxyHost/-Dhttps.proxyHost and -Dhttp.nonProxyHosts (as ProxyDeck exports them)</source>
        <translation>aucune variable : -Dhttp.proxyHost/-Dhttps.proxyHost et -Dhttp.nonProxyHosts (tels qu&apos;exportés par ProxyDeck)</translation>
    </message>
    <message>
        <source>http_proxy, or HTTPS_PROXY/https_proxy for https; no_proxy wins over NO_PROXY; matching is libcurl&apos;s</source>
        <translation>http_proxy, ou HTTPS_PROXY/https_proxy pour https ; no_proxy l&apos;emporte sur NO_PROXY ; la correspondance est celle de libcurl</translation>
    </message>
    <message>
        <source>Java&apos;s default nonProxyHosts</source>
        <translation>nonProxyHosts par défaut de Java</translation>
    </message>
    <message>
        <source>Direct: no proxy is set for %1 in the variables %2 reads.</source>
        <translation>Direct : aucun proxy n&apos;est défini pour %1 dans les variables que lit %2.</translation>
    </message>
    <message>
        <source>Direct: %1 entry “%2” matches %3.</source>
        <translation>Direct : l&apos;entrée %1 « %2 » correspond à %3.</translation>
    </message>
    <message>
        <source>Through the proxy from %1; no NO_PROXY is read.</source>
        <translation>Via le proxy de %1 ; aucun NO_PROXY n&apos;est lu.</translation>
    </message>
    <message>
        <source>Through the proxy from %1; no %2 entry matches %3.</source>
        <translation>Via le proxy de %1 ; aucune entrée %2 ne correspond à %3.</translation>
    </message>
    <message>
        <source>Java ignores ports: “%1” applies to every port there.</source>
        <translation>Java ignore les ports : « %1 » s&apos;y applique à tous les ports.</translation>
    </message>
    <message>
        <source>Java has no CIDR ranges: “%1” is left out of http.nonProxyHosts.</source>
        <translation>Java n&apos;accepte pas les plages CIDR : « %1 » est omis de http.nonProxyHosts.</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>failed (%1)</source>
        <translation>échec (%1)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>open (WebSocket)</source>
        <translation>ouvert (WebSocket)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation>fermé (%1)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
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
        <translation>Cible</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>this console</source>
        <translation>cette console</translation>
    </message>
    <message>
        <source>unknown (engine unreachable)</source>
        <translation>inconnu (moteur injoignable)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>ended while the engine was unreachable; the figures are the last ones seen</source>
        <translation>terminé pendant que le moteur était injoignable ; les chiffres sont les derniers observés</translation>
    </message>
</context>
<context>
    <name>TrafficPage</name>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Tunnels and requests</source>
        <translation>Tunnels et requêtes</translation>
    </message>
    <message>
        <source>Filter: client, target, route or error</source>
        <translation>Filtrer : client, cible, route ou erreur</translation>
    </message>
    <message>
        <source>Any route</source>
        <translation>Toutes les routes</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Proxy amont</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the finished rows; open tunnels stay.</source>
        <translation>Supprimer les lignes terminées ; les tunnels ouverts restent.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all shown) as tab-separated text.</source>
        <translation>Copier les lignes sélectionnées (ou toutes celles affichées) sous forme de texte séparé par des tabulations.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export traffic as CSV</source>
        <translation>Exporter le trafic en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source> · paused, %1 changes waiting</source>
        <translation> · en pause, %1 modifications en attente</translation>
    </message>
    <message>
        <source>Start engine</source>
        <translation>Démarrer le moteur</translation>
    </message>
    <message>
        <source>The local engine is stopped. Start it and point your tools at http://%1.</source>
        <translation>Le moteur local est arrêté. Le démarrer et configurer les outils pour utiliser http://%1.</translation>
    </message>
    <message>
        <source>Stop engine</source>
        <translation>Arrêter le moteur</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>On %1: use http://%1 as the HTTP and HTTPS proxy.</source>
        <translation>Sur %1 : utiliser http://%1 comme proxy HTTP et HTTPS.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Non démarré : %1</translation>
    </message>
    <message>
        <source>Copied %1 rows.</source>
        <translation>%1 lignes copiées.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Status socket token</source>
        <translation>Jeton du socket d&apos;état</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Token copied.</source>
        <translation>Jeton copié.</translation>
    </message>
    <message>
        <source>Rotate the status token</source>
        <translation>Renouveler le jeton d&apos;état</translation>
    </message>
    <message>
        <source>Consoles watching this engine with the current token are turned away and need the new one. Rotate?</source>
        <translation>Les consoles qui observent ce moteur avec le jeton actuel seront refusées et auront besoin du nouveau. Renouveler ?</translation>
    </message>
    <message>
        <source>keep </source>
        <translation>conserver </translation>
    </message>
    <message>
        <source> finished</source>
        <translation> terminés</translation>
    </message>
    <message>
        <source>Finished rows kept</source>
        <translation>Lignes terminées conservées</translation>
    </message>
    <message>
        <source>How many finished tunnels and requests the table keeps; open ones always stay.</source>
        <translation>Nombre de tunnels et requêtes terminés que le tableau conserve ; ceux qui sont ouverts restent toujours.</translation>
    </message>
    <message>
        <source>no longer watched</source>
        <translation>plus observé</translation>
    </message>
    <message>
        <source>A new token is being written; watchers need it to connect again.</source>
        <translation>Un nouveau jeton est en cours d&apos;écriture ; les observateurs en ont besoin pour se reconnecter.</translation>
    </message>
    <message>
        <source>%1 engines, in total</source>
        <translation>%1 moteurs, au total</translation>
    </message>
    <message>
        <source>engine total</source>
        <translation>total du moteur</translation>
    </message>
    <message>
        <source>%1 shown of %2 rows · %3 open · %4: %5 tunnels and requests, ↑ %6, ↓ %7</source>
        <translation>%1 affichées sur %2 lignes · %3 ouvertes · %4 : %5 tunnels et requêtes, ↑ %6, ↓ %7</translation>
    </message>
    <message>
        <source>Show token…</source>
        <translation>Afficher le jeton…</translation>
    </message>
    <message>
        <source>Consoles watching this engine need this token (also printed by `proxydeck status-token`):</source>
        <translation>Les consoles qui observent ce moteur ont besoin de ce jeton (également affiché par `proxydeck status-token`) :</translation>
    </message>
    <message>
        <source>Rotate token…</source>
        <translation>Renouveler le jeton…</translation>
    </message>
    <message>
        <source>Status socket: not open</source>
        <translation>Socket d&apos;état : non ouvert</translation>
    </message>
    <message>
        <source>Status socket ws://%1 · %2 watching</source>
        <translation>Socket d&apos;état ws://%1 · %2 observateurs</translation>
    </message>
    <message>
        <source>Status socket: opens with the engine</source>
        <translation>Socket d&apos;état : s&apos;ouvre avec le moteur</translation>
    </message>
    <message>
        <source>Other consoles watch this engine here, with the token (see this menu).</source>
        <translation>D&apos;autres consoles observent ce moteur ici, avec le jeton (voir ce menu).</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Engine stopped</source>
        <translation>Moteur arrêté</translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation>Démarrage du moteur…</translation>
    </message>
    <message>
        <source>Engine running on %1</source>
        <translation>Moteur actif sur %1</translation>
    </message>
    <message>
        <source>Engine failed: %1</source>
        <translation>Échec du moteur : %1</translation>
    </message>
    <message>
        <source>ProxyDeck — profile “%1”
%2</source>
        <translation>ProxyDeck — profil « %1 »
%2</translation>
    </message>
    <message>
        <source>&amp;Show ProxyDeck</source>
        <translation>&amp;Afficher ProxyDeck</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>S&amp;top engine</source>
        <translation>A&amp;rrêter le moteur</translation>
    </message>
    <message>
        <source>&amp;Start engine</source>
        <translation>&amp;Démarrer le moteur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>WpadCandidates</name>
    <message>
        <source>DHCP option 252 from %1</source>
        <translation>Option DHCP 252 de %1</translation>
    </message>
    <message>
        <source>DNS %1 from %2</source>
        <translation>DNS %1 de %2</translation>
    </message>
    <message>
        <source>domain of host name %1</source>
        <translation>domaine du nom d&apos;hôte %1</translation>
    </message>
    <message>
        <source>search domain in %1</source>
        <translation>domaine de recherche dans %1</translation>
    </message>
    <message>
        <source>domain in %1</source>
        <translation>domaine dans %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the resolver&apos;s local domain name</source>
        <translation>le nom de domaine local du résolveur</translation>
    </message>
</context>
<context>
    <name>WpadCommand</name>
    <message>
        <source>Print the candidates, the result and the answers as JSON.</source>
        <translation>Afficher les candidats, le résultat et les réponses au format JSON.</translation>
    </message>
    <message>
        <source>Seconds to wait for each candidate URL (default 3).</source>
        <translation>Secondes d&apos;attente pour chaque URL candidate (par défaut 3).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Find this network&apos;s PAC file by WPAD: DHCP option 252, then http://wpad.&lt;domain&gt;/wpad.dat up the DNS search domains (never a public suffix such as wpad.co.uk). Prints every candidate tried, where the PAC came from, and what it answers for each TEST-URL. PROXYDECK_DHCP_LEASES=FILE[:FILE…] reads only those DHCP lease files.</source>
        <translation>Trouver le fichier PAC de ce réseau par WPAD : option DHCP 252, puis http://wpad.&lt;domain&gt;/wpad.dat en remontant les domaines de recherche DNS (jamais un suffixe public tel que wpad.co.uk). Affiche chaque candidat essayé, la provenance du PAC et sa réponse pour chaque TEST-URL. PROXYDECK_DHCP_LEASES=FICHIER[:FICHIER…] ne lit que ces fichiers de bail DHCP.</translation>
    </message>
    <message>
        <source>--timeout: “%1” is not a number of seconds between 0 and %2.</source>
        <translation>--timeout : « %1 » n&apos;est pas un nombre de secondes entre 0 et %2.</translation>
    </message>
    <message>
        <source>“%1” is not a URL to look up.</source>
        <translation>« %1 » n&apos;est pas une URL à tester.</translation>
    </message>
    <message numerus="yes">
        <source>Looking for a PAC file: %n candidate(s), DHCP option 252 first, then DNS.</source>
        <translation>
            <numerusform>Recherche d&apos;un fichier PAC : %n candidat, d&apos;abord l&apos;option DHCP 252, puis DNS.</numerusform>
            <numerusform>Recherche d&apos;un fichier PAC : %n candidats, d&apos;abord l&apos;option DHCP 252, puis DNS.</numerusform>
        </translation>
    </message>
    <message>
        <source>a PAC script</source>
        <translation>un script PAC</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>No PAC file found: there is no DHCP option 252 and no DNS domain to try. Give the PAC URL to “proxydeck pac” if you know it.</source>
        <translation>Aucun fichier PAC trouvé : il n&apos;y a ni option DHCP 252 ni domaine DNS à essayer. Indiquer l&apos;URL du PAC à « proxydeck pac » si elle est connue.</translation>
    </message>
    <message numerus="yes">
        <source>No PAC file found: none of the %n candidate(s) served a PAC script (see why above). Give the PAC URL to “proxydeck pac” if you know it.</source>
        <translation>
            <numerusform>Aucun fichier PAC trouvé : %n candidat essayé, sans script PAC fourni (voir pourquoi ci-dessus). Indiquer l&apos;URL du PAC à « proxydeck pac » si elle est connue.</numerusform>
            <numerusform>Aucun fichier PAC trouvé : aucun des %n candidats n&apos;a fourni de script PAC (voir pourquoi ci-dessus). Indiquer l&apos;URL du PAC à « proxydeck pac » si elle est connue.</numerusform>
        </translation>
    </message>
    <message>
        <source>PAC file: %1, found by %2.</source>
        <translation>Fichier PAC : %1, trouvé par %2.</translation>
    </message>
</context>
<context>
    <name>WpadDiscovery</name>
    <message>
        <source>nmcli did not answer within %1 ms; its DHCP options were not read.</source>
        <translation>nmcli n&apos;a pas répondu en %1 ms ; ses options DHCP n&apos;ont pas été lues.</translation>
    </message>
    <message>
        <source>nmcli failed (exit code %1): %2</source>
        <translation>échec de nmcli (code de sortie %1) : %2</translation>
    </message>
    <message>
        <source>nmcli could not be started: %1</source>
        <translation>nmcli n&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <source>This machine has no DNS domain (no search or domain line in %1, no domain in its host name): DNS discovery has nothing to try.</source>
        <translation>Cette machine n&apos;a aucun domaine DNS (aucune ligne search ou domain dans %1, aucun domaine dans son nom d&apos;hôte) : la découverte DNS n&apos;a rien à essayer.</translation>
    </message>
    <message>
        <source>not a PAC script: %1</source>
        <translation>pas un script PAC : %1</translation>
    </message>
</context>
</TS>
