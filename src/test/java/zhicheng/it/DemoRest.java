package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import zhicheng.eligibility.IdNumbers;
import zhicheng.eligibility.TestFiles;
import zhicheng.it.EngineApi.Door;

/**
 * The steps every integration test takes over REST as the demo users (organisation/demo.json, password "demo";
 * admin with {@link PostgresSchema#ADMIN_PASSWORD}): calls with HTTP basic, tasks by business key or instance, a
 * declaration to the demo plan with its materials uploaded, a level's decision, the due jobs run as an
 * administrator, an application as {@code /api/applications/{id}} shows it. A test class extends it, carries
 * {@link PostgresAppTest} and its own schema, and keeps only the steps that are its own.
 */
abstract class DemoRest {

  /** The demo copy of seed 004's plan: open today, chain unit → district → 化工轻纺 office. */
  static final String DEMO_PLAN = "hz-2023-hgqf-senior-engineer-demo";
  /** Declarations that do not ask for an ID number get the next person's: one application per person per plan. */
  private static final java.util.concurrent.atomic.AtomicInteger PEOPLE = new java.util.concurrent.atomic.AtomicInteger();
  static final String ELIGIBLE_PROFILE = """
      {"employerType": "企业", "currentTitleLevel": "中级", "assessments": [{"year": 2020, "result": "合格"},
       {"year": 2021, "result": "优秀"}, {"year": 2022, "result": "优秀"}], "continuingEducation": [
       {"year": 2021, "professional": 60, "industryPublic": 18, "generalPublic": 12},
       {"year": 2022, "professional": 64, "industryPublic": 16, "generalPublic": 10},
       {"year": 2023, "professional": 70, "industryPublic": 20, "generalPublic": 0}]}""";

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate rest;

  // ---- the demo users over HTTP ----

  static String password(String user) {
    return user.equals("admin") ? PostgresSchema.ADMIN_PASSWORD : "demo";
  }

