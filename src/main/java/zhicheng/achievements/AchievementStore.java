package zhicheng.achievements;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import zhicheng.vocabulary.ChinaTime;

/**
 * The achievement archive in the app's own tables (zc_achievement, its evidence, its uses by applications), made by
 * the migrations (V6) before this bean is created, H2 and PostgreSQL alike. Every read that a person's request makes
 * names the owner: a row of someone else's archive is not found. Inside an engine command the writes join the
 * engine's transaction.
 */
@Component
@DependsOnDatabaseInitialization
public class AchievementStore {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public AchievementStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The owner's archive, newest achievement first. */
  public List<Achievement> list(String owner) {
    return complete(jdbc.query("SELECT * FROM zc_achievement WHERE owner = ? ORDER BY obtained_on DESC, id DESC",
        AchievementStore::row, owner));
  }

  /** One row of the owner's archive; empty for a row of someone else's. */
  public Optional<Achievement> find(String owner, long id) {
    return complete(jdbc.query("SELECT * FROM zc_achievement WHERE owner = ? AND id = ?", AchievementStore::row,
        owner, id)).stream().findFirst();
  }

  /** The rows an application was submitted with, whoever reads them (the caller has checked who may). */
  public List<Achievement> usedBy(String applicationId) {
    return complete(jdbc.query("SELECT a.* FROM zc_achievement a JOIN zc_achievement_use u ON u.achievement_id = a.id "
        + "WHERE u.application_id = ? ORDER BY a.obtained_on DESC, a.id DESC", AchievementStore::row, applicationId));
  }

  public long create(String owner, AchievementInput in, List<AchievementRules.NewFile> files) {
    OffsetDateTime now = now();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(con -> {
      PreparedStatement s = con.prepareStatement("INSERT INTO zc_achievement (owner, kind, item, title, work, "
          + "obtained_on, grade, status, role, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      s.setString(1, owner);
      fill(s, 2, in);
      s.setObject(11, now);
      s.setObject(12, now);
      return s;
    }, key);
    long id = Objects.requireNonNull(key.getKey()).longValue();
    files.forEach(f -> addFile(id, f));
    return id;
  }

  /** Replaces the row's fields and its files: those in {@code kept} stay, the others go, {@code files} are added. */
  public void update(String owner, long id, AchievementInput in, List<Long> kept, List<AchievementRules.NewFile> files) {
    jdbc.update(con -> {
      PreparedStatement s = con.prepareStatement("UPDATE zc_achievement SET kind = ?, item = ?, title = ?, work = ?, "
          + "obtained_on = ?, grade = ?, status = ?, role = ?, note = ?, updated_at = ? WHERE owner = ? AND id = ?");
      fill(s, 1, in);
      s.setObject(10, now());
      s.setString(11, owner);
      s.setLong(12, id);
      return s;
    });
    for (Evidence e : evidence(id)) {
      if (!kept.contains(e.id())) {
        jdbc.update("DELETE FROM zc_achievement_evidence WHERE id = ?", e.id());
      }
    }
    files.forEach(f -> addFile(id, f));
  }

  public void delete(String owner, long id) {
    jdbc.update("DELETE FROM zc_achievement_evidence WHERE achievement_id = ? AND achievement_id IN "
        + "(SELECT id FROM zc_achievement WHERE owner = ?)", id, owner);
    jdbc.update("DELETE FROM zc_achievement WHERE owner = ? AND id = ?", owner, id);
  }

  /** An evidence file's name and content, if it belongs to a row of the owner's archive. */
  public Optional<File> file(String owner, long achievementId, long evidenceId) {
    return jdbc.query("SELECT e.file_name, e.content FROM zc_achievement_evidence e JOIN zc_achievement a "
        + "ON a.id = e.achievement_id WHERE a.owner = ? AND a.id = ? AND e.id = ?",
        (rs, n) -> new File(rs.getString(1), rs.getBytes(2)), owner, achievementId, evidenceId).stream().findFirst();
  }

  /** An evidence file of a row an application was submitted with (for its reviewers). */
  public Optional<File> fileOfApplication(String applicationId, long achievementId, long evidenceId) {
    return jdbc.query("SELECT e.file_name, e.content FROM zc_achievement_evidence e JOIN zc_achievement_use u "
        + "ON u.achievement_id = e.achievement_id WHERE u.application_id = ? AND e.achievement_id = ? AND e.id = ?",
        (rs, n) -> new File(rs.getString(1), rs.getBytes(2)), applicationId, achievementId, evidenceId)
        .stream().findFirst();
  }

  public record File(String fileName, byte[] content) {}

  /** The application was submitted with these rows of the owner's archive: from now on they are locked. */
  public void use(String owner, List<Long> ids, String applicationId, String businessKey) {
    OffsetDateTime now = now();
    for (long id : ids) {
      jdbc.update("INSERT INTO zc_achievement_use (achievement_id, application_id, business_key, used_at) "
          + "SELECT id, ?, ?, ? FROM zc_achievement WHERE owner = ? AND id = ?", applicationId, businessKey, now, owner, id);
    }
  }

  /**
   * The application was submitted by the owner: every row of the owner's archive goes with it and is locked from now
   * on (浙经信消费〔2022〕35号 附件1: 证书和证明材料“业绩维护后自动提取”). How many rows went.
   */
  public int useAll(String owner, String applicationId, String businessKey) {
    return jdbc.update("INSERT INTO zc_achievement_use (achievement_id, application_id, business_key, used_at) "
        + "SELECT id, ?, ?, ? FROM zc_achievement WHERE owner = ?", applicationId, businessKey, now(), owner);
  }

  /** The date the owner obtained the current title, as the owner last gave it (V8), if ever. */
  public Optional<LocalDate> titleDate(String owner) {
    return jdbc.query("SELECT title_date FROM zc_achievement_title WHERE owner = ?",
        (rs, n) -> rs.getDate(1).toLocalDate(), owner).stream().findFirst();
  }

  public void setTitleDate(String owner, LocalDate date) {
    if (jdbc.update("UPDATE zc_achievement_title SET title_date = ?, updated_at = ? WHERE owner = ?", Date.valueOf(date),
        now(), owner) == 0) {
      jdbc.update("INSERT INTO zc_achievement_title (owner, title_date, updated_at) VALUES (?, ?, ?)", owner,
          Date.valueOf(date), now());
    }
  }

  /** The unit's finding on a row for an application; false when the application did not use that row. */
  public boolean confirm(String applicationId, long achievementId, String confirmation, String reason, String by) {
    return jdbc.update("UPDATE zc_achievement_use SET confirmation = ?, reason = ?, confirmed_by = ?, confirmed_at = ? "
        + "WHERE application_id = ? AND achievement_id = ?", confirmation, reason, by, now(), applicationId,
        achievementId) == 1;
  }

  private static void fill(PreparedStatement s, int from, AchievementInput in) throws SQLException {
    s.setString(from, in.kind());
    s.setString(from + 1, blankToNull(in.item()));
    s.setString(from + 2, in.title().trim());
    s.setString(from + 3, blankToNull(in.work()));
    s.setDate(from + 4, Date.valueOf(LocalDate.parse(in.date().trim())));
    s.setString(from + 5, blankToNull(in.grade()));
    s.setString(from + 6, blankToNull(in.status()));
    s.setString(from + 7, blankToNull(in.role()));
    s.setString(from + 8, blankToNull(in.note()));
  }

  private void addFile(long achievementId, AchievementRules.NewFile f) {
    jdbc.update("INSERT INTO zc_achievement_evidence (achievement_id, file_name, sha256, size_bytes, content) "
        + "VALUES (?, ?, ?, ?, ?)", achievementId, f.fileName(), sha256(f.content()), f.content().length, f.content());
  }

  private List<Evidence> evidence(long achievementId) {
    return jdbc.query("SELECT id, file_name, size_bytes, sha256 FROM zc_achievement_evidence WHERE achievement_id = ? "
        + "ORDER BY id", (rs, n) -> new Evidence(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4).trim()),
        achievementId);
  }

