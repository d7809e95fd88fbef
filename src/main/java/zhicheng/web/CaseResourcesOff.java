package zhicheng.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * CMMN is off ({@code cmmnEnabled: false}, application.yaml: the task queries go faster without it), so the engine has
 * no case tables, and Camunda's case resources on /engine-rest answered every caller 500 from the database. There are
 * no cases: a list of them is empty, a count is 0, and anything else about a case is not found (404 in Chinese).
 * A JAX-RS filter, so it runs after the engine REST API's authentication like every resource.
 */
@Provider
@PreMatching
public class CaseResourcesOff implements ContainerRequestFilter {

  static final String MESSAGE = "本系统未启用 CMMN 案例（case），没有案例可查；流程与决策不受影响";
  /** The case resources, on the default engine or a named one; a process whose key starts with "case-" is not one. */
  private static final Pattern CASE = Pattern.compile("^/?(engine/[^/]+/)?(history/)?case-[a-z-]+(/.*)?$");
  private static final Pattern LIST = Pattern.compile("^/?(engine/[^/]+/)?(history/)?case-[a-z-]+/?$");

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!CASE.matcher(path).matches()) {
      return;
    }
    boolean get = "GET".equals(request.getMethod());
    if (get && path.endsWith("/count")) {
      request.abortWith(json(Response.Status.OK, Map.of("count", 0)));
    } else if (get && LIST.matcher(path).matches()) {
      request.abortWith(json(Response.Status.OK, List.of()));
    } else {
      request.abortWith(json(Response.Status.NOT_FOUND, new EngineAnswers.FaultDto("NotFound", MESSAGE)));
    }
  }

  private static Response json(Response.Status status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
