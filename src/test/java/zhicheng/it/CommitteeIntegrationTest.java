package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriUtils;

/**
 * The committee on the real PostgreSQL (schema {@code <zhicheng.it.schema>_comm}, recreated per run), over REST as
 * the demo users: the payment platform's call with its refusals and its idempotency, and one short sitting from the
 * office's opening to the certificate, with the ballots' anonymity checked in the database itself. The job executor
 * is off: the publicities' ends and the asynchronous steps are run as an administrator would in Cockpit.
 */
@PostgresAppTest
class CommitteeIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_comm";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Test
  void thePaymentPlatformReportsAPaymentOnceAndWrongCallsChangeNothing() throws Exception {
    JsonNode application = qualified("lisi", "李四", "hz-xihu-chem");
    String id = application.get("id").asText();
    String payments = "/api/applications/" + id + "/payments";

    ResponseEntity<String> notThePlatform = call("lisi", HttpMethod.POST, payments, Map.of("paymentId", "P1", "amount", 300));
    assertThat(notThePlatform.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notThePlatform.getBody()).contains("只有缴费平台的技术账号（payment-gateway 组）可以报送缴费结果");
    assertRefused(call("payment-gateway", HttpMethod.POST, payments, Map.of("paymentId", "P1", "amount", 250)),
        HttpStatus.BAD_REQUEST, "缴费未受理：缴费金额不符：应缴300元（评审费300元），收到250元");
    assertRefused(call("payment-gateway", HttpMethod.POST, payments, Map.of("amount", 300)),
        HttpStatus.BAD_REQUEST, "缺少支付流水号 paymentId");
    assertRefused(call("payment-gateway", HttpMethod.POST, payments, "{\"paymentId\": \"P1\", \"amount\": \"三百\"}"),
        HttpStatus.BAD_REQUEST, "请求内容不是合法的 JSON");
    assertThat(call("payment-gateway", HttpMethod.POST, "/api/applications/no-such-id/payments",
        Map.of("paymentId", "P1", "amount", 300)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rows("SELECT count(*) FROM zc_payment")).isZero();

    ResponseEntity<String> first = call("payment-gateway", HttpMethod.POST, payments,
        Map.of("paymentId", "P20231102-0001", "amount", 300));
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode receipt = JSON.readTree(first.getBody());
    assertThat(receipt.get("amount").asText()).isEqualTo("300.00");
    assertThat(receipt.get("message").asText()).startsWith("缴费成功：申报 " + application.get("businessKey").asText());
    // the platform retries the same payment: the first answer, nothing changes
    ResponseEntity<String> again = call("payment-gateway", HttpMethod.POST, payments,
        Map.of("paymentId", "P20231102-0001", "amount", "300.00"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(again.getBody())).isEqualTo(receipt);
    assertRefused(call("payment-gateway", HttpMethod.POST, payments, Map.of("paymentId", "P20231102-0002", "amount", 300)),
        HttpStatus.CONFLICT, "不能重复缴费");
    assertThat(rows("SELECT count(*) FROM zc_payment")).isEqualTo(1);

    JsonNode paid = application("lisi", id);
    assertThat(paid.get("status").asText()).isEqualTo("AWAITING_PAPER_FORMS");
    assertThat(paid.get("trail").findValuesAsText("action")).containsOnlyOnce("已缴费");
    assertThat(rows("SELECT count(*) FROM zc_notification WHERE process_instance_id = '" + id + "'")).isEqualTo(2);
  }

  @Test
  void aShortSittingRunsOverRestFromTheOpeningToTheCertificateAndKeepsTheBallotsAnonymous() throws Exception {
    String zhang = waitingForTheCommittee("zhangsan", "张三", "hz-xihu-chem");
    String wang = waitingForTheCommittee("wangwu", "王五", "hz-xiaoshan-textile");
    LocalDate date = LocalDate.parse(body(call("hgqf-office", HttpMethod.GET, uri(
        "/api/calendar/add?from=" + UriUtils.encode(OffsetDateTime.now(ZoneOffset.ofHours(8))
            .truncatedTo(ChronoUnit.SECONDS).toString(), StandardCharsets.UTF_8) + "&workingDays=5"), null))
        .get("lastWorkingDay").asText()).plusDays(1);
    Map<String, Object> opening = vars(Map.of("committeeCode", "", "sittingName", "集成测试评审会", "sittingDate", date.toString()));
    // only a committee office may open a sitting: to anyone else the definition does not exist (no READ, no
    // CREATE_INSTANCE), and nothing is taken
    assertThat(call("xihu-hr", HttpMethod.POST, "/engine-rest/process-definition/key/committee-session/start",
        Map.of("variables", opening)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rows("SELECT count(*) FROM zc_sitting_application")).isZero();
    ResponseEntity<String> opened = call("hgqf-office", HttpMethod.POST,
        "/engine-rest/process-definition/key/committee-session/start", Map.of("variables", opening));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.OK);
    String sitting = JSON.readTree(opened.getBody()).get("id").asText();
    assertThat(application("zhangsan", zhang).get("statusText").asText())
        .isEqualTo("公示中：评前公示");
    endPublicities(sitting);

    JsonNode choose = onlyTaskOf("hgqf-office", sitting);
    assertThat(tasksOf("expert1", sitting)).isEmpty();
    // the sitting's date binds: nobody attends before the declared 评审会日期 …
    List<String> six = List.of("expert1", "expert2", "expert3", "expert4", "expert5", "expert6");
    assertRefused(call("hgqf-office", HttpMethod.POST, "/engine-rest/task/" + choose.get("id").asText() + "/complete",
        Map.of("variables", Map.of("attendingExperts", json(six)))), HttpStatus.BAD_REQUEST,
        "确定出席评委须在评审会当天或之后办理");
    // … so the test, like the demo, has an administrator move the sitting to today (a repair, docs/committee.md)
    String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
    assertThat(call("admin", HttpMethod.PUT, "/engine-rest/process-instance/" + sitting + "/variables/sittingDate",
        Map.of("value", today, "type", "String")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertRefused(call("hgqf-office", HttpMethod.POST, "/engine-rest/task/" + choose.get("id").asText() + "/complete",
        Map.of("variables", Map.of("attendingExperts", json(List.of("expert1", "expert2", "expert3", "expert4", "expert5"))))),
        HttpStatus.BAD_REQUEST, "出席评委5人，不足评委会委员9人的2/3（至少须6人出席）");
    assertThat(call("hgqf-office", HttpMethod.POST, "/engine-rest/task/" + choose.get("id").asText() + "/complete",
        Map.of("variables", Map.of("attendingExperts",
            json(List.of("expert1", "expert2", "expert3", "expert4", "expert5", "expert6"))))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    // each expert sees his own ballot only; the office sees none
    assertThat(tasksOf("hgqf-office", sitting)).isEmpty();
    // an attending expert reads the applicant's documents; a recused or absent one, or another applicant, does not
    assertThat(call("expert1", HttpMethod.GET, "/api/applications/" + zhang + "/documents", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String user : List.of("expert3", "expert9", "wangwu")) {
      assertThat(call(user, HttpMethod.GET, "/api/applications/" + zhang + "/documents", null).getStatusCode())
          .as(user).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(call("expert3", HttpMethod.GET, "/api/applications/" + wang + "/documents", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // the sitting's publicity list: its office reads it, nobody else
    assertThat(body(call("hgqf-office", HttpMethod.GET, "/api/applications/" + sitting + "/documents", null))
        .findValuesAsText("kind")).containsExactly("publicity-list");
    assertThat(call("expert1", HttpMethod.GET, "/api/applications/" + sitting + "/documents", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    String zhangKey = key(zhang);
    String wangKey = key(wang);
    for (int e = 1; e <= 6; e++) {
      Map<String, List<String>> ballot = new LinkedHashMap<>();
      // expert3 works at 西湖精细化工: recused for 张三
      ballot.put("ballotAgree", e == 3 ? List.of(wangKey) : e <= 3 ? List.of(zhangKey, wangKey) : List.of(zhangKey));
      ballot.put("ballotDisagree", e <= 3 ? List.of() : List.of(wangKey));
      ballot.put("ballotAbstain", List.of());
      JsonNode task = onlyTaskOf("expert" + e, sitting);
      ResponseEntity<String> voted = call("expert" + e, HttpMethod.POST, "/engine-rest/task/" + task.get("id").asText()
          + "/submit-form", Map.of("variables", ballot.entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, x -> json(x.getValue())))));
      assertThat(voted.getStatusCode()).as(voted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    // the votes are in the vote table without voters; nothing of the ballots is left in the engine's tables
    assertThat(rows("SELECT count(*) FROM zc_vote WHERE sitting_id = '" + sitting + "'")).isEqualTo(11);
    assertThat(rows("SELECT count(*) FROM zc_ballot_cast WHERE sitting_id = '" + sitting + "'")).isEqualTo(6);
    for (String table : List.of("act_hi_varinst", "act_hi_detail", "act_ru_variable", "act_ge_bytearray")) {
      assertThat(rows("SELECT count(*) FROM " + table + " WHERE name_ IN ('ballotAgree', 'ballotDisagree', 'ballotAbstain')"))
          .as(table).isZero();
    }
    assertThat(application("zhangsan", zhang).get("trail").toString())
        .contains("评审通过：同意5票、不同意0票、弃权0票（出席评委6人，回避1人；同意票须不少于4票）");

    endPublicities(sitting);
    JsonNode publication = onlyTaskOf("hgqf-office", sitting);
    assertThat(call("hgqf-office", HttpMethod.POST, "/engine-rest/task/" + publication.get("id").asText() + "/complete",
        Map.of("variables", vars(Map.of("documentNumber", "浙人社发〔" + today.substring(0, 4) + "〕99号",
            "documentDate", today, "issuer", "浙江省人力资源和社会保障厅"))))).extracting(ResponseEntity::getStatusCode)
        .isEqualTo(HttpStatus.NO_CONTENT);
    runJobs(sitting);
    runJobs(zhang);

    JsonNode certified = application("zhangsan", zhang);
    assertThat(certified.get("status").asText()).isEqualTo("CERTIFIED");
    ResponseEntity<byte[]> pdf = download("zhangsan", certified.get("certificateUrl").asText());
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    JsonNode notPassed = application("wangwu", wang);
    assertThat(notPassed.get("status").asText()).isEqualTo("NOT_PASSED");
    assertThat(notPassed.get("statusReason").asText()).contains("评审未通过：同意3票、不同意3票、弃权0票（出席评委6人，回避0人");
  }

  // ---- steps ----

  /** Declared on the demo plan with an eligible profile, materials uploaded, passed by every level: the fee is due. */
  private JsonNode qualified(String user, String name, String unit) throws Exception {
    JsonNode started = declare(user, name, unit);
    String key = started.get("businessKey").asText();
    boolean xihu = unit.equals("hz-xihu-chem");
    pass(xihu ? "xihu-hr" : "xiaoshan-hr", key);
    endPublicities(started.get("id").asText());
    pass(xihu ? "xihu-jxj" : "xiaoshan-jxj", key);
    pass("hgqf-office", key);
    return started;
  }

  /** Qualified, paid, paper forms received. */
  private String waitingForTheCommittee(String user, String name, String unit) throws Exception {
    String id = qualified(user, name, unit).get("id").asText();
    assertThat(call("payment-gateway", HttpMethod.POST, "/api/applications/" + id + "/payments",
        Map.of("paymentId", "P-" + id, "amount", 300)).getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode paper = onlyTask("hgqf-office", key(id));
    assertThat(call("hgqf-office", HttpMethod.POST, "/engine-rest/task/" + paper.get("id").asText() + "/complete",
        Map.of("variables", vars(Map.of("copiesReceived", 3)))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return id;
  }

  private String key(String processInstanceId) throws Exception {
    return application("admin", processInstanceId).get("businessKey").asText();
  }

  /** A JSON variable as Tasklist submits a checklist. */
  private static Map<String, Object> json(List<String> values) {
    try {
      return Map.of("value", JSON.writeValueAsString(values), "type", "Json");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private int rows(String sql) throws SQLException {
    return PostgresSchema.rows(SCHEMA, sql);
  }
}
