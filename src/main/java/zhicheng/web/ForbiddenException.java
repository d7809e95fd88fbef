package zhicheng.web;

/** The caller is known but may not do this; answered 403 with the Chinese reason. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
