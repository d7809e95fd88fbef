package zhicheng.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the public certificate check answers: whose certificate it is and what it certifies. The ID number is
 * kept masked only; the register never needs it in full.
 */
public record CertificateRecord(
    String code, String processInstanceId, String holderName, String idNumberMasked, String qualification,
    String specialty, String committeeName, LocalDate approvedOn, String documentNumber, String issuer,
    OffsetDateTime issuedAt) {}
