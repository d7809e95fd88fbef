package zhicheng.review;

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

  /** folder/file of the resource, e.g. processes/title-application.bpmn. */
  static Resource named(Resource resource) {
    try {
      String url = resource.getURL().toString();
      int file = url.lastIndexOf('/');
      int folder = url.lastIndexOf('/', file - 1);
      return new Named(url.substring(folder + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
