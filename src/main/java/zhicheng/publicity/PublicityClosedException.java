package zhicheng.publicity;

import java.util.List;
import zhicheng.process.DeclarationRefusedException;

/** An objection that comes when no publicity period is running for it: refused, nothing recorded. */
public class PublicityClosedException extends DeclarationRefusedException {

  public PublicityClosedException(String finding) {
    super("异议未受理", List.of(finding));
  }
}
