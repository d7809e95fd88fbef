package zhicheng.publicity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import zhicheng.calendar.HolidayCalendar;
import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.vocabulary.ChinaTime;

/**
 * How many objections one person may file: the same objection (the same words, spaces aside) once per publicity, and
 * at most {@code zhicheng.objections.per-working-day} (3) against one application per working day. Anyone signed in
 * may object, as the public may object to a posted notice, but each objection opens an investigation task for the
 * publishing body: one account once filed 202 in 40 seconds. The notices set no number; three a day leaves room for a
 * person who learns more during the day, and the publishing body's telephone and address (公示表) stay open.
 *
 * <p>Counted in {@code zc_objection} (Flyway V9) in the transaction that registers the objection, so a refused one
 * leaves no row and a registered one always has its row. Two of one person's objections at the same moment collide on
 * the publicity instance (the engine's optimistic lock; {@link ObjectionFiling} tries again) or on the primary key,
 * and the one tried again is counted against the first.
 */
@Component
@DependsOnDatabaseInitialization
public class ObjectionLimits {

  public static final int DEFAULT_PER_WORKING_DAY = 3;

  private final JdbcTemplate jdbc;
  private final HolidayCalendar calendar;
  private final int perWorkingDay;

  public ObjectionLimits(DataSource dataSource, HolidayCalendar calendar,
      @Value("${zhicheng.objections.per-working-day:3}") int perWorkingDay) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.calendar = calendar;
    this.perWorkingDay = perWorkingDay;
  }

  /**
   * Records an objection of {@code objector} filed at {@code at} in the publicity {@code publicityInstanceId} of the
   * application {@code applicationKey} as number {@code number}, or refuses it in Chinese and records nothing.
   */
  public void admit(String publicityInstanceId, String applicationKey, String objector, String text, int number,
      Instant at) {
    String digest = digest(text);
    Optional<Integer> same = jdbc.query("SELECT number_in_publicity FROM zc_objection WHERE publicity_instance_id = ? "
        + "AND objector = ? AND text_digest = ?", (rs, n) -> rs.getInt(1), publicityInstanceId, objector, digest)
        .stream().findFirst();
    if (same.isPresent()) {
      throw refused("您已在本次公示中提出过相同的异议（第" + same.get() + "号），正在核查中或已核查，请勿重复提交");
    }
    LocalDate day = workingDay(at);
    Integer filed = jdbc.queryForObject("SELECT count(*) FROM zc_objection WHERE application_key = ? AND objector = ? "
        + "AND working_day = ?", Integer.class, applicationKey, objector, day);
    if (filed != null && filed >= perWorkingDay) {
      throw refused("同一人对同一申报每个工作日最多提出" + perWorkingDay + "件异议，您在" + day + "已提出" + filed
          + "件；如有新的事实，可于下一个工作日再提出，或按公示表所列联系方式向发布单位反映");
    }
    jdbc.update("INSERT INTO zc_objection (publicity_instance_id, application_key, objector, text_digest, working_day, "
        + "number_in_publicity, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", publicityInstanceId, applicationKey, objector,
        digest, day, number, OffsetDateTime.ofInstant(at, ChinaTime.ZONE));
  }

  /** The working day an objection filed at {@code at} counts to: that day in Beijing, or the next working day. */
  LocalDate workingDay(Instant at) {
    WorkingDayCalendar days = calendar.current();
    LocalDate day = at.atZone(ChinaTime.ZONE).toLocalDate();
    // a holiday is at most a few weeks long: the bound only guards against a calendar gone wrong
    for (int i = 0; i < 60 && !days.day(day).workingDay(); i++) {
      day = day.plusDays(1);
    }
    return day;
  }

  static String digest(String text) {
    try {
      byte[] words = text.replaceAll("\\s", "").getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(words));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DeclarationRefusedException refused(String finding) {
    return new DeclarationRefusedException("异议未受理", List.of(finding));
  }
}
