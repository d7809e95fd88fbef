package zhicheng.committee;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of an expert's ballot table: every applicant on the sitting, numbered 1, 2, 3 … in the sitting's order (the
 * 申报编号 is 30-odd characters and stays out of sight, as the value the vote is cast on), with a link to the
 * evaluation form; a row the expert is recused for (回避) is shown and takes no vote.
 *
 * @param no       the short number the expert reads and the office calls out
 * @param key      the application's number (申报编号), what the ballot's lists carry
 * @param formUrl  the newest evaluation form (评审表), or null while there is none
 * @param recused  the expert is of the applicant's unit and does not vote on him
 */
public record BallotRow(int no, String key, String name, String unitName, String formUrl, String formLabel,
    boolean recused) {

  /** A link to the evaluation form of an application, if there is one. */
  @FunctionalInterface
  public interface EvaluationForms {
    /** {url, label}, or null. */
    String[] of(Candidate candidate);
  }

  /** The rows of {@code expert}'s ballot on {@code listed}, in that order. */
  public static List<BallotRow> of(Expert expert, List<Candidate> listed, EvaluationForms forms) {
    List<BallotRow> rows = new ArrayList<>();
    for (Candidate c : listed) {
      String[] form = forms.of(c);
      rows.add(new BallotRow(rows.size() + 1, c.businessKey(), c.name(), c.unitName(), form == null ? null : form[0],
          form == null ? null : form[1], Recusal.recused(expert, c)));
    }
    return rows;
  }

  /** Whether {@code expert} votes on anyone in {@code listed}: an expert recused for all gets no ballot at all. */
  public static boolean votesOnAnyone(Expert expert, List<Candidate> listed) {
    return !Recusal.ballotOf(expert, listed).isEmpty();
  }
}
