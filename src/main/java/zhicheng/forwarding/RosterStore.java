package zhicheng.forwarding;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which body forwarded which application in which batch ({@code zc_roster_entry}, in the application's database,
 * H2 or PostgreSQL, written in the engine's transaction). An application is forwarded once per body: a second
 * batch never takes it again, unless the first was withdrawn (an administrator cancelled it before it was
 * confirmed as sent; its rows stay, marked released). Two batches made at the same moment by the same body for the
 * same plan get the same number, and the second fails on the unique (body, plan, number, 序号) and rolls back whole.
 * The table is made by the migrations (db/migration), which run before this bean is created.
 */
@DependsOnDatabaseInitialization
public class RosterStore {

  private final JdbcTemplate jdbc;

  public RosterStore(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** The applications {@code group} has forwarded in a batch still standing. */
  public Set<String> forwarded(String group) {
    return new HashSet<>(jdbc.queryForList("SELECT application_id FROM zc_roster_entry WHERE forwarding_group = ? "
        + "AND released_at IS NULL", String.class, group));
  }

  /** The next batch number of {@code group} for {@code planId}: withdrawn batches keep theirs. */
  public int nextNumber(String group, String planId) {
    Integer max = jdbc.queryForObject("SELECT MAX(batch_number) FROM zc_roster_entry WHERE forwarding_group = ? "
        + "AND plan_id = ?", Integer.class, group, planId);
    return max == null ? 1 : max + 1;
  }

  public void add(String group, String planId, String batchId, Batch batch, OffsetDateTime at) {
    for (Batch.Member m : batch.members()) {
      jdbc.update("INSERT INTO zc_roster_entry (forwarding_group, application_id, plan_id, batch_id, batch_number, seq, "
          + "business_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", group, m.applicationId(), planId, batchId,
          batch.number(), m.seq(), m.businessKey(), at);
    }
  }

  /** The applications of a batch, by 序号. */
  public List<String> applications(String batchId) {
    return jdbc.queryForList("SELECT application_id FROM zc_roster_entry WHERE batch_id = ? ORDER BY seq",
        String.class, batchId);
  }

  /** A batch withdrawn before it was sent: its applications may go into the body's next batch. */
  public void release(String batchId, OffsetDateTime at) {
    jdbc.update("UPDATE zc_roster_entry SET released_at = ? WHERE batch_id = ? AND released_at IS NULL", at, batchId);
  }
}
