package zhicheng.notification;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox and its delivery: every {@code zhicheng.notifications.interval-ms} (default 30 s) the pending
 * messages go to the gateway.
 */
@Configuration
@EnableScheduling
public class NotificationConfiguration {

  static final int BATCH = 100;

  @Bean
  NotificationOutbox notificationOutbox(DataSource dataSource, NotificationGateway gateway, Clock clock) {
    return new NotificationOutbox(dataSource, gateway, clock);
  }

  @Bean
  OutboxDelivery outboxDelivery(NotificationOutbox outbox) {
    return new OutboxDelivery(outbox);
  }

  /** The scheduled run; a separate bean so the schedule is not tied to the outbox's own lifecycle. */
  public static class OutboxDelivery {

    private final NotificationOutbox outbox;

    OutboxDelivery(NotificationOutbox outbox) {
      this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${zhicheng.notifications.interval-ms:30000}", initialDelay = 10000)
    public void run() {
      outbox.deliverPending(BATCH);
    }
  }
}
