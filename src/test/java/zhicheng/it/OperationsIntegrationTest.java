package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import zhicheng.operations.OperationsMeters;

/**
 * What operators see on the real PostgreSQL (schema {@code <zhicheng.it.schema>_ops}): the health endpoint and its
 * probes, public and showing the status only; the gauges of applications per plan and level, refreshed on a
 * schedule and read from the registry as a scrape reads them.
 */
@PostgresAppTest
class OperationsIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_ops";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
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
