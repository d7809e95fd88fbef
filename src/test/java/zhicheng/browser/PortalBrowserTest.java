package zhicheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import zhicheng.documents.Pdfs;
import zhicheng.eligibility.TestFiles;
import zhicheng.portal.Drafts;

/**
 * The applicant's way through /portal in a real browser (headless Chromium), as the issue tells it: signed in as
 * zhangsan, the declaration's materials uploaded one at a time (a wrong file refused beside its field), a 退回 from
 * the unit (given over the engine's Java API here, as a reviewer in Tasklist would), the correction with a statement
 * over 1000 characters refused beside the field, resubmitted into the same task, a double submit answered, the chain
 * passed, the fee paid on the demo payment page, the evaluation form downloaded; another applicant's application is
 * 404, a form post without its CSRF token 403. Screenshots for docs/applicants.md with -Dzhicheng.screenshots=docs/images.
 */
@BrowserAppTest
class PortalBrowserTest {

  static final String DEMO_PLAN = "hz-2023-hgqf-senior-engineer-demo";
  static final String PROFILE = """
      {"employerType": "企业", "currentTitleLevel": "中级", "assessments": [{"year": 2020, "result": "合格"},
       {"year": 2021, "result": "优秀"}, {"year": 2022, "result": "优秀"}], "continuingEducation": [
       {"year": 2021, "professional": 60, "industryPublic": 18, "generalPublic": 12},
       {"year": 2022, "professional": 64, "industryPublic": 16, "generalPublic": 10},
       {"year": 2023, "professional": 70, "industryPublic": 20, "generalPublic": 0}]}""";

  @RegisterExtension
  static final Chromium CHROMIUM = new Chromium();

  static Path files;

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  ManagementService management;
  @Autowired
  Drafts drafts;
  @Autowired
  FormService forms;

