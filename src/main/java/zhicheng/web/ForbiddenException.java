package zhicheng.web;

/** An authenticated user asking for something their role may not do: 403 with the Chinese message. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
