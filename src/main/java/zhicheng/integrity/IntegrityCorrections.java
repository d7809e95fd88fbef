package zhicheng.integrity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import zhicheng.calendar.ChineseTime;
import zhicheng.eligibility.IntegrityRecord;

/**
 * An administrator corrects or removes an entry of the integrity record, always with a reason. Nothing is lost:
 * every change keeps the entry's values as they were before it in {@code zc_integrity_record_change} (who, when,
 * why), and a removal only marks the entry (see {@link IntegrityRecords}). An entry wrongly recorded bars a
 * person for three years (丽人社函〔2021〕150号 三、（九）), so it must be correctable, and the correction
 * must be answerable for. The table is made by the migrations (db/migration), which run before this bean is created.
 */
@Component
@DependsOnDatabaseInitialization
public class IntegrityCorrections {

  public enum Action {
    CORRECTION("更正"), REMOVAL("撤销");

    private final String text;

    Action(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** What an administrator corrects: a null field stays as it is. */
  public record Corrected(String idNumber, String personName, String finding, Integer roundYear, String notice,
      String basis) {}

  public record Removal(String removedBy, String removedAt, String reason) {}

  /** The values a change may touch, as they were before it. */
  public record Values(String idNumber, String personName, String finding, int roundYear, String notice,
      String basis) {}

  /** One change, with the entry's values before it. */
  public record Change(Action action, String actionText, String changedBy, String changedAt, String reason,
      Values before) {}

  /** An entry as it is now, whether and why it was removed, and every change, oldest first. */
  public record History(IntegrityRecord entry, Removal removal, List<Change> changes) {}

  /** The entry was removed: it cannot be corrected or removed again. */
  public static class AlreadyRemovedException extends IllegalStateException {
    AlreadyRemovedException(String by, Timestamp at, String reason) {
      super("该诚信档案记录已于" + ChineseTime.instant(at.toInstant()) + "由" + by + "撤销（理由：" + reason
          + "），不能再更正或撤销");
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public IntegrityCorrections(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * @throws NoSuchElementException  no entry {@code id}
   * @throws AlreadyRemovedException the entry was removed
   */
  @Transactional
  public IntegrityRecord correct(String id, Corrected c, String reason, String by) {
    IntegrityRecord old = lockCurrent(id);
    keep(old, Action.CORRECTION, reason, by);
    jdbc.update("UPDATE zc_integrity_record SET id_number = ?, person_name = ?, finding = ?, round_year = ?, notice = ?, "
        + "basis = ? WHERE id = ?", or(c.idNumber(), old.idNumber()), or(c.personName(), old.personName()),
        or(c.finding(), old.finding()), c.roundYear() == null ? old.roundYear() : c.roundYear(),
        or(c.notice(), old.notice()), or(c.basis(), old.basis()), id);
    return jdbc.queryForObject("SELECT * FROM zc_integrity_record WHERE id = ?", IntegrityRecords.ROW, id);
  }

  /**
   * @throws NoSuchElementException  no entry {@code id}
   * @throws AlreadyRemovedException the entry was removed already
   */
  @Transactional
  public History remove(String id, String reason, String by) {
    IntegrityRecord old = lockCurrent(id);
    OffsetDateTime at = keep(old, Action.REMOVAL, reason, by);
    jdbc.update("UPDATE zc_integrity_record SET removed_by = ?, removed_at = ?, removal_reason = ? WHERE id = ?",
        by, Timestamp.from(at.toInstant()), reason, id);
    return history(id);
  }

  /** @throws NoSuchElementException no entry {@code id} */
  public History history(String id) {
    History now = jdbc.query("SELECT * FROM zc_integrity_record WHERE id = ?", (rs, n) -> new History(
        IntegrityRecords.ROW.mapRow(rs, n), removal(rs.getString("removed_by"), rs.getTimestamp("removed_at"),
            rs.getString("removal_reason")), List.of()), id).stream().findFirst()
        .orElseThrow(() -> new NoSuchElementException(id));
    List<Change> changes = jdbc.query("SELECT * FROM zc_integrity_record_change WHERE record_id = ? ORDER BY seq",
        (rs, n) -> {
          Action action = Action.valueOf(rs.getString("action"));
          return new Change(action, action.text(), rs.getString("changed_by"),
              IntegrityRecords.china(rs.getTimestamp("changed_at")), rs.getString("reason"),
              new Values(rs.getString("id_number"), rs.getString("person_name"), rs.getString("finding"),
                  rs.getInt("round_year"), rs.getString("notice"), rs.getString("basis")));
        }, id);
    return new History(now.entry(), now.removal(), changes);
  }

  /** The entry, locked until the transaction ends so two administrators' changes cannot interleave. */
  private IntegrityRecord lockCurrent(String id) {
    return jdbc.query("SELECT * FROM zc_integrity_record WHERE id = ? FOR UPDATE", (rs, n) -> {
      if (rs.getTimestamp("removed_at") != null) {
        throw new AlreadyRemovedException(rs.getString("removed_by"), rs.getTimestamp("removed_at"),
            rs.getString("removal_reason"));
      }
      return IntegrityRecords.ROW.mapRow(rs, n);
    }, id).stream().findFirst().orElseThrow(() -> new NoSuchElementException(id));
  }

  private OffsetDateTime keep(IntegrityRecord old, Action action, String reason, String by) {
    OffsetDateTime now = IntegrityRecords.now(clock);
    jdbc.update("INSERT INTO zc_integrity_record_change (record_id, action, changed_by, changed_at, reason, id_number, "
        + "person_name, finding, round_year, notice, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", old.id(),
        action.name(), by, Timestamp.from(now.toInstant()), reason, old.idNumber(), old.personName(), old.finding(),
        old.roundYear(), old.notice(), old.basis());
    return now;
  }

  private static Removal removal(String by, Timestamp at, String reason) {
    return at == null ? null : new Removal(by, IntegrityRecords.china(at), reason);
  }

  private static String or(String value, String old) {
    return value == null ? old : value;
  }
}