  private List<AchievementUse> uses(long achievementId) {
    return jdbc.query("SELECT * FROM zc_achievement_use WHERE achievement_id = ? ORDER BY used_at",
        (rs, n) -> new AchievementUse(rs.getString("application_id"), rs.getString("business_key"),
            time(rs, "used_at"), rs.getString("confirmation"), rs.getString("reason"), rs.getString("confirmed_by"),
            time(rs, "confirmed_at")), achievementId);
  }

  /** The rows with their files and uses (a few rows per person: one query each is plain and fast enough). */
  private List<Achievement> complete(List<Achievement> rows) {
    Map<Long, Achievement> out = new LinkedHashMap<>();
    for (Achievement a : rows) {
      List<AchievementUse> uses = uses(a.id());
      out.put(a.id(), new Achievement(a.id(), a.owner(), a.kind(), a.item(), a.title(), a.work(), a.date(), a.grade(),
          a.status(), a.role(), a.note(), evidence(a.id()), !uses.isEmpty(), uses, a.createdAt(), a.updatedAt()));
    }
    return List.copyOf(out.values());
  }

  private static Achievement row(ResultSet rs, int n) throws SQLException {
    return new Achievement(rs.getLong("id"), rs.getString("owner"), rs.getString("kind"), rs.getString("item"),
        rs.getString("title"), rs.getString("work"), rs.getDate("obtained_on").toLocalDate().toString(),
        rs.getString("grade"), rs.getString("status"), rs.getString("role"), rs.getString("note"), List.of(), false,
        List.of(), time(rs, "created_at"), time(rs, "updated_at"));
  }

  private static String time(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.withOffsetSameInstant(ChinaTime.OFFSET).toString();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ChinaTime.OFFSET).truncatedTo(ChronoUnit.MILLIS);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
