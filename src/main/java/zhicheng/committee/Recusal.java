package zhicheng.committee;

import java.util.List;
import java.util.Objects;

/**
 * Who votes on whom. {@link Regulation#RECUSAL}: 评审专家与评审工作有利害关系或者其他关系可能影响客观公正的，应当申请回避.
 * The relation the organisation data knows is the employer: an expert working at the applicant's own unit is
 * recused for that applicant, automatically, without waiting for him to ask. Other relations (kin, former
 * colleagues) are for the expert to declare; the data cannot know them.
 */
public final class Recusal {

  private Recusal() {}

  public static boolean recused(Expert expert, Candidate candidate) {
    return expert.unitCode() != null && !expert.unitCode().isBlank()
        && Objects.equals(expert.unitCode(), candidate.unitCode());
  }

  /** The applicants an expert votes on: all but those of his own unit. */
  public static List<Candidate> ballotOf(Expert expert, List<Candidate> candidates) {
    return candidates.stream().filter(c -> !recused(expert, c)).toList();
  }

  /** The attending experts recused for one applicant. */
  public static List<Expert> recusedFor(Candidate candidate, List<Expert> attending) {
    return attending.stream().filter(e -> recused(e, candidate)).toList();
  }
}
