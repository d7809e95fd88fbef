package zhicheng.web;

import java.util.regex.Pattern;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.dto.ParseExceptionDto;

/**
 * Camunda's 4xx answers on the engine REST API without Java in them. Camunda names the exception's class as the
 * answer's {@code type} ({@code InvalidRequestException}, {@code NotSupportedException}) and sometimes passes a
 * library's message on ({@code Cannot deserialize value of type `java.lang.Integer`…}) or none at all. The status and
 * a message a person can read stay: the type becomes the status's name, and a message that names classes, SQL or the
 * engine's codes, or is empty, becomes a Chinese sentence for the status.
 */
final class ClientFaults {

  /** Camunda's fields with a type that names no class. */
  public record ClientFaultDto(String type, String message, Integer code) {}

  private static final Pattern JAVA = Pattern.compile("`|\\bjava\\.|\\borg\\.|\\bcom\\.|Exception|ENGINE-|SQL|\\$");
  /** A message of Camunda's is a sentence; one longer than this quotes the request. */
  private static final int MAX_MESSAGE = 300;

  private ClientFaults() {}

  static Response cleaned(Response camunda, String path) {
    Object entity = camunda.getEntity();
    if (entity instanceof AuthorizationExceptionDto || entity instanceof ParseExceptionDto
        || !(entity instanceof ExceptionDto dto)) {
      return camunda;
    }
    int status = camunda.getStatus();
    String message = dto.getMessage();
    // 405 and 415 carry the HTTP phrase only ("HTTP 415 Unsupported Media Type"): the sentence says what to do
    if (message == null || message.isBlank() || JAVA.matcher(message).find() || status == 405 || status == 415) {
      message = sentence(status, path);
    } else if (message.length() > MAX_MESSAGE) {
      message = message.substring(0, MAX_MESSAGE) + "…";
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ClientFaultDto(type(status), message, dto.getCode())).build();
  }

  private static String type(int status) {
    return switch (status) {
      case 400 -> "BadRequest";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 405 -> "MethodNotAllowed";
      case 406 -> "NotAcceptable";
      case 409 -> "Conflict";
      case 415 -> "UnsupportedMediaType";
      default -> "ClientError";
    };
  }

  static String sentence(int status, String path) {
    return switch (status) {
      case 404 -> "未找到所请求的内容";
      case 405 -> "该地址不支持这种请求方法";
      case 406 -> "无法以所要求的格式答复（Accept）";
      case 415 -> path != null && path.endsWith("deployment/create")
          ? "部署须以 multipart/form-data 上传流程、决策或表单文件，未作任何处理"
          : "请求内容的类型（Content-Type）不受支持，未作任何处理";
      default -> "请求不正确（例如内容不是合法的 JSON、字段类型不符或缺少必填项），未作任何处理";
    };
  }
}
