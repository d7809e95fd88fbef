package zhicheng.documents;

import java.time.LocalDate;

/** What the publication step knows about a certificate to issue; the register adds the code and the URL. */
public record CertificateRequest(
    String name, String idNumber, String unitName, String qualification, String specialty, String committeeName,
    LocalDate approvedOn, String documentNumber, String issuer) {}
