package zhicheng.eligibility;

/**
 * One checked rule: its id, whether the applicant meets it, the reason in Chinese (naming the notice), and the
 * seed file and clause the rule comes from.
 */
public record Finding(String rule, boolean passed, String message, String source) {

  public static Finding pass(String rule, String message, String source) {
    return new Finding(rule, true, message, source);
  }

  public static Finding fail(String rule, String message, String source) {
    return new Finding(rule, false, message, source);
  }

  /** One line for the forms: ✔/✘, the message and its source. */
  public String line() {
    return (passed ? "✔ " : "✘ ") + message + "（依据：" + source + "）";
  }
}
