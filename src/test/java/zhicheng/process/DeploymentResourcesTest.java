package zhicheng.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deployed resources are named by their path within the classpath, as Tasklist asks for them. */
class DeploymentResourcesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "file:/work/app/target/classes/forms/upload-materials.html, forms/upload-materials.html",
      "jar:nested:/app/app.jar/!BOOT-INF/classes/!/forms/upload-materials.html, forms/upload-materials.html",
      "jar:file:/app/lib/processes.jar!/processes/title-application.bpmn, processes/title-application.bpmn"})
  void theNameIsThePathWithinTheClasspath(String url, String name) {
    assertThat(DeploymentResources.pathWithinClasspath(url)).isEqualTo(name);
  }
}
