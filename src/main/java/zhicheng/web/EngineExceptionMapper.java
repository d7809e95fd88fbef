package zhicheng.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The engine's failures that no resource wrapped (an optimistic-locking loss during a completion, a listener's
 * refusal …): answered by {@link EngineAnswers}, preferred over Camunda's mapper for the same type by its priority.
 */
@Provider
@Priority(1)
public class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  @Context
  private UriInfo uri;

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return EngineAnswers.to(exception, uri);
  }
}
