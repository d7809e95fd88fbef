package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import zhicheng.ZhichengApplication;
import zhicheng.application.PaymentRegister;

/**
 * Issue 18: the payment platform retries one payment many times at once, on both nodes of a two-node installation on
 * one PostgreSQL schema. Every retry answers 200 with the first receipt (README promises it), and exactly one payment
 * is recorded and delivered. Two nodes once answered 8 of 70 such retries 409 (“不能重复缴费”, “当前不在缴费期”): the
 * loser had checked the application's state after the winner's commit changed it. Node A is this class's Spring
 * context; node B a second context of the same application in this JVM, its engine named apart, on the same schema.
 */
@PostgresAppTest
class PaymentRetriesIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_payrace";
  /** Retries per round, half to each node. */
  private static final int RETRIES = 16;
  private static final int ROUNDS = 3;

  private static ConfigurableApplicationContext nodeB;
  private static TestRestTemplate restB;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  /**
   * Node B: the same application, configured as {@link PostgresAppTest} configures node A, on the same schema. Started
   * once node A's context has made the schema (the test instance is injected from it), so before the first test.
   */
  @BeforeEach
  void startNodeB() {
    if (nodeB != null) {
      return;
    }
    Map<String, Object> p = new HashMap<>();
    p.put("server.port", "0");
    p.put("camunda.bpm.process-engine-name", "node-b");
    p.put("camunda.bpm.job-execution.enabled", "false");
    p.put("camunda.bpm.admin-user.password", PostgresSchema.ADMIN_PASSWORD);
    p.put("zhicheng.demo.enabled", "true");
    p.put("zhicheng.organisation", "classpath:organisation/demo.json");
    p.put("spring.datasource.hikari.maximum-pool-size", "4");
    p.put("spring.datasource.hikari.minimum-idle", "0");
    p.put("spring.datasource.url", PostgresSchema.SERVER + "?currentSchema=" + SCHEMA);
    p.put("spring.datasource.username", PostgresSchema.USER);
    p.put("spring.datasource.password", "");
    p.put("camunda.bpm.database.schema-name", SCHEMA);
    p.put("camunda.bpm.database.table-prefix", SCHEMA + ".");
    p.put("spring.jmx.enabled", "false");
    // as command-line arguments: the administrator's password is checked before default properties count
    nodeB = new SpringApplicationBuilder(ZhichengApplication.class).profiles("postgres")
        .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    int port = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    restB = new TestRestTemplate();
    restB.setUriTemplateHandler(new org.springframework.web.util.DefaultUriBuilderFactory("http://localhost:" + port));
  }

  @AfterAll
  static void stopNodeB() {
    if (nodeB != null) {
      nodeB.close();
    }
  }

  @Test
  void retriesOfOnePaymentOnTwoNodesAllGetTheFirstReceipt() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String id = awaitingFee("lisi", "李四");
      String paymentId = "P-RACE-" + round + "-" + id.substring(0, 8);
      List<ResponseEntity<String>> answers = atOnce(id, paymentId);

      JsonNode first = null;
      for (ResponseEntity<String> r : answers) {
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode receipt = JSON.readTree(r.getBody());
        first = first == null ? receipt : first;
        assertThat(receipt).isEqualTo(first);
      }
      assertThat(first.get("paymentId").asText()).isEqualTo(paymentId);
      assertThat(PostgresSchema.rows(SCHEMA, "SELECT count(*) FROM zc_payment WHERE process_instance_id = '" + id + "'"))
          .isEqualTo(1);
      JsonNode paid = application("lisi", id);
      assertThat(paid.get("status").asText()).isEqualTo("AWAITING_PAPER_FORMS");
      assertThat(paid.get("trail").findValuesAsText("action")).containsOnlyOnce("已缴费");
      // the platform asks again later, on either node: the same receipt
      assertThat(JSON.readTree(pay(restB, id, paymentId).getBody())).isEqualTo(first);
      assertThat(JSON.readTree(pay(rest, id, paymentId).getBody())).isEqualTo(first);
    }
  }

  /**
   * The interleaving that made two nodes answer 409, made to happen every time: a retry reads the payments before the
   * first report commits and the application's state after. Node B's register is given services that stop at the state
   * check until node A's report has answered: at the application's history (it then sees the payment recorded: “不能重复
   * 缴费”) and at the payment timer (it then finds none: “当前不在缴费期”). Both retries answer the first receipt.
   */
  @Test
  void aRetryThatLooksBeforeTheFirstCommitsAndChecksAfterGetsTheFirstReceipt() throws Exception {
    for (String stopAt : List.of("history", "timer")) {
      String id = awaitingFee("wangwu", "王五");
      String paymentId = "P-LATE-" + stopAt + "-" + id.substring(0, 8);
      CountDownLatch looked = new CountDownLatch(1);
      CountDownLatch committed = new CountDownLatch(1);
      HistoryService history = nodeB.getBean(HistoryService.class);
      ManagementService management = nodeB.getBean(ManagementService.class);
      PaymentRegister late = new PaymentRegister(nodeB.getBean(DataSource.class), nodeB.getBean(RuntimeService.class),
          stopAt.equals("history") ? stoppingAt(HistoryService.class, history, "createHistoricProcessInstanceQuery",
              looked, committed) : history,
          stopAt.equals("timer") ? stoppingAt(ManagementService.class, management, "createJobQuery", looked, committed)
              : management,
          nodeB.getBean(java.time.Clock.class));
      TransactionTemplate transaction = new TransactionTemplate(nodeB.getBean(PlatformTransactionManager.class));
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        Future<PaymentRegister.Receipt> retry = thread.submit(() -> transaction.execute(
            s -> late.pay(id, paymentId, new java.math.BigDecimal(300), "payment-gateway")));
        assertThat(looked.await(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        ResponseEntity<String> first = pay(rest, id, paymentId);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        committed.countDown();
        PaymentRegister.Receipt receipt = retry.get();
        assertThat(receipt.paymentId()).isEqualTo(paymentId);
        assertThat(receipt.message()).isEqualTo(JSON.readTree(first.getBody()).get("message").asText());
        assertThat(receipt.paidAt().toInstant()).isEqualTo(
            java.time.OffsetDateTime.parse(JSON.readTree(first.getBody()).get("paidAt").asText()).toInstant());
      } finally {
        thread.shutdownNow();
      }
      assertThat(PostgresSchema.rows(SCHEMA, "SELECT count(*) FROM zc_payment WHERE process_instance_id = '" + id + "'"))
          .isEqualTo(1);
    }
  }

  /** {@code service} whose {@code method}, the first time it is called, says so and waits until told to go on. */
  private static <T> T stoppingAt(Class<T> type, T service, String method, CountDownLatch looked,
      CountDownLatch committed) {
    java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
    return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, m, args) -> {
          if (m.getName().equals(method) && first.getAndSet(false)) {
            looked.countDown();
            committed.await();
          }
          try {
            return m.invoke(service, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }

  /** {@link #RETRIES} reports of one payment released together, alternately to node A and node B. */
  private List<ResponseEntity<String>> atOnce(String id, String paymentId) throws Exception {
    List<java.util.concurrent.Callable<ResponseEntity<String>>> reports = new ArrayList<>();
    for (int i = 0; i < RETRIES; i++) {
      TestRestTemplate node = i % 2 == 0 ? rest : restB;
      reports.add(() -> pay(node, id, paymentId));
    }
    return AtOnce.all(reports);
  }

  private static ResponseEntity<String> pay(TestRestTemplate node, String id, String paymentId) {
    return node.exchange("/api/applications/" + id + "/payments", HttpMethod.POST,
        new HttpEntity<>(Map.of("paymentId", paymentId, "amount", 300), headers("payment-gateway")), String.class);
  }

  /** An application through every level to 待缴费 (the office passed it). */
  private String awaitingFee(String user, String name) throws Exception {
    JsonNode started = declare(user, name, "hz-xihu-chem");
    String key = started.get("businessKey").asText();
    pass("xihu-hr", key);
    endPublicities(started.get("id").asText());
    pass("xihu-jxj", key);
    pass("hgqf-office", key);
    return started.get("id").asText();
  }
}
