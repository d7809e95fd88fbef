package zhicheng.web;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.achievements.Achievement;
import zhicheng.achievements.AchievementArchive;
import zhicheng.achievements.AchievementStore;
import zhicheng.achievements.AchievementWindow;
import zhicheng.application.ApplicationVariables;
import zhicheng.application.EligibilityStep;
import zhicheng.eligibility.RouteRules;
import zhicheng.plan.PlanRepository;
import zhicheng.scoring.AchievementScore;
import zhicheng.scoring.ScoreCalculator;
import zhicheng.scoring.ScoreClaim;
import zhicheng.scoring.ScoringStandard;
import zhicheng.scoring.ScoringStandards;
import zhicheng.security.CurrentUser;

/**
 * The achievements an application was submitted with, for whoever may read the application ({@link DocumentAccess}):
 * each row with the unit's confirmation, the score computed from the confirmed rows beside the applicant's own
 * claim and the difference. The unit confirms row by row here (核实 / 不予认定 with a reason) while it holds the
 * unit's review of the application ({@link UnitReviewHolder}).
 *
 * <p>Why a call of its own and not a variable of the review form: the task-holder guard lets a completion carry what
 * the form declares, and the level review's form is the same for every level, so a confirmation variable there would
 * be writable by the county, the city and the office alike, and as a whole (one list overwriting every row). Here
 * each confirmation is one row of the app's own table, written only by the holder of the unit's task as the engine
 * assigned it, with who and when; the process's variables stay the process's.
 */
@Tag(name = "申报的业绩", description = "审核单位查看申报所附业绩并逐项确认")
@RestController
public class ApplicationAchievementsController {

  static final String UNIT_ONLY = "只有正在办理本申报用人单位审核的人员可以核实业绩（浙经信消费〔2022〕35号 附件1（一）："
      + "用人单位要认真审核业绩档案，确保信息无误）";

  private final AchievementArchive archive;
  private final AchievementStore store;
  private final DocumentAccess access;
  private final UnitReviewHolder holder;
  private final HistoryService history;
  private final PlanRepository plans;
  private final ScoringStandards standards;

  public ApplicationAchievementsController(AchievementArchive archive, AchievementStore store, DocumentAccess access,
      UnitReviewHolder holder, HistoryService history, PlanRepository plans, ScoringStandards standards) {
    this.archive = archive;
    this.store = store;
    this.access = access;
    this.holder = holder;
    this.history = history;
    this.plans = plans;
    this.standards = standards;
  }

  /**
   * @param claimedTotal   the applicant's own self-score (the items claimed at declaration, after caps), or null
   * @param confirmedScore the score of the unit-confirmed rows, or null while none is confirmed
   * @param difference     confirmed minus claimed, when both exist
   * @param outsideWindow  each row obtained outside the window the plan's notice states (任现职以来, 近五年), why
   */
  public record ApplicationAchievements(String applicationId, List<Achievement> achievements, String standardId,
      String titleDate, Integer claimedTotal, AchievementScore confirmedScore, Integer difference, String note,
      List<Outside> outsideWindow) {}

  /** A row outside the notice's window: the finding, citing the notice and clause. */
  public record Outside(long id, String title, String message) {}

  public record Confirmation(String confirmation, String reason) {}

  @Operation(summary = "一项申报所附的业绩")
  @GetMapping("/api/applications/{id}/achievements")
  public ApplicationAchievements list(@PathVariable String id, HttpServletRequest request) {
    readable(id, request);
    List<Achievement> rows = archive.forApplication(id);
    Optional<ScoringStandard> standard = standard(id);
    String titleDate = day(variable(id, ApplicationVariables.CURRENT_TITLE_DATE.name()));
    List<Outside> outside = outside(id, rows, titleDate);
    if (standard.isEmpty()) {
      return new ApplicationAchievements(id, rows, null, titleDate, null, null, null, "本申报计划未设定量化评分标准",
          outside);
    }
    List<ScoreClaim> claims = claims(id);
    Integer claimed = claims.isEmpty() || !ScoreCalculator.problems(standard.get(), claims).isEmpty() ? null
        : ScoreCalculator.score(standard.get(), claims).total();
    AchievementScore confirmed = null;
    String note;
    try {
      confirmed = titleDate == null ? null
          : archive.scoreConfirmed(id, standard.get(), titleDate, claims).orElse(null);
      note = confirmed == null ? "尚无经用人单位核实、且对应评分项的业绩" : routeNote(id, confirmed);
    } catch (AchievementArchive.RefusedException e) {
      note = "按已核实业绩计分未能完成：" + String.join("；", e.findings());
    }
    Integer difference = claimed == null || confirmed == null ? null : confirmed.total() - claimed;
    return new ApplicationAchievements(id, rows, standard.get().id(), titleDate, claimed, confirmed, difference, note,
        outside);
  }

