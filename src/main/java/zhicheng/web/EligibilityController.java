package zhicheng.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Decisions;
import zhicheng.eligibility.EligibilityCheck;
import zhicheng.eligibility.IdNumber;
import zhicheng.eligibility.IntegrityRecord;
import zhicheng.eligibility.Material;
import zhicheng.integrity.IntegrityRecords;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.review.DeclarationRefusedException;
import zhicheng.scoring.ScoringStandards;
import zhicheng.security.CurrentUser;

/**
 * POST /api/eligibility: the checks the process runs at declaration, asked in advance for a plan, a route and a
 * profile. Anyone signed in may ask (an applicant checks before declaring). The integrity record is consulted only
 * for reviewers and administrators, so nobody learns another person's record by trying ID numbers; materials are
 * checked only when the caller lists the ones uploaded.
 */
@RestController
public class EligibilityController {

  private final PlanRepository plans;
  private final EligibilityCheck check;
  private final IntegrityRecords records;

  public EligibilityController(PlanRepository plans, Decisions decisions, ScoringStandards scoring,
      IntegrityRecords records) {
    this.plans = plans;
    this.check = new EligibilityCheck(decisions, scoring);
    this.records = records;
  }

  /**
   * @param materials process-variable names of the materials uploaded (photo, ceCertificate …), or null
   */
  public record Request(String planId, String route, String idNumber, ApplicantProfile profile, List<String> materials) {}

  @PostMapping("/api/eligibility")
  public EligibilityCheck.Result check(@RequestBody Request body, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    Plan plan = plans.find(body.planId()).orElseThrow(() -> new NotFoundException("未知的申报计划：" + body.planId()));
    if (body.profile() == null) {
      throw new DeclarationRefusedException("无法核验", List.of("请提供申报人信息 profile"));
    }
    List<IntegrityRecord> record = null;
    if (body.idNumber() != null && (user.isReviewer() || user.isAdmin())) {
      IdNumber.problem(body.idNumber()).ifPresent(p -> {
        throw new DeclarationRefusedException("无法核验", List.of(p));
      });
      record = records.of(body.idNumber());
    }
    return check.check(plan, body.route(), body.profile(), materials(body.materials()), record);
  }

  private static Set<Material> materials(List<String> names) {
    if (names == null) {
      return null;
    }
    Set<Material> uploaded = EnumSet.noneOf(Material.class);
    List<String> unknown = new ArrayList<>();
    for (String n : names) {
      EnumSet.allOf(Material.class).stream().filter(m -> m.variable().equals(n)).findFirst()
          .ifPresentOrElse(uploaded::add, () -> unknown.add("未知的材料“" + n + "”"));
    }
    if (!unknown.isEmpty()) {
      throw new DeclarationRefusedException("无法核验", unknown);
    }
    return uploaded;
  }
}