  static HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, password(user), StandardCharsets.UTF_8);
    return headers;
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    return rest.exchange(path, method, new HttpEntity<>(body, headers(user)), String.class);
  }

  ResponseEntity<String> call(String user, HttpMethod method, URI uri, Object body) {
    return rest.exchange(uri, method, new HttpEntity<>(body, headers(user)), String.class);
  }

  ResponseEntity<byte[]> download(String user, String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), byte[].class);
  }

  /** A path whose query is already percent-encoded (%2B for the offset's +), sent as it is. */
  URI uri(String path) {
    return URI.create(rest.getRootUri() + path);
  }

  /** The engine's REST API through one door, as {@code user}. */
  EngineApi as(Door door, String user) {
    return EngineApi.as(rest, door, user, password(user));
  }

  static JsonNode body(ResponseEntity<String> r) throws Exception {
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(r.getBody());
  }

  static void assertRefused(ResponseEntity<String> r, HttpStatus status, String message) {
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(status);
    assertThat(r.getBody()).contains(message);
  }

  // ---- tasks ----

  JsonNode tasks(String user, String businessKey) throws Exception {
    return body(call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + businessKey, null));
  }

  JsonNode onlyTask(String user, String businessKey) throws Exception {
    return only(user, tasks(user, businessKey));
  }

  JsonNode tasksOf(String user, String processInstanceId) throws Exception {
    return body(call(user, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + processInstanceId, null));
  }

  JsonNode onlyTaskOf(String user, String processInstanceId) throws Exception {
    return only(user, tasksOf(user, processInstanceId));
  }

  private static JsonNode only(String user, JsonNode tasks) {
    assertThat(tasks).as(user + " 的待办").hasSize(1);
    return tasks.get(0);
  }

  // ---- declaring ----

  /** Values as the engine's REST API takes them: {@code {"name": {"value": …}}}. */
  static Map<String, Object> vars(Map<String, Object> values) {
    Map<String, Object> v = new LinkedHashMap<>();
    values.forEach((k, value) -> v.put(k, Map.of("value", value)));
    return v;
  }

  /** A declaration to the demo plan on the normal route with an eligible profile; the map may be changed. */
  static Map<String, Object> declarationVariables(String name, String unit) {
    Map<String, Object> v = vars(Map.of("planId", DEMO_PLAN, "applicantName", name, "idNumber", nextIdNumber(),
        "unitCode", unit, "route", "正常申报", "education", "大学本科", "currentTitle", "工程师",
        "currentTitleDate", "2017-06-30", "statement", "任工程师以来主持纺织印染节能改造项目。"));
    v.put("profile", Map.of("type", "Json", "value", ELIGIBLE_PROFILE));
    return v;
  }

  /** A valid ID number no declaration of this JVM had yet. */
  static String nextIdNumber() {
    return IdNumbers.person(PEOPLE.getAndIncrement() % 499);
  }

  /** Photo, continuing-education proof and assessment forms, as REST File variables; the map may not be changed. */
  static Map<String, Object> materials() {
    return Map.of(
        "photo", file("证件照.jpg", "image/jpeg", TestFiles.goodPhoto()),
        "ceCertificate", file("继续教育学时证明.pdf", "application/pdf", TestFiles.pdf()),
        "assessmentForms", file("年度考核登记表.pdf", "application/pdf", TestFiles.pdf()));
  }

  static Map<String, Object> file(String name, String mimeType, byte[] content) {
    return Map.of("type", "File", "value", Base64.getEncoder().encodeToString(content),
        "valueInfo", Map.of("filename", name, "mimetype", mimeType));
  }

  /** Starts an application over /engine-rest, as Tasklist's start form does; the answer as it comes. */
  ResponseEntity<String> start(String user, Map<String, Object> variables) {
    return call(user, HttpMethod.POST, "/engine-rest/process-definition/key/title-application/start",
        Map.of("variables", variables));
  }

  /** Starts a declaration with this ID number; the answer as it comes (a refusal, say). */
  ResponseEntity<String> start(String user, String name, String unit, String idNumber) {
    Map<String, Object> v = declarationVariables(name, unit);
    v.put("idNumber", Map.of("value", idNumber));
    return start(user, v);
  }

  /** Declares and uploads the materials, as the applicant does in Tasklist; the first level's task is then open. */
  JsonNode declare(String user, String name, String unit) throws Exception {
    return declare(user, name, unit, nextIdNumber());
  }

  JsonNode declare(String user, String name, String unit, String idNumber) throws Exception {
    Map<String, Object> v = declarationVariables(name, unit);
    v.put("idNumber", Map.of("value", idNumber));
    return declare(user, v, materials());
  }

  JsonNode declare(String user, Map<String, Object> variables, Map<String, Object> materials) throws Exception {
    ResponseEntity<String> r = start(user, variables);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode started = JSON.readTree(r.getBody());
    JsonNode upload = onlyTask(user, started.get("businessKey").asText());
    assertThat(upload.get("name").asText()).isEqualTo("上传申报材料");
    // Tasklist loads the embedded upload form from the deployment by its name
    ResponseEntity<String> form = call(user, HttpMethod.GET, "/engine-rest/task/" + upload.get("id").asText()
        + "/deployed-form", null);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("cam-variable-type=\"File\"", "证件照（JPG/JPEG）");
    ResponseEntity<String> uploaded = complete(user, upload.get("id").asText(), materials);
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    return started;
  }

  // ---- reviewing ----

  ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
    return call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
  }

  /** A level's decision ({@code pass}, {@code return}, {@code reject}) with its opinion. */
  ResponseEntity<String> complete(String user, String taskId, String decision, String opinion) {
    return complete(user, taskId, decisionVariables(decision, opinion));
  }

  static Map<String, Object> decisionVariables(String decision, String opinion) {
    return Map.of("decision", Map.of("value", decision), "opinion", Map.of("value", opinion));
  }

  /** {@code user}'s only task on the application passed with “同意”. */
  void pass(String user, String businessKey) throws Exception {
    assertThat(complete(user, onlyTask(user, businessKey).get("id").asText(), "pass", "同意").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  // ---- due jobs, run by an administrator as in Cockpit (the job executor is off) ----

  /** An administrator ends the unit publicity now: Cockpit → the publicity instance → its timer → execute. */
  void endPublicity(String processInstanceId) throws Exception {
    JsonNode publicity = body(call("admin", HttpMethod.GET,
        "/engine-rest/process-instance?superProcessInstance=" + processInstanceId, null));
    assertThat(publicity).hasSize(1);
    JsonNode jobs = body(call("admin", HttpMethod.GET,
        "/engine-rest/job?processInstanceId=" + publicity.get(0).get("id").asText(), null));
    assertThat(jobs).hasSize(1);
    assertThat(call("admin", HttpMethod.POST, "/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", null)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Every publicity called by the instance reaches its end: its timer run by an administrator. */
  void endPublicities(String processInstanceId) throws Exception {
    for (JsonNode p : body(call("admin", HttpMethod.GET, "/engine-rest/process-instance?superProcessInstance="
        + processInstanceId, null))) {
      runJobs(p.get("id").asText());
    }
  }

  /** Every job of the instance, executed by an administrator. */
  void runJobs(String processInstanceId) throws Exception {
    for (JsonNode job : body(call("admin", HttpMethod.GET, "/engine-rest/job?processInstanceId=" + processInstanceId,
        null))) {
      ResponseEntity<String> r = call("admin", HttpMethod.POST, "/engine-rest/job/" + job.get("id").asText()
          + "/execute", null);
      assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
  }

  // ---- reading ----

  /** The application as {@code user} reads it on /api/applications/{id}. */
  JsonNode application(String user, String id) throws Exception {
    return body(call(user, HttpMethod.GET, "/api/applications/" + id, null));
  }
}
