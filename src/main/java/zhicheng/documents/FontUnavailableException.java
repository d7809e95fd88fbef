package zhicheng.documents;

/** No usable CJK font: the documents cannot be printed, so the app does not start. */
public class FontUnavailableException extends IllegalStateException {

  public FontUnavailableException(String message) {
    super(message);
  }
}
