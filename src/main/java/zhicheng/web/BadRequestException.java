package zhicheng.web;

/** Input an /api call cannot use (malformed date, number out of range): 400 with the Chinese message. */
public class BadRequestException extends RuntimeException {
  public BadRequestException(String message) {
    super(message);
  }
}
