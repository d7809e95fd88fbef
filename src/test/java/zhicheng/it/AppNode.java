package zhicheng.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The application as a separate operating-system process, as a node behind the proxy runs it: the built jar
 * ({@code -Dzhicheng.reliability.jar=…}, what {@code mvn -Preliability verify} passes) or, in the ordinary test run
 * (before {@code package}), the same classes and libraries from the test's own class path. On the postgres profile, in
 * one schema, with the demo organisation as a fixture, its job executor on (acquiring quickly, locks of
 * {@link #JOB_LOCK_MILLIS}, so a dead node's locks run out within a test), its engine's host name set to the node's name
 * (the job log says which node ran a job). {@link #kill()} is {@code kill -9}. Its log is target/reliability/NAME.log.
 */
final class AppNode implements AutoCloseable {

  static final int JOB_LOCK_MILLIS = 15_000;
  private static final Duration START_LIMIT = Duration.ofMinutes(4);

  final String name;
  final int port;
  final Path log;
  private final Process process;
  private final long startedAt = System.nanoTime();
  private long readyMillis = -1;

  private AppNode(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** Starts a node on {@code schema} (which must exist); returns at once, see {@link #awaitReady()}. */
  static AppNode start(String name, String schema) throws IOException {
    int port = freePort();
    Path log = Path.of("target", "reliability", name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
        "-Dfile.encoding=UTF-8"));
    String jar = System.getProperty("zhicheng.reliability.jar", "");
    if (!jar.isBlank()) {
      command.addAll(List.of("-jar", jar));
    } else {
      command.addAll(List.of("-cp", appClassPath(), "zhicheng.ZhichengApplication"));
    }
    command.addAll(List.of(
        "--server.port=" + port,
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + PostgresSchema.SERVER + "?currentSchema=" + schema,
        "--spring.datasource.username=" + PostgresSchema.USER,
        "--spring.datasource.password=",
        "--spring.datasource.hikari.maximum-pool-size=8",
        "--camunda.bpm.database.schema-name=" + schema,
        "--camunda.bpm.database.table-prefix=" + schema + ".",
        "--camunda.bpm.admin-user.password=" + PostgresSchema.ADMIN_PASSWORD,
        "--zhicheng.demo.enabled=true",
        "--zhicheng.organisation=classpath:organisation/demo.json",
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_MILLIS,
        "--camunda.bpm.job-execution.max-wait=1000",
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--logging.level.root=WARN",
        "--logging.level.zhicheng=INFO"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    return new AppNode(name, port, log, process);
  }

  /** Waits until /actuator/health/readiness answers 200; fails with the log's tail if the process ends or it takes long. */
  AppNode awaitReady() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
        .timeout(Duration.ofSeconds(5)).build();
    long limit = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < limit) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " ended while starting (exit " + process.exitValue() + "):\n" + tail());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          readyMillis = (System.nanoTime() - startedAt) / 1_000_000;
          return this;
        }
      } catch (IOException notListeningYet) {
        // the connector is not open yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError(name + " not ready within " + START_LIMIT + ":\n" + tail());
  }

  /** Milliseconds from the process's start to its first ready answer. */
  long readyMillis() {
    return readyMillis;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * A client as the @SpringBootTest tests have one: redirects not followed (a sign-in's 302 is what is checked),
   * text read as UTF-8 when the answer names no charset (Tasklist's embedded forms), JSON bodies written by Jackson.
   */
  TestRestTemplate rest() {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(url())
        .redirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
        .messageConverters(new ByteArrayHttpMessageConverter(), new StringHttpMessageConverter(StandardCharsets.UTF_8),
            new MappingJackson2HttpMessageConverter()));
  }

  /** kill -9: no shutdown hook, no connection closed by the JVM, transactions cut where they are. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  boolean alive() {
    return process.isAlive();
  }

  String logText() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The app's classes and libraries: the test's class path without the test classes. */
  private static String appClassPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
