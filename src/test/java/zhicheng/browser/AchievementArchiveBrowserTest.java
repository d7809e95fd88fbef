package zhicheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import zhicheng.achievements.AchievementArchive;
import zhicheng.eligibility.IdNumbers;
import zhicheng.eligibility.TestFiles;

/**
 * 我的业绩档案 in a real browser, on a phone: the title date kept, a row added with its evidence PDF and its points by
 * 浙经信消费〔2022〕35号 附件2, bad input refused beside its field with nothing kept (a date in the future, a date before
 * the title for an item scored only after it, a file that is a picture named .pdf, no kind), a row changed and one
 * deleted; once an application is submitted with the archive, its rows are shown locked; another person's row is 404.
 * Two applicants of this class's own (the browser tests share one app and its data).
 */
@BrowserAppTest
class AchievementArchiveBrowserTest {

  static final String OWNER = "ach-zhou";
  static final String OTHER = "ach-wu";

  @RegisterExtension
  static final Chromium CHROMIUM = new Chromium();

  static Path files;

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  RuntimeService runtime;
  @Autowired
  AchievementArchive archive;

  @BeforeAll
  static void files() throws IOException {
    files = Files.createTempDirectory("zhicheng-archive-files");
    Files.write(files.resolve("金奖证书.pdf"), TestFiles.pdf());
    Files.write(files.resolve("论文.pdf"), TestFiles.pdf());
    Files.write(files.resolve("photo.pdf"), TestFiles.goodPhoto());
  }