  @BeforeAll
  static void files() throws IOException {
    files = Files.createTempDirectory("zhicheng-portal-files");
    Files.write(files.resolve("证件照.jpg"), TestFiles.goodPhoto());
    Files.write(files.resolve("scan.pdf"), TestFiles.pdf());
    Files.write(files.resolve("photo-but-a-pdf.jpg"), TestFiles.pdf());
    Files.write(files.resolve("large-photo.jpg"), TestFiles.jpeg(700, 1000, 1200 * 1024));
    Files.write(files.resolve("年度考核登记表-重新扫描.pdf"), TestFiles.pdf());
    Files.writeString(files.resolve("notes-not-a-scan.pdf"), "只是一段文字，不是扫描件");
    // over the 20MB stated beside every PDF field (the page says so before sending anything)
    try (var out = new java.io.RandomAccessFile(files.resolve("scan-21MB.pdf").toFile(), "rw")) {
      out.setLength(21L * 1024 * 1024);
    }
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
  void anApplicantDeclaresCorrectsPaysAndDownloadsInTheBrowser() {
    // 新申报: a draft saved, the browser closed …
    Browser first = signIn(Chromium.PHONE, "zhangsan");
    first.click("declare").click("new-draft");
    String draft = first.path();
    first.choose("planId", DEMO_PLAN).choose("unitCode", "hz-xihu-chem").fill("applicantName", "张三")
        .fill("idNumber", "11010519491231002X").choose("route", "正常申报").choose("education", "大学本科")
        .fill("currentTitle", "工程师").paste("currentTitleDate", "2017-06-30")
        .choose("employerType", "企业").choose("currentTitleLevel", "中级");
    first.click("add-assessment").click("add-assessment").fillAll("assessmentYear", "2020", "2021", "2022");
    // 检查资格条件: the process's own eligibility check on the draft, each unmet rule beside its field
    first.fillAll("assessmentResult", "合格", "优秀", "不合格");
    first.click("check-eligibility");
    assertThat(first.text("check-assessments")).contains("2022", "杭经信人事〔2023〕63号");
    ((JavascriptExecutor) first.driver()).executeScript(
        "document.getElementById('assessments').scrollIntoView({block: 'start'});");
    first.screenshot("portal-check-phone");
    assertThat(first.all(By.name("assessmentYear"))).hasSize(3);
    first.fillAll("assessmentResult", "合格", "优秀", "优秀");
    first.click("add-hours").click("add-hours").fillAll("ceYear", "2021", "2022", "2023")
        .fillAll("ceProfessional", "60", "64", "70").fillAll("ceIndustryPublic", "18", "16", "20")
        .fillAll("ceGeneralPublic", "12", "10", "0");
    first.paste("statement", "任工程师以来主持纺织印染节能改造项目。");
    first.click("check-eligibility");
    assertThat(first.pageText()).contains("资格条件均已满足");
    assertThat(first.has("check-assessments")).isFalse();
    first.screenshot("portal-declaration-phone");
    first.click("save-draft");
    assertThat(first.text("saved")).startsWith("草稿已保存");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("title-application").count()).isZero();
    first.close();

    // … and resumed in a new browser: everything is there; submitted, it becomes the application
    Browser b = signIn(Chromium.PHONE, "zhangsan");
    b.open("/portal/drafts").click("draft-" + draft.substring(draft.lastIndexOf('/') + 1));
    assertThat(b.element("applicantName").getDomProperty("value")).isEqualTo("张三");
    assertThat(b.all(By.name("ceYear"))).hasSize(3);
    b.click("submit-declaration");
    assertThat(b.text("done")).startsWith("申报已提交（申报编号 ZC-");
    ProcessInstance application = runtime.createProcessInstanceQuery().processDefinitionKey("title-application")
        .variableValueEquals("applicant", "zhangsan").singleResult();
    String id = application.getId();

    // 我的申报 → the application → its upload task
    b.open("/portal");
    assertThat(b.text("application-" + id)).contains("待上传申报材料");
    b.screenshot("portal-my-phone");
    b.open("/portal/applications/" + id);
    b.click("task-materials");
    assertThat(b.pageText()).contains("每次上传一个文件", "20MB");

    // a PDF named .jpg and a photo over 1M are refused beside the photo field, and nothing is kept
    b.attach("file-photo", files.resolve("photo-but-a-pdf.jpg")).click("upload-photo");
    assertThat(b.text("error-photo")).contains("不是JPG/JPEG图片（按文件内容判断，不看扩展名）");
    assertThat(b.has("current-photo")).isFalse();
    b.attach("file-photo", files.resolve("large-photo.jpg")).click("upload-photo");
    assertThat(b.text("error-photo")).contains("须大于30K且小于1M");

    // a scan over 20MB: answered beside its field before it is sent; nothing kept
    b.attach("file-ceCertificate", files.resolve("scan-21MB.pdf"));
    b.driver().findElement(By.id("upload-ceCertificate")).click();
    assertThat(b.waitForText("error-ceCertificate", "超过20MB")).isEqualTo("继续教育学时证明“scan-21MB.pdf”超过20MB，请压缩或分拆后上传");
    assertThat(b.has("current-ceCertificate")).isFalse();

    b.attach("file-photo", files.resolve("证件照.jpg")).click("upload-photo");
    assertThat(b.text("current-photo")).contains("已上传：证件照.jpg");
    b.attach("file-ceCertificate", files.resolve("scan.pdf")).click("upload-ceCertificate");
    b.attach("file-assessmentForms", files.resolve("scan.pdf")).click("upload-assessmentForms");
    assertThat(b.text("current-assessmentForms")).contains("已上传：scan.pdf");
    b.screenshot("portal-materials-phone");
    b.click("submit-materials");
    assertThat(b.text("done")).isEqualTo("申报材料已提交，系统已进行资格核验。");
    assertThat(b.text("status")).startsWith("审核中");

    // the unit returns it (in Tasklist; here over the engine's Java API as the unit's reviewer)
    decide("xihu-hr", "unit:hz-xihu-chem", application, "return", "年度考核登记表模糊不清，请重新扫描；本人述职请补充主持项目的成效");
    b.open("/portal/applications/" + id);
    assertThat(b.text("status")).startsWith("退回修改");
    b.click("task-correction");
    assertThat(b.text("return-reason")).isEqualTo("退回原因：年度考核登记表模糊不清，请重新扫描；本人述职请补充主持项目的成效");
    String correctionUrl = b.path();

    // a new scan for the returned file: a text file named .pdf is refused beside its field, the real one is kept
    assertThat(b.text("before-assessmentForms")).isEqualTo("申报时已上传：scan.pdf");
    b.attach("file-assessmentForms", files.resolve("notes-not-a-scan.pdf")).click("upload-assessmentForms");
    assertThat(b.text("error-assessmentForms")).contains("不是PDF文件（按文件内容判断，不看扩展名）");
    assertThat(b.has("current-assessmentForms")).isFalse();
    b.attach("file-assessmentForms", files.resolve("年度考核登记表-重新扫描.pdf")).click("upload-assessmentForms");
    assertThat(b.text("current-assessmentForms")).startsWith("已上传：年度考核登记表-重新扫描.pdf");
    ((JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0);");
    b.screenshot("portal-correction-phone");
    // not the application's until resubmitted
    assertThat(fileName(id, "assessmentForms")).isEqualTo("scan.pdf");

    // over 1000 characters: the live counter says so, the server refuses beside the field, nothing is saved
    b.paste("statement", "述".repeat(1001));
    assertThat(b.text("statement-count")).isEqualTo("1001");
    b.fill("idNumber", "110105194912310021");
    b.click("submit-correction");
    assertThat(b.text("error-statement")).startsWith("本人述职限1000字以内，现为1001字");
    assertThat(b.text("error-idNumber")).contains("校验位错误");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
        .taskAssignee("zhangsan").count()).isEqualTo(1);
    ((JavascriptExecutor) b.driver()).executeScript(
        "document.getElementById('error-idNumber').scrollIntoView({block: 'start'});");
    b.screenshot("portal-correction-refused-phone");

    // a post without the form's CSRF token is refused with 403, and nothing is changed
    ((JavascriptExecutor) b.driver()).executeScript(
        "document.querySelector('form.once input[name=_csrf]').remove(); document.getElementById('submit-correction').click();");
    assertThat(b.text("refusal")).contains("缺少有效的安全令牌");

    b.open(correctionUrl);
    // 资格核验信息 as declared, editable as on 新申报: too few hours are answered beside them, nothing is sent
    assertThat(b.all(By.name("ceProfessional"))).extracting(e -> e.getAttribute("value"))
        .containsExactly("60", "64", "70");
    b.fill("idNumber", "11010519491231002X");
    b.paste("statement", "任工程师以来主持纺织印染节能改造项目，年节约标准煤1200吨。");
    b.fillAll("ceProfessional", "60", "64", "59");
    b.click("submit-correction");
    assertThat(b.text("check-hours")).contains("2023年").contains("专业科目59学时");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
        .taskAssignee("zhangsan").count()).isEqualTo(1);
    b.fillAll("ceProfessional", "60", "64", "85");
    // keep what the form sends, to send it once more afterwards (a second click that got through, a resent page)
    ((JavascriptExecutor) b.driver()).executeScript("const f = document.querySelector('form.once');"
        + "sessionStorage.setItem('action', f.action);"
        + "sessionStorage.setItem('data', new URLSearchParams(new FormData(f)).toString());");
    b.click("submit-correction");
    assertThat(b.text("done")).isEqualTo("修改后的申报已提交，由退回的审核层级重新审核。");
    String again = (String) ((JavascriptExecutor) b.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(sessionStorage.getItem('action'), {method: 'POST', credentials: 'same-origin',"
            + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: sessionStorage.getItem('data')})"
            + ".then(r => r.text()).then(done);");
    assertThat(again).contains("修改后的申报已提交过，无需重复提交。");
    // the application holds the new scan now, and the trail says so
    assertThat(fileName(id, "assessmentForms")).isEqualTo("年度考核登记表-重新扫描.pdf");
    assertThat(fileName(id, "photo")).isEqualTo("证件照.jpg");
    assertThat(b.text("trail")).contains("更换了年度考核登记表");
    // and the corrected hours
    assertThat(((org.camunda.bpm.engine.variable.value.SerializableValue) runtime.getVariableTyped(
        application.getId(), "profile", false)).getValueSerialized()).contains("\"professional\":85");

