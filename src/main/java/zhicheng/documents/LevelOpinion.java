package zhicheng.documents;

/**
 * One review level on a form: its name and, once it has decided, the decision, the words, who and when.
 *
 * @param level    e.g. 用人单位审核
 * @param decision 通过 / 退回 / 不通过, or null while the level has not decided
 * @param opinion  the opinion or reason as written
 * @param reviewer the user who decided
 * @param at       when, as "2023-09-05 10:00" (Beijing time)
 */
public record LevelOpinion(String level, String decision, String opinion, String reviewer, String at) {

  public static LevelOpinion pending(String level) {
    return new LevelOpinion(level, null, null, null, null);
  }

  public boolean decided() {
    return decision != null;
  }
}
