package zhicheng.levels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.achievements.Achievement;
import zhicheng.achievements.AchievementArchive;
import zhicheng.achievements.AchievementUse;
import zhicheng.achievements.AchievementWindow;
import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationVariables;
import zhicheng.application.EligibilityStep;
import zhicheng.eligibility.RouteRules;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.process.ProcessVariable;
import zhicheng.scoring.AchievementFinding;
import zhicheng.scoring.AchievementScore;
import zhicheng.scoring.ScoreCalculator;
import zhicheng.scoring.ScoreClaim;
import zhicheng.scoring.ScoringStandard;
import zhicheng.scoring.ScoringStandards;

/**
 * The achievements an application went with, in each level's review task (浙经信消费〔2022〕35号 附件1（一）：用人单位要
 * 认真审核业绩档案，确保信息无误):
 * <ul>
 *   <li>on create, every level: each row with what it scores by the plan's standard and the unit's finding, and the
 *       score of the confirmed rows beside the applicant's own claim and the difference, and each row outside the
 *       window the plan's notice states ({@link AchievementWindow}) ({@code achievementsText});
 *       at the unit's level also one line per row to confirm ({@code achievementConfirmations}, which only the unit's
 *       form, level-review-unit, declares: the task-holder guard lets no other level's completion carry it);</li>
 *   <li>on complete, at the unit's level: each row's 核实 / 不予认定 (with its reason) written to the archive, by the
 *       task's holder; then, for 自评分申报 (浙经信消费〔2022〕35号 二、（二）：自评达到70分及以上的，可通过“自评分申报”方式
 *       申报), a 通过 stands only when the confirmed rows reach the standard's threshold: the route is decided by what
 *       the unit confirmed, not by the items the applicant claimed. A refusal keeps the task open and writes nothing.</li>
 * </ul>
 */
@Component("achievementReview")
public class AchievementReviewListener implements TaskListener {

  /** The rows to confirm, one line each, as the unit's form shows and returns them (task-local). */
  public static final ProcessVariable<List<Map<String, Object>>> CONFIRMATIONS =
      ProcessVariable.json("achievementConfirmations", new TypeReference<List<Map<String, Object>>>() {});
  /**
   * The rows' ids in the order of {@link #CONFIRMATIONS}, which no form declares (task-local); the unit's form shows as
   * many lines as it has (form-js fills every line's path of {@link #CONFIRMATIONS} itself, so that cannot count them).
   */
  public static final ProcessVariable<List<Long>> ROWS =
      ProcessVariable.json("achievementRows", new TypeReference<List<Long>>() {});
  /** The rows with their points and findings, and the scores, for every level's form (task-local). */
  public static final ProcessVariable<String> TEXT = ProcessVariable.longText("achievementsText");

  static final String UNIT_LEVEL = "unit";

  private final AchievementArchive archive;
  private final PlanRepository plans;
  private final ScoringStandards standards;

  public AchievementReviewListener(AchievementArchive archive, PlanRepository plans, ScoringStandards standards) {
    this.archive = archive;
    this.plans = plans;
    this.standards = standards;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      created(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      completed(task);
    }
  }

  private void created(DelegateTask task) {
    Review r = review(task);
    if (r.rows().isEmpty()) {
      return;
    }
    TEXT.setLocal(task, AchievementReviewText.of(r.rows(), r.submitted(), r.confirmed(), r.claimed(), r.standard(),
        unitLevel(task), r.outside()));
    if (unitLevel(task)) {
      List<Map<String, Object>> lines = new ArrayList<>();
      Map<String, Integer> points = r.submitted().map(AchievementReviewListener::pointsById).orElse(Map.of());
      for (Achievement a : r.rows()) {
        AchievementUse use = a.uses().isEmpty() ? null : a.uses().get(0);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", a.id());
        line.put("achievement", AchievementReviewText.label(a, points.get(String.valueOf(a.id()))));
        line.put("confirmation", use == null ? null : use.confirmation());
        line.put("reason", use == null || use.reason() == null ? "" : use.reason());
        lines.add(line);
      }
      CONFIRMATIONS.setLocal(task, lines);
      ROWS.setLocal(task, r.rows().stream().map(Achievement::id).toList());
    }
  }

