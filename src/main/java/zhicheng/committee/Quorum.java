package zhicheng.committee;

import java.util.Optional;

/**
 * Whether a sitting may open: the attending experts must be at least 2/3 of the committee's members
 * ({@link Regulation#QUORUM}). Integer arithmetic, no rounding: 3·attending ≥ 2·members.
 *
 * @param members   the committee's members (评委会委员) in the organisation data
 * @param attending the members the office marked as attending
 */
public record Quorum(int members, int attending) {

  public Quorum {
    if (members < 1 || attending < 0 || attending > members) {
      throw new IllegalArgumentException("出席人数 " + attending + " 与委员人数 " + members + " 不合理");
    }
  }

  public boolean met() {
    return 3L * attending >= 2L * members;
  }

  /** The fewest attending experts that meet the quorum: ⌈2·members / 3⌉. */
  public int minimum() {
    return (2 * members + 2) / 3;
  }

  /** Why the sitting may not open, with the numbers and the rule; empty when it may. */
  public Optional<String> refusal() {
    if (met()) {
      return Optional.empty();
    }
    return Optional.of("出席评委" + attending + "人，不足评委会委员" + members + "人的2/3（至少须" + minimum()
        + "人出席），评审会不能召开。依据：" + Regulation.QUORUM);
  }
}
