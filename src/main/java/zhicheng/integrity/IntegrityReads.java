package zhicheng.integrity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationVariables;
import zhicheng.eligibility.IntegrityRecord;
import zhicheng.security.CurrentUser;
import zhicheng.vocabulary.ProcessKeys;

/**
 * Who may read a person's integrity record, and the log of every read by a person. A reviewer reads it only
 * while reviewing that person: a member of a group that is a level of an open title-application whose ID number
 * is the person's. The record bars someone from the profession's titles for three years; any company's HR
 * browsing it would expose people who never applied to them. Administrators read everything. Every read is
 * written to {@code zc_integrity_record_read} (who, when, which ID number, how many entries, through which
 * application), so a misuse can be traced. The engine's own reads for the eligibility check are not logged: no
 * person sees the entries there, only the finding on their own application.
 */
@Component
@DependsOnDatabaseInitialization
public class IntegrityReads {

  /** Where the entries were shown. */
  public enum Channel {
    RECORDS("诚信档案查询"), ELIGIBILITY("资格核验"), HISTORY("变更记录");

    private final String text;

    Channel(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** The open application whose review lets a reviewer read the person's record. */
  public record Through(String applicationId, String businessKey) {}

  /** One logged read; {@code idNumber} null: an administrator listed the whole record. */
  public record Read(String readBy, String readAt, String idNumber, int entries, String applicationId,
      String businessKey, Channel channel, String channelText) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final RuntimeService runtime;
  private final IntegrityRecords records;

  public IntegrityReads(JdbcTemplate jdbc, Clock clock, RuntimeService runtime, IntegrityRecords records) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.runtime = runtime;
    this.records = records;
  }

  /**
   * The person's entries (removed ones left out) for {@code user}, logged as read; empty when the user may not
   * read them, and then nothing is read or logged.
   *
   * @param idNumber a valid ID number, upper case
   */
  public Optional<List<IntegrityRecord>> read(CurrentUser user, String idNumber, Channel channel) {
    Through through = null;
    if (!user.isAdmin()) {
      Optional<Through> reviewing = reviewing(user.groups(), idNumber);
      if (reviewing.isEmpty()) {
        return Optional.empty();
      }
      through = reviewing.get();
    }
    List<IntegrityRecord> entries = records.of(idNumber);
    log(user.id(), idNumber, entries.size(), through, channel);
    return Optional.of(entries);
  }

  /** The first open application of the person with one of {@code groups} among its levels. */
  public Optional<Through> reviewing(List<String> groups, String idNumber) {
    for (ProcessInstance p : runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TITLE_APPLICATION)
        .variableValueEquals(ApplicationVariables.ID_NUMBER.name(), idNumber).list()) {
      boolean reviews = ApplicationVariables.CHAIN.get(runtime, p.getId(), List.of()).stream()
          .anyMatch(level -> groups.contains(level.group()));
      if (reviews) {
        return Optional.of(new Through(p.getId(), p.getBusinessKey()));
      }
    }
    return Optional.empty();
  }

  /** Records a read; {@code through} null for an administrator. */
  public void log(String readBy, String idNumber, int entries, Through through, Channel channel) {
    OffsetDateTime now = IntegrityRecords.now(clock);
    jdbc.update("INSERT INTO zc_integrity_record_read (read_by, read_at, id_number, entries, application_id, "
        + "business_key, channel) VALUES (?, ?, ?, ?, ?, ?, ?)", readBy, Timestamp.from(now.toInstant()), idNumber,
        entries, through == null ? null : through.applicationId(), through == null ? null : through.businessKey(),
        channel.name());
  }

  /** The reads of one person's record (or all, {@code idNumber} null), newest first. */
  public List<Read> reads(String idNumber) {
    String where = idNumber == null ? "" : " WHERE id_number = ?";
    Object[] args = idNumber == null ? new Object[0] : new Object[] {idNumber};
    return jdbc.query("SELECT * FROM zc_integrity_record_read" + where + " ORDER BY seq DESC", (rs, n) -> {
      Channel channel = Channel.valueOf(rs.getString("channel"));
      return new Read(rs.getString("read_by"), IntegrityRecords.china(rs.getTimestamp("read_at")),
          rs.getString("id_number"), rs.getInt("entries"), rs.getString("application_id"), rs.getString("business_key"),
          channel, channel.text());
    }, args);
  }
}
