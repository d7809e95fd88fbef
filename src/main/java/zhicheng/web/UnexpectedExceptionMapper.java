package zhicheng.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every other failure on the engine REST API (a database error outside the engine, a null pointer in a
 * listener …): answered by {@link EngineAnswers}, preferred over Camunda's catch-all mapper by its priority.
 * JSON errors keep Camunda's own, more specific mappers.
 */
@Provider
@Priority(1)
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Context
  private UriInfo uri;

  @Override
  public Response toResponse(Throwable exception) {
    return EngineAnswers.to(exception, uri);
  }
}
