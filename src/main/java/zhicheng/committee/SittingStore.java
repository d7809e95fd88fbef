package zhicheng.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sittings' own tables, in the application's database (H2 or PostgreSQL), written in the engine's
 * transaction.
 *
 * <ul>
 *   <li>{@code zc_sitting_application}: which sitting took which application. The application is the primary key,
 *       so two sittings can never take the same application; a second one opened at the same moment fails and
 *       rolls back whole.</li>
 *   <li>{@code zc_vote}: the votes. A row holds the sitting, the applicant's number and the vote; no voter, no
 *       time, a random id. Tallies are counted from it when voting closes.</li>
 *   <li>{@code zc_ballot_cast}: which experts of a sitting have voted, so a second ballot is refused. It does not
 *       say how.</li>
 * </ul>
 * The tables are made by the migrations (db/migration), which run before this bean is created.
 */
@DependsOnDatabaseInitialization
public class SittingStore {

  private static final String ROW = "SELECT application_id, business_key, applicant_name, unit_code, unit_name, "
      + "state, reason FROM zc_sitting_application ";

  /** Where an application stands in its sitting, and how the sitting's record shows it. */
  public enum State {
    LISTED("待评审"), REMOVED("已移出（公示异议属实）"), PASSED("评审通过"), NOT_PASSED("评审未通过"), DELIVERED("结果已送达");

    private final String text;

    State(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** One application on a sitting, with where it stands and why (the tally, the finding). */
  public record Row(String applicationId, String businessKey, String name, String unitCode, String unitName,
      State state, String reason) {

    public Candidate candidate() {
      return new Candidate(applicationId, businessKey, name, unitCode, unitName);
    }
  }

  private final JdbcTemplate jdbc;

  public SittingStore(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Applications of a committee that a sitting has taken, now or before. */
  public Set<String> taken(String committeeCode) {
    return new HashSet<>(jdbc.queryForList(
        "SELECT application_id FROM zc_sitting_application WHERE committee_code = ?", String.class, committeeCode));
  }

  /** Lists the applications on the sitting; fails (and the caller rolls back) if another sitting took one. */
  public void list(String sittingId, String committeeCode, List<Candidate> candidates) {
    jdbc.batchUpdate("INSERT INTO zc_sitting_application (application_id, sitting_id, committee_code, business_key, "
            + "applicant_name, unit_code, unit_name, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        candidates.stream().map(c -> new Object[] {c.applicationId(), sittingId, committeeCode, c.businessKey(),
            c.name(), c.unitCode(), c.unitName(), State.LISTED.name()}).toList());
  }

  /** The sitting's applications in the order they were listed (by number). */
  public List<Row> rows(String sittingId) {
    return jdbc.query(ROW + "WHERE sitting_id = ? ORDER BY business_key", SittingStore::row, sittingId);
  }

  public Optional<Row> row(String sittingId, String businessKey) {
    return jdbc.query(ROW + "WHERE sitting_id = ? AND business_key = ?", SittingStore::row, sittingId, businessKey)
        .stream().findFirst();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        State.valueOf(rs.getString(6)), rs.getString(7));
  }

  public void mark(String applicationId, State state, String reason) {
    jdbc.update("UPDATE zc_sitting_application SET state = ?, reason = ? WHERE application_id = ?",
        state.name(), reason, applicationId);
  }

  /** The sitting an application is in, if any. */
  public Optional<String> sittingOf(String applicationId) {
    return jdbc.queryForList("SELECT sitting_id FROM zc_sitting_application WHERE application_id = ?", String.class,
        applicationId).stream().findFirst();
  }

  /**
   * A sitting that ended without delivering its results (cancelled by an administrator): its applications that
   * are still waiting are given back, so the next sitting can take them.
   */
  public int release(String sittingId) {
    return jdbc.update("DELETE FROM zc_sitting_application WHERE sitting_id = ? AND state IN (?, ?, ?)",
        sittingId, State.LISTED.name(), State.PASSED.name(), State.NOT_PASSED.name());
  }

  public boolean hasVoted(String sittingId, String expertId) {
    return jdbc.queryForObject("SELECT count(*) FROM zc_ballot_cast WHERE sitting_id = ? AND expert_id = ?",
        Integer.class, sittingId, expertId) > 0;
  }

  /**
   * Stores a valid ballot: that the expert voted, and each vote as its own row without the voter, in random order
   * under random ids. The caller has checked {@link #hasVoted} in the same transaction; the primary key of
   * {@code zc_ballot_cast} refuses a second ballot that raced past it.
   */
  public void cast(String sittingId, String expertId, Map<String, Vote> votes) {
    jdbc.update("INSERT INTO zc_ballot_cast (sitting_id, expert_id) VALUES (?, ?)", sittingId, expertId);
    List<Object[]> rows = new ArrayList<>();
    votes.forEach((key, vote) -> rows.add(new Object[] {UUID.randomUUID().toString(), sittingId, key, vote.code()}));
    Collections.shuffle(rows);
    jdbc.batchUpdate("INSERT INTO zc_vote (id, sitting_id, business_key, vote) VALUES (?, ?, ?, ?)", rows);
  }

  /** The votes of a sitting by applicant number, for counting when voting closes. */
  public Map<String, List<Vote>> votes(String sittingId) {
    Map<String, List<Vote>> byKey = new LinkedHashMap<>();
    jdbc.query("SELECT business_key, vote FROM zc_vote WHERE sitting_id = ? ORDER BY id", rs -> {
      byKey.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Vote.ofCode(rs.getString(2)).orElseThrow());
    }, sittingId);
    return byKey;
  }
}
