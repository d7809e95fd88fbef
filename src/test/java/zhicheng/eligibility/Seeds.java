package zhicheng.eligibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import zhicheng.plan.Plan;
import zhicheng.plan.PlanLevel;
import zhicheng.plan.PlanRepository;
import zhicheng.plan.PlanRules;
import zhicheng.scoring.ScoringStandards;

/**
 * The plans of the five seed notices as the rules see them: the shipped plan files, read as the application reads
 * them, so every test runs on the notices' own numbers as an administrator would find them.
 */
final class Seeds {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Decisions DECISIONS = DmnFileDecisions.fromClasspath(Decisions.ROUTE_YEARS, Decisions.CONTINUING_EDUCATION);
  static final ScoringStandards SCORING;
  static final PlanRepository PLANS;

  static {
    try {
      SCORING = new ScoringStandards("file:scoring/*.json");
      PLANS = new PlanRepository("file:plans/*.json", false, Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Seeds() {}

  static Plan shipped(String id) {
    return PLANS.find(id).orElseThrow(() -> new IllegalStateException("no plan " + id));
  }

  /** seed 004 杭经信人事〔2023〕63号: 高级工程师, seniority to 2023-12-31, assessments 2020–2022, hours 2021–2023. */
  static Plan seed004() {
    return shipped("hz-2023-hgqf-senior-engineer");
  }

  /**
   * seed 000 浙经信消费〔2022〕35号, 高级工艺美术师 2021: 网上个人申报截止2022年4月10日; 资历计算时间截止到
   * 2021年12月31日; routes 正常申报, 直接申报 (附件3), 自评分申报 (附件2, 70分), 标志性业绩申报; 2021年度暂不对继续教育
   * 学时作要求.
   */
  static Plan seed000() {
    return shipped("zj-2021-arts-crafts-senior");
  }

  /**
   * seed 001 丽人社函〔2021〕150号, 工艺美术 intermediate 2021: 资历计算时间截止至2021年12月31日; 近两年年度考核合格以上;
   * 申报中级人员至少2年（2020年、2021年）满足继续教育学时要求.
   */
  static Plan seed001Intermediate() {
    return shipped("ls-2021-arts-crafts-intermediate");
  }

  /** seed 001, assistant level: 申报助理级人员至少1年（2021年）满足上述继续教育学时合格要求. */
  static Plan seed001Assistant() {
    return shipped("ls-2021-arts-crafts-junior");
  }

  /**
   * seed 002, 杭州工艺美术中级 (the attachments name only the paper deadline, 2020年11月10日, so the round is
   * 2020 and seniority counts to 2020-12-31): 正常申报 by education for enterprise staff, 高技能人才 (技师 + 3 years →
   * 工程师), 破格 (2 of 6 conditions).
   */
  static Plan seed002() {
    return shipped("hz-2020-arts-crafts-intermediate");
  }

  /**
   * seed 003 安人社通〔2021〕9号, a row of its 附件1: 任职资格时间计算到2021年12月底; the applicant declares for one of
   * the row's 所评/推荐 titles (profile field targetTitle), whose level decides the rules.
   */
  static Plan seed003(String row) {
    return shipped("aj-2021-titles:" + row);
  }

  static Plan plan(String notice, String source, LocalDate deadline, List<String> routes, PlanRules rules) {
    return new Plan("test-" + notice, "测试计划（" + notice + "）", notice, source, "c", "评委会", deadline, routes,
        List.of(new PlanLevel("unit", "用人单位审核", "unit:{unit}", deadline.plusDays(10), 5, "")), false, Map.of(), rules,
        null, null, null);
  }

  /** A profile from a few fields, as the form or a REST client sends it (JSON). */
  static ApplicantProfile profile(Object... keyValues) {
    Map<String, Object> m = new HashMap<>();
    m.put("employerType", "企业");
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return JSON.convertValue(m, ApplicantProfile.class);
  }
}
