package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import zhicheng.operations.OperationsMeters;

/**
 * What operators see on the real PostgreSQL (schema {@code <zhicheng.it.schema>_ops}): the health endpoint and its
 * probes, public and showing the status only; the gauges of applications per plan and level, refreshed on a
 * schedule and read from the registry as a scrape reads them; the /api description, which has every endpoint of
 * every controller of zhicheng.web (and zhicheng.portal), Chinese summaries and the error shape.
 */
@PostgresAppTest
class OperationsIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_ops";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void theApiDescriptionHasEveryControllerEndpointWithChineseSummariesAndTheErrorShape() throws Exception {
    assertThat(rest.getForEntity("/api/openapi", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> answer = call("lisi", HttpMethod.GET, "/api/openapi", null);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode doc = body(answer);
    JsonNode paths = doc.get("paths");

    List<String> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
      String pkg = m.getValue().getBeanType().getPackageName();
      if (!pkg.equals("zhicheng.web") && !pkg.equals("zhicheng.portal")) {
        continue;
      }
      assertThat(m.getKey().getMethodsCondition().getMethods()).as(m.getValue().toString()).isNotEmpty();
      for (String path : m.getKey().getPathPatternsCondition().getPatternValues()) {
        for (var method : m.getKey().getMethodsCondition().getMethods()) {
          String where = method + " " + path;
          endpoints.add(where);
          JsonNode operation = paths.path(path).path(method.name().toLowerCase());
          assertThat(operation.isObject()).as(where + " in the description").isTrue();
          assertThat(operation.path("summary").asText()).as(where + " summary").containsPattern("\\p{IsHan}");
          assertThat(operation.path("tags").get(0).asText()).as(where + " tag").containsPattern("\\p{IsHan}");
        }
      }
    }
    // every controller of zhicheng.web: 25 endpoints on the day this test was written (a mapping found none)
    assertThat(endpoints).hasSizeGreaterThanOrEqualTo(25).contains("GET /api/applications/{id}", "POST /api/eligibility");

    assertThat(doc.at("/components/schemas/ApiError/properties").has("error")).isTrue();
    assertThat(doc.at("/components/schemas/ApiError/properties").has("findings")).isTrue();
    assertThat(doc.at("/paths/~1api~1eligibility/post/responses/400/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/ApiError");
    assertThat(doc.at("/paths/~1api~1plans/get/responses/401/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/ApiError");
    // the public certificate check needs no sign-in, and says so
    JsonNode check = doc.at("/paths/~1api~1certificates~1{code}/get");
    assertThat(check.get("security")).isEmpty();
    assertThat(check.get("responses").has("401")).isFalse();
    assertThat(doc.at("/info/title").asText()).isEqualTo("职称评审 JSON API");
  }

  @Test
  void swaggerUiNeedsTheSameSignIn() {
    assertThat(rest.getForEntity("/api/docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> ui = call("lisi", HttpMethod.GET, "/api/docs", null);
    assertThat(ui.getStatusCode().is2xxSuccessful() || ui.getStatusCode().is3xxRedirection()).as(ui.toString()).isTrue();
  }

  @Autowired
  MeterRegistry registry;
  @Autowired
  OperationsMeters meters;

  @Test
  void theGaugesCountApplicationsWaitingAtEachLevelOfEachPlan() throws Exception {
    declare("zhangsan", "张三", "hz-xihu-chem");
    declare("lisi", "李四", "hz-xihu-chem");
    meters.refresh();
    // both wait at the unit of the demo plan, whose deadline is 14 days after the start: open, not yet due soon
    assertThat(gauge("zhicheng.applications.open", DEMO_PLAN, "unit")).isEqualTo(2);
    assertThat(gauge("zhicheng.applications.due.soon", DEMO_PLAN, "unit")).isZero();
    assertThat(gauge("zhicheng.applications.overdue", DEMO_PLAN, "unit")).isZero();
    assertThat(registry.get("zhicheng.engine.incidents.open").gauge().value()).isZero();
    assertThat(registry.get("zhicheng.engine.jobs.executed").functionCounter().count()).isNotNegative();
  }

  double gauge(String name, String plan, String level) {
    return registry.get(name).tags("plan", plan, "level", level).gauge().value();
  }

  @Test
  void livenessAndReadinessAreUpOnceTheOrganisationIsLoadedAndNeedNoSignIn() throws Exception {
    ResponseEntity<String> liveness = rest.getForEntity("/actuator/health/liveness", String.class);
    assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(liveness).get("status").asText()).isEqualTo("UP");
    // the context has started, the demo organisation is in the engine, the database and the engine answer
    ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);
    assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(readiness).get("status").asText()).isEqualTo("UP");
    // and a demo login works at that moment: nothing is still being loaded
    assertThat(call("zhangsan", HttpMethod.GET, "/api/plans", null).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anonymousHealthShowsTheStatusAndNothingElse() throws Exception {
    // these tests run with the job executor off (jobs are run by hand): the overall health says DOWN, and that is
    // why the job executor is not part of readiness
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    JsonNode json = body(health);
    assertThat(json.get("status").asText()).isIn("UP", "DOWN");
    assertThat(json.has("components")).isFalse();
    assertThat(json.has("details")).isFalse();
  }
}
