package zhicheng.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import zhicheng.documents.EvaluationFormData;
import zhicheng.documents.EvaluationFormRenderer;
import zhicheng.documents.ExceptionalApprovalData;
import zhicheng.documents.ExceptionalApprovalRenderer;
import zhicheng.documents.ExpertRecommendationRenderer;
import zhicheng.documents.LevelOpinion;
import zhicheng.documents.Pdfs;
import zhicheng.documents.PostInfoData;
import zhicheng.documents.PostInfoRenderer;
import zhicheng.documents.PublicityListData;
import zhicheng.documents.PublicityListRenderer;
import zhicheng.eligibility.ApplicantProfile;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.LevelStep;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanChain;
import zhicheng.plan.PlanRepository;
import zhicheng.process.PersonNames;
import zhicheng.process.ProcessFixture;

/**
 * The documents' data from what an application holds, engine-free, on the shipped plans and the demo
 * organisation: seed 004 (杭经信人事〔2023〕63号) for the evaluation form, the exceptional route and the publicity
 * list; seed 003 (安人社通〔2021〕9号, 附件6) for an exceptional form whose chain has a 行业主管部门 and a 人社 level;
 * seed 000 for the direct route; the demo's public institution for the post table. Each record read back from its
 * PDF in reading order.
 */
class DocumentDataTest {

  private static final PlanRepository PLANS = plans();
  private static final Organisation ORG = organisation();
  private static final Plan SEED_004 = PLANS.find("hz-2023-hgqf-senior-engineer").orElseThrow();
  private static final String WATERMARK = "zhicheng 职称评审平台";
  /** The demo accounts' names, as Camunda's identity holds them after OrganisationSetup (first and last name). */
  private static final PersonNames NAMES = demoNames();

