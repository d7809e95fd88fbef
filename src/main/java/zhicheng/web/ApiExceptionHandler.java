package zhicheng.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import zhicheng.review.DeclarationRefusedException;

@RestControllerAdvice(basePackages = "zhicheng.web")
public class ApiExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ApiError notFound(NotFoundException e) {
    return ApiError.of(e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ApiError forbidden(ForbiddenException e) {
    return ApiError.of(e.getMessage());
  }

  @ExceptionHandler(DeclarationRefusedException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError refused(DeclarationRefusedException e) {
    return new ApiError(e.getMessage(), e.findings());
  }
}
