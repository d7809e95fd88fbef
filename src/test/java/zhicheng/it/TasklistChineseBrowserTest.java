package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import zhicheng.browser.Browser;
import zhicheng.browser.Chromium;
import zhicheng.vocabulary.ChinaTime;

/**
 * Tasklist as a unit reviewer and an expert see it, in Chromium: Chinese labels and dates, the ballot as one table
 * (the recused row greyed, the other voted on), a ballot refused before the sitting's day, and the vote taken on it.
 * Screenshots for docs/reviewers.md and docs/committee.md with {@code -Dzhicheng.screenshots=docs/images}.
 */
@PostgresAppTest
class TasklistChineseBrowserTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_tlbrowser";

  @RegisterExtension
  static final Chromium CHROMIUM = new Chromium();

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Test
  void aUnitReviewerAndAnExpertWorkInChinese() throws Exception {
    String zhang = waitingForTheCommittee("zhangsan", "张三", "hz-xihu-chem");
    waitingForTheCommittee("wangwu", "王五", "hz-xiaoshan-textile");
    // 李四's archive holds one paper: it goes with the declaration, for the unit to confirm in its form
    assertThat(call("lisi", HttpMethod.POST, "/api/achievements", Map.of("kind", "论文", "title", "印染节水工艺研究",
        "date", "2021-03-01", "evidence", java.util.List.of(AchievementsIntegrationTest.pdf("论文.pdf"))))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    declare("lisi", "李四", "hz-xihu-chem");

    // the unit reviewer: Tasklist's own words and dates in Chinese, the task's form beside them (the unit's own form:
    // the rows with their findings so far, and one line per row to confirm)
    Browser unit = signIn("xihu-hr");
    unit.waitFor(By.partialLinkText("用人单位审核：李四")).click();
    waitForText(unit, "申报资格审核");
    waitForText(unit, "第1项业绩");
    String page = unit.pageText();
    assertThat(page).contains("申报所附业绩（业绩档案）与计分", "【论文】印染节水工艺研究 2021-03-01；单位：待核实", "业绩核实",
        "核实结果", "不予认定的理由").doesNotContain("第2项业绩");
    assertThat(page).contains("待办任务", "我的待办（按截止日期）", "认领", "表单", "历史", "流程图")
        .containsPattern("到期 \\d+ (天|个月)后")
        .doesNotContain("Claim", "Due in", "Create task", "新建任务", "time to migrate");
    unit.screenshot("tasklist-unit-review");

    // a sitting: its publicities ended early, the experts chosen on the day it meets
    String today = LocalDate.now(ChinaTime.ZONE).toString();
    var opened = call("hgqf-office", HttpMethod.POST, "/engine-rest/process-definition/key/committee-session/start",
        Map.of("variables", vars(Map.of("committeeCode", "", "sittingName", "浏览器测试评审会",
            "sittingDate", LocalDate.now(ChinaTime.ZONE).plusDays(14).toString()))));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.OK);
    String sitting = JSON.readTree(opened.getBody()).get("id").asText();
    endPublicities(sitting);
    sittingDay(sitting, today);
    JsonNode choose = onlyTaskOf("hgqf-office", sitting);
    assertThat(call("hgqf-office", HttpMethod.POST, "/engine-rest/task/" + choose.get("id").asText() + "/complete",
        Map.of("variables", Map.of("attendingExperts", Map.of("value",
            "[\"expert1\",\"expert2\",\"expert3\",\"expert4\",\"expert5\",\"expert6\"]", "type", "Json"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // expert3 works at 张三's unit: one table, 张三's row greyed (回避), 王五's to vote on, short numbers only
    Browser expert = signIn("expert3");
    expert.waitFor(By.partialLinkText("评审表决：浏览器测试评审会")).click();
    expert.waitFor(By.cssSelector("#ballot-table tr[data-row='2'] input[value='agree']"));
    assertThat(expert.all(By.cssSelector("#ballot-table tbody tr"))).hasSize(2);
    assertThat(expert.waitFor(By.cssSelector("#ballot-table tr[data-row='1']")).getText()).contains("张三", "回避")
        .doesNotContain(key(zhang));
    assertThat(expert.all(By.cssSelector("#ballot-table tr[data-row='1'] input"))).isEmpty();
    expert.waitFor(By.cssSelector("#ballot-table tr[data-row='2'] input[value='agree']")).click();
    expert.screenshot("tasklist-ballot");

    // the day before the sitting the ballot is refused in Chinese, and nothing is taken
    sittingDay(sitting, LocalDate.now(ChinaTime.ZONE).plusDays(1).toString());
    complete(expert);
    assertThat(waitForText(expert, "提交表决票须在评审会当天或之后办理")).contains("无法提交表决票");
    assertThat(tasksOf("expert3", sitting)).hasSize(1);
    expert.screenshot("tasklist-ballot-refused");

    // on the day it is taken
    sittingDay(sitting, today);
    complete(expert);
    new WebDriverWait(expert.driver(), java.time.Duration.ofSeconds(30)).until(d -> {
      try {
        return tasksOf("expert3", sitting).isEmpty();
      } catch (Exception e) {
        return false;
      }
    });
    assertThat(tasksOf("expert3", sitting)).isEmpty();
  }

  private Browser signIn(String user) {
    Browser b = CHROMIUM.open("http://localhost:" + port, Chromium.DESKTOP);
    b.open("/camunda/app/tasklist/default/#/login");
    // the placeholders are translated once Tasklist's scripts and its zh-CN labels are in: the form is live
    b.waitFor(By.cssSelector("input[placeholder='用户名']")).sendKeys(user);
    b.waitFor(By.cssSelector("input[placeholder='密码']")).sendKeys("demo");
    b.waitFor(By.cssSelector("button[type='submit']")).click();
    waitForText(b, "我的待办（按截止日期）");
    return b;
  }

  private static String waitForText(Browser b, String text) {
    new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    return b.pageText();
  }

  /** Tasklist's 完成 button under the form. */
  private static void complete(Browser b) {
    b.all(By.tagName("button")).stream().filter(x -> x.getText().trim().equals("完成")).findFirst().orElseThrow()
        .click();
  }

  /** An administrator corrects the sitting's day (a repair in Cockpit, docs/committee.md). */
  private void sittingDay(String sitting, String day) {
    assertThat(call("admin", HttpMethod.PUT, "/engine-rest/process-instance/" + sitting + "/variables/sittingDate",
        Map.of("value", day, "type", "String")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Qualified, paid, paper forms received (as CommitteeIntegrationTest). */
  private String waitingForTheCommittee(String user, String name, String unit) throws Exception {
    JsonNode started = declare(user, name, unit);
    String key = started.get("businessKey").asText();
    boolean xihu = unit.equals("hz-xihu-chem");
    pass(xihu ? "xihu-hr" : "xiaoshan-hr", key);
    endPublicities(started.get("id").asText());
    pass(xihu ? "xihu-jxj" : "xiaoshan-jxj", key);
    pass("hgqf-office", key);
    String id = started.get("id").asText();
    assertThat(call("payment-gateway", HttpMethod.POST, "/api/applications/" + id + "/payments",
        Map.of("paymentId", "P-" + id, "amount", 300)).getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode paper = onlyTask("hgqf-office", key);
    assertThat(call("hgqf-office", HttpMethod.POST, "/engine-rest/task/" + paper.get("id").asText() + "/complete",
        Map.of("variables", vars(Map.of("copiesReceived", 3)))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return id;
  }

  private String key(String processInstanceId) throws Exception {
    return application("admin", processInstanceId).get("businessKey").asText();
  }
}
