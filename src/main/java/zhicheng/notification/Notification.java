package zhicheng.notification;

import java.time.OffsetDateTime;

/**
 * A message to a person (the applicant, for now: 12333 短信 of seed 001 六 and seed 004 附件2 二、7), kept in the
 * outbox until the gateway took it.
 *
 * @param applicationId the application it is about
 * @param recipient     the user id of the person; the gateway knows their phone number or e-mail address
 * @param channel       how it should reach them, e.g. 短信
 */
public record Notification(long id, String applicationId, String businessKey, String recipient, String channel,
    String subject, String body, OffsetDateTime createdAt, String status, int attempts, String lastError,
    OffsetDateTime sentAt) {

  public static final String PENDING = "PENDING";
  public static final String SENT = "SENT";
}
