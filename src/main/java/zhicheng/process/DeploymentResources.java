package zhicheng.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The auto-deployment of processes/ and forms/ with resource names relative to the classpath
 * ("forms/upload-materials.html") instead of the absolute file paths the starter gives them. Tasklist loads an
 * embedded form by that name (camunda:formKey="embedded:deployment:forms/upload-materials.html"); with an absolute
 * path it finds nothing. Also keeps the names the same on every machine, in Cockpit and for duplicate filtering.
 */
@Component
public class DeploymentResources extends DefaultDeploymentConfiguration {

  @Override
  public Set<Resource> getDeploymentResources() {
    return super.getDeploymentResources().stream().map(DeploymentResources::named).collect(Collectors.toSet());
  }

  /** The resource's path within the classpath, e.g. processes/title-application.bpmn. */
  static Resource named(Resource resource) {
    try {
      return new Named(pathWithinClasspath(resource.getURL().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** From a directory (…/classes/forms/x.html) or a jar (…!/BOOT-INF/classes/!/forms/x.html, …!/forms/x.html). */
  static String pathWithinClasspath(String url) {
    int bang = url.lastIndexOf("!/");
    if (bang >= 0) {
      return url.substring(bang + 2);
    }
    int classes = url.lastIndexOf("/classes/");
    if (classes >= 0) {
      return url.substring(classes + "/classes/".length());
    }
    int file = url.lastIndexOf('/');
    return url.substring(url.lastIndexOf('/', file - 1) + 1);
  }

  /** A classpath resource whose deployment name is its path (Spring names ContextResources by that path). */
  private static final class Named extends ClassPathResource implements ContextResource {

    Named(String path) {
      super(path);
    }

    @Override
    public String getPathWithinContext() {
      return getPath();
    }
  }
}
