package zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/**
 * Every document of the notices: its text in reading order, every page drawn with ink, the same data giving
 * the same bytes. The roster of 1,000 applicants breaks into pages with the header on each.
 */
class DocumentRenderersTest {

  private static final CjkFont FONT = Pdfs.FONT;

  @Test
  void exceptionalApprovalFormFollowsSeed004Annex5InTwoCopies() {
    byte[] pdf = keep("exceptional-approval", new ExceptionalApprovalRenderer(FONT).render(Samples.exceptional()));
    String text = Pdfs.squeezed(Pdfs.text(pdf));
    assertThat(text).containsSubsequence("破格推荐高级专业技术职务任职资格审批表", "姓名", "张三", "性别", "女", "出生年月",
        "1949年12月", "工作单位", "行政职务", "—", "专业工作年限", "16年", "何年何校何专业毕业", "—", "现聘任专业技术职务", "工程师",
        "聘任时间", "2017-06-30", "破格推荐何专业技术职务任职资格", "高级工程师", "简历", "—", "破格推荐理由",
        "第2项：获副省级城市科技进步一等奖", "所在单位意见", "用人单位审核：通过", "经单位公示5个工作日无异议，同意破格推荐。",
        "审核人：赵敏西湖精细化工·人事（xihu-hr）", "2023-09-0510:00", "（盖章）", "主管部门意见", "（盖章）", "市（局、总公司）人事部门意见");
    // a level that has not decided leaves its box blank for pen and stamp
    assertThat(text).doesNotContain("区县（市）职称受理点审核");
    assertThat(text).containsSubsequence("第1份（共2份）", "第2份（共2份）");
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isEqualTo(2);
    assertSameBytes(Samples.exceptional(), new ExceptionalApprovalRenderer(FONT)::render);
  }

  @Test
  void expertRecommendationFollowsSeed000Annex3() {
    byte[] pdf = keep("expert-recommendation", new ExpertRecommendationRenderer(FONT).render(Samples.expert()));
    assertThat(Pdfs.squeezed(Pdfs.text(pdf))).containsSubsequence("直接申报专家推荐表", "被推荐人姓名", "李四",
        "被推荐人工作单位", "杭州萧山纺织印染有限公司（演示）", "推荐人姓名", "王建国", "推荐人职称(荣誉)", "正高级工艺美术师",
        "推荐人联系方式", "0571-88228291", "推荐人工作单位", "浙江省工艺美术研究院（演示）", "推荐理由：", "国家一级博物馆收藏",
        "推荐单位(专家)：", "年月日");
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isEqualTo(1);
    assertSameBytes(Samples.expert(), new ExpertRecommendationRenderer(FONT)::render);
  }

  @Test
  void postInformationFollowsSeed003Annex5() {
    byte[] pdf = keep("post-info", new PostInfoRenderer(FONT).render(Samples.postInfo()));
    assertThat(Pdfs.squeezed(Pdfs.text(pdf))).containsSubsequence("事业单位人员职称申报岗位信息表", "单位名称（盖章）",
        "安吉县博物馆（演示）", "编制数", "42", "专业技术岗位总数", "40", "专技人才实际聘用数", "33",
        "等级", "正高级", "副高级", "中级", "初级及未定级", "总数", "核准比例", "5%", "25%", "45%", "25%", "100%",
        "核准人数", "2", "10", "18", "10", "40", "实聘人数", "1", "8", "15", "9", "33", "空缺情况", "1", "2", "3", "1", "7",
        "共新推出3个空缺中级专业技术岗位", "同意2人参加中级评审", "姓名", "身份证号码", "赵六", "330523199001010018", "馆员",
        "主管部门或人力社保部门意见", "（盖章）", "注：该表格为事业单位推荐在编人员参加职称评审时填写。");
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isEqualTo(1);
    assertSameBytes(Samples.postInfo(), new PostInfoRenderer(FONT)::render);
  }

  @Test
  void publicityListHasARowPerApplicantAndNoIdNumbers() {
    byte[] pdf = keep("publicity-list", new PublicityListRenderer(FONT).render(Samples.publicity()));
    String text = Pdfs.squeezed(Pdfs.text(pdf));
    assertThat(text).containsSubsequence("杭州西湖精细化工有限公司（演示）职称申报人员公示表", "公示期：2023年9月1日至2023年9月7日",
        "序号", "姓名", "工作单位", "现任专业技术职务", "申报资格", "申报途径", "主要业绩（摘要）",
        "1", "张三", "工程师", "高级工程师", "正常申报", "主持精细化工工艺改进项目三项",
        "2", "王五", "工程师", "高级工程师", "破格申报", "—");
    assertThat(text).doesNotContain("11010519491231002X");
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isEqualTo(1);
    assertSameBytes(Samples.publicity(), new PublicityListRenderer(FONT)::render);
  }

