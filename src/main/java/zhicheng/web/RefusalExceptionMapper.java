package zhicheng.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine REST API's failures wrapped by a resource ("Cannot complete task …", "Cannot instantiate process
 * definition …"): answered by {@link EngineAnswers}. Preferred over Camunda's mapper for the same type by its
 * priority.
 */
@Provider
@Priority(1)
public class RefusalExceptionMapper implements ExceptionMapper<RestException> {

  @Context
  private UriInfo uri;

  @Override
  public Response toResponse(RestException exception) {
    return EngineAnswers.to(exception, uri);
  }
}
