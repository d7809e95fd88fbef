package zhicheng.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import zhicheng.process.DeclarationRefusedException;

/**
 * The application table ({@code zc_application}, db/migration V2): one row per application with what lists and
 * counts need — applicant, ID number, plan, unit, county, current level, readable status, due date — written by
 * {@link ApplicationRecord} in the engine's transaction with every status change, so a list of 20,000 applications
 * is one indexed query instead of a history scan per application. The engine's variables stay the record;
 * this is their index (the review trail and certificate stay variables, read for the rows of one page).
 *
 * <p>It also keeps one application per person per plan: a row holds its person's place in its plan while it is
 * open or has passed ({@code held_plan_id}), unique with the ID number, so a second declaration is refused here
 * and two at the same moment cannot both be written (the database refuses the second).
 *
 * <p>Who lists what ({@link Viewer}): administrators everything; anyone their own applications as applicant;
 * a reviewing body's member the applications one of its groups is or was a candidate group for
 * ({@code zc_application_reader}). For the JSON API and the applicants' pages alike.
 */
@Component
@DependsOnDatabaseInitialization
public class ApplicationIndex {

  /** Statuses that give the person's place in the plan back: they may declare to it again. */
  public static final Set<ApplicationStatus> RELEASING = Set.of(ApplicationStatus.REJECTED,
      ApplicationStatus.OVERDUE, ApplicationStatus.WITHDRAWN, ApplicationStatus.NOT_PASSED);

  /** A page is at most this long. */
  public static final int MAX_PAGE_SIZE = 50;

  /** One application as the table has it. */
  public record Entry(String id, String businessKey, String applicant, String applicantName, String idNumber,
      String planId, String planTitle, String unitCode, String unitName, String countyCode, String countyName,
      String committeeCode, String levelKey, String levelName, String status, String statusText, String statusReason,
      OffsetDateTime dueAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

  /** What a declaration fixes when it is accepted: the row's first version. */
  public record Declared(String id, String businessKey, String applicant, String applicantName, String idNumber,
      String planId, String planTitle, String unitCode, String unitName, String countyCode, String countyName,
      String committeeCode) {}

  /**
   * Who asks: {@code everything} for administrators; otherwise the applications {@code userId} declared and those
   * one of {@code groups} may review.
   */
  public record Viewer(String userId, List<String> groups, boolean everything) {
    public static Viewer applicant(String userId) {
      return new Viewer(userId, List.of(), false);
    }
  }

  /** Optional conditions, all of them must hold; {@code null} is no condition. */
  public record Filter(String status, String planId, String levelKey, String unitCode) {
    public static final Filter NONE = new Filter(null, null, null, null);
  }

  public record Page(List<Entry> items, long total, int page, int size) {}

  private static final String COLUMNS = "id, business_key, applicant, applicant_name, id_number, plan_id, plan_title, "
      + "unit_code, unit_name, county_code, county_name, committee_code, level_key, level_name, status, status_text, "
      + "status_reason, due_at, created_at, updated_at";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ApplicationIndex(DataSource dataSource, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
  }

  // ---- written by the process (ApplicationRecord, AcceptDeclarationDelegate) ----

  /**
   * The declaration was accepted: its row, holding the person's place in the plan. Refused (nothing written, the
   * start rolls back) while another application of the same ID number holds that place.
   */
  public void declared(Declared d, ApplicationStatus status, String statusText) {
    holder(d.idNumber(), d.planId()).ifPresent(existing -> {
      throw duplicate("申报未受理", existing);
    });
    OffsetDateTime now = now();
    try {
      jdbc.update("INSERT INTO zc_application (" + COLUMNS + ", held_plan_id) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, NULL, NULL, ?, ?, ?)",
          d.id(), d.businessKey(), d.applicant(), d.applicantName(), d.idNumber(), d.planId(), d.planTitle(),
          d.unitCode(), d.unitName(), d.countyCode(), d.countyName(), d.committeeCode(), status.name(), statusText,
          now, now, d.planId());
    } catch (DuplicateKeyException race) {
      // another declaration of the same person to the same plan was written between the look-up and here; its
      // transaction has committed (the insert waited for it), but this one can no longer read (PostgreSQL aborts it)
      throw new DeclarationRefusedException("申报未受理", List.of("身份证号 " + d.idNumber()
          + " 对本计划的另一份申报刚刚提交。" + ONE_PER_PLAN));
    }
  }

  /**
   * The application's status changed: its row follows, in the same transaction, with the applicant's name and ID
   * number as they stand ({@code null}: unchanged; a correction may change both). A corrected ID number another
   * application holds the plan for is refused, nothing saved.
   */
  public void statusChanged(String id, ApplicationStatus status, String statusText, String reason, String levelKey,
      String levelName, Date due, String applicantName, String idNumber) {
    idNumber = idNumber == null ? null : idNumber.trim().toUpperCase(java.util.Locale.ROOT);
    if (idNumber != null) {
      jdbc.query("SELECT " + COLUMNS + " FROM zc_application WHERE id_number = ? AND id <> ? AND held_plan_id = "
          + "(SELECT a.plan_id FROM zc_application a WHERE a.id = ? AND a.held_plan_id IS NOT NULL)", ROW, idNumber, id,
          id).stream().findFirst().ifPresent(other -> {
            throw duplicate("无法重新提交", other);
          });
    }
    try {
      jdbc.update("UPDATE zc_application SET status = ?, status_text = ?, status_reason = ?, "
          + "level_key = COALESCE(?, level_key), level_name = COALESCE(?, level_name), due_at = ?, updated_at = ?, "
          + "applicant_name = COALESCE(?, applicant_name), id_number = COALESCE(?, id_number), "
          + "held_plan_id = CASE WHEN ? THEN NULL ELSE held_plan_id END WHERE id = ?",
          status.name(), statusText, reason, levelKey, levelName, due == null ? null : at(due), now(), applicantName,
          idNumber, RELEASING.contains(status), id);
    } catch (DuplicateKeyException race) {
      throw new DeclarationRefusedException("无法重新提交", List.of("身份证号 " + idNumber.trim()
          + " 对本计划的另一份申报刚刚提交。" + ONE_PER_PLAN));
    }
  }

  /** The same without a change of the applicant's name or ID number. */
  public void statusChanged(String id, ApplicationStatus status, String statusText, String reason, String levelKey,
      String levelName, Date due) {
    statusChanged(id, status, statusText, reason, levelKey, levelName, due, null, null);
  }

  /** {@code group} is a candidate group of one of the application's tasks: its members may list it from now on. */
  public void addReader(String id, String group) {
    if (group == null || group.isBlank()) {
      return;
    }
    jdbc.update("INSERT INTO zc_application_reader (application_id, group_id, created_at) "
        + "SELECT id, ?, created_at FROM zc_application a WHERE id = ? AND NOT EXISTS "
        + "(SELECT 1 FROM zc_application_reader r WHERE r.group_id = ? AND r.application_id = a.id)", group, id, group);
  }

  /**
   * Gives the place back without a status of its own: the application's instance is gone (an administrator deleted
   * it), so it neither runs nor passed.
   */
  public void release(String id) {
    jdbc.update("UPDATE zc_application SET held_plan_id = NULL, updated_at = ? WHERE id = ?", now(), id);
  }

  // ---- written once, on the first start of this version (ApplicationIndexBackfill) ----

  public long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM zc_application", Long.class);
  }

