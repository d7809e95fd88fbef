package zhicheng.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import zhicheng.plan.Plan;
import zhicheng.plan.PlanRow;

/**
 * The level an applicant declares for. A plan of one round (seed 004: 高级工程师) sets it once; a row of a plan
 * table (seed 003 附件1) evaluates (所评) and recommends (推荐) titles of several levels, so the applicant names
 * the title (申报资格, profile field {@code targetTitle}) and its level decides which of the notice's level rules
 * run: continuing education (三、（四）: 中级近4年, 高级近5年), the skill bridges (三、（六）), the post quota.
 */
public final class TargetTitle {

  private TargetTitle() {}

  /**
   * @param plan    the plan with the rules of the level declared for (the plan itself when it has one level)
   * @param finding the finding about the title declared, for a row of a plan table
   */
  public record Resolution(Plan plan, Optional<Finding> finding) {

    public String level() {
      return plan.rules().targetLevel();
    }
  }

  public static Resolution resolve(Plan plan, ApplicantProfile p) {
    PlanRow row = plan.row();
    if (row == null) {
      return new Resolution(plan, Optional.empty());
    }
    String source = Sources.of(plan) + "附件1 第" + row.number() + "行（所评资格名称、推荐资格名称）";
    String where = "附件1第" + row.number() + "行（" + row.committeeName() + "）";
    boolean exempt = !row.continuingEducationExempt().isEmpty();
    if (row.titles().isEmpty()) {
      return new Resolution(plan.withRules(plan.rules().forLevel("", exempt)), Optional.of(Finding.pass("target-title",
          where + "未列出所评、推荐资格名称：申报资格及其层级由审核人核实", source)));
    }
    String columns = columns(row);
    if (ApplicantProfile.blank(p.targetTitle())) {
      return new Resolution(plan.withRules(plan.rules().forLevel("", exempt)), Optional.of(Finding.fail("target-title",
          "请选择申报资格：" + where + columns, source)));
    }
    Optional<PlanRow.Title> title = row.title(p.targetTitle());
    if (title.isEmpty()) {
      return new Resolution(plan.withRules(plan.rules().forLevel("", exempt)), Optional.of(Finding.fail("target-title",
          "申报资格“" + p.targetTitle().trim() + "”不在" + where + columns + "之列", source)));
    }
    PlanRow.Title t = title.get();
    return new Resolution(plan.withRules(plan.rules().forLevel(t.level(), exempt)), Optional.of(Finding.pass(
        "target-title", "申报资格“" + t.name() + "”（" + t.level() + "）：" + where + t.column() + "资格", source)));
  }

  /**
   * The title the applicant declares for (申报资格), as the documents print it: for a row of a plan table only (the
   * declaration asks for it there, seed 003 附件1 所评/推荐资格名称, and {@link #resolve} checks it), in the row's own
   * spelling when the row names it, else as declared (a row that names no titles leaves it to the reviewers). A plan
   * of one round has no declared title: what it confers is its certificate's qualification.
   */
  public static Optional<String> declared(Plan plan, ApplicantProfile p) {
    if (plan == null || plan.row() == null || p == null || ApplicantProfile.blank(p.targetTitle())) {
      return Optional.empty();
    }
    return Optional.of(plan.row().title(p.targetTitle()).map(PlanRow.Title::name).orElse(p.targetTitle().trim()));
  }

  private static String columns(PlanRow row) {
    return List.of(PlanRow.EVALUATES, PlanRow.RECOMMENDS).stream()
        .map(c -> new Object[] {c, row.titles().stream().filter(t -> t.column().equals(c)).map(PlanRow.Title::name)
            .collect(Collectors.joining("、"))})
        .filter(a -> !((String) a[1]).isEmpty())
        .map(a -> a[0] + "“" + a[1] + "”").collect(Collectors.joining("，", "的", ""));
  }
}
