package zhicheng.documents;

/** An issued certificate: its verification code, the URL its QR code leads to, and the stored PDF. */
public record IssuedCertificate(String code, String verifyUrl, StoredDocument document) {}