  @AfterAll
  static void removeFiles() throws IOException {
    try (var all = Files.list(files)) {
      for (Path p : all.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(files);
  }

  @Test
  void anApplicantKeepsTheArchiveOnAPhone() {
    person(OWNER, "周敏");
    person(OTHER, "吴磊");
    Browser b = signIn(OWNER);
    b.click("nav-achievements");
    assertThat(b.text("none")).isEqualTo("业绩档案中还没有业绩。");

    // the title date: one in the future is refused beside its field, then kept
    String tomorrow = LocalDate.now().plusDays(2).toString();
    b.paste("titleDate", tomorrow).click("save-title-date");
    assertThat(b.text("error-titleDate")).isEqualTo(tomorrow + " 晚于今天（" + LocalDate.now() + "），取得日期不能在将来")
        .doesNotContain("titleDate");
    assertThat(archive.titleDate(OWNER)).isEmpty();
    b.paste("titleDate", "2016-06-30").click("save-title-date");
    assertThat(b.text("done")).isEqualTo("现任职称取得日期已保存");

    // a contest gold: every problem at once beside its field, nothing kept
    b.click("add-achievement");
    b.choose("item", "awards.contests.gold").fill("title", "《钱塘潮》金奖证书").fill("work", "钱塘潮")
        .paste("date", tomorrow).attach("files", files.resolve("photo.pdf"));
    b.click("save-achievement");
    assertThat(b.text("error-kind")).startsWith("请选择业绩类别");
    assertThat(b.text("error-date")).isEqualTo(tomorrow + " 晚于今天（" + LocalDate.now() + "），取得日期不能在将来");
    assertThat(b.text("error-evidence")).contains("photo.pdf").contains("PDF");
    assertThat(b.element("title").getDomProperty("value")).isEqualTo("《钱塘潮》金奖证书");
    assertThat(archive.list(OWNER)).isEmpty();

    // before the title: this item scores only after it (说明5)
    b.choose("kind", "获奖").paste("date", "2015-05-01").attach("files", files.resolve("金奖证书.pdf"));
    b.click("save-achievement");
    assertThat(b.text("error-date")).startsWith("2015-05-01 早于您的现任职称取得日期（2016-06-30）")
        .contains("浙经信消费〔2022〕35号 附件2 说明5");
    assertThat(b.has("error-kind")).isFalse();
    assertThat(archive.list(OWNER)).isEmpty();

    // right: kept, listed with its evidence and its points by 附件2
    b.paste("date", "2019-10-12").attach("files", files.resolve("金奖证书.pdf")).click("save-achievement");
    assertThat(b.text("done")).isEqualTo("业绩“《钱塘潮》金奖证书”已保存");
    long gold = archive.list(OWNER).get(0).id();
    assertThat(b.text("achievement-" + gold)).contains("《钱塘潮》金奖证书", "作品：钱塘潮", "金奖证书.pdf");
    assertThat(b.text("points-" + gold)).startsWith("计5分");
    assertThat(b.text("score")).startsWith("按《浙江省高级工艺美术师职务任职资格量化评分标准》自评 5 分");
    b.screenshot("portal-achievements-phone");

    // a paper without an item, then changed: a new file beside the kept one
    b.click("add-achievement");
    b.choose("kind", "论文").fill("title", "青瓷釉色研究").paste("date", "2020-03-01")
        .attach("files", files.resolve("论文.pdf")).click("save-achievement");
    long paper = archive.list(OWNER).stream().filter(a -> a.title().equals("青瓷釉色研究")).findFirst().orElseThrow().id();
    b.click("edit-" + paper);
    b.choose("item", "theory.papers").attach("files", files.resolve("金奖证书.pdf")).click("save-achievement");
    assertThat(b.text("done")).isEqualTo("业绩“青瓷釉色研究”已修改");
    assertThat(archive.find(OWNER, paper).orElseThrow().evidence()).hasSize(2);
    assertThat(b.text("points-" + paper)).startsWith("计2分");

    // a changed row refused: the kind does not hold the item; nothing changed
    b.click("edit-" + paper);
    b.choose("kind", "专利").click("save-achievement");
    assertThat(b.text("error-item")).isEqualTo("评分项“作为第一撰写人或作者在专业期刊上发表论文”不属于“专利”类业绩");
    assertThat(b.text("error-status")).startsWith("专利须填写状态");
    assertThat(archive.find(OWNER, paper).orElseThrow().kind()).isEqualTo("论文");

    // deleted
    b.open("/portal/achievements").click("delete-" + paper);
    assertThat(b.text("done")).isEqualTo("业绩“青瓷釉色研究”已删除");
    assertThat(archive.find(OWNER, paper)).isEmpty();

    // another person's row does not exist here, nor can it be deleted
    Browser other = signIn(OTHER);
    other.open("/portal/achievements/" + gold);
    assertThat(other.text("refusal")).isEqualTo("未找到该业绩，或您无权查看。");
    assertThat(other.pageText()).doesNotContain("钱塘潮");
    assertThat(PortalBrowserTest.fetchStatus(other, "/portal/achievements/" + gold)).startsWith("404");
    other.close();

    // submitted with an application: locked
    String application = declare(OWNER, "周敏", IdNumbers.person(457));
    try {
      b.open("/portal/achievements");
      assertThat(b.text("use-" + gold)).startsWith("已随申报 ZC-").endsWith("提交，用人单位：待核实");
      assertThat(b.has("edit-" + gold)).isFalse();
      assertThat(b.text("locked-" + gold)).isEqualTo("已随申报提交，不能修改或删除。");
      b.open("/portal/achievements/" + gold);
      assertThat(b.text("locked")).startsWith("这项业绩已随申报提交");
      assertThat(b.element("save-achievement").isEnabled()).isFalse();
      assertThat(b.all(By.cssSelector("#kept-files a"))).hasSize(1);
    } finally {
      // the browser tests share one app: the others count their own applications from none
      runtime.deleteProcessInstance(application, "浏览器测试结束", true);
    }
  }

  Browser signIn(String user) {
    Browser b = CHROMIUM.open("http://localhost:" + port, Chromium.PHONE);
    b.open("/portal").fill("username", user).fill("password", "demo").click("sign-in");
    assertThat(b.path()).startsWith("/portal");
    return b;
  }

  void person(String id, String name) {
    User u = identity.newUser(id);
    u.setFirstName(name);
    u.setPassword("demo");
    identity.saveUser(u);
    identity.createMembership(id, "applicant");
  }

  String declare(String user, String name, String idNumber) {
    VariableMap v = Variables.createVariables().putValue("planId", PortalBrowserTest.DEMO_PLAN)
        .putValue("applicantName", name).putValue("idNumber", idNumber).putValue("unitCode", "hz-xihu-chem")
        .putValue("route", "正常申报").putValue("education", "大学本科").putValue("currentTitle", "工程师")
        .putValue("currentTitleDate", "2017-06-30").putValue("statement", "任工程师以来主持纺织印染节能改造项目。")
        .putValueTyped("profile", SpinValues.jsonValue(PortalBrowserTest.PROFILE).create());
    identity.setAuthentication(user, List.of("applicant"));
    try {
      return runtime.startProcessInstanceByKey("title-application", v).getId();
    } finally {
      identity.clearAuthentication();
    }
  }
}
