package zhicheng.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static zhicheng.operations.MonitoringFilesTest.DOCKER;
import static zhicheng.operations.MonitoringFilesTest.list;
import static zhicheng.operations.MonitoringFilesTest.map;
import static zhicheng.operations.MonitoringFilesTest.yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/compose.yaml's two nodes and their proxy (docker/nginx/zhicheng.conf) cannot be started here (no Docker
 * engine), so they are checked as compose and nginx would read them: the app services are the same node twice, only
 * the proxy is published, the proxy's upstream is exactly those nodes on the app's port and waits for them to be
 * ready, it passes on the headers the nodes build redirects from and lets through an upload the app accepts, it never
 * re-sends a POST to the other node, and Prometheus scrapes each node.
 */
class TwoNodeFilesTest {

  private static final Path NGINX = DOCKER.resolve("nginx/zhicheng.conf");

  @Test
  void theAppServicesAreOneNodeTwiceAndOnlyTheProxyIsPublished() throws IOException {
    Map<String, Object> services = map(yaml("compose.yaml").get("services"));
    String port = appPort();
    List<String> nodes = nodes(services);
    assertThat(nodes).containsExactly("app-1", "app-2");
    assertThat(services.get("app-1")).isEqualTo(services.get("app-2"));
    Map<String, Object> node = map(services.get("app-1"));
    Map<String, Object> env = map(node.get("environment"));
    assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
        .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native").containsKey("ZHICHENG_ADMIN_PASSWORD");
    assertThat(map(map(node.get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");
    assertThat(node).doesNotContainKey("ports");
    assertThat(list(node.get("expose"))).containsExactly(appPort());

    Map<String, Object> proxy = map(services.get("proxy"));
    assertThat(list(proxy.get("ports"))).containsExactly(appPort() + ":80");
    for (String n : nodes) {
      assertThat(map(map(proxy.get("depends_on")).get(n))).as("the proxy waits for " + n + " to be ready")
          .containsEntry("condition", "service_healthy");
    }
    assertThat(list(proxy.get("volumes"))).contains("./nginx/zhicheng.conf:/etc/nginx/conf.d/default.conf:ro");
    services.forEach((name, service) -> {
      if (!name.equals("proxy")) {
        assertThat(map(service).getOrDefault("ports", List.of()).toString()).as(name + " publishes the app's port")
            .doesNotContain(port + ":");
      }
    });
  }

  @Test
  void theProxySpreadsOverExactlyTheNodesAndPassesWhatTheyNeed() throws IOException {
    // the directives only, comments left out
    String conf = Files.readString(NGINX).replaceAll("#[^\n]*", "");
    String port = appPort();
    List<String> upstream = new ArrayList<>();
    Matcher server = Pattern.compile("(?m)^\\s*server\\s+([\\w.-]+):(\\d+)").matcher(block(conf, "upstream zhicheng"));
    while (server.find()) {
      upstream.add(server.group(1) + ":" + server.group(2));
    }
    assertThat(upstream).containsExactlyElementsOf(
        nodes(map(yaml("compose.yaml").get("services"))).stream().map(n -> n + ":" + port).toList());

    String location = block(conf, "location /");
    assertThat(location).contains("proxy_pass http://zhicheng;", "proxy_set_header Host $http_host;",
        "proxy_set_header X-Forwarded-Proto $scheme;", "proxy_set_header X-Forwarded-For");
    // nginx re-sends a non-idempotent request to the other node only when told to: never here
    assertThat(directive(location, "proxy_next_upstream")).doesNotContain("non_idempotent");
    // no sticky sessions: the sessions are in the database
    assertThat(conf).doesNotContain("ip_hash", "sticky", "hash $cookie");

    DataSize proxyLimit = DataSize.parse(directive(block(conf, "server {"), "client_max_body_size").toUpperCase() + "B");
    DataSize appLimit = DataSize.parse(map(map(map(application().get("spring")).get("servlet")).get("multipart"))
        .get("max-request-size").toString());
    assertThat(proxyLimit).as("the proxy lets through every upload the app takes").isGreaterThanOrEqualTo(appLimit);
  }

  @Test
  void prometheusScrapesEachNode() throws IOException {
    Map<String, Object> scrape = map(list(yaml("prometheus/prometheus.yml").get("scrape_configs")).get(0));
    String port = appPort();
    assertThat(list(map(list(scrape.get("static_configs")).get(0)).get("targets"))).containsExactlyElementsOf(
        nodes(map(yaml("compose.yaml").get("services"))).stream().map(n -> n + ":" + port).toList());
  }

  /** The services built from the app's Dockerfile. */
  static List<String> nodes(Map<String, Object> services) {
    return services.entrySet().stream()
        .filter(e -> map(e.getValue()).get("build") instanceof Map<?, ?> build
            && "docker/Dockerfile".equals(build.get("dockerfile")))
        .map(Map.Entry::getKey).sorted().toList();
  }

  /** The port the app listens on in the image: application.yaml's server.port, the Dockerfile's EXPOSE. */
  private static String appPort() throws IOException {
    String port = map(application().get("server")).get("port").toString();
    assertThat(Files.readString(DOCKER.resolve("Dockerfile"))).contains("EXPOSE " + port);
    return port;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> application() throws IOException {
    try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/application.yaml"))) {
      return (Map<String, Object>) new Yaml().load(r);
    }
  }

  /** The text between the braces of the first block that starts with {@code head}. */
  private static String block(String conf, String head) {
    int start = conf.indexOf(head);
    assertThat(start).as(head + " in " + NGINX).isNotNegative();
    int open = conf.indexOf('{', start);
    int depth = 0;
    for (int i = open; i < conf.length(); i++) {
      depth += conf.charAt(i) == '{' ? 1 : conf.charAt(i) == '}' ? -1 : 0;
      if (depth == 0) {
        return conf.substring(open + 1, i);
      }
    }
    throw new AssertionError("unclosed " + head);
  }

  /** The value of a directive ({@code name value;}), with comments left out. */
  private static String directive(String block, String name) {
    Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s+([^;]+);").matcher(block);
    assertThat(m.find()).as(name + " in " + NGINX).isTrue();
    return m.group(1).trim();
  }
}
