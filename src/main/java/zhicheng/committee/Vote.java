package zhicheng.committee;

import java.util.Arrays;
import java.util.Optional;

/** One expert's vote on one applicant: 同意 / 不同意 / 弃权 ({@link Regulation#PASS}: 无记名投票表决). */
public enum Vote {
  AGREE("agree", "同意"),
  DISAGREE("disagree", "不同意"),
  ABSTAIN("abstain", "弃权");

  private final String code;
  private final String text;

  Vote(String code, String text) {
    this.code = code;
    this.text = text;
  }

  /** What the ballot form sends and the vote table stores. */
  public String code() {
    return code;
  }

  public String text() {
    return text;
  }

  public static Optional<Vote> ofCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
