#include "gsscontext.h"

#include <gssapi/gssapi.h>
#include <gssapi/gssapi_ext.h>
#include <gssapi/gssapi_krb5.h>
#include <krb5/krb5.h>

#include <QStringList>

#include <cstring>

namespace {

// RFC 4178 (SPNEGO), RFC 1964 (Kerberos V5), MS-NLMP (NTLMSSP, as gss-ntlmssp registers it).
gss_OID_desc SpnegoOid = {6, const_cast<char *>("\x2b\x06\x01\x05\x05\x02")};
gss_OID_desc KerberosOid = {9, const_cast<char *>("\x2a\x86\x48\x86\xf7\x12\x01\x02\x02")};
gss_OID_desc NtlmOid = {10, const_cast<char *>("\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a")};

gss_OID_set_desc oneMech(gss_OID_desc &oid)
{
    return gss_OID_set_desc{1, &oid};
}

// The texts gss_display_status gives for one status code, of one kind.
QString statusText(OM_uint32 code, int type, gss_OID mech)
{
    QStringList parts;
    OM_uint32 context = 0;
    do {
        OM_uint32 minor = 0;
        gss_buffer_desc text = GSS_C_EMPTY_BUFFER;
        if (GSS_ERROR(gss_display_status(&minor, code, type, mech, &context, &text)))
            break;
        parts.append(QString::fromUtf8(static_cast<const char *>(text.value), int(text.length)));
        gss_release_buffer(&minor, &text);
    } while (context != 0);
    return parts.join(QStringLiteral("; "));
}

// What to do about the common failures, in front of the library's own words. The mechglue
// renumbers mechanism minor codes (MIT's mecherrmap), so Kerberos' error codes are matched when
// they come through as they are and otherwise by krb5's (English, com_err) message.
QString hintFor(OM_uint32 major, OM_uint32 minor, const QString &minorText, GssContext::Mechanism mechanism)
{
    const auto says = [&minorText](const char *words) {
        return minorText.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (mechanism == GssContext::Mechanism::Negotiate) {
        const krb5_error_code code = krb5_error_code(qint32(minor));
        if (code == KRB5_FCC_NOFILE || code == KRB5_CC_NOTFOUND || says("No credentials cache found")
            || says("No Kerberos credentials available") || says("No credentials found")) {
            return GssContext::tr("no Kerberos ticket (run kinit)");
        }
        if (code == KRB5KRB_AP_ERR_TKT_EXPIRED || says("Ticket expired"))
            return GssContext::tr("the Kerberos ticket has expired (run kinit)");
        if (code == KRB5_KDC_UNREACH || code == KRB5_REALM_CANT_RESOLVE || code == KRB5_REALM_UNKNOWN
            || says("Cannot contact any KDC") || says("Cannot find KDC")
            || says("Cannot resolve network address for KDC")) {
            return GssContext::tr("cannot reach a KDC for the realm (check krb5.conf and the network)");
        }
        if (code == KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN || says("not found in Kerberos database")) {
            return GssContext::tr(
                "the KDC does not know the proxy's service principal (HTTP/<proxy host>): use the "
                "proxy's canonical host name");
        }
        if (GSS_ROUTINE_ERROR(major) == GSS_S_NO_CRED)
            return GssContext::tr("no Kerberos ticket (run kinit)");
        if (GSS_ROUTINE_ERROR(major) == GSS_S_CREDENTIALS_EXPIRED)
            return GssContext::tr("the Kerberos ticket has expired (run kinit)");
    } else if (GSS_ROUTINE_ERROR(major) == GSS_S_BAD_MECH) {
        return GssContext::tr("NTLM is not available (install gss-ntlmssp)");
    }
    return {};
}

QString describe(OM_uint32 major, OM_uint32 minor, gss_OID mech, GssContext::Mechanism mechanism)
{
    const QString majorText = statusText(major, GSS_C_GSS_CODE, GSS_C_NO_OID);
    const QString minorText = minor ? statusText(minor, GSS_C_MECH_CODE, mech) : QString();
    QStringList parts;
    if (const QString hint = hintFor(major, minor, minorText, mechanism); !hint.isEmpty())
        parts.append(hint);
    const QString detail = minorText.isEmpty() ? majorText : majorText + QStringLiteral(": ") + minorText;
    if (!detail.isEmpty())
        parts.append(GssContext::tr("GSSAPI: %1").arg(detail));
    return parts.join(QStringLiteral(" — "));
}

} // namespace

struct GssContext::Handles {
    gss_cred_id_t cred = GSS_C_NO_CREDENTIAL;
    gss_name_t target = GSS_C_NO_NAME;
    gss_ctx_id_t context = GSS_C_NO_CONTEXT;
    gss_OID mech = GSS_C_NO_OID;

