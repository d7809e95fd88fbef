package zhicheng.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default gateway, until SMS or mail is connected: writes each message to the log. */
public class LoggingNotificationGateway implements NotificationGateway {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingNotificationGateway.class);

  @Override
  public void send(Notification n) {
    LOG.info("通知（{}，未接入短信/邮件网关，仅记录）致 {}：【{}】{}", n.channel(), n.recipient(), n.subject(), n.body());
  }
}
