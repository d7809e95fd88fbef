package zhicheng.process;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A declaration or correction that breaks a rule. Thrown inside the engine command that starts the
 * application or completes the task, so the whole command rolls back: nothing is half-saved, and Tasklist
 * and REST show the message.
 */
public class DeclarationRefusedException extends BadUserRequestException {

  private final List<String> findings;

  public DeclarationRefusedException(String what, List<String> findings) {
    super(what + "：" + numbered(findings));
    this.findings = List.copyOf(findings);
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
