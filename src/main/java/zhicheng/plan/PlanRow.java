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
 */
public record PlanRow(
    String id, int number, String committeeCode, String committeeName, String evaluates, String recommends,
    String month, LocalDate deadline, String notes, List<String> levels, List<Refusal> refusals, String source) {

  public PlanRow {
    levels = List.copyOf(levels);
    refusals = List.copyOf(refusals);
  }

  /** 第15行 市工艺美术专业中级职务评审委员会. */
  public String label() {
    return "第" + number + "行 " + committeeName;
  }
}
