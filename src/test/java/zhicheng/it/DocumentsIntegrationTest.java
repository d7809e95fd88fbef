package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
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
@PostgresAppTest
@TestPropertySource(properties = "zhicheng.public-url=https://zhicheng.example.gov.cn")
class DocumentsIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_docs";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Autowired
  DocumentService documents;

  @Test
  void theEvaluationFormIsReadableByTheApplicantAndTheChainOnlyAndEveryVersionIsKept() throws Exception {
    JsonNode started = declare("zhangsan", "张三", "hz-xihu-chem");
    String id = started.get("id").asText();
    String key = started.get("businessKey").asText();
    String list = "/api/applications/" + id + "/documents";

    JsonNode mine = body(call("zhangsan", HttpMethod.GET, list, null));
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
    assertThat(call("xiaoshan-hr", HttpMethod.GET, list, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
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
    assertThat(complete("xihu-hr", unitTask, "return", "请补充2021—2023年继续教育学时证明").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String correction = onlyTask("zhangsan", key).get("id").asText();
    assertThat(complete("zhangsan", correction, Map.of("statement",
        Map.of("value", "已补充2021—2023年继续教育学时证明，共270学时。"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode versions = body(call("xihu-hr", HttpMethod.GET, list, null));
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
    JsonNode docs = body(call("wangwu", HttpMethod.GET, "/api/applications/" + id + "/documents", null));
    assertThat(docs.findValuesAsText("kind")).containsExactly("evaluation-form", "certificate");
  }

  @Test
  void theDocumentsOfEachStepReachTheirReadersAndTheRosterOnlyTheBodiesThatForwardAndReceiveIt() throws Exception {
    // an applicant of the demo public institution on the exceptional route (seed 004 附件1 二、（四）)
    Map<String, Object> v = declarationVariables("赵六", "hz-xihu-chem-institute");
    v.put("route", Map.of("value", "破格申报"));
    v.put("profile", Map.of("type", "Json", "value", ELIGIBLE_PROFILE
        .replace("\"企业\"", "\"事业单位\", \"fieldWorkSince\": \"2005-07-01\", \"exceptionalConditions\": [1, 2, 5]")));
    Map<String, Object> files = new LinkedHashMap<>(materials());
    files.put("exceptionalApprovalForm", pdfFile("破格推荐审批表.pdf"));
    files.put("postInfoForm", pdfFile("岗位信息表.pdf"));
    JsonNode started = declare("zhangsan", v, files);
    String id = started.get("id").asText();
    String key = started.get("businessKey").asText();
    String list = "/api/applications/" + id + "/documents";
    assertThat(body(call("zhangsan", HttpMethod.GET, list, null)).findValuesAsText("kind"))
        .containsExactly("evaluation-form", "exceptional-approval", "post-info");

    // the unit passes: the forms take its opinion, its publicity posts the 公示表
    complete("institute-hr", onlyTask("institute-hr", key).get("id").asText(), "pass", "经竞聘考核，同意破格推荐。");
    JsonNode afterUnit = body(call("zhangsan", HttpMethod.GET, list, null));
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
      assertThat(call(stranger, HttpMethod.GET, list, null).getStatusCode()).as(stranger)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(download(stranger, publicityUrl).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(download(stranger, approvalUrl).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // the publicity ends (an administrator runs its timer) and the district passes
    endPublicity(id);
    complete("xihu-jxj", onlyTask("xihu-jxj", key).get("id").asText(), "pass", "材料齐全，同意推荐。");
    assertThat(download("xihu-jxj", publicityUrl).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download("hgqf-office", approvalUrl).getStatusCode()).isEqualTo(HttpStatus.OK);

    // 报送花名册: the engine lets only forwarding levels start it; the start form offers the body's plans
    String start = "/engine-rest/process-definition/key/batch-forwarding/start";
    Map<String, Object> plan = Map.of("variables", Map.of("planId", Map.of("value", DEMO_PLAN)));
    // an applicant, or the office (the last level: it forwards nothing), does not even see the model; started by its
    // id, the engine refuses the start itself
    String definitionId = body(call("admin", HttpMethod.GET, "/engine-rest/process-definition/key/batch-forwarding",
        null)).get("id").asText();
    for (String notALevel : List.of("zhangsan", "hgqf-office")) {
      assertThat(call(notALevel, HttpMethod.POST, start, plan).getStatusCode()).as(notALevel)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(call(notALevel, HttpMethod.POST, "/engine-rest/process-definition/" + definitionId + "/start", plan)
          .getStatusCode()).as(notALevel).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> empty = call("xiaoshan-jxj", HttpMethod.POST, start, plan);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(empty.getBody()).get("message").asText()).startsWith("无法报送花名册：萧山区经济和信息化局（职称受理点）在“")
        .contains("没有可报送的申报");
    assertThat(call("xihu-jxj", HttpMethod.GET,
        "/engine-rest/process-definition/key/batch-forwarding/deployed-start-form", null).getBody()).contains("\"value\":\"" + DEMO_PLAN + "\"").doesNotContain("ls-2021-arts-crafts");

    ResponseEntity<String> forwarded = call("xihu-jxj", HttpMethod.POST, start, plan);
    assertThat(forwarded.getStatusCode()).as(forwarded.getBody()).isEqualTo(HttpStatus.OK);
    String batchId = JSON.readTree(forwarded.getBody()).get("id").asText();
    String batchList = "/api/applications/" + batchId + "/documents";
    JsonNode batchDocs = body(call("xihu-jxj", HttpMethod.GET, batchList, null));
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
      assertThat(call(stranger, HttpMethod.GET, batchList, null).getStatusCode()).as(stranger)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(download(stranger, rosterUrl).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
    }
    // the office finds the roster and the letter on its review form (task variable rosterLinks, as Tasklist reads it):
    // links it may open, and the letter, like the roster, is 404 for everyone else
    String officeTask = onlyTask("hgqf-office", key).get("id").asText();
    JsonNode formVariables = body(call("hgqf-office", HttpMethod.GET,
        "/engine-rest/task/" + officeTask + "/form-variables", null));
    String letterUrl = batchDocs.get(1).get("url").asText();
    assertThat(formVariables.get("rosterLinks").get("value").asText()).contains(rosterUrl, letterUrl,
        "花名册第1批第1号");
    assertThat(download("hgqf-office", letterUrl).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download("xihu-jxj", letterUrl).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String stranger : List.of("zhangsan", "institute-hr", "xiaoshan-jxj", "lisi")) {
      assertThat(download(stranger, letterUrl).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
      // nor can they read the office's task and its variables
      assertThat(call(stranger, HttpMethod.GET, "/engine-rest/task/" + officeTask + "/form-variables", null)
          .getStatusCode()).as(stranger).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    // the batch is on the application, and the district confirms it in its task
    assertThat(body(call("zhangsan", HttpMethod.GET, "/api/applications/" + id, null)).toString()).contains("编入花名册");
    JsonNode confirm = body(call("xihu-jxj", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + batchId, null));
    assertThat(confirm).hasSize(1);
    assertThat(complete("xihu-jxj", confirm.get(0).get("id").asText(), Map.of("sent", Map.of("value", true)))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(download("hgqf-office", rosterUrl).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // ---- steps ----

  private static Map<String, Object> pdfFile(String name) {
    return file(name, "application/pdf", zhicheng.eligibility.TestFiles.pdf());
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
