package zhicheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.PlanReader;
import zhicheng.plan.PlanRepository;

/** The declaration checks on the plan of 杭经信人事〔2023〕63号 (seed 004) and the demo organisation. */
class DeclarationCheckTest {

  private static DeclarationCheck check;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = new FileInputStream("plans/hz-2023-hgqf-senior-engineer.json")) {
      PlanRepository plans = new PlanRepository(
          List.of(new PlanReader().read("hz-2023-hgqf-senior-engineer.json", in)), null);
      Organisation org = OrganisationRepository.read("classpath:organisation/demo.json");
      check = new DeclarationCheck(plans, org);
    }
  }

  private static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  private static Declaration valid() {
    return new Declaration("hz-2023-hgqf-senior-engineer", "张三", "11010519491231002X", "hz-xihu-chem", "正常申报",
        "大学本科", "工程师", "2017-06-30", "任工程师以来主持精细化工工艺改进项目三项。");
  }

  private static Declaration withStatement(String statement) {
    Declaration d = valid();
    return new Declaration(d.planId(), d.applicantName(), d.idNumber(), d.unitCode(), d.route(), d.education(),
        d.currentTitle(), d.currentTitleDate(), statement);
  }

  @Test
  void aValidDeclarationOnTheLastDayPasses() {
    // seed 004 三、1: 截止时间为2023年8月27日 -- the whole of that day in Beijing time
    assertThat(check.forDeclaration(valid(), at("2023-08-27T23:59:59+08:00"))).isEmpty();
  }

  @Test
  void aDeclarationAfterTheApplicantDeadlineIsRefusedNamingTheNotice() {
    assertThat(check.forDeclaration(valid(), at("2023-08-28T00:00:00+08:00")))
        .containsExactly("“2023年度杭州市化工轻纺专业高级工程师职务任职资格评审”网上个人申报已于2023年8月27日截止，"
            + "逾期不再受理（杭经信人事〔2023〕63号）");
  }

  @Test
  void statementOfExactly1000CharactersPassesAnd1001IsRefused() {
    // seed 004 附件2 3.: “本人述职”……（限1000字以内）; a character outside the BMP counts once
    Instant now = at("2023-08-20T10:00:00+08:00");
    assertThat(check.forDeclaration(withStatement("述".repeat(999) + "𠀀"), now)).isEmpty();
    assertThat(check.forDeclaration(withStatement("述".repeat(1001)), now))
        .containsExactly("本人述职限1000字以内，现为1001字（依据：" + Sources.STATEMENT + "）");
  }

  @Test
  void everyFindingIsReportedAtOnce() {
    Declaration d = new Declaration("no-such-plan", "张", "110105194912310021", "no-such-unit", "自创途径",
        "小学", " ", "2099-01-01", " ");
    List<String> findings = check.forDeclaration(d, at("2023-08-20T10:00:00+08:00"));
    assertThat(findings).containsExactly(
        "未知的申报计划“no-such-plan”，请从列表中选择申报计划",
        "未知的用人单位“no-such-unit”，请从列表中选择所在单位",
        "姓名应为2至30个字",
        "身份证号码“110105194912310021”校验位错误，请核对后重新填写",
        "请选择学历",
        "请填写现任专业技术职务",
        "现任职务取得时间不能晚于今天",
        "请填写本人述职");
  }

  @Test
  void aRouteTheNoticeDoesNotOfferIsRefusedWithTheRoutesItDoes() {
    Declaration d = valid();
    Declaration other = new Declaration(d.planId(), d.applicantName(), d.idNumber(), d.unitCode(), "直接申报",
        d.education(), d.currentTitle(), d.currentTitleDate(), d.statement());
    assertThat(check.forDeclaration(other, at("2023-08-20T10:00:00+08:00")))
        .containsExactly("申报途径应为以下之一：正常申报、转评、高技能人才申报、破格申报（杭经信人事〔2023〕63号）");
  }

  @Test
  void aMalformedTitleDateIsNamed() {
    Declaration d = valid();
    Declaration bad = new Declaration(d.planId(), d.applicantName(), d.idNumber(), d.unitCode(), d.route(),
        d.education(), d.currentTitle(), "2017年6月", d.statement());
    assertThat(check.forDeclaration(bad, at("2023-08-20T10:00:00+08:00")))
        .containsExactly("现任职务取得时间“2017年6月”格式错误（应为 yyyy-MM-dd）");
  }
}
