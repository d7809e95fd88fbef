package zhicheng.documents;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;

import zhicheng.vocabulary.ChinaTime;

/**
 * The register of issued electronic certificates, one per application, looked up by verification code. Codes
 * are random (80 bits, no look-alike characters) so nobody can list other people's certificates by guessing.
 * The table {@code zc_certificate} is made by the migrations (db/migration), which run before this bean is created.
 */
@DependsOnDatabaseInitialization
public class CertificateRegister {

  /** What a verification code looks like: 4 groups of 4 from {@link #ALPHABET}. */
  public static final Pattern CODE = Pattern.compile("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final String COLUMNS = "code, process_instance_id, holder_name, id_number_masked, qualification, "
      + "specialty, committee_name, approved_on, document_number, issuer, issued_at";

  private final JdbcTemplate jdbc;
  private final SecureRandom random = new SecureRandom();

  public CertificateRegister(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  public Optional<CertificateRecord> byCode(String code) {
    return jdbc.query("SELECT " + COLUMNS + " FROM zc_certificate WHERE code = ?", CertificateRegister::row, code)
        .stream().findFirst();
  }

  public Optional<CertificateRecord> byProcessInstance(String processInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM zc_certificate WHERE process_instance_id = ?",
        CertificateRegister::row, processInstanceId).stream().findFirst();
  }

  public String newCode() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        s.append('-');
      }
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  /** Records the certificate of an application, or updates it when it was issued before (same code). */
  public void put(CertificateRecord c) {
    int updated = jdbc.update("UPDATE zc_certificate SET holder_name = ?, id_number_masked = ?, qualification = ?, "
            + "specialty = ?, committee_name = ?, approved_on = ?, document_number = ?, issuer = ? WHERE code = ?",
        c.holderName(), c.idNumberMasked(), c.qualification(), c.specialty(), c.committeeName(), c.approvedOn(),
        c.documentNumber(), c.issuer(), c.code());
    if (updated == 0) {
      jdbc.update("INSERT INTO zc_certificate (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          c.code(), c.processInstanceId(), c.holderName(), c.idNumberMasked(), c.qualification(), c.specialty(),
          c.committeeName(), c.approvedOn(), c.documentNumber(), c.issuer(), c.issuedAt());
    }
  }

  private static CertificateRecord row(ResultSet rs, int n) throws SQLException {
    return new CertificateRecord(rs.getString("code"), rs.getString("process_instance_id"),
        rs.getString("holder_name"), rs.getString("id_number_masked"), rs.getString("qualification"),
        rs.getString("specialty"), rs.getString("committee_name"), rs.getObject("approved_on", LocalDate.class),
        rs.getString("document_number"), rs.getString("issuer"),
        rs.getObject("issued_at", OffsetDateTime.class).withOffsetSameInstant(ChinaTime.OFFSET));
  }
}
