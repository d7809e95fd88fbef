package zhicheng.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import zhicheng.Migrations;
import zhicheng.notification.MailNotificationGateway.Recipient;

/**
 * The mail gateway against GreenMail, an SMTP server in this JVM: the outbox's messages arrive with their Chinese
 * subject and text intact, a user without an address keeps the message pending with the reason, and the gateway is
 * chosen by {@code spring.mail.host} alone, the log staying the default.
 */
class MailNotificationGatewayTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final Map<String, Recipient> PEOPLE = Map.of("zhangsan", new Recipient("张三", "zhangsan@example.org"));

  MailNotificationGateway gateway() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    return new MailNotificationGateway(sender, id -> Optional.ofNullable(PEOPLE.get(id)), "zhicheng@example.org",
        "职称评审系统");
  }

  NotificationOutbox outbox(NotificationGateway gateway) {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:mail-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    return new NotificationOutbox(Migrations.migrate(db), gateway, Clock.systemUTC());
  }

  @Test
  void theOutboxDeliversAChineseMessageAsWritten() throws Exception {
    NotificationOutbox outbox = outbox(gateway());
    outbox.enqueue("pi-1", "ZC-20230801-1", "zhangsan", "邮件", "【职称评审】请缴纳评审费",
        "您申报的2023年度杭州市化工轻纺专业高级工程师评审已通过资格审查，请于5个工作日内缴纳评审费180元。");
    assertThat(outbox.deliverPending(10)).isEqualTo(new NotificationOutbox.Delivery(1, 0));

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("【职称评审】请缴纳评审费");
    InternetAddress to = (InternetAddress) mail.getAllRecipients()[0];
    assertThat(to.getAddress()).isEqualTo("zhangsan@example.org");
    assertThat(to.getPersonal()).isEqualTo("张三");
    assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("职称评审系统");
    assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat((String) mail.getContent()).contains("请于5个工作日内缴纳评审费180元", "申报编号 ZC-20230801-1");
    assertThat(GreenMailUtil.getBody(mail)).doesNotContain("请于5个工作日内"); // encoded on the wire, not raw bytes
    assertThat(outbox.of("pi-1").get(0).status()).isEqualTo(Notification.SENT);
  }

  @Test
  void aUserWithoutAnAddressKeepsTheMessagePendingWithTheReason() {
    NotificationOutbox outbox = outbox(gateway());
    outbox.enqueue("pi-2", "ZC-20230801-2", "lisi", "邮件", "【职称评审】提醒", "正文");
    assertThat(outbox.deliverPending(10)).isEqualTo(new NotificationOutbox.Delivery(0, 1));
    Notification kept = outbox.of("pi-2").get(0);
    assertThat(kept.status()).isEqualTo(Notification.PENDING);
    assertThat(kept.lastError()).contains("用户 lisi 未登记电子邮箱");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void mailIsUsedWhenSpringMailHostIsSetAndTheLogOtherwise() {
    ApplicationContextRunner context = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
        .withUserConfiguration(NotificationGateways.class)
        .withBean(IdentityService.class, () -> mock(IdentityService.class));
    context.run(c -> assertThat(c.getBean(NotificationGateway.class)).isInstanceOf(LoggingNotificationGateway.class));
    context.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort())
        .run(c -> assertThat(c.getBean(NotificationGateway.class)).isInstanceOf(MailNotificationGateway.class));
  }
}