  @Test
  void rosterOfAThousandApplicantsRepeatsItsHeaderOnEveryPageAndKeepsTheOrder() {
    byte[] pdf = keep("roster-1000", new RosterRenderer(FONT).render(Samples.roster(1000)));
    List<String> pages = Pdfs.pageTexts(pdf);
    assertThat(pages).hasSizeGreaterThan(20);
    int expected = 1;
    for (int p = 0; p < pages.size(); p++) {
      String page = Pdfs.squeezed(pages.get(p));
      assertThat(page).as("page %d", p + 1)
          .contains("序号申报编号姓名性别出生年月工作单位学历现任专业技术职务取得时间申报资格申报途径")
          .contains("第" + (p + 1) + "页/共" + pages.size() + "页");
      // the rows of this page continue exactly where the previous page stopped
      assertThat(page).contains(String.format("ZC-20230825-%04d", expected));
      while (expected <= 1000 && page.contains(String.format("ZC-20230825-%04d", expected))) {
        expected++;
      }
    }
    assertThat(expected).isEqualTo(1001);
    assertThat(Pdfs.squeezed(pages.get(0))).startsWith("申报评审高级工程师资格人员花名册");
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isEqualTo(pages.size());
    assertSameBytes(Samples.roster(1000), new RosterRenderer(FONT)::render);
  }

  @Test
  void entrustmentLetterNamesCommitteeBodyAndPersons() {
    byte[] pdf = keep("entrustment", new EntrustmentRenderer(FONT).render(Samples.entrustment()));
    assertThat(Pdfs.squeezed(Pdfs.text(pdf))).containsSubsequence("申报专业技术职务资格评审委托书", Samples.COMMITTEE + "：",
        "根据杭经信人事〔2023〕63号要求", "现委托贵委员会对下列1名申报人员进行" + Samples.PLAN + "，申报资格：高级工程师。",
        "序号", "姓名", "工作单位",
        "申报资格", "1", "张三", "杭州西湖精细化工有限公司（演示）", "高级工程师", "委托单位（盖章）：西湖区发展改革和经济信息化局",
        "2023年9月22日");
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isEqualTo(1);
    assertSameBytes(Samples.entrustment(), new EntrustmentRenderer(FONT)::render);
  }

  @Test
  void certificateQrCodeDecodesToTheVerificationUrl() throws Exception {
    String url = "http://localhost:8080/api/certificates/K7QP-3MZD-8RWX-TV2H";
    byte[] pdf = keep("certificate", new CertificateRenderer(FONT).render(Samples.certificate(url)));
    assertThat(Pdfs.squeezed(Pdfs.text(pdf))).containsSubsequence("专业技术职务任职资格证书", "姓名：", "张三", "性别：", "女",
        "身份证号码：", "110***********002X", "资格名称：", "高级工程师", "专业：", "化工轻纺工程", "评审委员会：",
        Samples.COMMITTEE, "通过时间：", "2023年12月15日", "批准文号：", "浙人社发〔2023〕99号（演示）",
        "验证码：K7QP-3MZD-8RWX-TV2H", "验证网址：" + url);
    // the ID number masked as the public check shows it, never whole
    assertThat(Pdfs.text(pdf)).doesNotContain("11010519491231002X");
    assertThat(Pdfs.assertEveryPageRendersWithInk(pdf)).isEqualTo(1);

    BufferedImage page = Pdfs.page(pdf, 0, 150);
    Result decoded = new QRCodeReader().decode(
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))));
    assertThat(decoded.getText()).isEqualTo(url);
    assertSameBytes(Samples.certificate(url), new CertificateRenderer(FONT)::render);
  }

  private static <T> void assertSameBytes(T data, Function<T, byte[]> render) {
    assertThat(render.apply(data)).isEqualTo(render.apply(data));
  }

  /** Writes the PDF to target/documents for a person to look at. */
  private static byte[] keep(String name, byte[] pdf) {
    try {
      Files.createDirectories(Path.of("target/documents"));
      Files.write(Path.of("target/documents/" + name + ".pdf"), pdf);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return pdf;
  }
}
