package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The integrity record's access rules on the real PostgreSQL (schema {@code <zhicheng.it.schema>_integrity},
 * recreated per run): recorded only by HR bureaus and committee offices with a basis; read only by the bodies
 * reviewing an open application of the person, every read logged; corrected and removed only by an administrator
 * with a reason, the old values kept, a removed entry no longer barring the person.
 */
@PostgresAppTest
class IntegrityRecordIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_integrity";
  /** Reviewed at 杭州西湖精细化工 (unit:hz-xihu-chem, county:330106, office:hz-hgqf-senior) while recorded. */
  static final String REVIEWED = "330106198808080119";
  /** Recorded, corrected and removed, then declares. */
  static final String CORRECTED = "330106199001010229";
  /** Reviewed at 杭州萧山纺织印染 (unit:hz-xiaoshan-textile), never recorded. */
  static final String OTHER = "330109198707070332";
  /** Nobody applied, nobody recorded. */
  static final String NOBODY = "330106197505050444";
  static final String BASIS = "西湖区人力资源和社会保障局关于撤销职称资格的决定 第二条";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Test
  void onlyHrBureausAndOfficesRecordAndOnlyTheBodiesReviewingThePersonReadEachReadLogged() throws Exception {
    // declared before the entries exist (they would refuse it): the application its reviewers read through
    String reviewedApp = declare("zhangsan", "钱七", "hz-xihu-chem", REVIEWED).get("id").asText();
    declare("wangwu", "孙八", "hz-xiaoshan-textile", OTHER);

    // a company's HR, an acceptance point, an applicant, an expert may not record
    for (String user : List.of("xihu-hr", "xihu-jxj", "hz-jxj", "zhangsan", "expert1")) {
      ResponseEntity<String> refused = call(user, HttpMethod.POST, "/api/integrity-records", entry(REVIEWED, BASIS));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("只能由人力社保部门（hr: 组）、评委会办公室（office: 组）或管理员记录",
          "杭经信人事〔2023〕63号 五、申报纪律");
    }
    ResponseEntity<String> noBasis = call("xihu-rsj", HttpMethod.POST, "/api/integrity-records",
        entry(REVIEWED, " "));
    assertThat(noBasis.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noBasis.getBody()).contains("请填写处理依据（basis");
    // the HR bureau and the committee office record, each entry with its basis
    JsonNode byBureau = created(call("xihu-rsj", HttpMethod.POST, "/api/integrity-records", entry(REVIEWED, BASIS)));
    assertThat(byBureau.get("basis").asText()).isEqualTo(BASIS);
    assertThat(byBureau.get("recordedBy").asText()).isEqualTo("xihu-rsj");
    created(call("hgqf-office", HttpMethod.POST, "/api/integrity-records",
        entry(REVIEWED, "杭州市化工轻纺高评委办公室处理意见 第一条")));

    // the unit reviewing the person's open application reads; the read is logged with the application
    JsonNode read = body(call("xihu-hr", HttpMethod.GET, "/api/integrity-records?idNumber=" + REVIEWED, null));
    assertThat(read.findValuesAsText("recordedBy")).containsExactlyInAnyOrder("xihu-rsj", "hgqf-office");
    assertThat(read.findValuesAsText("basis")).contains(BASIS);
    // the unit of another application, the bureau that recorded (not a level of this plan), an applicant: refused,
    // with the same answer as for a person without entries
    for (String user : List.of("xiaoshan-hr", "xihu-rsj", "zhangsan")) {
      ResponseEntity<String> refused = call(user, HttpMethod.GET, "/api/integrity-records?idNumber=" + REVIEWED, null);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).isEqualTo(call("xihu-hr", HttpMethod.GET,
          "/api/integrity-records?idNumber=" + NOBODY, null).getBody()).contains("只有正在审核该人员申报的");
    }
    assertThat(body(call("xiaoshan-hr", HttpMethod.GET, "/api/integrity-records?idNumber=" + OTHER, null))).isEmpty();
    assertThat(call("xihu-hr", HttpMethod.GET, "/api/integrity-records", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> malformed = call("xihu-hr", HttpMethod.GET, "/api/integrity-records?idNumber=123", null);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).contains("身份证号码（idNumber）");

    // the eligibility check over /api consults the record only for the same readers, and logs it as a read
    Map<String, Object> ask = Map.of("planId", DEMO_PLAN, "route", "正常申报", "idNumber", REVIEWED,
        "profile", JSON.readTree(ELIGIBLE_PROFILE.replace("{", "{\"education\": \"大学本科\", "
            + "\"currentTitleDate\": \"2017-06-30\", ")));
    assertThat(body(call("xiaoshan-hr", HttpMethod.POST, "/api/eligibility", ask)).get("findings")
        .findValuesAsText("rule")).doesNotContain("integrity-record");
    JsonNode office = body(call("hgqf-office", HttpMethod.POST, "/api/eligibility", ask));
    assertThat(office.get("eligible").asBoolean()).isFalse();
    assertThat(office.get("findings").toString()).contains("处理依据：" + BASIS);

    assertThat(call("xihu-hr", HttpMethod.GET, "/api/integrity-records/reads?idNumber=" + REVIEWED, null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode reads = body(call("admin", HttpMethod.GET, "/api/integrity-records/reads?idNumber=" + REVIEWED, null));
    assertThat(reads.findValuesAsText("readBy")).containsExactly("hgqf-office", "xihu-hr");
    assertThat(reads.get(1).get("entries").asInt()).isEqualTo(2);
    assertThat(reads.get(1).get("applicationId").asText()).isEqualTo(reviewedApp);
    assertThat(reads.get(1).get("channelText").asText()).isEqualTo("诚信档案查询");
    assertThat(reads.get(0).get("channelText").asText()).isEqualTo("资格核验");
    assertThat(reads.get(0).get("readAt").asText()).endsWith("+08:00");
  }

  @Test
  void anAdministratorCorrectsAndRemovesWithAReasonKeepingTheHistoryAndTheRemovedEntryNoLongerBars()
      throws Exception {
    String id = created(call("xihu-rsj", HttpMethod.POST, "/api/integrity-records", entry(CORRECTED, BASIS)))
        .get("id").asText();
    ResponseEntity<String> barred = start("lisi", "周九", "hz-xihu-chem", CORRECTED);
    assertThat(barred.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(barred.getBody()).contains("诚信档案记载：2022年度评审中提供虚假论文", "处理依据：" + BASIS);

    // nobody but an administrator corrects, removes or reads the history, not even the bureau that recorded it
    Map<String, Object> correction = Map.of("finding", "提供虚假业绩证明", "reason", "经复核，查实的行为为虚假业绩证明");
    for (String user : List.of("xihu-rsj", "hgqf-office", "xihu-hr")) {
      assertForbidden(call(user, HttpMethod.PUT, "/api/integrity-records/" + id, correction));
      assertForbidden(call(user, HttpMethod.DELETE, "/api/integrity-records/" + id, Map.of("reason", "撤销")));
      assertForbidden(call(user, HttpMethod.GET, "/api/integrity-records/" + id + "/history", null));
    }
    assertRefused(call("admin", HttpMethod.PUT, "/api/integrity-records/" + id, Map.of("finding", "提供虚假业绩证明")),
        HttpStatus.BAD_REQUEST, "诚信档案记录未更正：请填写更正理由（reason），500字以内");
    assertRefused(call("admin", HttpMethod.PUT, "/api/integrity-records/" + id,
        Map.of("roundYear", 1999, "reason", "年度有误")), HttpStatus.BAD_REQUEST, "评审年度（roundYear）应为2000至");
    assertRefused(call("admin", HttpMethod.PUT, "/api/integrity-records/" + id, Map.of("reason", "无内容")),
        HttpStatus.BAD_REQUEST, "请至少提供一项更正内容");
    assertRefused(call("admin", HttpMethod.PUT, "/api/integrity-records/no-such-entry", correction),
        HttpStatus.NOT_FOUND, "未找到诚信档案记录 no-such-entry");
    assertThat(history(id).get("changes")).isEmpty();

    JsonNode corrected = body(call("admin", HttpMethod.PUT, "/api/integrity-records/" + id, correction));
    assertThat(corrected.get("finding").asText()).isEqualTo("提供虚假业绩证明");
    assertThat(corrected.get("basis").asText()).isEqualTo(BASIS);

    assertRefused(call("admin", HttpMethod.DELETE, "/api/integrity-records/" + id, null), HttpStatus.BAD_REQUEST,
        "诚信档案记录未撤销：请填写撤销理由（reason），500字以内");
    assertRefused(call("admin", HttpMethod.DELETE, "/api/integrity-records/" + id + "?reason=", null),
        HttpStatus.BAD_REQUEST, "撤销理由（reason）");
    JsonNode removed = body(call("admin", HttpMethod.DELETE, "/api/integrity-records/" + id,
        Map.of("reason", "行政复议撤销了原处理决定")));
    assertThat(removed.get("removal").get("removedBy").asText()).isEqualTo("admin");
    assertThat(removed.get("removal").get("reason").asText()).isEqualTo("行政复议撤销了原处理决定");
    assertRefused(call("admin", HttpMethod.DELETE, "/api/integrity-records/" + id + "?reason=再次撤销", null),
        HttpStatus.CONFLICT, "不能再更正或撤销");

    JsonNode history = history(id);
    assertThat(history.get("changes").findValuesAsText("actionText")).containsExactly("更正", "撤销");
    assertThat(history.get("changes").get(0).get("before").get("finding").asText()).isEqualTo("提供虚假论文");
    assertThat(history.get("changes").get(0).get("reason").asText()).isEqualTo("经复核，查实的行为为虚假业绩证明");
    assertThat(history.get("changes").get(0).get("changedBy").asText()).isEqualTo("admin");
    assertThat(history.get("changes").get(1).get("before").get("finding").asText()).isEqualTo("提供虚假业绩证明");
    assertThat(history.get("entry").get("finding").asText()).isEqualTo("提供虚假业绩证明");

    // removed: no longer read, no longer bars; the person declares
    assertThat(body(call("admin", HttpMethod.GET, "/api/integrity-records?idNumber=" + CORRECTED, null))).isEmpty();
    assertThat(body(call("admin", HttpMethod.GET, "/api/integrity-records", null)).findValuesAsText("id"))
        .doesNotContain(id);
    ResponseEntity<String> declared = start("lisi", "周九", "hz-xihu-chem", CORRECTED);
    assertThat(declared.getStatusCode()).as(declared.getBody()).isEqualTo(HttpStatus.OK);
  }

  // ---- REST steps ----

  private static Map<String, Object> entry(String idNumber, String basis) {
    return Map.of("idNumber", idNumber, "personName", "钱七", "finding", "提供虚假论文", "roundYear", 2022,
        "notice", "杭经信人事〔2022〕号", "basis", basis);
  }

  private JsonNode history(String id) throws Exception {
    return body(call("admin", HttpMethod.GET, "/api/integrity-records/" + id + "/history", null));
  }

  private static void assertForbidden(ResponseEntity<String> r) {
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(r.getBody()).contains("仅限管理员");
  }

  private static JsonNode created(ResponseEntity<String> r) throws Exception {
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(r.getBody());
  }
}
