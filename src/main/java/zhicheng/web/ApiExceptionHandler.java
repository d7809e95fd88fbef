package zhicheng.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import zhicheng.achievements.AchievementArchive;
import zhicheng.calendar.ArrangementException;
import zhicheng.process.DeclarationRefusedException;
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
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
      String field = m.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(java.util.stream.Collectors.joining()).replaceFirst("^\\.", "");
      return ApiError.of("请求内容不是合法的 JSON 或字段类型不符：字段 " + field + " 的值类型不正确");
    }
    return ApiError.of("请求内容不是合法的 JSON");
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
}