  private void completed(DelegateTask task) {
    if (!unitLevel(task)) {
      return;
    }
    String application = application(task.getExecution());
    // a completion's variables go to the task's execution (the task-local list is what the form was given); the
    // findings are the archive's from here on, not a variable of the process
    List<Map<String, Object>> lines = CONFIRMATIONS.find(task.getExecution()).orElse(List.of());
    CONFIRMATIONS.remove(task.getExecution());
    List<Long> ids = ROWS.getLocal(task);
    List<String> problems = new ArrayList<>();
    Map<Long, Map<String, Object>> findings = new LinkedHashMap<>();
    for (int i = 0; ids != null && i < Math.min(ids.size(), lines.size()); i++) {
      finding(ids.get(i), i, lines.get(i), problems).ifPresent(f -> findings.put((Long) f.get("id"), f));
    }
    // every check before anything is written: a refused completion leaves the archive as it was
    if (problems.isEmpty() && LevelVariables.PASS.equals(LevelVariables.DECISION.get(task))
        && RouteRules.SELF_SCORE.equals(ApplicationVariables.ROUTE.get(task))) {
      Map<Long, String> pending = new LinkedHashMap<>();
      findings.forEach((id, f) -> pending.put(id, (String) f.get("confirmation")));
      Review r = review(task, pending);
      if (r.standard() != null) {
        selfScoreShortfall(r).ifPresent(problems::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new DeclarationRefusedException("无法提交审核结论", problems);
    }
    String actor = Actor.of(task);
    findings.forEach((id, f) -> archive.confirm(application, id, (String) f.get("confirmation"),
        (String) f.get("reason"), actor));
  }

  /** One line of the form: the row's finding to keep (id, confirmation, reason), none, or why it cannot be kept. */
  private static Optional<Map<String, Object>> finding(long id, int index, Map<String, Object> line,
      List<String> problems) {
    Object given = line == null ? null : line.get("id");
    if (given != null && !String.valueOf(id).equals(String.valueOf(given).replaceFirst("\\.0$", ""))) {
      problems.add("第" + (index + 1) + "项业绩与本申报随附的业绩不符，请刷新后重新核实");
      return Optional.empty();
    }
    Object confirmation = line == null ? null : line.get("confirmation");
    if (confirmation == null || confirmation.toString().isBlank()) {
      return Optional.empty();
    }
    Object reason = line.get("reason");
    String why = reason == null || reason.toString().isBlank() ? null : reason.toString();
    List<String> wrong = AchievementArchive.confirmationProblems(confirmation.toString(), why);
    if (!wrong.isEmpty()) {
      wrong.forEach(f -> problems.add("第" + (index + 1) + "项业绩：" + f.replaceFirst("^[a-z]+：", "")));
      return Optional.empty();
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", id);
    f.put("confirmation", confirmation.toString());
    f.put("reason", why);
    return Optional.of(f);
  }

  /** Why a 通过 on the 自评分申报 route cannot stand: the confirmed rows do not reach the threshold. */
  static Optional<String> selfScoreShortfall(Review r) {
    String source = "浙经信消费〔2022〕35号 二、（二）：自评达到" + r.standard().threshold() + "分及以上的，可通过“自评分申报”方式申报";
    if (r.confirmed().isEmpty()) {
      return Optional.of("自评分申报：尚无经核实且计分的业绩，不能以自评分申报通过；请逐项核实业绩，或退回申报人改选申报途径（" + source + "）");
    }
    AchievementScore s = r.confirmed().get();
    if (s.qualifies()) {
      return Optional.empty();
    }
    return Optional.of("自评分申报：按经核实的业绩（学历、从业年限按申报填报）计" + s.total() + "分，未达到" + s.threshold()
        + "分，不能以自评分申报通过；请退回申报人改选申报途径，或不通过（" + source + "）");
  }

  /** What the task shows: the rows, the plan's standard, the scores. */
  record Review(List<Achievement> rows, ScoringStandard standard, Optional<AchievementScore> submitted,
      Optional<AchievementScore> confirmed, Integer claimed,
      java.util.function.Function<Achievement, Optional<String>> outside) {}

  private Review review(DelegateTask task) {
    return review(task, null);
  }

  /** With {@code pending}: the confirmed score as these findings (row id → 核实 / 不予认定) would make it. */
  private Review review(DelegateTask task, Map<Long, String> pending) {
    DelegateExecution root = ApplicationRecord.root(task.getExecution());
    String application = root.getProcessInstanceId();
    List<Achievement> rows = archive.forApplication(application);
    Optional<Plan> plan = plans.find(ApplicationVariables.PLAN_ID.get(root));
    ScoringStandard standard = plan.flatMap(p -> standards.find(p.rules().scoringStandard())).orElse(null);
    String titleDate = day(ApplicationVariables.CURRENT_TITLE_DATE.get(root));
    java.util.function.Function<Achievement, Optional<String>> outside = a -> plan.flatMap(p ->
        AchievementWindow.of(p.notice()).flatMap(w -> w.outside(p.notice(), a.date(), titleDate, p.applicantDeadline())));
    if (standard == null || rows.isEmpty()) {
      return new Review(rows, standard, Optional.empty(), Optional.empty(), null, outside);
    }
    List<ScoreClaim> declared = EligibilityStep.profile(root).selfScoreClaims();
    Integer claimed = declared.isEmpty() || !ScoreCalculator.problems(standard, declared).isEmpty() ? null
        : ScoreCalculator.score(standard, declared).total();
    try {
      return new Review(rows, standard, archive.scoreSubmitted(application, standard, titleDate, declared),
          pending == null ? archive.scoreConfirmed(application, standard, titleDate, declared)
              : archive.scoreConfirmed(application, standard, titleDate, declared, pending), claimed, outside);
    } catch (AchievementArchive.RefusedException unscorable) {
      // a title date the scorer cannot use: the rows are listed without points
      return new Review(rows, standard, Optional.empty(), Optional.empty(), claimed, outside);
    }
  }

  static Map<String, Integer> pointsById(AchievementScore s) {
    Map<String, Integer> points = new LinkedHashMap<>();
    for (AchievementFinding f : s.findings()) {
      if (f.id() != null) {
        points.put(f.id(), f.points());
      }
    }
    return points;
  }

  private static boolean unitLevel(DelegateTask task) {
    return UNIT_LEVEL.equals(ApplicationVariables.LEVEL_KEY.get(task));
  }

  private static String application(DelegateExecution execution) {
    return ApplicationRecord.root(execution).getProcessInstanceId();
  }

  private static String day(String value) {
    return value == null || value.length() < 10 ? value : value.substring(0, 10);
  }
}
