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

import zhicheng.ZhichengApplication;

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

  /** {@link #RETRIES} reports of one payment released together, alternately to node A and node B. */
  private List<ResponseEntity<String>> atOnce(String id, String paymentId) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(RETRIES);
    try {
      List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
      for (int i = 0; i < RETRIES; i++) {
        TestRestTemplate node = i % 2 == 0 ? rest : restB;
        futures.add(pool.submit(() -> {
          go.await();
          return pay(node, id, paymentId);
        }));
      }
      go.countDown();
      List<ResponseEntity<String>> answers = new ArrayList<>();
      for (Future<ResponseEntity<String>> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
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
