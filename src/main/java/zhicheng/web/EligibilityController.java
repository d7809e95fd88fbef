package zhicheng.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.DeclarationCheck;
import zhicheng.eligibility.Decisions;
import zhicheng.eligibility.EligibilityCheck;
import zhicheng.eligibility.IdNumber;
import zhicheng.eligibility.IntegrityRecord;
import zhicheng.eligibility.Material;
import zhicheng.eligibility.ProfileCheck;
import zhicheng.eligibility.Sources;
import zhicheng.integrity.IntegrityReads;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanChain;
import zhicheng.plan.PlanRepository;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.scoring.ScoringStandards;
import zhicheng.security.CurrentUser;

/**
 * POST /api/eligibility: the checks the process runs at declaration, asked in advance for a plan, a route and a
 * profile. Anyone signed in may ask (an applicant checks before declaring). The integrity record is consulted only
 * for whoever may read that person's record (a body reviewing an open application of the person, an
 * administrator; see {@link IntegrityReads}) and the read is logged, so nobody learns another person's record by
 * trying ID numbers; materials are
 * checked only when the caller lists the ones uploaded. Input no rule can judge (an unknown plan or route, a
 * malformed date, negative hours, an unknown item, a wrong ID check digit, a statement over 1000 characters) and a
 * row the notice answers otherwise (委托评审 …) are answered 400/404 with every problem in Chinese, as the process
 * refuses such a declaration.
 */
@Tag(name = "资格预审", description = "按申报计划与通知规定预先核验申报条件，不创建申报")
@RestController
public class EligibilityController {

  private final PlanRepository plans;
  private final ScoringStandards scoring;
  private final EligibilityCheck check;
  private final IntegrityReads reads;

  public EligibilityController(PlanRepository plans, Decisions decisions, ScoringStandards scoring,
      IntegrityReads reads) {
    this.plans = plans;
    this.scoring = scoring;
    this.check = new EligibilityCheck(decisions, scoring);
    this.reads = reads;
  }

  /**
   * @param materials process-variable names of the materials uploaded (photo, ceCertificate …), or null
   * @param statement 本人述职, optional: checked against the 1000-character limit when given
   */
  public record Request(String planId, String route, String idNumber, ApplicantProfile profile, List<String> materials,
      String statement) {}

  @Operation(summary = "资格预审", description = "逐条给出未满足的条件及其所依据的通知文号和条款；不创建申报。")
  @PostMapping("/api/eligibility")
  public EligibilityCheck.Result check(@RequestBody Request body, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (body.planId() == null || body.planId().isBlank()) {
      throw new DeclarationRefusedException("无法核验", List.of("请提供申报计划 planId"));
    }
    Plan plan = plans.find(body.planId()).orElseThrow(() -> new NotFoundException("未知的申报计划“" + body.planId() + "”"));
    List<String> problems = new ArrayList<>();
    // a row the notice answers otherwise (委托评审, 以考代评 …) takes no declaration: its answer, as at declaration
    problems.addAll(PlanChain.refusals(plan, null));
    if (plan.hasRows()) {
      problems.add("“" + plan.title() + "”按计划表分行申报，请指定行：planId 应为 " + plan.id() + ":<行>，如 "
          + plan.rows().get(0).id().transform(r -> plan.id() + ":" + r));
    }
    if (body.route() == null || !plan.routes().contains(body.route())) {
      problems.add("申报途径“" + (body.route() == null ? "" : body.route()) + "”不是“" + plan.title() + "”的申报途径，应为以下之一："
          + String.join("、", plan.routes()) + "（" + plan.notice() + "）");
    }
    if (body.profile() == null) {
      problems.add("请提供申报人信息 profile");
    } else {
      problems.addAll(ProfileCheck.problems(body.profile(), plan, scoring));
    }
    if (body.idNumber() != null) {
      IdNumber.problem(body.idNumber()).ifPresent(problems::add);
    }
    if (body.statement() != null) {
      int length = body.statement().codePointCount(0, body.statement().length());
      if (length > DeclarationCheck.STATEMENT_MAX_CHARACTERS) {
        problems.add("本人述职限" + DeclarationCheck.STATEMENT_MAX_CHARACTERS + "字以内，现为" + length + "字（依据："
            + Sources.STATEMENT + "）");
      }
    }
    Set<Material> uploaded = materials(body.materials(), problems);
    if (!problems.isEmpty()) {
      throw new DeclarationRefusedException("无法核验", problems);
    }
    List<IntegrityRecord> record = null;
    if (body.idNumber() != null) {
      record = reads.read(user, body.idNumber().trim().toUpperCase(), IntegrityReads.Channel.ELIGIBILITY).orElse(null);
    }
    return check.check(plan, body.route(), body.profile(), uploaded, record);
  }

  private static Set<Material> materials(List<String> names, List<String> problems) {
    if (names == null) {
      return null;
    }
    Set<Material> uploaded = EnumSet.noneOf(Material.class);
    for (String n : names) {
      EnumSet.allOf(Material.class).stream().filter(m -> m.variable().equals(n)).findFirst()
          .ifPresentOrElse(uploaded::add, () -> problems.add("未知的材料“" + n + "”（应为以下之一：" + String.join("、",
              EnumSet.allOf(Material.class).stream().map(Material::variable).toList()) + "）"));
    }
    return uploaded;
  }
}
