package zhicheng.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway until a real SMS or mail gateway is connected: writes each message to the log. A bean of type
 * {@link NotificationGateway} defined elsewhere replaces it.
 */
@Configuration
public class LoggingNotificationGateway {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingNotificationGateway.class);

  @Bean
  @ConditionalOnMissingBean(NotificationGateway.class)
  NotificationGateway loggingGateway() {
    return n -> LOG.info("通知（{}，未接入短信/邮件网关，仅记录）致 {}：【{}】{}", n.channel(), n.recipient(), n.subject(), n.body());
  }
}
