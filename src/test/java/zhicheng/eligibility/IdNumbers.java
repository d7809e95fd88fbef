package zhicheng.eligibility;

/**
 * Valid ID numbers for tests with several applicants: one person per application and plan is the rule
 * (zhicheng.application.ApplicationIndex), so each declaration of a test that declares more than once needs its own.
 * All are born 1949-12-31 in 北京市西城区 and female, as the fixtures' one ID number 11010519491231002X (person 0): only
 * the sequence code differs, so birth months and ages the documents show stay the same.
 */
public final class IdNumbers {

  private IdNumbers() {}

  /** The {@code n}-th person, 0 to 498. */
  public static String person(int n) {
    if (n < 0 || n > 498) {
      throw new IllegalArgumentException("person " + n);
    }
    String first17 = "11010519491231" + String.format("%03d", 2 + 2 * n);
    return first17 + IdNumber.checkCharacter(first17);
  }
}
