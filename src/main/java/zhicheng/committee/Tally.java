package zhicheng.committee;

import java.util.Collection;

/**
 * The count of one applicant's votes and whether they pass. The pass mark is 2/3 of the experts attending the
 * sitting ({@link Regulation#PASS}: 同意票数达到出席评审会议的评审专家总数2/3以上), in integers: 3·agree ≥ 2·attending.
 *
 * <p>Reading of the rule for an applicant with a recused expert: the denominator stays the number of experts
 * attending the sitting. The article counts 出席评审会议的评审专家总数, and a recused expert attends the sitting;
 * he only does not vote on this applicant. A recusal therefore never lowers the mark: with 9 attending, 6
 * agreeing votes are needed whether or not someone was recused.
 *
 * @param recused   attending experts who did not vote on this applicant because of recusal (回避)
 * @param attending experts attending the sitting
 */
public record Tally(int agree, int disagree, int abstain, int recused, int attending) {

  public Tally {
    if (agree < 0 || disagree < 0 || abstain < 0 || recused < 0 || agree + disagree + abstain + recused != attending) {
      throw new IllegalArgumentException("票数不符：同意" + agree + "、不同意" + disagree + "、弃权" + abstain
          + "、回避" + recused + "，出席" + attending);
    }
  }

  /** Counts the votes cast on one applicant; every attending expert not recused must have voted. */
  public static Tally of(Collection<Vote> votes, int recused, int attending) {
    int agree = (int) votes.stream().filter(v -> v == Vote.AGREE).count();
    int disagree = (int) votes.stream().filter(v -> v == Vote.DISAGREE).count();
    return new Tally(agree, disagree, votes.size() - agree - disagree, recused, attending);
  }

  public boolean passed() {
    return 3L * agree >= 2L * attending;
  }

  /** The fewest agreeing votes that pass: ⌈2·attending / 3⌉. */
  public int agreeNeeded() {
    return (2 * attending + 2) / 3;
  }

  /** 同意6票、不同意2票、弃权1票（出席评委9人，回避0人；同意票须不少于6票）. */
  public String text() {
    return "同意" + agree + "票、不同意" + disagree + "票、弃权" + abstain + "票（出席评委" + attending + "人，回避"
        + recused + "人；同意票须不少于" + agreeNeeded() + "票）";
  }

  /** The result with its count, as the applicant reads it. */
  public String result() {
    return (passed() ? "评审通过：" : "评审未通过：") + text();
  }
}
