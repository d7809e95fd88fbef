package zhicheng.security;

/** A caller's text quoted back in a refusal: short, on one line, so a refusal never echoes a huge input. */
final class Shown {

  private static final int LIMIT = 40;

  private Shown() {}

  static String name(String text) {
    if (text == null) {
      return "";
    }
    String line = text.replaceAll("\\p{Cntrl}", " ");
    return line.length() <= LIMIT ? line : line.substring(0, LIMIT) + "…";
  }
}
