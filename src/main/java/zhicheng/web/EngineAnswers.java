package zhicheng.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

import zhicheng.process.Causes;
import zhicheng.process.DeclarationRefusedException;

/**
 * What /engine-rest and Tasklist's engine API answer when a call fails, whichever of Camunda's exception types
 * carried the failure:
 * <ul>
 *   <li>a declaration or decision that breaks a rule: 400 with the Chinese findings (Camunda says 500 "ENGINE-03051
 *       There was an exception while invoking the TaskListener …", as if the server were broken);</li>
 *   <li>a lost race (two reviewers complete one task at once): 409 “该任务已由他人处理，请刷新后查看” (Camunda says
 *       500 with the optimistic-locking message or the database's duplicate-key text, naming tables and indexes);</li>
 *   <li>a request the REST layer could not read (a variable given as {@code null}, a file without its
 *       {@code valueInfo}): 400 ({@link MalformedRequest}; Camunda says 500);</li>
 *   <li>any other 5xx: a Chinese sentence and an incident reference, the exception only in the log;</li>
 *   <li>everything else (404 unknown task, 403 not authorized, 400 bad request …): Camunda's status and message, with
 *       a type that names no Java class and, where Camunda's message names classes or says nothing, a Chinese
 *       sentence instead ({@link ClientFaults}). Two of Camunda's answers stay whole: the authorization refusal, whose
 *       type Tasklist and Cockpit test for, and the deployment's parse errors, which Camunda Modeler lists.</li>
 * </ul>
 * Camunda maps three exception types (RestException, ProcessEngineException, Throwable); the project registers
 * one mapper for each, preferred by priority, all answering here.
 */
final class EngineAnswers {

  private EngineAnswers() {}

  /** Camunda's ExceptionDto fields (type, message), plus the findings one by one. */
  public record RefusalDto(String type, String message, java.util.List<String> findings) {}

  /** Camunda's ExceptionDto fields, with a type that names no class. */
  public record FaultDto(String type, String message) {}

  static Response to(Throwable exception, UriInfo uri) {
    DeclarationRefusedException refusal = refusalIn(exception);
    if (refusal != null) {
      return json(Response.Status.BAD_REQUEST,
          new RefusalDto("DeclarationRefused", refusal.getMessage(), refusal.findings()));
    }
    String path = uri == null ? null : uri.getPath();
    if (LostRace.in(exception, path) || TaskGone.after(exception, path)) {
      return json(Response.Status.CONFLICT, new FaultDto("Conflict", LostRace.message(path)));
    }
    if (Causes.find(exception, com.fasterxml.jackson.core.JacksonException.class).isPresent()) {
      // a body past Jackson's limits (nesting over 1000 levels), which no JSON mapper of JAX-RS takes
      return JsonExceptionMapper.answer(Causes.find(exception, com.fasterxml.jackson.core.JacksonException.class)
          .orElseThrow());
    }
    if (MalformedRequest.in(exception)) {
      return json(Response.Status.BAD_REQUEST, new FaultDto("BadRequest", MalformedRequest.MESSAGE));
    }
    ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
    if (camunda.getStatus(exception).getStatusCode() < 500) {
      return ClientFaults.cleaned(camunda.getResponse(exception), path);
    }
    return json(Response.Status.INTERNAL_SERVER_ERROR,
        new FaultDto("ServerError", Incident.record("engine REST " + path, exception)));
  }

  private static Response json(Response.Status status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  static DeclarationRefusedException refusalIn(Throwable t) {
    return Causes.find(t, DeclarationRefusedException.class).orElse(null);
  }
}