    Handles() = default;
    Handles(const Handles &) = delete;
    Handles &operator=(const Handles &) = delete;
    ~Handles()
    {
        OM_uint32 minor = 0;
        if (context != GSS_C_NO_CONTEXT)
            gss_delete_sec_context(&minor, &context, GSS_C_NO_BUFFER);
        if (target != GSS_C_NO_NAME)
            gss_release_name(&minor, &target);
        if (cred != GSS_C_NO_CREDENTIAL)
            gss_release_cred(&minor, &cred);
    }
};

namespace {

// A name that releases itself.
struct Name {
    gss_name_t name = GSS_C_NO_NAME;
    Name() = default;
    Name(const Name &) = delete;
    Name &operator=(const Name &) = delete;
    ~Name()
    {
        OM_uint32 minor = 0;
        if (name != GSS_C_NO_NAME)
            gss_release_name(&minor, &name);
    }
};

// A buffer the library filled, released with the library's allocator.
struct OutputBuffer {
    gss_buffer_desc buffer = GSS_C_EMPTY_BUFFER;
    OutputBuffer() = default;
    OutputBuffer(const OutputBuffer &) = delete;
    OutputBuffer &operator=(const OutputBuffer &) = delete;
    ~OutputBuffer()
    {
        OM_uint32 minor = 0;
        gss_release_buffer(&minor, &buffer);
    }
    QByteArray bytes() const
    {
        return QByteArray(static_cast<const char *>(buffer.value), qsizetype(buffer.length));
    }
};

// The user's Kerberos credential (the TGT in the default cache); an error in words when there
// is none or it has expired.
Result<gss_cred_id_t> acquireKerberos(gss_OID_desc &mechOid)
{
    OM_uint32 minor = 0;
    gss_OID_set_desc mechs = oneMech(mechOid);
    gss_cred_id_t cred = GSS_C_NO_CREDENTIAL;
    OM_uint32 lifetime = 0;
    const OM_uint32 major = gss_acquire_cred(
        &minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &mechs, GSS_C_INITIATE, &cred, nullptr, &lifetime);
    if (GSS_ERROR(major))
        return Error{describe(major, minor, &KerberosOid, GssContext::Mechanism::Negotiate)};
    if (lifetime == 0) {
        gss_release_cred(&minor, &cred);
        return Error{GssContext::tr("the Kerberos ticket has expired (run kinit)")};
    }
    return cred;
}

} // namespace

GssContext::GssContext(Mechanism mechanism, std::unique_ptr<Handles> handles)
    : m_mechanism(mechanism)
    , m_handles(std::move(handles))
{
}

GssContext::~GssContext() = default;

bool GssContext::hasKerberosTicket(QString *why)
{
    Result<gss_cred_id_t> cred = acquireKerberos(KerberosOid);
    if (!cred) {
        if (why)
            *why = cred.error().message;
        return false;
    }
    OM_uint32 minor = 0;
    gss_release_cred(&minor, &cred.value());
    return true;
}

Result<std::unique_ptr<GssContext>> GssContext::create(
    Mechanism mechanism, const QString &host, const QString &user, const QString &password)
{
    auto handles = std::make_unique<Handles>();
    OM_uint32 minor = 0;
    OM_uint32 major = 0;

    // The proxy's service: HTTP@host, which Kerberos maps to HTTP/host@REALM (RFC 4559 §4).
    QByteArray service = "HTTP@" + host.toUtf8();
    gss_buffer_desc serviceBuffer{size_t(service.size()), service.data()};
    major = gss_import_name(&minor, &serviceBuffer, GSS_C_NT_HOSTBASED_SERVICE, &handles->target);
    if (GSS_ERROR(major))
        return Error{tr("“%1” is not a service name GSSAPI takes: %2")
                         .arg(QString::fromUtf8(service), describe(major, minor, GSS_C_NO_OID, mechanism))};

    if (mechanism == Mechanism::Negotiate) {
        // First the Kerberos ticket alone, for a clear "no ticket" rather than SPNEGO's vaguer
        // words; then an SPNEGO credential told to offer Kerberos only (RFC 4178 §3.2 lets the
        // initiator choose), so that SPNEGO does not fall back to NTLMSSP without a password.
        Result<gss_cred_id_t> kerberos = acquireKerberos(KerberosOid);
        if (!kerberos)
            return kerberos.error();
        gss_release_cred(&minor, &kerberos.value());
        gss_OID_set_desc spnego = oneMech(SpnegoOid);
        major = gss_acquire_cred(&minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &spnego, GSS_C_INITIATE,
            &handles->cred, nullptr, nullptr);
        if (GSS_ERROR(major))
            return Error{describe(major, minor, &SpnegoOid, mechanism)};
        gss_OID_set_desc kerberosOnly = oneMech(KerberosOid);
        major = gss_set_neg_mechs(&minor, handles->cred, &kerberosOnly);
        if (GSS_ERROR(major))
            return Error{describe(major, minor, &SpnegoOid, mechanism)};
        handles->mech = &SpnegoOid;
    } else {
        if (user.isEmpty())
            return Error{tr("NTLM needs a user name and a password for the upstream proxy")};
        // gss-ntlmssp splits "DOMAIN\user" and "user@DOMAIN" itself.
        QByteArray userBytes = user.toUtf8();
        gss_buffer_desc userBuffer{size_t(userBytes.size()), userBytes.data()};
        Name name;
        major = gss_import_name(&minor, &userBuffer, GSS_C_NT_USER_NAME, &name.name);
        if (GSS_ERROR(major))
            return Error{tr("“%1” is not a user name NTLM takes: %2")
                             .arg(user, describe(major, minor, &NtlmOid, mechanism))};
        QByteArray secret = password.toUtf8();
        gss_buffer_desc secretBuffer{size_t(secret.size()), secret.data()};
        gss_OID_set_desc ntlm = oneMech(NtlmOid);
        major = gss_acquire_cred_with_password(&minor, name.name, &secretBuffer, GSS_C_INDEFINITE, &ntlm,
            GSS_C_INITIATE, &handles->cred, nullptr, nullptr);
        // The copy of the password goes as soon as the library has its own.
        std::memset(secret.data(), 0, size_t(secret.size()));
        if (GSS_ERROR(major))
            return Error{describe(major, minor, &NtlmOid, mechanism)};
        handles->mech = &NtlmOid;
    }
    return std::unique_ptr<GssContext>(new GssContext(mechanism, std::move(handles)));
}

Result<QByteArray> GssContext::step(const QByteArray &input)
{
    if (m_complete)
        return Error{tr("the authentication exchange has already ended")};
    OM_uint32 minor = 0;
    gss_buffer_desc inputBuffer{size_t(input.size()), const_cast<char *>(input.constData())};
    OutputBuffer output;
    // No mutual authentication: the proxy's final answer is its status, and some proxies send no
    // final token (HTTP has nowhere to put one on a 200 to CONNECT that every proxy fills).
    const OM_uint32 major = gss_init_sec_context(&minor, m_handles->cred, &m_handles->context,
        m_handles->target, m_handles->mech, 0, GSS_C_INDEFINITE, GSS_C_NO_CHANNEL_BINDINGS,
        input.isEmpty() ? GSS_C_NO_BUFFER : &inputBuffer, nullptr, &output.buffer, nullptr, nullptr);
    if (GSS_ERROR(major))
        return Error{describe(major, minor, m_handles->mech, m_mechanism)};
    m_complete = !(major & GSS_S_CONTINUE_NEEDED);
    return output.bytes();
}
