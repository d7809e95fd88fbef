package zhicheng.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

import zhicheng.process.DeclarationRefusedException;

/**
 * /engine-rest answers a declaration or decision that breaks a rule with 500 ("Cannot instantiate process
 * definition …", "ENGINE-03051 There was an exception while invoking the TaskListener …"), as if the server
 * were broken. It is the caller's input: 400 with the Chinese findings, as /api answers. Every other error
 * keeps Camunda's own answer. Preferred over Camunda's mapper for the same type by its priority.
 */
@Provider
@Priority(1)
public class RefusalExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    DeclarationRefusedException refusal = refusalIn(exception);
    if (refusal == null) {
      return camunda.toResponse(exception);
    }
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new RefusalDto("DeclarationRefused", refusal.getMessage(), refusal.findings())).build();
  }

  /** Camunda's ExceptionDto fields (type, message), plus the findings one by one. */
  public record RefusalDto(String type, String message, java.util.List<String> findings) {}

  static DeclarationRefusedException refusalIn(Throwable t) {
    for (Throwable c = t; c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof DeclarationRefusedException refusal) {
        return refusal;
      }
    }
    return null;
  }
}