  private List<Outside> outside(String id, List<Achievement> rows, String titleDate) {
    return plans.find((String) variable(id, ApplicationVariables.PLAN_ID.name())).map(plan -> rows.stream()
        .flatMap(a -> AchievementWindow.of(plan.notice())
            .flatMap(w -> w.outside(plan.notice(), a.date(), titleDate, plan.applicantDeadline()))
            .map(m -> new Outside(a.id(), a.title(), m)).stream())
        .toList()).orElse(List.of());
  }

  /**
   * For 自评分申报 (浙经信消费〔2022〕35号 二、（二）: 自评达到70分及以上的，可通过“自评分申报”方式申报): whether the score as the
   * unit confirmed it still reaches the threshold.
   */
  private String routeNote(String id, AchievementScore confirmed) {
    if (!RouteRules.SELF_SCORE.equals(variable(id, ApplicationVariables.ROUTE.name()))) {
      return null;
    }
    return "自评分申报：按经单位核实的业绩（学历、从业年限按申报填报）计" + confirmed.total() + "分，"
        + (confirmed.qualifies() ? "达到" : "未达到") + confirmed.threshold() + "分（浙经信消费〔2022〕35号 二、（二））";
  }

  @Operation(summary = "确认或不确认一项业绩（审核单位）")
  @PutMapping("/api/applications/{id}/achievements/{achievementId}/confirmation")
  public Achievement confirm(@PathVariable String id, @PathVariable long achievementId, @RequestBody Confirmation body,
      HttpServletRequest request) {
    CurrentUser user = readable(id, request);
    if (!holder.holds(user, id)) {
      throw new ForbiddenException(UNIT_ONLY);
    }
    return archive.confirm(id, achievementId, body.confirmation(), body.reason(), user.id())
        .orElseThrow(() -> new NotFoundException("申报 " + id + " 未随附编号为 " + achievementId + " 的业绩"));
  }

  @Operation(summary = "下载申报所附业绩的佐证材料")
  @GetMapping("/api/applications/{id}/achievements/{achievementId}/evidence/{evidenceId}")
  public ResponseEntity<byte[]> evidence(@PathVariable String id, @PathVariable long achievementId,
      @PathVariable long evidenceId, HttpServletRequest request) {
    readable(id, request);
    return AchievementController.pdf(store.fileOfApplication(id, achievementId, evidenceId)
        .orElseThrow(() -> new NotFoundException("申报 " + id + " 的业绩没有编号为 " + evidenceId + " 的佐证材料")),
        "evidence-" + evidenceId + ".pdf");
  }

  private CurrentUser readable(String id, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!access.mayRead(user, id)) {
      throw new NotFoundException("未找到申报 " + id + "，或您无权查看");
    }
    return user;
  }

  private Optional<ScoringStandard> standard(String id) {
    String planId = (String) variable(id, ApplicationVariables.PLAN_ID.name());
    return plans.find(planId).flatMap(p -> standards.find(p.rules().scoringStandard()));
  }

  /** The items the applicant claimed at declaration (the profile's self-score items). */
  private List<ScoreClaim> claims(String id) {
    HistoricVariableInstance profile = history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName(ApplicationVariables.PROFILE.name()).disableCustomObjectDeserialization().singleResult();
    return profile == null ? List.of() : EligibilityStep.parse(profile.getTypedValue()).selfScoreClaims();
  }

  private Object variable(String id, String name) {
    HistoricVariableInstance v = history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName(name).singleResult();
    return v == null ? null : v.getValue();
  }

  private static String day(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString();
    return s.length() < 10 ? s : s.substring(0, 10);
  }
}
