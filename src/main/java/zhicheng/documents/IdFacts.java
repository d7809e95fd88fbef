package zhicheng.documents;

/** What an 18-character ID number (GB 11643-1999) says about its holder, and how much of it may be shown. */
public final class IdFacts {

  private IdFacts() {}

  private static boolean wellFormed(String id) {
    return id != null && id.trim().matches("\\d{17}[\\dXx]");
  }

  /** 男 / 女 from the 17th digit, or null for a malformed number. */
  public static String gender(String id) {
    return wellFormed(id) ? ((id.trim().charAt(16) - '0') % 2 == 1 ? "男" : "女") : null;
  }

  /** "1949年12月" from digits 7–12, or null. */
  public static String birthMonth(String id) {
    if (!wellFormed(id)) {
      return null;
    }
    String s = id.trim();
    return s.substring(6, 10) + "年" + Integer.parseInt(s.substring(10, 12)) + "月";
  }

  /** The first 3 and last 4 characters, the rest as *: what a public certificate check may show. */
  public static String masked(String id) {
    if (id == null || id.isBlank()) {
      return "";
    }
    String s = id.trim().toUpperCase();
    if (s.length() <= 7) {
      return "*".repeat(s.length());
    }
    return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
  }
}
