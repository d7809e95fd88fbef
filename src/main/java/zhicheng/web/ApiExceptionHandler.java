package zhicheng.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MultipartException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import zhicheng.achievements.AchievementArchive;
import zhicheng.calendar.ArrangementException;
import zhicheng.process.Causes;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.process.JsonProblem;
import zhicheng.application.PaymentRegister;
import zhicheng.publicity.PublicityClosedException;

@RestControllerAdvice(basePackages = "zhicheng.web")
public class ApiExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ApiError notFound(NotFoundException e) {
    return ApiError.of(e.getMessage());
  }

  @ExceptionHandler(DeclarationRefusedException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError refused(DeclarationRefusedException e) {
    return new ApiError(e.getMessage(), e.findings());
  }

  @ExceptionHandler(BadRequestException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError badRequest(BadRequestException e) {
    return ApiError.of(e.getMessage());
  }

  /** Not JSON, or a value of the wrong type in a field (text where a number is due …): the field is named. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return Causes.find(e, ApiBodyLimit.BodyTooLarge.class)
        .map(tooLarge -> ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .body(ApiError.of(ApiBodyLimit.message(tooLarge.limit))))
        .orElseGet(() -> ResponseEntity.badRequest().body(unreadableJson(e)));
  }

  private static ApiError unreadableJson(HttpMessageNotReadableException e) {
    String problem = JsonProblem.of(e);
    return ApiError.of(problem.startsWith("字段") ? "请求内容不是合法的 JSON 或字段类型不符：" + problem : "请求内容" + problem);
  }

  /** A path or query value of the wrong kind (text where an archive row's number is due): the parameter is named. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError typeMismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    boolean number = type != null && (Number.class.isAssignableFrom(type) || type == long.class || type == int.class);
    return ApiError.of("参数 " + e.getName() + " 的值“" + e.getValue() + "”格式不正确" + (number ? "，应为整数" : "")
        + "，未作任何处理");
  }

  @ExceptionHandler(ForbiddenException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ApiError forbidden(ForbiddenException e) {
    return ApiError.of(e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  ApiError conflict(ConflictException e) {
    return ApiError.of(e.getMessage());
  }

  /** A holiday arrangement with mistakes: every finding, nothing loaded. */
  @ExceptionHandler(ArrangementException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError arrangement(ArrangementException e) {
    return new ApiError(e.getMessage(), e.findings());
  }

  /** A payment the application's state does not take (already paid, withdrawn, period over). */
  @ExceptionHandler(PaymentRegister.PaymentConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  ApiError paymentConflict(PaymentRegister.PaymentConflictException e) {
    return new ApiError(e.getMessage(), e.findings());
  }

  /** An objection when no publicity period runs: the application's state conflicts with the request. */
  @ExceptionHandler(PublicityClosedException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  ApiError publicityClosed(PublicityClosedException e) {
    return new ApiError(e.getMessage(), e.findings());
  }

  /** An archive row with mistakes: every field named, nothing written. */
  @ExceptionHandler(AchievementArchive.RefusedException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError achievementRefused(AchievementArchive.RefusedException e) {
    return new ApiError(e.getMessage(), e.findings());
  }

  /** A change to an archive row an application was submitted with. */
  @ExceptionHandler(AchievementArchive.LockedException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  ApiError achievementLocked(AchievementArchive.LockedException e) {
    return ApiError.of(e.getMessage());
  }

  /**
   * Someone else got there first (the engine's optimistic lock, a unique key, a lock wait given up): 409 with a
   * sentence, never the database's text. Anything else nobody foresaw: 500 with a sentence and the log's reference.
   * Spring's and Spring Security's own exceptions (405, 415, 403, 401 …) go on to their own handling unchanged.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) throws Exception {
    if (e instanceof ErrorResponse || e instanceof AccessDeniedException || e instanceof AuthenticationException
        || e instanceof MultipartException
        || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)) {
      throw e;
    }
    if (LostRace.in(e)) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(LostRace.message(request.getRequestURI())));
    }
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(ApiError.of(Incident.record(request.getMethod() + " " + request.getRequestURI(), e)));
  }
}
