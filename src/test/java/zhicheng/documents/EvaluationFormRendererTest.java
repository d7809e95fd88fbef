package zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class EvaluationFormRendererTest {

  private static final String WATERMARK = "zhicheng 职称评审平台";
  private final EvaluationFormRenderer renderer = new EvaluationFormRenderer(Pdfs.FONT, WATERMARK);

  @Test
  void holdsTheApplicationInReadingOrder() throws Exception {
    byte[] pdf = renderer.render(Samples.evaluationForm(1));
    Files.createDirectories(Path.of("target/documents"));
    Files.write(Path.of("target/documents/evaluation-form.pdf"), pdf);
    String text = Pdfs.squeezed(Pdfs.text(pdf));
    assertThat(text).containsSubsequence("专业技术职务任职资格评审表", "杭经信人事〔2023〕63号", "申报编号：ZC-20230820-101",
        "姓名", "张三", "性别", "女", "出生年月", "1949年12月", "身份证号码", "11010519491231002X",
        "工作单位", "杭州西湖精细化工有限公司（演示）", "申报途径", "正常申报", "学历", "大学本科",
        "现任专业技术职务", "工程师", "现任职务取得时间", "2017-06-30", "申报资格", "高级工程师", "继续教育学时", "—",
        "年度考核", "—",
        "评审委员会", Samples.COMMITTEE, "本人述职", Pdfs.squeezed(Samples.STATEMENT),
        "审核意见", "用人单位审核", "审核结论：通过", "经单位公示5个工作日无异议，同意推荐。",
        "审核人：赵敏西湖精细化工·人事（xihu-hr）", "2023-09-0510:00",
        "区县（市）职称受理点审核", "（尚未审核）", "高评委办公室资格审查", "（尚未审核）");
    assertThat(text).contains(WATERMARK.replace(" ", ""));
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isGreaterThanOrEqualTo(1);
  }

  @Test
  void printsAsManyCopiesAsThePlanSaysEachComplete() {
    byte[] pdf = renderer.render(Samples.evaluationForm(3));
    List<String> pages = Pdfs.pageTexts(pdf);
    String all = Pdfs.squeezed(String.join("", pages));
    assertThat(all.split("专业技术职务任职资格评审表", -1)).hasSize(4);
    assertThat(all).containsSubsequence("第1份（共3份）", "第2份（共3份）", "第3份（共3份）");
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isEqualTo(pages.size()).isEqualTo(3 * Pdfs.pageTexts(
        renderer.render(Samples.evaluationForm(1))).size());
  }

  @Test
  void sameDataGivesTheSameBytesAndChangedDataOtherBytes() {
    byte[] first = renderer.render(Samples.evaluationForm(3));
    byte[] again = renderer.render(Samples.evaluationForm(3));
    assertThat(again).isEqualTo(first);
    assertThat(renderer.render(Samples.evaluationForm(2))).isNotEqualTo(first);
  }

  @Test
  void aStatementOfAThousandCharactersContinuesOnTheNextPageAndNoLineStartsWithPunctuation() {
    String statement = "主持酯化反应连续化改造，年节约蒸汽一万二千吨。".repeat(50).substring(0, 1000);
    EvaluationFormData d = Samples.evaluationForm(1);
    EvaluationFormData longer = new EvaluationFormData(d.businessKey(), d.planTitle(), d.planNotice(),
        d.committeeName(), d.applicant(), d.appliedQualification(), d.assessments(), d.continuingEducation(), statement, d.levels(), d.asOf(), 1);
    byte[] pdf = renderer.render(longer);
    List<String> pages = Pdfs.pageTexts(pdf);
    assertThat(pages).hasSizeGreaterThan(1);
    assertThat(Pdfs.squeezed(String.join("", pages))).contains(Pdfs.squeezed(statement.substring(0, 300)))
        .containsSubsequence("本人述职", "审核意见", "高评委办公室资格审查");
    for (String page : pages) {
      for (String line : page.split("\n")) {
        assertThat(line.strip()).as("line of the statement").doesNotStartWith("，").doesNotStartWith("。");
      }
    }
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isEqualTo(pages.size());
  }

  @Test
  void listsTheAchievementsWithTheUnitsFindingAndPointsAndTheScoreBesideTheClaim() {
    EvaluationFormData d = Samples.evaluationForm(1).withAchievements(List.of(
        new AchievementLine("获奖", "中国工艺美术博览会金奖（《西湖》）", "2019-10-01", "核实", 5),
        new AchievementLine("获奖", "浙江工艺美术精品博览会银奖（《西湖》）", "2018-10-01", "核实", 0),
        new AchievementLine("专利", "一种青瓷釉料", "2020-01-01", "不予认定（专利尚在受理，未获授权）", null),
        new AchievementLine("论文", "青瓷釉色研究", "2021-03-01", "待核实", null)),
        "按经单位核实的业绩计5分；申报人自评70分（浙经信消费〔2022〕35号 附件2）");
    byte[] pdf = renderer.render(d);
    String text = Pdfs.squeezed(Pdfs.text(pdf));
    assertThat(text).containsSubsequence("本人述职", "业绩成果（单位核实）", "类别", "名称", "取得日期", "单位核实", "计分",
        "获奖", "中国工艺美术博览会金奖（《西湖》）", "2019-10-01", "核实", "5",
        "浙江工艺美术精品博览会银奖（《西湖》）", "2018-10-01", "核实", "0",
        "一种青瓷釉料", "不予认定（专利尚在受理，未获授权）", "—", "青瓷釉色研究", "待核实",
        "量化评分", "按经单位核实的业绩计5分；申报人自评70分（浙经信消费〔2022〕35号附件2）", "审核意见");
    // without achievements the section is not printed
    assertThat(Pdfs.squeezed(Pdfs.text(renderer.render(Samples.evaluationForm(1))))).doesNotContain("业绩成果");
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isGreaterThanOrEqualTo(1);
  }
}