  public Set<String> ids() {
    return new java.util.HashSet<>(jdbc.queryForList("SELECT id FROM zc_application", String.class));
  }

  /**
   * An application declared before this table existed. {@code holds}: it is open or passed. Two such of one person
   * in one plan (possible before the rule) are both kept; only the first written holds the place.
   */
  public void backfilled(Entry e, boolean holds, List<String> readers) {
    String insert = "INSERT INTO zc_application (" + COLUMNS + ", held_plan_id) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    Object[] args = {e.id(), e.businessKey(), e.applicant(), e.applicantName(), e.idNumber(), e.planId(),
        e.planTitle(), e.unitCode(), e.unitName(), e.countyCode(), e.countyName(), e.committeeCode(), e.levelKey(),
        e.levelName(), e.status(), e.statusText(), e.statusReason(), e.dueAt(), e.createdAt(), e.updatedAt(),
        holds && e.idNumber() != null ? e.planId() : null};
    try {
      jdbc.update(insert, args);
    } catch (DuplicateKeyException twice) {
      if (find(e.id()).isPresent()) {
        return; // another node starting at the same time wrote it
      }
      args[args.length - 1] = null;
      jdbc.update(insert, args);
    }
    readers.forEach(group -> addReader(e.id(), group));
  }

  // ---- read by the API and the applicants' pages ----

  public Optional<Entry> find(String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM zc_application WHERE id = ?", ROW, id).stream().findFirst();
  }

  /** The application if {@code viewer} may list it. */
  public Optional<Entry> find(String id, Viewer viewer) {
    Where where = scope(viewer);
    where.and("id = ?", id);
    return jdbc.query("SELECT " + COLUMNS + " FROM zc_application WHERE " + where.sql(), ROW, where.args())
        .stream().findFirst();
  }

  /** An application at a level, for the operators' gauges: its plan, the level and the level's deadline. */
  public record AtLevel(String planId, String levelKey, OffsetDateTime dueAt) {}

  /**
   * Every application in review at a level or returned by it to the applicant ({@code IN_REVIEW},
   * {@code CORRECTION_REQUIRED} with a level: the eligibility's own 补正 comes before any level and has none).
   */
  public List<AtLevel> waitingAtLevels() {
    return jdbc.query("SELECT plan_id, level_key, due_at FROM zc_application WHERE status IN (?, ?) "
        + "AND level_key IS NOT NULL", (rs, n) -> new AtLevel(rs.getString("plan_id"), rs.getString("level_key"),
            rs.getObject("due_at", OffsetDateTime.class)),
        ApplicationStatus.IN_REVIEW.name(), ApplicationStatus.CORRECTION_REQUIRED.name());
  }

  /** The application that holds {@code idNumber}'s place in {@code planId}, if one does. */
  public Optional<Entry> holder(String idNumber, String planId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM zc_application WHERE id_number = ? AND held_plan_id = ?", ROW,
        idNumber, planId).stream().findFirst();
  }

  /** One page of what {@code viewer} may list, newest first; {@code page} from 0, {@code size} 1 to 50. */
  public Page search(Viewer viewer, Filter filter, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page " + page + ", size " + size);
    }
    Where where = scope(viewer);
    where.and("status = ?", filter.status());
    where.and("plan_id = ?", filter.planId());
    where.and("level_key = ?", filter.levelKey());
    where.and("unit_code = ?", filter.unitCode());
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM zc_application WHERE " + where.sql(), Long.class,
        where.args());
    List<Entry> items = total == 0 ? List.of() : jdbc.query("SELECT " + COLUMNS + " FROM zc_application WHERE "
        + where.sql() + " ORDER BY created_at DESC, id DESC LIMIT " + size + " OFFSET " + ((long) page * size), ROW,
        where.args());
    return new Page(items, total, page, size);
  }

  private Where scope(Viewer viewer) {
    Where where = new Where();
    if (viewer.everything()) {
      return where;
    }
    StringBuilder sql = new StringBuilder("(applicant = ?");
    List<Object> args = new ArrayList<>(List.of(viewer.userId()));
    List<String> readers = readingGroups(viewer.groups());
    if (!readers.isEmpty()) {
      sql.append(" OR id IN (SELECT application_id FROM zc_application_reader WHERE group_id IN (")
          .append(String.join(", ", readers.stream().map(g -> "?").toList())).append("))");
      args.addAll(readers);
    }
    where.add(sql.append(")").toString(), args);
    return where;
  }

  /**
   * Those of {@code groups} that read some application. An applicant's groups read none, and without the {@code OR}
   * its page is one range of the (applicant, created_at) index instead of a pass over every application (PostgreSQL
   * cannot use an index for {@code applicant = ? OR id IN (…)}): 6 ms → 0.2 ms at 20,000 applications.
   */
  private List<String> readingGroups(List<String> groups) {
    return groups.stream().filter(g -> !jdbc.queryForList(
        "SELECT application_id FROM zc_application_reader WHERE group_id = ? LIMIT 1", String.class, g).isEmpty())
        .toList();
  }

  // ---- the refusal ----

  static final String ONE_PER_PLAN = "同一人（以身份证号为准）对同一申报计划只能有一份申报：在审或已通过的申报不得重复申报；"
      + "被退回不予通过、逾期不予受理、视作自动放弃或评审未通过的，可重新申报。";

  private static DeclarationRefusedException duplicate(String what, Entry existing) {
    return new DeclarationRefusedException(what, List.of("身份证号 " + existing.idNumber() + " 已向本计划申报，"
        + "申报编号 " + (existing.businessKey() == null ? existing.id() : existing.businessKey()) + "，当前状态："
        + existing.statusText() + "。" + ONE_PER_PLAN));
  }

  // ---- plumbing ----

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(8));
  }

  private static OffsetDateTime at(Date date) {
    return date.toInstant().atOffset(ZoneOffset.ofHours(8));
  }

  private static final RowMapper<Entry> ROW = ApplicationIndex::entry;

  private static Entry entry(ResultSet rs, int n) throws SQLException {
    return new Entry(rs.getString("id"), rs.getString("business_key"), rs.getString("applicant"),
        rs.getString("applicant_name"), rs.getString("id_number"), rs.getString("plan_id"), rs.getString("plan_title"),
        rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("county_code"), rs.getString("county_name"),
        rs.getString("committee_code"), rs.getString("level_key"), rs.getString("level_name"), rs.getString("status"),
        rs.getString("status_text"), rs.getString("status_reason"), rs.getObject("due_at", OffsetDateTime.class),
        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
  }

  /** A WHERE clause built from the conditions that apply, with their arguments in order. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    void and(String condition, Object value) {
      if (value != null) {
        add(condition, List.of(value));
      }
    }

    void add(String condition, List<?> values) {
      conditions.add(condition);
      args.addAll(values);
    }

    String sql() {
      return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }

    Object[] args() {
      return args.toArray();
    }
  }
}
