package zhicheng.application;

/**
 * One line of an application's review trail: who did what, when, at which level, with which words.
 *
 * @param at     ISO-8601 instant with +08:00 offset
 * @param level  level name, or "申报" for the applicant's own steps
 * @param actor  user id of the person (or "系统" for deadlines)
 * @param action 提交申报 / 通过 / 退回 / 不通过 / 重新提交 / 逾期
 * @param text   opinion or reason as written
 */
public record TrailEntry(String at, String level, String actor, String action, String text) {

  public String line() {
    String when = at.length() >= 16 ? at.substring(0, 16).replace('T', ' ') : at;
    return when + "　" + level + "　" + action + "（" + actor + "）" + (text.isBlank() ? "" : "：" + text);
  }
}
