package zhicheng.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;

import zhicheng.vocabulary.ChinaTime;

/**
 * Notifications as rows of the application's own database (H2 or PostgreSQL): written in the same transaction as
 * the process step that causes them (a step that rolls back sends nothing), delivered afterwards by
 * {@link #deliverPending}, and marked sent only once the gateway accepted them. A gateway that fails leaves the
 * row pending with its error, to be tried again on the next run; nothing is lost.
 *
 * <p>Two servers delivering at once: each row is first leased by a conditional update, so only one of them sends
 * it. A server that dies while sending leaves a lease that runs out; the row is then sent again (at least once).
 *
 * <p>The table {@code zc_notification} is made by the migrations (db/migration), which run before this bean is created.
 */
@DependsOnDatabaseInitialization
public class NotificationOutbox {

  private static final String COLUMNS = "id, process_instance_id, business_key, recipient, channel, subject, body, "
      + "created_at, status, attempts, last_error, sent_at";
  static final Duration LEASE = Duration.ofMinutes(5);
  private static final Logger LOG = LoggerFactory.getLogger(NotificationOutbox.class);

  /** What one delivery run did. */
  public record Delivery(int sent, int failed) {}

  private final JdbcTemplate jdbc;
  private final NotificationGateway gateway;
  private final Clock clock;

  public NotificationOutbox(DataSource dataSource, NotificationGateway gateway, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.gateway = gateway;
    this.clock = clock;
  }

  /** Queues a message; inside an engine command it is part of that command's transaction. */
  public void enqueue(String applicationId, String businessKey, String recipient, String channel, String subject,
      String body) {
    jdbc.update("INSERT INTO zc_notification (process_instance_id, business_key, recipient, channel, subject, body, "
            + "created_at, status, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        applicationId, businessKey, recipient, channel, subject, body, now(), Notification.PENDING);
  }

  /** Sends up to {@code max} pending messages, oldest first. */
  public Delivery deliverPending(int max) {
    OffsetDateTime now = now();
    List<Long> due = jdbc.queryForList("SELECT id FROM zc_notification WHERE status = ? "
        + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY id", Long.class, Notification.PENDING, now);
    int sent = 0;
    int failed = 0;
    for (Long id : due.subList(0, Math.min(max, due.size()))) {
      int leased = jdbc.update("UPDATE zc_notification SET lease_until = ? WHERE id = ? AND status = ? "
          + "AND (lease_until IS NULL OR lease_until < ?)", now.plus(LEASE), id, Notification.PENDING, now);
      if (leased == 0) {
        continue;
      }
      Notification n = find(id);
      try {
        gateway.send(n);
        jdbc.update("UPDATE zc_notification SET status = ?, sent_at = ?, attempts = attempts + 1, lease_until = NULL, "
            + "last_error = NULL WHERE id = ?", Notification.SENT, now(), id);
        sent++;
      } catch (RuntimeException e) {
        String error = String.valueOf(e.getMessage());
        LOG.warn("通知 {} 发送失败（第{}次），稍后重试：{}", id, n.attempts() + 1, error);
        jdbc.update("UPDATE zc_notification SET attempts = attempts + 1, lease_until = NULL, last_error = ? "
                + "WHERE id = ?",
            error.length() > 1000 ? error.substring(0, 1000) : error, id);
        failed++;
      }
    }
    return new Delivery(sent, failed);
  }

  public Notification find(long id) {
    return jdbc.queryForObject("SELECT " + COLUMNS + " FROM zc_notification WHERE id = ?", NotificationOutbox::row, id);
  }

  /** An application's notifications, oldest first. */
  public List<Notification> of(String applicationId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM zc_notification WHERE process_instance_id = ? ORDER BY id",
        NotificationOutbox::row, applicationId);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ChinaTime.OFFSET).truncatedTo(ChronoUnit.MILLIS);
  }

  private static Notification row(ResultSet rs, int n) throws SQLException {
    OffsetDateTime sentAt = rs.getObject("sent_at", OffsetDateTime.class);
    return new Notification(rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("business_key"),
        rs.getString("recipient"), rs.getString("channel"), rs.getString("subject"), rs.getString("body"),
        rs.getObject("created_at", OffsetDateTime.class).withOffsetSameInstant(ChinaTime.OFFSET), rs.getString("status"),
        rs.getInt("attempts"), rs.getString("last_error"),
        sentAt == null ? null : sentAt.withOffsetSameInstant(ChinaTime.OFFSET));
  }
}
