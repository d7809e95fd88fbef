package zhicheng.eligibility;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import zhicheng.plan.Plan;
import zhicheng.plan.PlanLevel;
import zhicheng.plan.PlanReader;
import zhicheng.plan.PlanRules;
import zhicheng.scoring.ScoringStandards;

/**
 * The plans of the five seed notices as the rules see them. Seed 004's is the shipped plan file; the others are
 * built here with their notices' own numbers until their plan files ship.
 */
final class Seeds {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Decisions DECISIONS = DmnFileDecisions.fromClasspath(Decisions.ROUTE_YEARS, Decisions.CONTINUING_EDUCATION);
  static final ScoringStandards SCORING;

  static {
    try {
      SCORING = new ScoringStandards("file:scoring/*.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Seeds() {}

  /** seed 004 杭经信人事〔2023〕63号: the shipped plan file. */
  static Plan seed004() {
    try (InputStream in = new FileInputStream("plans/hz-2023-hgqf-senior-engineer.json")) {
      return new PlanReader().read("hz-2023-hgqf-senior-engineer.json", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * seed 000 浙经信消费〔2022〕35号, 高级工艺美术师 2021: 网上个人申报截止2022年4月10日; 资历计算时间截止到
   * 2021年12月31日; routes 正常申报, 自评分申报 (附件2, 70分), 直接申报 (附件3); 2021年度暂不对继续教育学时作要求.
   */
  static Plan seed000() {
    return plan("浙经信消费〔2022〕35号", "seeds/000_ca84d6dfe2d3ccc4.txt", LocalDate.of(2022, 4, 10),
        List.of("正常申报", "自评分申报", "直接申报"),
        new PlanRules("副高级", "工艺美术", LocalDate.of(2021, 12, 31), 0, List.of(), "zj-2021-senior-arts-crafts", ""));
  }

  /**
   * seed 001 丽人社函〔2021〕150号, 工艺美术 intermediate 2021: 个人网上申报至12月12日; 资历计算时间截止至
   * 2021年12月31日; 近两年年度考核合格以上; 申报中级人员至少2年（2020年、2021年）满足继续教育学时要求.
   */
  static Plan seed001Intermediate() {
    return plan("丽人社函〔2021〕150号", "seeds/001_1af67c7f8a1d5d6b.txt", LocalDate.of(2021, 12, 12),
        List.of("正常申报", "直接申报"),
        new PlanRules("中级", "工艺美术", LocalDate.of(2021, 12, 31), 2, List.of(2020, 2021), "", ""));
  }

  /** seed 001, assistant level: 申报助理级人员至少1年（2021年）满足上述继续教育学时合格要求. */
  static Plan seed001Assistant() {
    return plan("丽人社函〔2021〕150号", "seeds/001_1af67c7f8a1d5d6b.txt", LocalDate.of(2021, 12, 12),
        List.of("正常申报"),
        new PlanRules("助理级", "工艺美术", LocalDate.of(2021, 12, 31), 2, List.of(2021), "", ""));
  }

  /**
   * seed 002, 杭州工艺美术中级 (the attachments name only the paper deadline, 2020年11月10日, so the round is
   * 2020 and seniority counts to 2020-12-31 by default): 正常申报 by education for enterprise staff, 高技能人才
   * (技师 + 3 years → 工程师), 破格 (2 of 6 conditions).
   */
  static Plan seed002() {
    return plan("杭州工艺美术中级评审", "seeds/002_623242aee85add41.txt", LocalDate.of(2020, 11, 10),
        List.of("正常申报", "高技能人才申报", "破格申报"),
        new PlanRules("中级", "工艺美术", LocalDate.of(2020, 12, 31), 0, List.of(), "", ""));
  }

  /**
   * seed 003 安人社通〔2021〕9号 at a given level (dated 2021年6月3日; its plan table gives months only):
   * 任职资格时间计算到2021年12月底; 申报中级需提供近4年
   * （2017-2020年），高级需提供近5年的继续教育学时证明; skill bridges to 助理工程师, 工程师, 高级工程师.
   */
  static Plan seed003(String level, List<Integer> ceYears) {
    return plan("安人社通〔2021〕9号", "seeds/003_2a86b03a827e3365.txt", LocalDate.of(2021, 6, 3),
        List.of("正常申报", "高技能人才申报", "破格申报"),
        new PlanRules(level, "工程技术", LocalDate.of(2021, 12, 31), 0, ceYears, "", ""));
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
