package zhicheng.process;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A declaration or correction that breaks a rule. Thrown inside the engine command that starts the
 * application or completes the task, so the whole command rolls back: nothing is half-saved, and Tasklist
 * and REST show the message. A finding quotes at most a few characters of what was entered ({@link Quoted}).
 */
public class DeclarationRefusedException extends BadUserRequestException {

  private final List<String> findings;

  /** Each finding with its quotations of the input cut to a few characters ({@link Quoted}). */
  public DeclarationRefusedException(String what, List<String> findings) {
    super(what + "：" + numbered(shortened(findings)));
    this.findings = shortened(findings);
  }

  private static List<String> shortened(List<String> findings) {
    return findings.stream().map(Quoted::in).toList();
  }

  public List<String> findings() {
    return findings;
  }

  private static String numbered(List<String> findings) {
    if (findings.size() == 1) {
      return findings.get(0);
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < findings.size(); i++) {
      s.append(i == 0 ? "" : "；").append(i + 1).append(". ").append(findings.get(i));
    }
    return s.toString();
  }
}
