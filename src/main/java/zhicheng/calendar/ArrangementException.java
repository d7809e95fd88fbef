package zhicheng.calendar;

import java.util.List;

/** A holiday arrangement that cannot be used; each finding names the field and what is wrong with it. */
public class ArrangementException extends RuntimeException {

  private final List<String> findings;

  public ArrangementException(String origin, List<String> findings) {
    super("节假日安排 " + origin + " 无法使用：" + String.join("；", findings));
    this.findings = List.copyOf(findings);
  }

  public List<String> findings() {
    return findings;
  }
}