    // the chain passes: unit, its publicity, district, committee office; then the fee is due
    decide("xihu-hr", "unit:hz-xihu-chem", application, "pass", "同意推荐");
    endPublicity(application);
    decide("xihu-jxj", "county:330106", application, "pass", "材料齐全，同意上报");
    decide("hgqf-office", "office:hz-hgqf-senior", application, "pass", "资格审查通过");

    b.open("/portal/applications/" + id);
    assertThat(b.text("status")).startsWith("待缴费");
    b.click("task-payment");
    String paymentUrl = b.path();
    b.click("pay");
    assertThat(b.text("receipt")).contains("已缴费");
    b.open(paymentUrl);
    assertThat(b.has("pay")).isFalse();
    b.open("/portal/applications/" + id);
    assertThat(b.text("trail")).contains("退回", "重新提交", "通知缴费");

    // the evaluation form opens from the page with the same session (a PDF)
    String href = b.driver().findElement(By.cssSelector("#documents a")).getAttribute("href");
    assertThat(href).contains("/api/applications/" + id + "/documents/");
    Browser desktop = signIn(Chromium.DESKTOP, "zhangsan");
    desktop.open("/portal/applications/" + id).screenshot("portal-application-desktop");
    desktop.close();
    assertThat(fetchStatus(b, href)).isEqualTo("200 application/pdf");
    String form = Pdfs.squeezed(Pdfs.text(fetchBytes(b, href)));
    assertThat(form).contains("专业技术职务任职资格评审表", "张三", "年节约标准煤1200吨", "材料齐全，同意上报");

