package zhicheng.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a plan table such as seed 003 附件1 (2021年度专业技术资格评审（推荐）工作计划): a committee, the
 * titles it evaluates and recommends, the month its materials close, and notes. An applicant declares against
 * a row ({@code <planId>:<rowId>}); a row either runs the plan's chain to its committee or answers with its
 * {@link Refusal}s (委托评审, 以考代评 …).
 *
 * @param id            the row's id in the plan, unique there ("15", "28-first")
 * @param number        the row number in the notice's table (序号)
 * @param committeeCode code of the row's committee (its office is the group {@code office:<code>}); "" for a row
 *                      that runs no review
 * @param committeeName 评委单位名称（内容）, as the notice writes it
 * @param evaluates     所评资格名称
 * @param recommends    推荐资格名称
 * @param month         接收材料截止时间, as the notice writes it ("10 月")
 * @param deadline      the date it stands for: the last day of that month
 * @param notes         备注
 * @param levels        keys of the chain's levels this row runs (empty: all)
 * @param refusals      what the row answers instead of a review, and to whom
 * @param source        where the notice says so
 * @param titles        the titles of the 所评 and 推荐 columns one by one, each with its level (员级 … 正高级), so
 *                      the rules of the level an applicant declares for can run (empty: the row names none)
 * @param continuingEducationExempt where the notice leaves this row's continuing education to another body
 *                      (seed 003 三、（四）: 卫生和教育系统……参照行业主管部门要求执行), "" otherwise
 */
public record PlanRow(
    String id, int number, String committeeCode, String committeeName, String evaluates, String recommends,
    String month, LocalDate deadline, String notes, List<String> levels, List<Refusal> refusals, String source,
    List<Title> titles, String continuingEducationExempt) {

  /** 所评资格名称 (this row's committee evaluates the title). */
  public static final String EVALUATES = "所评";
  /** 推荐资格名称 (the county recommends the applicant to the committee that evaluates the title). */
  public static final String RECOMMENDS = "推荐";

  public PlanRow {
    levels = List.copyOf(levels);
    refusals = List.copyOf(refusals);
    titles = titles == null ? List.of() : List.copyOf(titles);
    continuingEducationExempt = continuingEducationExempt == null ? "" : continuingEducationExempt;
  }

  /** A row without titles or exemption (tests, older callers). */
  public PlanRow(String id, int number, String committeeCode, String committeeName, String evaluates,
      String recommends, String month, LocalDate deadline, String notes, List<String> levels, List<Refusal> refusals,
      String source) {
    this(id, number, committeeCode, committeeName, evaluates, recommends, month, deadline, notes, levels, refusals,
        source, List.of(), "");
  }

  /**
   * One title of the row: its name as the notice writes it (expanded where the notice abbreviates, e.g.
   * 助理(农艺师、畜牧师、兽医师) → 助理农艺师 …), its level and the column it stands in.
   */
  public record Title(String name, String level, String column) {}

  /** The same row closing on another day (a demo copy). */
  public PlanRow withDeadline(LocalDate day) {
    return new PlanRow(id, number, committeeCode, committeeName, evaluates, recommends, month, day, notes, levels,
        refusals, source, titles, continuingEducationExempt);
  }

  /** The title of that name, if the row names it. */
  public java.util.Optional<Title> title(String name) {
    return name == null ? java.util.Optional.empty()
        : titles.stream().filter(t -> t.name().equals(name.trim())).findFirst();
  }

  /** 第15行 市工艺美术专业中级职务评审委员会. */
  public String label() {
    return "第" + number + "行 " + committeeName;
  }
}
