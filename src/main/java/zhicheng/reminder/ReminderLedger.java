package zhicheng.reminder;

import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import zhicheng.vocabulary.ChinaTime;

/**
 * The reminders already sent ({@code zc_reminder}, migration V3), by a key that names the deadline: the key is the
 * primary key, so of two nodes (or a node before and after a restart) only the first insert of a key succeeds. The
 * insert and the outbox's row are one transaction ({@link DeadlineReminders}): a reminder is recorded if and only if it
 * was queued.
 */
@Component
@DependsOnDatabaseInitialization
public class ReminderLedger {

  private final JdbcTemplate jdbc;

  public ReminderLedger(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Records the reminder; false when it was recorded before (by this node or another). */
  public boolean claim(String key, String kind, Instant deadline, int workingDays, String recipient, Instant now) {
    try {
      jdbc.update("INSERT INTO zc_reminder (reminder_key, kind, deadline, working_days, recipient, created_at) "
              + "VALUES (?, ?, ?, ?, ?, ?)", key, kind, OffsetDateTime.ofInstant(deadline, ChinaTime.ZONE), workingDays,
          recipient, OffsetDateTime.ofInstant(now, ChinaTime.ZONE));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  public int count() {
    return jdbc.queryForObject("SELECT count(*) FROM zc_reminder", Integer.class);
  }
}
