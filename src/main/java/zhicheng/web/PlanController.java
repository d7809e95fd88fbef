package zhicheng.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.Condition;
import zhicheng.plan.LevelStep;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanChain;
import zhicheng.plan.PlanLevel;
import zhicheng.plan.PlanRepository;
import zhicheng.plan.PlanRow;
import zhicheng.plan.PlanRules;
import zhicheng.plan.Refusal;
import zhicheng.plan.Region;

/**
 * The plans in force, as their files say, for anyone signed in (they are public notices): chain, conditions,
 * rows, and whether each is open today. {@code /api/plans/{id}/chain?unit=…} shows the chain an applicant of
 * that unit would get, or why the plan would not take the declaration.
 */
@Tag(name = "申报计划", description = "现行申报计划、审核层级与截止日期")
@RestController
@RequestMapping("/api/plans")
public class PlanController {

  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final Clock clock;

  public PlanController(PlanRepository plans, OrganisationRepository organisation, Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** A condition as data and as people read it. */
  public record WhenView(Map<String, List<String>> anyOf, String text) {
    static WhenView of(Condition c) {
      return new WhenView(c.anyOf(), c.text());
    }
  }

  /** @param deadline null for a level that takes the date of the row chosen ({@code deadlineFromRow}) */
  public record LevelView(String key, String name, String group, LocalDate deadline, boolean deadlineFromRow,
      int publicityDays, WhenView appliesTo, String source) {}

  public record RefusalView(WhenView appliesTo, String message, String source) {}

  /**
   * @param choiceId what a declaration names as its planId ({@code <planId>:<rowId>})
   * @param answer   for a row that runs no review (委托评审, 以考代评 …): what the applicant is told
   */
  public record RowView(String id, String choiceId, int number, String committeeCode, String committeeName,
      String evaluates, String recommends, String month, LocalDate deadline, boolean open, String notes,
      List<String> levels, String answer, List<RefusalView> refusals, String source) {}

  public record PlanView(String id, String title, String notice, String source, Map<String, String> sources,
      Region region, String committeeCode, String committeeName, LocalDate applicantDeadline, boolean open,
      boolean rehearsal, List<String> routes, PlanRules rules, Map<String, Integer> documentCopies,
      List<LevelView> chain, List<RefusalView> refusals, List<RowView> rows, RowView row) {}

  public record ChainView(String planId, String unit, boolean accepted, List<LevelStep> steps, List<String> problems) {}

  @Operation(summary = "全部申报计划", description = "含审核链、适用条件与计划表各行。")
  @GetMapping
  public List<PlanView> list() {
    return plans.all().stream().map(this::view).toList();
  }

  /** A plan by its id, or one row of a plan table by {@code <planId>:<rowId>}. */
  @Operation(summary = "一个申报计划或计划表的一行", description = "行以 <计划编号>:<行编号> 表示。")
  @GetMapping("/{id}")
  public PlanView one(@PathVariable String id) {
    return view(find(id));
  }

  @Operation(summary = "某单位申报人的审核链", description = "或该计划不受理其申报的原因。")
  @GetMapping("/{id}/chain")
  public ChainView chain(@PathVariable String id, @RequestParam String unit) {
    Plan plan = find(id);
    Organisation org = organisation.get();
    var scope = org.scopeOf(unit).orElseThrow(() -> new NotFoundException("未知的用人单位“" + unit + "”"));
    PlanChain.Resolution r = PlanChain.resolve(plan, scope, org.reviewerGroups()::containsKey);
    return new ChainView(plan.id(), unit, r.accepted(), r.steps(), r.problems());
  }

  private Plan find(String id) {
    return plans.find(id).orElseThrow(() -> new NotFoundException("未知的申报计划“" + id + "”"));
  }

  private PlanView view(Plan p) {
    return new PlanView(p.id(), p.title(), p.notice(), p.source(), p.sources(), p.region(), p.committeeCode(),
        p.committeeName(), p.applicantDeadline(), p.isOpen(clock.instant()), p.rehearsal(), p.routes(), p.rules(),
        p.documentCopies(), p.chain().stream().map(PlanController::level).toList(),
        p.refusals().stream().map(PlanController::refusal).toList(),
        p.rows().stream().map(r -> row(p, r)).toList(), p.row() == null ? null : row(p, p.row()));
  }

  private static LevelView level(PlanLevel l) {
    return new LevelView(l.key(), l.name(), l.group(), l.deadline(), l.deadline() == null, l.publicityDays(),
        WhenView.of(l.when()), l.source());
  }

  private static RefusalView refusal(Refusal r) {
    return new RefusalView(WhenView.of(r.when()), r.message(), r.source());
  }

  private RowView row(Plan p, PlanRow r) {
    Plan choice = p.row() != null ? p : p.forRow(r);
    String choiceId = p.row() != null ? p.id() : p.id() + Plan.ROW_SEPARATOR + r.id();
    return new RowView(r.id(), choiceId, r.number(), r.committeeCode(), r.committeeName(),
        r.evaluates(), r.recommends(), r.month(), r.deadline(), choice.isOpen(clock.instant()), r.notes(), r.levels(),
        choice.refusalForEveryone().map(x -> PlanChain.refusalText(choice, x)).orElse(null),
        r.refusals().stream().map(PlanController::refusal).toList(), r.source());
  }
}
