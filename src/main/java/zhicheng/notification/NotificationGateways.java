package zhicheng.notification;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import zhicheng.process.PersonNames;

/**
 * Which gateway delivers the outbox: mail when {@code spring.mail.host} is set, else the log (the default). Both in one class, in
 * this order, so the log's {@code @ConditionalOnMissingBean} sees the mail gateway. A {@link NotificationGateway}
 * bean of another configuration (an SMS platform) replaces both.
 */
@Configuration
public class NotificationGateways {

  @Bean
  @ConditionalOnProperty(prefix = "spring.mail", name = "host")
  @ConditionalOnMissingBean(NotificationGateway.class)
  NotificationGateway mailGateway(JavaMailSender mail, IdentityService identity,
      @Value("${zhicheng.mail.from:${spring.mail.username:zhicheng@localhost}}") String from,
      @Value("${zhicheng.mail.from-name:职称评审系统}") String fromName) {
    return new MailNotificationGateway(mail, userId -> address(identity, userId), from, fromName);
  }

  @Bean
  @ConditionalOnMissingBean(NotificationGateway.class)
  NotificationGateway loggingGateway() {
    return new LoggingNotificationGateway();
  }

  /** The user's e-mail in the engine's identity service (Camunda Admin), with the name as Tasklist shows it. */
  static Optional<MailNotificationGateway.Recipient> address(IdentityService identity, String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      return Optional.empty();
    }
    String name = PersonNames.fullName(user.getFirstName(), user.getLastName()).orElse(userId);
    return Optional.of(new MailNotificationGateway.Recipient(name, user.getEmail()));
  }
}
