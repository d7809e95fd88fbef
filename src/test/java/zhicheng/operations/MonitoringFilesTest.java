package zhicheng.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import zhicheng.operations.LevelWorkload.Counts;
import zhicheng.operations.LevelWorkload.Key;

/**
 * docker/compose.yaml with Prometheus and Grafana cannot be started here (no Docker engine on the project's
 * machines), so its files are checked as the tools would read them: every YAML and JSON parses, every file a service
 * mounts exists, Prometheus scrapes the actuator's path with the password file compose gives it, the dashboard's
 * panels use the provisioned data source, and every zhicheng_* series a panel asks for is one the app exports.
 */
class MonitoringFilesTest {

  static final Path DOCKER = Path.of("docker");

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(String file) throws IOException {
    try (Reader r = Files.newBufferedReader(DOCKER.resolve(file))) {
      return (Map<String, Object>) new Yaml().load(r);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  @Test
  void composeMountsFilesThatExistAndGivesPrometheusThePasswordFile() throws IOException {
    Map<String, Object> services = map(yaml("compose.yaml").get("services"));
    assertThat(services).containsKeys("db", "app-1", "app-2", "proxy", "prometheus", "grafana");
    for (var service : services.entrySet()) {
      for (Object volume : list(map(service.getValue()).getOrDefault("volumes", List.of()))) {
        String source = volume.toString().split(":")[0];
        if (source.startsWith("./")) {
          assertThat(DOCKER.resolve(source)).as(service.getKey() + " mounts " + source).exists();
        }
      }
    }
    Map<String, Object> prometheus = map(services.get("prometheus"));
    String passwordFile = map(list(prometheus.get("configs")).get(0)).get("target").toString();
    assertThat(map(yaml("compose.yaml").get("configs"))).containsKey(
        map(list(prometheus.get("configs")).get(0)).get("source").toString());

    Map<String, Object> scrape = map(list(yaml("prometheus/prometheus.yml").get("scrape_configs")).get(0));
    assertThat(scrape.get("metrics_path")).isEqualTo("/actuator/prometheus");
    assertThat(map(scrape.get("basic_auth")).get("password_file")).isEqualTo(passwordFile);
    // each node is scraped (TwoNodeFilesTest), the way in is the proxy
    assertThat(list(map(list(scrape.get("static_configs")).get(0)).get("targets"))).containsExactly("app-1:8080",
        "app-2:8080");
    assertThat(list(map(services.get("proxy")).get("ports"))).contains("8080:80");
  }

  @Test
  void theDashboardUsesTheProvisionedDataSourceAndFolder() throws IOException {
    Map<String, Object> source = map(list(yaml("grafana/provisioning/datasources/prometheus.yaml")
        .get("datasources")).get(0));
    assertThat(source.get("url")).isEqualTo("http://prometheus:9090");
    Map<String, Object> provider = map(list(yaml("grafana/provisioning/dashboards/zhicheng.yaml").get("providers")).get(0));
    String dashboards = map(provider.get("options")).get("path").toString();
    assertThat(list(map(map(yaml("compose.yaml").get("services")).get("grafana")).get("volumes")))
        .contains("./grafana/dashboards:" + dashboards + ":ro");

    JsonNode dashboard = new ObjectMapper().readTree(DOCKER.resolve("grafana/dashboards/zhicheng.json").toFile());
    assertThat(dashboard.get("title").asText()).isEqualTo("职称评审运行概况");
    Set<Integer> ids = new TreeSet<>();
    for (JsonNode panel : dashboard.get("panels")) {
      ids.add(panel.get("id").asInt());
      assertThat(panel.get("datasource").get("uid").asText()).isEqualTo(source.get("uid"));
      assertThat(panel.get("targets")).isNotEmpty();
      for (JsonNode target : panel.get("targets")) {
        assertThat(target.get("datasource").get("uid").asText()).isEqualTo(source.get("uid"));
      }
    }
    assertThat(ids).hasSize(dashboard.get("panels").size());
  }

  @Test
  void everyAppSeriesThePanelsAskForIsExported() throws IOException {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    EngineNumbers.Reading reading = new EngineNumbers.Reading(5, 4, 1, 2, 1,
        Map.of(new Key("hz-2023-hgqf-senior-engineer", "unit"), new Counts(3, 1, 0)));
    OperationsMeters meters = new OperationsMeters(new EngineNumbers(null, null, null, null, null) {
      @Override
      public Reading read() {
        return reading;
      }
    });
    meters.bindTo(registry);
    meters.refresh();
    String scrape = registry.scrape();
    assertThat(scrape).contains(
        "zhicheng_applications_open{level=\"unit\",plan=\"hz-2023-hgqf-senior-engineer\"} 3.0",
        "zhicheng_applications_due_soon{level=\"unit\",plan=\"hz-2023-hgqf-senior-engineer\"} 1.0",
        "zhicheng_engine_jobs_executed_total 4.0", "zhicheng_engine_incidents_open 2.0");

    JsonNode dashboard = new ObjectMapper().readTree(DOCKER.resolve("grafana/dashboards/zhicheng.json").toFile());
    List<String> asked = new ArrayList<>();
    Matcher series = Pattern.compile("zhicheng_[a-z_]+").matcher(dashboard.findValuesAsText("expr").toString());
    while (series.find()) {
      asked.add(series.group());
    }
    assertThat(asked).isNotEmpty();
    for (String name : asked) {
      assertThat(scrape).as(name).containsPattern("(?m)^" + name + "[{ ]");
    }
  }
}
