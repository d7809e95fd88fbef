package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriUtils;

import zhicheng.documents.CertificateRequest;
import zhicheng.documents.DocumentService;
import zhicheng.documents.IssuedCertificate;

/**
 * The documents over REST on the real PostgreSQL (schema {@code <zhicheng.it.schema>_docs}, recreated per run):
 * the evaluation form stored at acceptance and again after a correction; who may list and download it
 * (applicant, the chain's reviewers, admin) and who gets 404 (another unit's reviewer, another applicant); the
 * documents of an exceptional-route applicant of a public institution and of the unit's publicity, and the roster a
 * district forwards (its body and the office read it, nobody else); the public certificate check and how narrow
 * it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.admin-user.password=" + PostgresSchema.ADMIN_PASSWORD,
    "zhicheng.demo.enabled=true",
    "zhicheng.organisation=classpath:organisation/demo.json",
    "zhicheng.public-url=https://zhicheng.example.gov.cn"})
@ActiveProfiles("postgres")
class DocumentsIntegrationTest {

  static final String ADMIN_PASSWORD = PostgresSchema.ADMIN_PASSWORD;
  static final String SCHEMA = PostgresSchema.PREFIX + "_docs";
  static final String PLAN = "hz-2023-hgqf-senior-engineer-demo";

  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Autowired
  TestRestTemplate rest;

  @Autowired
  DocumentService documents;

  @Test
  void theEvaluationFormIsReadableByTheApplicantAndTheChainOnlyAndEveryVersionIsKept() throws Exception {
    JsonNode started = declare("zhangsan", "张三", "hz-xihu-chem");
    String id = started.get("id").asText();
    String key = started.get("businessKey").asText();
    String list = "/api/applications/" + id + "/documents";

    JsonNode mine = body(call("zhangsan", HttpMethod.GET, list));
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).get("kind").asText()).isEqualTo("evaluation-form");
    assertThat(mine.get(0).get("version").asInt()).isEqualTo(1);
    String url = mine.get(0).get("url").asText();

    ResponseEntity<byte[]> pdf = download("zhangsan", url);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("inline; filename=\"evaluation-form-v1.pdf\"; filename*=UTF-8''"
            + UriUtils.encode("专业技术职务任职资格评审表-张三-第1版.pdf", StandardCharsets.UTF_8));
    assertThat(text(pdf.getBody())).contains("专业技术职务任职资格评审表", "张三", key, "第 3 份（共 3 份）");

    // the unit's reviewer has the task: may read; another unit's reviewer, another applicant: 404
    assertThat(download("xihu-hr", url).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call("xiaoshan-hr", HttpMethod.GET, list).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(download("xiaoshan-hr", url).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(download("lisi", url).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // the district is not on the chain yet (no task of its own): 404 until it is
    assertThat(download("xihu-jxj", url).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(download("admin", url).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity(list, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a document id of another application is not found under this one
    assertThat(download("zhangsan", "/api/applications/" + id + "/documents/999999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // a return and a correction: version 2, version 1 kept
    String unitTask = onlyTask("xihu-hr", key).get("id").asText();
    assertThat(complete("xihu-hr", unitTask, Map.of("decision", Map.of("value", "return"),
        "opinion", Map.of("value", "请补充2021—2023年继续教育学时证明"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String correction = onlyTask("zhangsan", key).get("id").asText();
    assertThat(complete("zhangsan", correction, Map.of("statement",
        Map.of("value", "已补充2021—2023年继续教育学时证明，共270学时。"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode versions = body(call("xihu-hr", HttpMethod.GET, list));
    assertThat(versions.findValuesAsText("version")).containsExactly("2", "1");
    assertThat(text(download("xihu-hr", versions.get(0).get("url").asText()).getBody()))
        .contains("已补充2021—2023年继续教育学时证明，共270学时。", "请补充2021—2023年继续教育学时证明");
    assertThat(download("xihu-hr", url).getBody()).isEqualTo(pdf.getBody());
  }

  @Test
  void theCertificateCheckIsPublicAndShowsOnlyWhatTheCertificateShows() throws Exception {
    JsonNode started = declare("wangwu", "王五", "hz-xiaoshan-textile");
    String id = started.get("id").asText();
    CertificateRequest request = new CertificateRequest("王五", "11010519491231002X", "杭州萧山纺织印染有限公司（演示）",
        "高级工程师", "化工轻纺工程", "杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会", LocalDate.of(2023, 12, 15),
        "浙人社发〔2023〕99号（演示）", "浙江省人力资源和社会保障厅（演示）");
    IssuedCertificate issued = documents.certificate(id, started.get("businessKey").asText(), request);
    assertThat(issued.verifyUrl()).isEqualTo("https://zhicheng.example.gov.cn/api/certificates/" + issued.code());
    // issuing again with the same data keeps the code and adds no version
    assertThat(documents.certificate(id, started.get("businessKey").asText(), request)).isEqualTo(issued);

    ResponseEntity<String> check = rest.getForEntity("/api/certificates/" + issued.code(), String.class);
    assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode answer = JSON.readTree(check.getBody());
    assertThat(answer.get("genuine").asBoolean()).isTrue();
    assertThat(answer.get("name").asText()).isEqualTo("王五");
    assertThat(answer.get("qualification").asText()).isEqualTo("高级工程师");
    assertThat(answer.get("committee").asText()).isEqualTo("杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会");
    assertThat(answer.get("approvedOn").asText()).isEqualTo("2023-12-15");
    assertThat(answer.get("documentNumber").asText()).isEqualTo("浙人社发〔2023〕99号（演示）");
    assertThat(answer.get("idNumber").asText()).isEqualTo("110***********002X");
    assertThat(check.getBody()).doesNotContain("11010519491231002X").doesNotContain(id);

    HttpHeaders browser = new HttpHeaders();
    browser.setAccept(java.util.List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> page = rest.exchange("/api/certificates/" + issued.code(), HttpMethod.GET,
        new HttpEntity<>(browser), String.class);
    assertThat(page.getBody()).contains("证书真实有效", "王五", "110***********002X");

    ResponseEntity<String> unknown = rest.getForEntity("/api/certificates/AAAA-BBBB-CCCC-DDDD", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(JSON.readTree(unknown.getBody()).get("genuine").asBoolean()).isFalse();
    // the opening is this one read-only path, nothing beside it
    assertThat(rest.getForEntity("/api/certificates", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.postForEntity("/api/certificates/" + issued.code(), null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/certificates/" + issued.code() + "/../../applications", String.class)
        .getStatusCode()).isNotEqualTo(HttpStatus.OK);

    // the applicant finds the certificate with the application's documents
    JsonNode docs = body(call("wangwu", HttpMethod.GET, "/api/applications/" + id + "/documents"));
    assertThat(docs.findValuesAsText("kind")).containsExactly("evaluation-form", "certificate");
  }

  @Test
  void theDocumentsOfEachStepReachTheirReadersAndTheRosterOnlyTheBodiesThatForwardAndReceiveIt() throws Exception {
    // an applicant of the demo public institution on the exceptional route (seed 004 附件1 二、（四）)
    Map<String, Object> v = declarationVariables("赵六", "hz-xihu-chem-institute", "破格申报");
    v.put("profile", Map.of("type", "Json", "value", PostgresIntegrationTest.ELIGIBLE_PROFILE
        .replace("\"企业\"", "\"事业单位\", \"fieldWorkSince\": \"2005-07-01\", \"exceptionalConditions\": [1, 2, 5]")));
    Map<String, Object> files = new LinkedHashMap<>(PostgresIntegrationTest.materials());
    files.put("exceptionalApprovalForm", pdfFile("破格推荐审批表.pdf"));
    files.put("postInfoForm", pdfFile("岗位信息表.pdf"));
    JsonNode started = start("zhangsan", v, files);
    String id = started.get("id").asText();
    String key = started.get("businessKey").asText();
    String list = "/api/applications/" + id + "/documents";
    assertThat(body(call("zhangsan", HttpMethod.GET, list)).findValuesAsText("kind"))
        .containsExactly("evaluation-form", "exceptional-approval", "post-info");

    // the unit passes: the forms take its opinion, its publicity posts the 公示表
    complete("institute-hr", onlyTask("institute-hr", key).get("id").asText(),
        Map.of("decision", Map.of("value", "pass"), "opinion", Map.of("value", "经竞聘考核，同意破格推荐。")));
    JsonNode afterUnit = body(call("zhangsan", HttpMethod.GET, list));
    assertThat(afterUnit.findValuesAsText("kind")).containsExactly("evaluation-form", "evaluation-form",
        "exceptional-approval", "exceptional-approval", "post-info", "publicity-list");
    String publicityUrl = afterUnit.get(5).get("url").asText();
    assertThat(text(download("institute-hr", publicityUrl).getBody())).contains("用人单位公示表：赵六", "赵六")
        .doesNotContain("11010519491231002X");
    String approvalUrl = afterUnit.get(2).get("url").asText();
    // the reviewer by the name Camunda's identity holds (the demo account), the login id beside it
    assertThat(text(download("zhangsan", approvalUrl).getBody()).replaceAll("\\s+", "")).contains(
        "破格推荐高级专业技术职务任职资格审批表", "用人单位审核：通过", "经竞聘考核，同意破格推荐。",
        "审核人：冯涛西湖化工研究所·人事（institute-hr）");
    // another unit's reviewer and another applicant: 404 for each of them
    for (String stranger : List.of("xihu-hr", "lisi", "xiaoshan-jxj")) {
      assertThat(call(stranger, HttpMethod.GET, list).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(download(stranger, publicityUrl).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(download(stranger, approvalUrl).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // the publicity ends (an administrator runs its timer) and the district passes
    JsonNode publicity = body(call("admin", HttpMethod.GET,
        "/engine-rest/process-instance?processDefinitionKey=publicity&businessKey=" + key));
    JsonNode timer = body(call("admin", HttpMethod.GET,
        "/engine-rest/job?processInstanceId=" + publicity.get(0).get("id").asText()));
    assertThat(exchange("admin", HttpMethod.POST, "/engine-rest/job/" + timer.get(0).get("id").asText() + "/execute",
        null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    complete("xihu-jxj", onlyTask("xihu-jxj", key).get("id").asText(),
        Map.of("decision", Map.of("value", "pass"), "opinion", Map.of("value", "材料齐全，同意推荐。")));
    assertThat(download("xihu-jxj", publicityUrl).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download("hgqf-office", approvalUrl).getStatusCode()).isEqualTo(HttpStatus.OK);

    // 报送花名册: the engine lets only forwarding levels start it; the start form offers the body's plans
    String start = "/engine-rest/process-definition/key/batch-forwarding/start";
    Map<String, Object> plan = Map.of("variables", Map.of("planId", Map.of("value", PLAN)));
    // an applicant, or the office (the last level: it forwards nothing), does not even see the model; started by its
    // id, the engine refuses the start itself
    String definitionId = body(call("admin", HttpMethod.GET, "/engine-rest/process-definition/key/batch-forwarding"))
        .get("id").asText();
    for (String notALevel : List.of("zhangsan", "hgqf-office")) {
      assertThat(exchange(notALevel, HttpMethod.POST, start, plan, String.class).getStatusCode()).as(notALevel)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(exchange(notALevel, HttpMethod.POST, "/engine-rest/process-definition/" + definitionId + "/start", plan,
          String.class).getStatusCode()).as(notALevel).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> empty = exchange("xiaoshan-jxj", HttpMethod.POST, start, plan, String.class);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(empty.getBody()).get("message").asText()).startsWith("无法报送花名册：萧山区经济和信息化局（职称受理点）在“")
        .contains("没有可报送的申报");
    assertThat(call("xihu-jxj", HttpMethod.GET, "/engine-rest/process-definition/key/batch-forwarding/deployed-start-form")
        .getBody()).contains("\"value\":\"" + PLAN + "\"").doesNotContain("ls-2021-arts-crafts");

    ResponseEntity<String> forwarded = exchange("xihu-jxj", HttpMethod.POST, start, plan, String.class);
    assertThat(forwarded.getStatusCode()).as(forwarded.getBody()).isEqualTo(HttpStatus.OK);
    String batchId = JSON.readTree(forwarded.getBody()).get("id").asText();
    String batchList = "/api/applications/" + batchId + "/documents";
    JsonNode batchDocs = body(call("xihu-jxj", HttpMethod.GET, batchList));
    assertThat(batchDocs.findValuesAsText("kind")).containsExactly("roster", "entrustment");
    String rosterUrl = batchDocs.get(0).get("url").asText();
    ResponseEntity<byte[]> roster = download("hgqf-office", rosterUrl);
    assertThat(roster.getStatusCode()).isEqualTo(HttpStatus.OK);
    // (the 申报编号, long with the instance's id, wraps in its column)
    assertThat(text(roster.getBody()).replaceAll("\\s+", "")).contains("申报评审高级工程师资格人员花名册",
        "西湖区发展改革和经济信息化局", key, "赵六", "女", "1949年12月", "破格申报");
    assertThat(download("admin", rosterUrl).getStatusCode()).isEqualTo(HttpStatus.OK);
    // the roster lists a body's applicants: not for the applicants, nor for other bodies
    for (String stranger : List.of("zhangsan", "institute-hr", "xiaoshan-jxj", "lisi")) {
      assertThat(call(stranger, HttpMethod.GET, batchList).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(download(stranger, rosterUrl).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
    }
    // the office finds the roster and the letter on its review form (task variable rosterLinks, as Tasklist reads it):
    // links it may open, and the letter, like the roster, is 404 for everyone else
    String officeTask = onlyTask("hgqf-office", key).get("id").asText();
    JsonNode formVariables = body(call("hgqf-office", HttpMethod.GET,
        "/engine-rest/task/" + officeTask + "/form-variables"));
    String letterUrl = batchDocs.get(1).get("url").asText();
    assertThat(formVariables.get("rosterLinks").get("value").asText()).contains(rosterUrl, letterUrl,
        "花名册第1批第1号");
    assertThat(download("hgqf-office", letterUrl).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download("xihu-jxj", letterUrl).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String stranger : List.of("zhangsan", "institute-hr", "xiaoshan-jxj", "lisi")) {
      assertThat(download(stranger, letterUrl).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
      // nor can they read the office's task and its variables
      assertThat(call(stranger, HttpMethod.GET, "/engine-rest/task/" + officeTask + "/form-variables").getStatusCode())
          .as(stranger).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    // the batch is on the application, and the district confirms it in its task
    assertThat(body(call("zhangsan", HttpMethod.GET, "/api/applications/" + id)).toString()).contains("编入花名册");
    JsonNode confirm = body(call("xihu-jxj", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + batchId));
    assertThat(confirm).hasSize(1);
    assertThat(complete("xihu-jxj", confirm.get(0).get("id").asText(), Map.of("sent", Map.of("value", true)))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(download("hgqf-office", rosterUrl).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // ---- REST steps ----

  private JsonNode declare(String user, String name, String unit) throws Exception {
    return start(user, declarationVariables(name, unit, "正常申报"), PostgresIntegrationTest.materials());
  }

  private static Map<String, Object> declarationVariables(String name, String unit, String route) {
    Map<String, Object> v = new LinkedHashMap<>();
    Map.of("planId", PLAN, "applicantName", name, "idNumber", "11010519491231002X",
            "unitCode", unit, "route", route, "education", "大学本科", "currentTitle", "工程师",
            "currentTitleDate", "2017-06-30", "statement", "任工程师以来主持纺织印染节能改造项目。")
        .forEach((k, value) -> v.put(k, Map.of("value", value)));
    v.put("profile", Map.of("type", "Json", "value", PostgresIntegrationTest.ELIGIBLE_PROFILE));
    return v;
  }

  /** Declares and uploads the materials the eligibility step asks for, so the application reaches its unit. */
  private JsonNode start(String user, Map<String, Object> variables, Map<String, Object> materials) throws Exception {
    ResponseEntity<String> r = exchange(user, HttpMethod.POST,
        "/engine-rest/process-definition/key/title-application/start", Map.of("variables", variables), String.class);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode started = JSON.readTree(r.getBody());
    String upload = onlyTask(user, started.get("businessKey").asText()).get("id").asText();
    ResponseEntity<String> uploaded = complete(user, upload, materials);
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    return started;
  }

  private static Map<String, Object> pdfFile(String name) {
    return Map.of("type", "File", "value", Base64.getEncoder().encodeToString(zhicheng.eligibility.TestFiles.pdf()),
        "valueInfo", Map.of("filename", name, "mimetype", "application/pdf"));
  }

  private JsonNode onlyTask(String user, String businessKey) throws Exception {
    JsonNode tasks = body(call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + businessKey));
    assertThat(tasks).as(user + " 的待办").hasSize(1);
    return tasks.get(0);
  }

  private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
    return exchange(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables), String.class);
  }

  private ResponseEntity<byte[]> download(String user, String path) {
    return exchange(user, HttpMethod.GET, path, null, byte[].class);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path) {
    return exchange(user, method, path, null, String.class);
  }

  private <T> ResponseEntity<T> exchange(String user, HttpMethod method, String path, Object body, Class<T> type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, user.equals("admin") ? ADMIN_PASSWORD : "demo", StandardCharsets.UTF_8);
    return rest.exchange(path, method, new HttpEntity<>(body, headers), type);
  }

  private static JsonNode body(ResponseEntity<String> r) throws Exception {
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(r.getBody());
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
