// libFuzzer target for CertificateImport, the parser behind drag and drop, Import… and pasted
// PEM: the input is a file's content (PEM blocks with text around them, a bundle, or DER), read
// with fromData(), which touches no file and no settings. Checked for every input:
//  - every certificate returned is a real one, and every problem names the source and has a
//    message and a position (when it has one) inside the input;
//  - the certificates written back as a PEM bundle, and each one as DER, import again to the
//    same certificates without a problem;
//  - CertificateInfo inspects each one (the Certificates page shows them all) with a well-formed
//    fingerprint.
// Any difference aborts, which libFuzzer reports as a crash.

#include "certificateimport.h"
#include "certificateinfo.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_certificateimport: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

const QString Source = QStringLiteral("fuzz.pem");

void checkProblems(const CertificateImport &import, qsizetype size)
{
    for (const Error &problem : import.problems) {
        check(!problem.message.isEmpty(), "a problem without a message");
        check(problem.message.contains(Source), "a problem does not name the source:", problem.message);
        check(problem.field == Source, "a problem's field is not the source:", problem.field);
        check(problem.position >= -1 && problem.position < qMax<qsizetype>(size, 1), "a problem position outside the input:",
              QString::number(problem.position));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const CertificateImport import = CertificateImport::fromData(input, Source);
    checkProblems(import, input.size());
    if (import.certificates.isEmpty()) {
        check(!import.problems.isEmpty(), "nothing imported and no problem said why");
        return 0;
    }

    QByteArray bundle;
    for (const QSslCertificate &certificate : import.certificates) {
        check(!certificate.isNull(), "a null certificate imported");
        const QByteArray pem = certificate.toPem();
        check(!pem.isEmpty(), "a certificate without PEM");
        bundle += "Subject: text between blocks is allowed\n" + pem;

        const CertificateImport der = CertificateImport::fromData(certificate.toDer(), Source);
        check(der.problems.isEmpty() && der.certificates.size() == 1 && der.certificates.constFirst() == certificate,
              "a certificate as DER imports differently");

        const CertificateInfo info = CertificateInfo::inspect(certificate);
        check(info.sha256.size() == 32 * 3 - 1, "a SHA-256 fingerprint of the wrong length:", info.sha256);
        check(info.shortId().size() == 16, "a short id of the wrong length:", info.shortId());
        (void)info.warnings();
    }
    const CertificateImport again = CertificateImport::fromData(bundle, Source);
    check(again.problems.isEmpty(), "the certificates as a PEM bundle have a problem:",
          again.problems.isEmpty() ? QString() : again.problems.constFirst().message);
    check(again.certificates == import.certificates, "the certificates as a PEM bundle import differently");
    return 0;
}
