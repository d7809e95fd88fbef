package zhicheng.web;

/** A request the current state does not take (an entry already removed …): 409 with the Chinese message. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