  private static Organisation organisation() {
    try {
      return new OrganisationRepository("classpath:organisation/demo.json").get();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static PersonNames demoNames() {
    try (var in = DocumentDataTest.class.getResourceAsStream("/organisation/demo.json")) {
      java.util.Map<String, String> names = new java.util.HashMap<>();
      new ObjectMapper().readTree(in).path("accounts").forEach(a -> PersonNames.fullName(a.path("firstName").asText(),
          a.path("lastName").asText()).ifPresent(n -> names.put(a.path("id").asText(), n)));
      return id -> java.util.Optional.ofNullable(names.get(id));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static PlanRepository plans() {
    try {
      return new PlanRepository("file:plans/*.json", false, Clock.systemUTC());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theEvaluationFormPrintsTheAssessmentsAndHoursTheProfileHoldsYearByYear() {
    EvaluationFormData d = DocumentData.evaluationForm(facts("正常申报", ProcessFixture.ELIGIBLE_PROFILE,
        chain(SEED_004, "hz-xihu-chem"), declared()), SEED_004, NAMES);

    assertThat(d.assessments()).containsExactly("2020年 合格", "2021年 优秀", "2022年 优秀");
    assertThat(d.continuingEducation()).isEqualTo("2021年 90学时（专业科目60，行业公需18，一般公需12）；"
        + "2022年 90学时（专业科目64，行业公需16，一般公需10）；2023年 90学时（专业科目70，行业公需20，一般公需0）；合计270学时");
    // seed 004 附件2 二、8: 一式3份, from the plan file
    assertThat(d.copies()).isEqualTo(3);
    String text = Pdfs.squeezed(Pdfs.text(new EvaluationFormRenderer(Pdfs.FONT, WATERMARK).render(d)));
    // seed 004's plan confers 高级工程师: the form names it (申报资格)
    assertThat(d.appliedQualification()).isEqualTo("高级工程师");
    assertThat(text).containsSubsequence("现任职务取得时间", "2017-06-30", "申报资格", "高级工程师", "继续教育学时",
        "2021年90学时（专业科目60，行业公需18，一般公需12）", "2023年90学时", "合计270学时", "年度考核",
        "2020年合格；2021年优秀；2022年优秀", "本人述职", "审核意见", "用人单位审核", "（尚未审核）");
  }

  @Test
  void emptyRowsOfTheFormAreNoYearsAndNothingDeclaredPrintsADash() {
    EvaluationFormData d = DocumentData.evaluationForm(facts("正常申报", """
        {"assessments": [{"year": 2022, "result": "优秀"}, {"year": null, "result": null}, {"year": 2020, "result": "合格"}],
         "continuingEducation": [{"year": 2023, "professional": 72}, {}]}""", chain(SEED_004, "hz-xihu-chem"),
        declared()), SEED_004, NAMES);
    assertThat(d.assessments()).containsExactly("2020年 合格", "2022年 优秀");
    assertThat(d.continuingEducation()).isEqualTo("2023年 72学时（专业科目72）");

    EvaluationFormData none = DocumentData.evaluationForm(facts("正常申报", "{}", chain(SEED_004, "hz-xihu-chem"),
        declared()), SEED_004, NAMES);
    assertThat(none.assessments()).isEmpty();
    assertThat(none.continuingEducation()).isNull();
  }

  @Test
  void eachLevelsLatestDecisionIsPrintedAndStepsThatPrintNothingLeaveTheDocumentAsItWas() {
    List<LevelStep> chain = chain(SEED_004, "hz-xihu-chem");
    List<TrailEntry> trail = new ArrayList<>(declared());
    trail.add(entry("2023-08-20T10:05:00+08:00", "资格核验", "系统", "通过", "全部12项符合"));
    trail.add(entry("2023-09-01T09:00:00+08:00", "用人单位审核", "xihu-hr", "退回", "请补充继续教育学时证明"));
    trail.add(entry("2023-09-02T09:00:00+08:00", "用人单位审核", "zhangsan", "重新提交", ""));
    trail.add(entry("2023-09-05T10:00:00+08:00", "用人单位审核", "xihu-hr", "通过", "同意推荐。"));
    EvaluationFormData passed = DocumentData.evaluationForm(facts("正常申报", ProcessFixture.ELIGIBLE_PROFILE, chain,
        trail), SEED_004, NAMES);
    assertThat(passed.levels()).containsExactly(
        new LevelOpinion("用人单位审核", "通过", "同意推荐。", "赵敏 西湖精细化工·人事（xihu-hr）", "2023-09-05 10:00"),
        LevelOpinion.pending("区县（市）职称受理点审核"), LevelOpinion.pending("高评委办公室资格审查"));
    assertThat(passed.asOf()).isEqualTo(OffsetDateTime.parse("2023-09-05T10:00:00+08:00"));

    // the publicity that follows prints nothing on the form: same record, same bytes, so no new version
    trail.add(entry("2023-09-05T10:00:01+08:00", "用人单位公示", "杭州西湖精细化工有限公司（演示）", "发布公示", "…"));
    trail.add(entry("2023-09-13T00:00:00+08:00", "用人单位公示", "系统", "公示期满", "公示期满无异议"));
    EvaluationFormData afterPublicity = DocumentData.evaluationForm(facts("正常申报", ProcessFixture.ELIGIBLE_PROFILE,
        chain, trail), SEED_004, NAMES);
    assertThat(afterPublicity).isEqualTo(passed);
    EvaluationFormRenderer renderer = new EvaluationFormRenderer(Pdfs.FONT, WATERMARK);
    assertThat(renderer.render(afterPublicity)).isEqualTo(renderer.render(passed));

    trail.add(entry("2023-09-20T15:30:00+08:00", "区县（市）职称受理点审核", "xihu-jxj", "通过", "材料齐全，同意推荐。"));
    EvaluationFormData county = DocumentData.evaluationForm(facts("正常申报", ProcessFixture.ELIGIBLE_PROFILE, chain,
        trail), SEED_004, NAMES);
    assertThat(county.asOf()).isEqualTo(OffsetDateTime.parse("2023-09-20T15:30:00+08:00"));
    assertThat(Pdfs.squeezed(Pdfs.text(renderer.render(county)))).containsSubsequence(
        "用人单位审核", "审核结论：通过", "同意推荐。", "审核人：赵敏西湖精细化工·人事（xihu-hr）", "时间：2023-09-0510:00",
        "区县（市）职称受理点审核", "审核结论：通过", "材料齐全，同意推荐。", "审核人：孙立西湖区经信·受理点（xihu-jxj）",
        "时间：2023-09-2015:30",
        "高评委办公室资格审查", "（尚未审核）");
  }

  @Test
  void theExceptionalFormOfSeed004NamesTheClaimedConditionsAndFillsItsBoxesFromTheLevels() {
    List<TrailEntry> trail = new ArrayList<>(declared());
    trail.add(entry("2023-09-05T10:00:00+08:00", "用人单位审核", "xihu-hr", "通过", "经公示无异议，同意破格推荐。"));
    trail.add(entry("2023-09-20T15:30:00+08:00", "区县（市）职称受理点审核", "xihu-jxj", "通过", "同意推荐。"));
    trail.add(entry("2023-10-10T09:00:00+08:00", "高评委办公室资格审查", "hgqf-office", "通过", "资格审查通过。"));
    ApplicationFacts a = facts("破格申报", """
        {"fieldWorkSince": "2005-07-01", "exceptionalConditions": [5, 1, 2]}""", chain(SEED_004, "hz-xihu-chem"), trail);

    ExceptionalApprovalData d = DocumentData.exceptionalApproval(a, SEED_004, NAMES).orElseThrow();
    assertThat(d.grade()).isEqualTo("高级");
    assertThat(d.copies()).isEqualTo(2);
    assertThat(d.professionalYears()).isEqualTo("18年（自2005年7月起，计算至2023年12月31日）");
    assertThat(d.recommendedQualification()).isEqualTo("高级工程师");
    assertThat(d.unitOpinions()).extracting(LevelOpinion::level).containsExactly("用人单位审核");
    assertThat(d.departmentOpinions()).extracting(LevelOpinion::level).containsExactly("区县（市）职称受理点审核");
    assertThat(d.personnelOpinions()).isEmpty();
    // the office's review is not on this form, so it does not date it
    assertThat(d.asOf()).isEqualTo(OffsetDateTime.parse("2023-09-20T15:30:00+08:00"));

    byte[] pdf = new ExceptionalApprovalRenderer(Pdfs.FONT).render(d);
    String text = Pdfs.squeezed(Pdfs.text(pdf));
    assertThat(text).containsSubsequence("破格推荐高级专业技术职务任职资格审批表", "张三", "专业工作年限", "18年",
        "何年何校何专业毕业", "大学本科", "现聘任专业技术职务", "工程师", "聘任时间", "2017-06-30",
        "破格推荐何专业技术职务任职资格", "高级工程师", "简历", "—", "破格推荐理由",
        "申报人具备以下破格条件（杭经信人事〔2023〕63号附件1二、（四））", "第1项：在国际或国家专业性学术会议",
        "第2项：获国家三等奖", "第5项：主持大中型企业", "所在单位意见", "用人单位审核：通过", "经公示无异议，同意破格推荐。",
        "审核人：赵敏西湖精细化工·人事（xihu-hr）", "主管部门意见", "区县（市）职称受理点审核：通过",
        "审核人：孙立西湖区经信·受理点（xihu-jxj）", "市（局、总公司）人事部门意见");
    assertThat(text).doesNotContain("资格审查通过").containsSubsequence("第1份（共2份）", "第2份（共2份）");
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isEqualTo(2);
  }

  @Test
  void anjisExceptionalFormHasTheSupervisingDepartmentAndTheHrBureauInTheirOwnBoxes() {
    Plan row = PLANS.find("aj-2021-titles:15").orElseThrow();
    List<LevelStep> chain = chain(row, "aj-chair");
    assertThat(chain).extracting(LevelStep::group)
        .containsExactly("unit:aj-chair", "dept:330523-jxj", "hr:330523", "office:" + row.committeeCode());
    List<TrailEntry> trail = new ArrayList<>(declared());
    trail.add(entry("2021-07-05T10:00:00+08:00", chain.get(1).name(), "aj-jxj", "通过", "同意。"));
    trail.add(entry("2021-07-08T10:00:00+08:00", chain.get(2).name(), "aj-rsj", "不通过", "破格条件证明材料不足。"));

    ExceptionalApprovalData d = DocumentData.exceptionalApproval(facts("破格申报",
        "{\"exceptionalConditions\": [2, 4]}", chain, trail), row, NAMES).orElseThrow();
    assertThat(d.grade()).isNull();
    assertThat(d.unitOpinions()).containsExactly(LevelOpinion.pending(chain.get(0).name()));
    assertThat(d.departmentOpinions()).extracting(LevelOpinion::reviewer).containsExactly("俞工 安吉县经信局（aj-jxj）");
    assertThat(d.personnelOpinions()).extracting(LevelOpinion::decision).containsExactly("不通过");
    String text = Pdfs.squeezed(Pdfs.text(new ExceptionalApprovalRenderer(Pdfs.FONT).render(d)));
    // seed 003 附件6 leaves the grade blank: 破格推荐 级专业技术职务任职资格审批表
    assertThat(text).containsSubsequence("破格推荐＿＿级专业技术职务任职资格审批表", "申报人具备以下破格条件",
        "第2项", "第4项", "所在单位意见", "主管部门意见", "审核人：俞工安吉县经信局（aj-jxj）", "市（局、总公司）人事部门意见",
        "不通过", "破格条件证明材料不足。", "审核人：金安安吉县人社局（aj-rsj）");
  }

  @Test
  void onlyTheirOwnRoutesAndUnitsGetTheExceptionalExpertAndPostForms() {
    List<LevelStep> chain = chain(SEED_004, "hz-xihu-chem");
    ApplicationFacts normal = facts("正常申报", ProcessFixture.ELIGIBLE_PROFILE, chain, declared());
    assertThat(DocumentData.exceptionalApproval(normal, SEED_004, NAMES)).isEmpty();
    assertThat(DocumentData.expertRecommendation(normal)).isEmpty();
    assertThat(DocumentData.postInfo(normal, SEED_004, ORG.unit("hz-xihu-chem").orElseThrow())).isEmpty();
    // the direct route without the recommendation's fields: the eligibility check says what is missing
    assertThat(DocumentData.expertRecommendation(facts("直接申报", "{\"expertRecommendation\": {}}", chain,
        declared()))).isEmpty();
  }

  @Test
  void theDirectRoutesRecommendationComesFromTheDeclaration() {
    Plan seed000 = PLANS.find("zj-2021-arts-crafts-senior").orElseThrow();
    ApplicationFacts a = facts("直接申报", """
        {"expertRecommendation": {"name": "王建国", "title": "正高级工艺美术师", "unit": "浙江省工艺美术研究院（演示）",
          "contact": "0571-88228291", "reasons": "被推荐人的缂丝作品获2021年中国工艺美术博览会金奖。"}}""",
        chain(seed000, "hz-xihu-arts-crafts"), declared());
    byte[] pdf = new ExpertRecommendationRenderer(Pdfs.FONT).render(DocumentData.expertRecommendation(a).orElseThrow());
    assertThat(Pdfs.squeezed(Pdfs.text(pdf))).containsSubsequence("直接申报专家推荐表", "被推荐人姓名", "张三",
        "被推荐人工作单位", "杭州西湖精细化工有限公司（演示）", "推荐人姓名", "王建国", "推荐人职称(荣誉)", "正高级工艺美术师",
        "推荐人联系方式", "0571-88228291", "推荐人工作单位", "浙江省工艺美术研究院（演示）", "推荐理由：",
        "缂丝作品获2021年中国工艺美术博览会金奖");
  }

  @Test
  void aPublicInstitutionsPostTableComesFromTheOrganisationData() {
    Organisation.Unit institute = ORG.unit("hz-xihu-chem-institute").orElseThrow();
    ApplicationFacts a = facts("正常申报", "{\"currentTitleLevel\": \"中级\"}", chain(SEED_004, institute.code()),
        declared());
    PostInfoData d = DocumentData.postInfo(a, SEED_004, institute).orElseThrow();
    assertThat(d.unitName()).isEqualTo("杭州西湖化工研究所（演示，事业单位）");
    assertThat(d.grades()).containsExactly(
        new PostInfoData.Grade("正高级", null, null, null, null, null),
        new PostInfoData.Grade("副高级", null, 6, null, 5, 1),
        new PostInfoData.Grade("中级", null, 10, null, 8, 2),
        new PostInfoData.Grade("初级及未定级", null, null, null, null, null),
        new PostInfoData.Grade("总数", null, null, null, null, null));
    assertThat(d.targetGrade()).isEqualTo("副高级");
    assertThat(d.candidates()).containsExactly(new PostInfoData.Candidate("张三", ProcessFixture.VALID_ID, "工程师", null,
        "2017-06-30", "中级", "高级工程师"));
    String text = Pdfs.squeezed(Pdfs.text(new PostInfoRenderer(Pdfs.FONT).render(d)));
    assertThat(text).containsSubsequence("事业单位人员职称申报岗位信息表", "杭州西湖化工研究所（演示，事业单位）", "核准人数",
        "—", "6", "10", "—", "—", "实聘人数", "—", "5", "8", "空缺情况", "—", "1", "2", "副高级专业技术岗位", "张三",
        ProcessFixture.VALID_ID, "工程师", "2017-06-30", "中级", "高级工程师", "主管部门或人力社保部门意见");
  }

  @Test
  void theUnitsPublicityListHasTheApplicantWithoutTheIdNumber() {
    ApplicationFacts a = facts("正常申报", ProcessFixture.ELIGIBLE_PROFILE, chain(SEED_004, "hz-xihu-chem"), declared());
    PublicityListData d = DocumentData.publicityList(a, SEED_004, "用人单位公示", "杭州西湖精细化工有限公司（演示）",
        Instant.parse("2023-09-05T02:00:00Z"), LocalDate.of(2023, 9, 12));
    assertThat(d.title()).isEqualTo("用人单位公示表：张三");
    assertThat(d.asOf()).isEqualTo(OffsetDateTime.parse("2023-09-05T10:00:00+08:00"));
    String text = Pdfs.squeezed(Pdfs.text(new PublicityListRenderer(Pdfs.FONT).render(d)));
    assertThat(text).containsSubsequence("用人单位公示表：张三", "杭经信人事〔2023〕63号",
        "现将下列1名申报人员的申报情况予以公示。公示期：2023年9月5日至2023年9月12日", "杭州西湖精细化工有限公司（演示）",
        "1", "张三", "工程师", "高级工程师", "正常申报", "任工程师以来主持精细化工工艺改进项目三项");
    assertThat(text).doesNotContain(ProcessFixture.VALID_ID);
  }

  @Test
  void reviewersArePrintedByNameAndIdAndByIdAloneWhenTheIdentityHasNoName() {
    assertThat(NAMES.label("xihu-hr")).isEqualTo("赵敏 西湖精细化工·人事（xihu-hr）");
    // the system and an account without a name in the identity keep their id
    assertThat(NAMES.label("系统")).isEqualTo("系统");
    assertThat(NAMES.label("someone-new")).isEqualTo("someone-new");
    assertThat(((PersonNames) id -> PersonNames.fullName(" ", "")).label("x")).isEqualTo("x");
    assertThat(((PersonNames) id -> PersonNames.fullName("吴静", null)).label("hgqf-office"))
        .isEqualTo("吴静（hgqf-office）");

    List<TrailEntry> trail = new ArrayList<>(declared());
    trail.add(entry("2023-09-05T10:00:00+08:00", "用人单位审核", "xihu-hr", "通过", "同意推荐。"));
    ApplicationFacts a = facts("正常申报", ProcessFixture.ELIGIBLE_PROFILE, chain(SEED_004, "hz-xihu-chem"), trail);
    assertThat(DocumentData.evaluationForm(a, SEED_004, PersonNames.NONE).levels().get(0).reviewer())
        .isEqualTo("xihu-hr");
    // the trail the form is made from keeps the login id: only the document prints the name
    assertThat(DocumentData.evaluationForm(a, SEED_004, NAMES).levels().get(0).reviewer())
        .isEqualTo("赵敏 西湖精细化工·人事（xihu-hr）");
    assertThat(a.trail().get(1).actor()).isEqualTo("xihu-hr");
  }

  @Test
  void anAnjiApplicantsDeclaredTitleIsTheTitleAppliedForOnEveryDocument() {
    // 安人社通〔2021〕9号 附件1 第3行 市快递工程中级专业技术资格评审委员会：所评 技术员、助理工程师、工程师；推荐 高级工程师
    Plan row3 = PLANS.find("aj-2021-titles:3").orElseThrow();
    Organisation.Unit chair = ORG.unit("aj-chair").orElseThrow();
    List<LevelStep> chain = chain(row3, chair.code());
    List<TrailEntry> trail = new ArrayList<>(declared());
    trail.add(entry("2021-07-05T10:00:00+08:00", chain.get(1).name(), "aj-jxj", "通过", "同意推荐。"));
    ApplicationFacts a = facts(row3, chair, "破格申报", """
        {"targetTitle": " 高级工程师 ", "exceptionalConditions": [1]}""", chain, trail);

    EvaluationFormData form = DocumentData.evaluationForm(a, row3, NAMES);
    assertThat(form.appliedQualification()).isEqualTo("高级工程师");
    assertThat(Pdfs.squeezed(Pdfs.text(new EvaluationFormRenderer(Pdfs.FONT, WATERMARK).render(form))))
        .containsSubsequence("现任职务取得时间", "申报资格", "高级工程师", "继续教育学时");

    PublicityListData list = DocumentData.publicityList(a, row3, "用人单位公示", chair.name(),
        Instant.parse("2021-07-01T02:00:00Z"), LocalDate.of(2021, 7, 8));
    assertThat(list.entries()).extracting(PublicityListData.Entry::appliedQualification).containsExactly("高级工程师");
    assertThat(Pdfs.squeezed(Pdfs.text(new PublicityListRenderer(Pdfs.FONT).render(list))))
        .containsSubsequence("申报资格", "申报途径", "张三", "工程师", "高级工程师", "破格申报");

    // seed 003 附件6: 破格推荐＿＿级 filled in with the declared title's level, and 破格推荐何专业技术职务任职资格
    ExceptionalApprovalData exceptional = DocumentData.exceptionalApproval(a, row3, NAMES).orElseThrow();
    assertThat(exceptional.grade()).isEqualTo("高级");
    assertThat(exceptional.recommendedQualification()).isEqualTo("高级工程师");
    assertThat(Pdfs.squeezed(Pdfs.text(new ExceptionalApprovalRenderer(Pdfs.FONT).render(exceptional))))
        .containsSubsequence("破格推荐高级专业技术职务任职资格审批表", "破格推荐何专业技术职务任职资格", "高级工程师");

    // no title declared: “—”, never the plan's (row-decorated) title
    ApplicationFacts none = facts(row3, chair, "正常申报", "{}", chain, declared());
    assertThat(DocumentData.evaluationForm(none, row3, NAMES).appliedQualification()).isNull();
    String undeclared = Pdfs.squeezed(Pdfs.text(new PublicityListRenderer(Pdfs.FONT).render(DocumentData.publicityList(
        none, row3, "用人单位公示", chair.name(), Instant.parse("2021-07-01T02:00:00Z"), LocalDate.of(2021, 7, 8)))));
    assertThat(undeclared).containsSubsequence("申报资格", "张三", "工程师", "—", "正常申报");
  }

  @Test
  void anAnjiInstitutionsPostTableRecommendsTheDeclaredTitleAtItsLevel() {
    // 附件1 第5行 市群众文化、图书资料、文物博物专业中级职务评审委员会：所评 管理员、助理馆员、馆员 (馆员: 中级)
    Plan row5 = PLANS.find("aj-2021-titles:5").orElseThrow();
    Organisation.Unit centre = ORG.unit("aj-culture-centre").orElseThrow();
    ApplicationFacts a = facts(row5, centre, "正常申报", """
        {"targetTitle": "馆员", "currentTitleLevel": "助理级", "employerType": "事业单位"}""",
        chain(row5, centre.code()), declared());
    PostInfoData d = DocumentData.postInfo(a, row5, centre).orElseThrow();
    assertThat(d.targetGrade()).isEqualTo("中级");
    assertThat(d.candidates()).extracting(PostInfoData.Candidate::recommendedTitle).containsExactly("馆员");
    assertThat(Pdfs.squeezed(Pdfs.text(new PostInfoRenderer(Pdfs.FONT).render(d))))
        .containsSubsequence("推荐申报职称", "张三", "馆员");
  }

  @Test
  void aPlanOfOneRoundAppliesForWhatItConfersWhateverTheProfileSays() {
    // seed 004 asks for no 申报资格; a targetTitle sent over REST is not checked there and not printed
    ApplicationFacts a = facts("正常申报", "{\"targetTitle\": \"正高级工程师\"}", chain(SEED_004, "hz-xihu-chem"),
        declared());
    assertThat(DocumentData.appliedQualification(a, SEED_004)).isEqualTo("高级工程师");
    assertThat(DocumentData.evaluationForm(a, SEED_004, NAMES).appliedQualification()).isEqualTo("高级工程师");
  }

  // ---- an application as its variables hold it ----

  /** An applicant of a unit of the demo organisation declaring against a row of Anji's table (seed 003 附件1). */
  private static ApplicationFacts facts(Plan plan, Organisation.Unit unit, String route, String profile,
      List<LevelStep> chain, List<TrailEntry> trail) {
    try {
      return new ApplicationFacts("ZC-20210701-7", plan.id(), plan.title(), plan.notice(), plan.committeeName(), "张三",
          ProcessFixture.VALID_ID, unit.code(), unit.name(), "安吉县", route, "大学本科", "工程师", "2015-07-01",
          "从事快递设备工程技术工作。", new ObjectMapper().readValue(profile, ApplicantProfile.class), chain, trail);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ApplicationFacts facts(String route, String profile, List<LevelStep> chain, List<TrailEntry> trail) {
    try {
      return new ApplicationFacts("ZC-20230820-101", SEED_004.id(), SEED_004.title(), SEED_004.notice(),
          SEED_004.committeeName(), "张三", ProcessFixture.VALID_ID, "hz-xihu-chem", "杭州西湖精细化工有限公司（演示）", "西湖区",
          route, "大学本科", "工程师", "2017-06-30T00:00:00", "任工程师以来主持精细化工工艺改进项目三项。",
          new ObjectMapper().readValue(profile, ApplicantProfile.class), chain, trail);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<LevelStep> chain(Plan plan, String unit) {
    return PlanChain.resolve(plan, ORG.scopeOf(unit).orElseThrow(), ORG.reviewerGroups()::containsKey).steps();
  }

  private static List<TrailEntry> declared() {
    return List.of(entry("2023-08-20T10:00:00+08:00", "申报", "zhangsan", "提交申报", SEED_004.title()));
  }

  private static TrailEntry entry(String at, String level, String actor, String action, String text) {
    return new TrailEntry(at, level, actor, action, text);
  }
}
