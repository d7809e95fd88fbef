package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 * (applicant, the chain's reviewers, admin) and who gets 404 (another unit's reviewer, another applicant);
 * the public certificate check and how narrow it is.
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

  // ---- REST steps ----

  private JsonNode declare(String user, String name, String unit) throws Exception {
    Map<String, Object> v = new LinkedHashMap<>();
    Map.of("planId", "hz-2023-hgqf-senior-engineer-demo", "applicantName", name, "idNumber", "11010519491231002X",
            "unitCode", unit, "route", "正常申报", "education", "大学本科", "currentTitle", "工程师",
            "currentTitleDate", "2017-06-30", "statement", "任工程师以来主持纺织印染节能改造项目。")
        .forEach((k, value) -> v.put(k, Map.of("value", value)));
    v.put("profile", Map.of("type", "Json", "value", PostgresIntegrationTest.ELIGIBLE_PROFILE));
    ResponseEntity<String> r = exchange(user, HttpMethod.POST,
        "/engine-rest/process-definition/key/title-application/start", Map.of("variables", v), String.class);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode started = JSON.readTree(r.getBody());
    // the materials the eligibility step asks for, so the application reaches its unit
    String upload = onlyTask(user, started.get("businessKey").asText()).get("id").asText();
    assertThat(complete(user, upload, PostgresIntegrationTest.materials()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return started;
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
