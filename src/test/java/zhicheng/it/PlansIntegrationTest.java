package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
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
 * The plans over REST on the real PostgreSQL (schema {@code <zhicheng.it.schema>_plans}, recreated per run): the
 * list with chains, conditions and rows; one row; the chain a unit's applicant would get; the declaration form as
 * Tasklist loads it, offering today's open plans and the organisation's units; an entrusted row refused with the
 * notice's words and nothing created.
 */
@PostgresAppTest
class PlansIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_plans";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Test
  void theListShowsEveryPlanWithItsChainConditionsAndRows() throws Exception {
    JsonNode plans = body(call("lisi", HttpMethod.GET, "/api/plans", null));
    // the seven plan files of seeds 000-004 and a demo copy of each
    assertThat(plans).hasSize(14);
    JsonNode lishui = find(plans, "ls-2021-arts-crafts-intermediate");
    assertThat(lishui.get("open").asBoolean()).isFalse();
    assertThat(lishui.get("chain").findValuesAsText("group"))
        .containsExactly("unit:{unit}", "hr:{county}", "precommittee:{county}", "office:{committee}");
    assertThat(lishui.get("chain").get(2).get("appliesTo").get("text").asText()).isEqualTo("区县（市）为 331121、331181 之一");
    assertThat(find(plans, "ls-2021-arts-crafts-intermediate-demo").get("open").asBoolean()).isTrue();
    JsonNode anji = find(plans, "aj-2021-titles");
    assertThat(anji.get("rows")).hasSize(30);
    assertThat(anji.get("chain").get(0).get("deadlineFromRow").asBoolean()).isTrue();

    JsonNode row = body(call("lisi", HttpMethod.GET, "/api/plans/aj-2021-titles-demo:19", null));
    assertThat(row.get("open").asBoolean()).isTrue();
    assertThat(row.get("row").get("choiceId").asText()).isEqualTo("aj-2021-titles-demo:19");
    assertThat(row.get("row").get("answer").asText()).startsWith("附件1第19行（广播电视播音）为委托评审");
    assertThat(call("lisi", HttpMethod.GET, "/api/plans/aj-2021-titles:99", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/plans", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theChainOfAUnitsApplicantCanBeSeenBeforeDeclaring() throws Exception {
    JsonNode liandu = body(call("lisi", HttpMethod.GET,
        "/api/plans/ls-2021-arts-crafts-intermediate-demo/chain?unit=ls-liandu-arts-crafts", null));
    assertThat(liandu.get("accepted").asBoolean()).isTrue();
    assertThat(liandu.get("steps").findValuesAsText("group"))
        .containsExactly("unit:ls-liandu-arts-crafts", "hr:331102", "office:ls-gmy-mid");
    JsonNode outside = body(call("lisi", HttpMethod.GET,
        "/api/plans/ls-2021-arts-crafts-intermediate-demo/chain?unit=hz-xihu-chem", null));
    assertThat(outside.get("accepted").asBoolean()).isFalse();
    assertThat(outside.get("problems").get(0).asText()).contains("只受理丽水市单位人员的申报");
  }

  @Test
  void theDeclarationFormOffersTodaysOpenPlansAndTheOrganisationsUnits() throws Exception {
    ResponseEntity<String> form = call("zhangsan", HttpMethod.GET,
        "/engine-rest/process-definition/key/title-application/deployed-start-form", null);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode components = JSON.readTree(form.getBody()).get("components");
    List<String> plans = values(components, "planId");
    // the demo copies are open, the notices' own rounds closed long ago; a row the county entrusts elsewhere
    // (附件1 第19行, 委托评审) takes no declaration and is not offered
    assertThat(plans).contains("hz-2023-hgqf-senior-engineer-demo", "ls-2021-arts-crafts-junior-demo",
        "aj-2021-titles-demo:15").doesNotContain("hz-2023-hgqf-senior-engineer",
        "aj-2021-titles:15", "aj-2021-titles-demo", "aj-2021-titles-demo:19");
    assertThat(values(components, "unitCode")).contains("hz-xihu-chem", "ls-qingtian-stone", "aj-hospital");
    assertThat(values(components, "route")).contains("正常申报", "直接申报", "自评分申报", "直通车直接申报");
  }

  @Test
  void anEntrustedRowIsAnsweredAsTheNoticeSaysAndNothingIsCreated() throws Exception {
    long before = body(call("admin", HttpMethod.GET, "/engine-rest/history/process-instance/count", null))
        .get("count").asLong();
    ResponseEntity<String> refused = call("zhangsan", HttpMethod.POST,
        "/engine-rest/process-definition/key/title-application/submit-form", Map.of("variables", Map.of(
            "planId", Map.of("value", "aj-2021-titles-demo:20"), "unitCode", Map.of("value", "aj-culture-centre"),
            "applicantName", Map.of("value", "钱二"), "idNumber", Map.of("value", "11010519491231002X"),
            "route", Map.of("value", "正常申报"), "education", Map.of("value", "大学本科"),
            "currentTitle", Map.of("value", "教练"), "currentTitleDate", Map.of("value", "2016-01-01"),
            "statement", Map.of("value", "从事体育训练工作十年。"))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(refused.getBody()).get("message").asText()).isEqualTo("申报未受理：附件1第20行（体育教练员）"
        + "为委托评审：本县不组织该专业的评审（推荐），不经本县评审链申报（推荐资格：助理教练、教练、高级教练）"
        + "（安人社通〔2021〕9号 附件1 第20行 备注“委托评审”）");
    assertThat(body(call("admin", HttpMethod.GET, "/engine-rest/history/process-instance/count", null))
        .get("count").asLong()).isEqualTo(before);
  }

  private static JsonNode find(JsonNode plans, String id) {
    for (JsonNode p : plans) {
      if (p.get("id").asText().equals(id)) {
        return p;
      }
    }
    throw new AssertionError("no plan " + id);
  }

  private static List<String> values(JsonNode components, String key) {
    for (JsonNode c : components) {
      if (key.equals(c.path("key").asText())) {
        List<String> values = new ArrayList<>();
        c.get("values").forEach(v -> values.add(v.get("value").asText()));
        return values;
      }
    }
    throw new AssertionError("no field " + key);
  }
}