    // the committee: paper forms received, a sitting votes and publishes; the certificate is on the page
    certify(application);
    b.open("/portal/applications/" + id);
    assertThat(b.text("status")).startsWith("评审通过");
    String certificate = b.driver().findElement(By.id("certificate")).getAttribute("href");
    String certificateText = Pdfs.squeezed(Pdfs.text(fetchBytes(b, certificate)));
    assertThat(certificateText).contains("张三", "高级工程师", "浙人社发");

    // another applicant's application does not exist for zhangsan
    ProcessInstance lisis = declare("lisi", "李四", "110105198001010016");
    b.open("/portal/applications/" + lisis.getId());
    assertThat(b.text("refusal")).isEqualTo("未找到该申报，或您无权查看。");
    assertThat(b.pageText()).doesNotContain("李四");
    assertThat(fetchStatus(b, "/portal/applications/" + lisis.getId())).startsWith("404");
  }

  @Test
  void aDraftWhosePlanClosedAndAMalformedAddressAreAnsweredInChineseAndNothingIsCreated() {
    // a draft saved while its plan was open: the real 2023 round, whose declaration closed on 2023-08-27
    long stale = drafts.create("wangwu");
    drafts.save("wangwu", stale, Map.of("planId", List.of("hz-2023-hgqf-senior-engineer"),
        "unitCode", List.of("hz-xiaoshan-textile"), "applicantName", List.of("王五"),
        "idNumber", List.of("11010519491231002X"), "route", List.of("正常申报"), "education", List.of("大学本科"),
        "currentTitle", List.of("工程师"), "currentTitleDate", List.of("2017-06-30"),
        "statement", List.of("任工程师以来主持印染废水回用项目。")));
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("title-application").count();

    Browser b = signIn(Chromium.PHONE, "wangwu");
    b.open("/portal/drafts/" + stale);
    assertThat(b.text("error-planId")).contains("已于2023年8月27日截止，逾期不再受理（杭经信人事〔2023〕63号）");
    b.click("submit-declaration");
    assertThat(b.text("findings")).contains("已于2023年8月27日截止，逾期不再受理");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("title-application").count()).isEqualTo(before);
    assertThat(drafts.find("wangwu", stale)).isPresent();

    // an address cut short or typed by hand: a Chinese page, not the framework's English 400
    b.open("/portal/drafts/new");
    assertThat(b.text("refusal")).startsWith("未找到该页面：地址中的“new”不是有效的编号");
    assertThat(fetchStatus(b, "/portal/drafts/new")).startsWith("404");
    b.close();
  }

  // ---- the browser ----

  Browser signIn(org.openqa.selenium.Dimension size, String user) {
    Browser b = CHROMIUM.open("http://localhost:" + port, size);
    b.open("/portal").fill("username", user).fill("password", "demo").click("sign-in");
    assertThat(b.path()).startsWith("/portal");
    assertThat(b.text("signed-in-as")).isNotBlank();
    return b;
  }

  /** The status and content type of a GET the page itself makes (its cookies, its origin). */
  static String fetchStatus(Browser b, String url) {
    return (String) ((JavascriptExecutor) b.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
            + " + (r.headers.get('Content-Type') || '').split(';')[0]));", url);
  }

  /** The body of a GET the page itself makes, as bytes (a PDF it links to). */
  static byte[] fetchBytes(Browser b, String url) {
    String base64 = (String) ((JavascriptExecutor) b.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.blob()).then(blob => {"
            + " const reader = new FileReader(); reader.onload = () => done(reader.result.split(',')[1]);"
            + " reader.readAsDataURL(blob); });", url);
    return Base64.getDecoder().decode(base64);
  }

  String fileName(String applicationId, String material) {
    return ((FileValue) runtime.getVariableTyped(applicationId, material)).getFilename();
  }

  // ---- the engine, as the people in Tasklist ----

  /** Another applicant's declaration, as Tasklist's start form makes it (one ID number per plan: a person of their own). */
  ProcessInstance declare(String user, String name, String idNumber) {
    VariableMap v = Variables.createVariables().putValue("planId", DEMO_PLAN).putValue("applicantName", name)
        .putValue("idNumber", idNumber).putValue("unitCode", "hz-xihu-chem").putValue("route", "正常申报")
        .putValue("education", "大学本科").putValue("currentTitle", "工程师").putValue("currentTitleDate", "2017-06-30")
        .putValue("statement", "任工程师以来主持纺织印染节能改造项目。")
        .putValueTyped("profile", SpinValues.jsonValue(PROFILE).create());
    return as(user, List.of("applicant"), () -> runtime.startProcessInstanceByKey("title-application", v));
  }

  void decide(String user, String group, ProcessInstance application, String decision, String opinion) {
    as(user, List.of(group), () -> {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
          .taskCandidateGroup(group).singleResult();
      assertThat(task).as(user + " 的待办").isNotNull();
      tasks.complete(task.getId(), Map.of("decision", decision, "opinion", opinion));
      return null;
    });
  }

  /**
   * From the fee paid to the certificate, as the committee office and the experts do it in Tasklist: the paper forms
   * received, a sitting opened (its date moved to today by an administrator, as the demo does), six experts
   * attending (expert3 works at the applicant's unit and is recused), all for, the publicity ended, the results
   * published. docs/committee.md.
   */
  void certify(ProcessInstance application) {
    String office = "office:hz-hgqf-senior";
    as("hgqf-office", List.of(office), () -> {
      Task paper = tasks.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
          .taskCandidateGroup(office).singleResult();
      tasks.complete(paper.getId(), Map.of("copiesReceived", 3));
      return null;
    });
    String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
    // a sitting's date lies after its 5-working-day publicity; once that has run, it is moved to today
    String later = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(30).toString();
    String sitting = as("hgqf-office", List.of(office), () -> runtime.startProcessInstanceByKey("committee-session",
        Map.of("committeeCode", "", "sittingName", "浏览器测试评审会", "sittingDate", later))).getId();
    endPublicity(sitting);
    runtime.setVariable(sitting, "sittingDate", today);
    as("hgqf-office", List.of(office), () -> {
      tasks.complete(tasks.createTaskQuery().processInstanceId(sitting).taskCandidateGroup(office).singleResult().getId(),
          Variables.createVariables().putValueTyped("attendingExperts", SpinValues.jsonValue(
              "[\"expert1\",\"expert2\",\"expert3\",\"expert4\",\"expert5\",\"expert6\"]").create()));
      return null;
    });
    for (int e = 1; e <= 6; e++) {
      String expert = "expert" + e;
      Task sheet = tasks.createTaskQuery().processInstanceId(sitting).taskAssignee(expert).singleResult();
      if (e == 3) {
        // 黄志强 works at the applicant's unit: recused, and with no one else to vote on he gets no ballot at all
        assertThat(sheet).isNull();
        continue;
      }
      as(expert, List.of("expert:hz-hgqf-senior"), () -> {
        String ballot = sheet.getId();
        // 同意 for every row of the ballot the expert is not recused from, as the ballot's table sends it
        List<String> keys = new java.util.ArrayList<>();
        try {
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(tasks.getVariable(ballot, "ballotRows").toString())
              .forEach(row -> {
                if (!row.path("recused").asBoolean(false)) {
                  keys.add(row.get("key").asText());
                }
              });
        } catch (IOException ex) {
          throw new java.io.UncheckedIOException(ex);
        }
        String agree = keys.stream().map(k -> "\"" + k + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
        // submitted as Tasklist submits the ballot form: into the sheet's own task variables
        forms.submitTaskForm(ballot,
            Variables.createVariables().putValueTyped("ballotAgree", SpinValues.jsonValue(agree).create())
                .putValueTyped("ballotDisagree", SpinValues.jsonValue("[]").create())
                .putValueTyped("ballotAbstain", SpinValues.jsonValue("[]").create()));
        return null;
      });
    }
    endPublicity(sitting);
    as("hgqf-office", List.of(office), () -> {
      tasks.complete(tasks.createTaskQuery().processInstanceId(sitting).taskCandidateGroup(office).singleResult().getId(),
          Map.of("documentNumber", "浙人社发〔" + today.substring(0, 4) + "〕99号", "documentDate", today,
              "issuer", "浙江省人力资源和社会保障厅"));
      return null;
    });
    runJobs(sitting);
    runJobs(application.getId());
  }

  void runJobs(String processInstanceId) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).list()) {
      management.executeJob(job.getId());
    }
  }

  /** An administrator ends the unit's publicity now, as in Cockpit: its timer job executed. */
  void endPublicity(ProcessInstance application) {
    endPublicity(application.getId());
  }

  void endPublicity(String processInstanceId) {
    for (ProcessInstance publicity : runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
        .list()) {
      runJobs(publicity.getId());
    }
  }

  <T> T as(String user, List<String> groups, java.util.function.Supplier<T> work) {
    identity.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
