package zhicheng.notification;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Notifications by e-mail over SMTP (Spring Boot's mail starter, {@code spring.mail.*}), in UTF-8 so the Chinese
 * subject and text arrive as written. The recipient is a user id; {@link Recipients} gives the address (the
 * e-mail of the user in Camunda Admin). A user without an address, or a server that refuses the message, throws:
 * the outbox keeps the message with the reason ({@code last_error}) and tries again on its next run.
 */
public class MailNotificationGateway implements NotificationGateway {

  /** Where a user's mail goes. */
  public interface Recipients {

    /** The user's name and address, empty when the user has none. */
    Optional<Recipient> of(String userId);
  }

  public record Recipient(String name, String address) {}

  private final JavaMailSender mail;
  private final Recipients recipients;
  private final String from;
  private final String fromName;

  public MailNotificationGateway(JavaMailSender mail, Recipients recipients, String from, String fromName) {
    this.mail = mail;
    this.recipients = recipients;
    this.from = from;
    this.fromName = fromName;
  }

  @Override
  public void send(Notification n) {
    Recipient to = recipients.of(n.recipient()).orElseThrow(() -> new IllegalStateException(
        "用户 " + n.recipient() + " 未登记电子邮箱，无法发送邮件通知：请在 Camunda Admin 中为其填写 Email"));
    MimeMessage message = mail.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from, fromName);
      helper.setTo(new jakarta.mail.internet.InternetAddress(to.address(), to.name(), StandardCharsets.UTF_8.name()));
      helper.setSubject(n.subject());
      helper.setText(n.body() + signature(n), false);
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException("邮件无法生成：" + e.getMessage(), e);
    }
    try {
      mail.send(message);
    } catch (MailException e) {
      throw new IllegalStateException("邮件服务器未接收：" + e.getMessage(), e);
    }
  }

  private String signature(Notification n) {
    return "\n\n——\n" + fromName + (n.businessKey() == null ? "" : "（申报编号 " + n.businessKey() + "）")
        + "\n本邮件由系统自动发送，请勿直接回复。";
  }
}
