package zhicheng.integrity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.IntegrityRecord;
import zhicheng.eligibility.IntegrityRecordSource;
import zhicheng.vocabulary.ChinaTime;

/**
 * The integrity record (诚信档案) in the application's own table {@code zc_integrity_record}, made by the
 * migrations (db/migration) before this bean is created, in the same database (and schema) as the engine: H2 and
 * PostgreSQL alike. The record is evidence: nothing is ever deleted. An administrator's removal marks the row
 * (who, when, why) and a correction keeps the old values in {@link IntegrityCorrections}; marked rows no longer
 * count for the eligibility check or reads.
 */
@Component
@DependsOnDatabaseInitialization
public class IntegrityRecords implements IntegrityRecordSource {

  static final RowMapper<IntegrityRecord> ROW = (rs, n) -> new IntegrityRecord(
      rs.getString("id"), rs.getString("id_number"), rs.getString("person_name"), rs.getString("finding"),
      rs.getInt("round_year"), rs.getString("notice"), rs.getString("basis"), rs.getString("recorded_by"),
      china(rs.getTimestamp("recorded_at")));

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public IntegrityRecords(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public IntegrityRecord add(String idNumber, String personName, String finding, int roundYear, String notice,
      String basis, String recordedBy) {
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = now(clock);
    jdbc.update("INSERT INTO zc_integrity_record (id, id_number, person_name, finding, round_year, notice, basis, "
        + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, idNumber, personName, finding, roundYear,
        notice, basis, recordedBy, Timestamp.from(now.toInstant()));
    return new IntegrityRecord(id, idNumber, personName, finding, roundYear, notice, basis, recordedBy,
        now.toString());
  }

  /** The person's entries that count: removed ones are left out (for the engine's checks and every reader). */
  @Override
  public List<IntegrityRecord> of(String idNumber) {
    return jdbc.query("SELECT * FROM zc_integrity_record WHERE id_number = ? AND removed_at IS NULL "
        + "ORDER BY recorded_at", ROW, idNumber == null ? "" : idNumber.trim().toUpperCase());
  }

  /** Every entry that counts, newest first (administrators only). */
  public List<IntegrityRecord> all() {
    return jdbc.query("SELECT * FROM zc_integrity_record WHERE removed_at IS NULL ORDER BY recorded_at DESC", ROW);
  }

  static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.now(clock.withZone(ChinaTime.ZONE)).truncatedTo(ChronoUnit.SECONDS);
  }

  static String china(Timestamp t) {
    return t == null ? null : t.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime().toString();
  }
}
