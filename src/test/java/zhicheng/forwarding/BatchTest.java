package zhicheng.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import zhicheng.documents.EntrustmentData;
import zhicheng.documents.EntrustmentRenderer;
import zhicheng.documents.Pdfs;
import zhicheng.documents.RosterData;

/**
 * A batch's documents, engine-free: the roster for every batch, the letter only for the applications sent to the
 * committee's office (seed 004 附件4 二、1), each person with the title applied for and the roster's 序号; the letter
 * names the evaluation by the table's title, never a row-decorated plan title.
 */
class BatchTest {

  private static final String ANJI = "2021年度安吉县专业技术资格评审（推荐）";
  private static final String ANJI_ROW = ANJI + "·第3行 市快递工程中级专业技术资格评审委员会";

  @Test
  void aBatchToALevelInTheMiddleOfTheChainHasTheRosterOnly() {
    Batch toBureau = batch(member(1, "赵一", "高级工程师", "hr:330523"), member(2, "钱二", "工程师", "hr:330523"));
    assertThat(toBureau.entrustment()).isEmpty();
    RosterData roster = toBureau.roster();
    // the rows apply for different titles: the title is generic, each row says its own
    assertThat(roster.title()).isEqualTo("申报评审专业技术职务任职资格人员花名册");
    assertThat(roster.entries()).extracting(RosterData.Entry::appliedQualification)
        .containsExactly("高级工程师", "工程师");
  }

  @Test
  void theLetterCoversTheApplicationsSentToTheOfficeWithTheirRosterNumbers() {
    // a body whose applications go on to different levels (seed 001: 青田's to the 初评委, others to the 中评委)
    Batch mixed = batch(member(1, "赵一", "工程师", "precommittee:331121"), member(2, "钱二", "高级工程师",
        "office:huz-express-mid"), member(3, "孙三", "高级工程师", "office:huz-express-mid"));
    EntrustmentData letter = mixed.entrustment().orElseThrow();
    assertThat(letter.persons()).extracting(EntrustmentData.Person::seq, EntrustmentData.Person::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "钱二"), org.assertj.core.groups.Tuple.tuple(3, "孙三"));
    assertThat(letter.evaluationTitle()).isEqualTo(ANJI);
    assertThat(letter.qualifications()).containsExactly("高级工程师");
    String text = Pdfs.squeezed(Pdfs.text(new EntrustmentRenderer(Pdfs.FONT).render(letter)));
    assertThat(text).containsSubsequence("市快递工程中级专业技术资格评审委员会：", "现委托贵委员会对下列2名申报人员进行" + ANJI
        + "，申报资格：高级工程师。", "序号", "姓名", "工作单位", "申报资格", "2", "钱二", "高级工程师", "3", "孙三", "高级工程师");
    assertThat(text).doesNotContain("第3行").doesNotContain("赵一");
    assertThat(mixed.roster().title()).isEqualTo("申报评审专业技术职务任职资格人员花名册");
  }

  @Test
  void aBatchWhoseRowsApplyForOneTitleNamesItInTheRostersTitle() {
    Batch seed004 = batch(member(1, "张三", "高级工程师", "office:hz-hgqf-senior"),
        member(2, "李四", "高级工程师", "office:hz-hgqf-senior"));
    assertThat(seed004.roster().title()).isEqualTo("申报评审高级工程师资格人员花名册");
    assertThat(seed004.entrustment().orElseThrow().persons()).hasSize(2);
    // nothing known about the title: “—” in the letter, the generic roster title
    Batch unknown = batch(member(1, "张三", null, "office:hz-hgqf-senior"));
    assertThat(unknown.roster().title()).isEqualTo("申报评审专业技术职务任职资格人员花名册");
    assertThat(unknown.entrustment().orElseThrow().qualifications()).isEmpty();
  }

  private static Batch batch(Batch.Member... members) {
    return new Batch("ROSTER-hr:330523-aj-2021-titles:3-1", 1, "安吉县人力资源和社会保障局", ANJI_ROW, ANJI,
        "安人社通〔2021〕9号", "市快递工程中级专业技术资格评审委员会", LocalDate.of(2021, 7, 20),
        OffsetDateTime.parse("2021-07-20T10:00:00+08:00"), List.of(members));
  }

  private static Batch.Member member(int seq, String name, String title, String receiver) {
    return new Batch.Member(seq, "app-" + seq, "ZC-20210701-" + seq, name, "11010519491231002X", "安吉椅业有限公司（演示）",
        "大学本科", "工程师", "2015-07-01", "正常申报", title, receiver);
  }
}
