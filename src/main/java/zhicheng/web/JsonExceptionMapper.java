package zhicheng.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;

import zhicheng.process.JsonProblem;

/**
 * A request body on the engine REST API that is no JSON, or JSON of the wrong shape ({@code "variables": []}, nesting
 * past 1000 levels): 400 with what was wrong and the field, in Chinese. Camunda's mappers for these answered an empty
 * message under the type {@code InvalidRequestException}, and Jackson's own (which JAX-RS may prefer) its text naming
 * Java types. JAX-RS picks a mapper by the nearest exception type, then by priority: so one for each of the two types
 * those mappers take, preferred by priority as the project's other mappers ({@link EngineAnswers}).
 */
final class JsonExceptionMapper {

  private JsonExceptionMapper() {}

  static Response answer(Throwable exception) {
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new EngineAnswers.FaultDto("BadRequest", "请求内容" + JsonProblem.of(exception) + "，未作任何处理")).build();
  }

  /** JSON of the wrong shape or too deep. */
  @Provider
  @Priority(1)
  public static class Mapping implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return answer(exception);
    }
  }

  /** No JSON at all. */
  @Provider
  @Priority(1)
  public static class Parse implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return answer(exception);
    }
  }
}
