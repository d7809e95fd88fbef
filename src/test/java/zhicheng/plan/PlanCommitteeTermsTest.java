package zhicheng.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan's fee, paper forms, certificate and form-return terms (optional fields of a plan file). */
class PlanCommitteeTermsTest {

  static final String HEAD = "{\"id\": \"lishui-2021-arts-intermediate\", \"title\": \"2021年度丽水市工艺美术中级\", "
      + "\"notice\": \"丽人社函〔2021〕150号\", \"source\": \"seeds/001_1af67c7f8a1d5d6b.txt\", \"committeeCode\": \"ls-arts\", "
      + "\"committeeName\": \"丽水市工艺美术中级职务评审委员会\", \"applicantDeadline\": \"2021-12-12\", \"routes\": [\"正常申报\"], "
      + "\"chain\": [{\"key\": \"unit\", \"name\": \"用人单位审核\", \"group\": \"unit:{unit}\", \"deadline\": \"2021-12-23\"}, "
      + "{\"key\": \"county\", \"name\": \"县市区人社审核\", \"group\": \"county:{county}\", \"deadline\": \"2021-12-31\"}]";

  private static Plan read(String extra) {
    return new PlanReader().read("lishui.json",
        new ByteArrayInputStream((HEAD + extra + "}").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void seed001sFeesAndPaperDeadlineAreReadAsTheNoticeWritesThem() {
    // seed 001 六: 中级评审费180元/人，推荐费80元/人; 四、(二): 一式3份，2022年1月7日前报送
    Plan plan = read(", \"fee\": {\"items\": [{\"name\": \"中级评审费\", \"amount\": 180}, {\"name\": \"推荐费\", \"amount\": 80}], "
        + "\"paymentWorkingDays\": 5, \"source\": \"六、收费要求\"}, "
        + "\"paperForms\": {\"deadline\": \"2022-01-07\", \"source\": \"四、(二)\"}");
    assertThat(plan.fee().totalFen()).isEqualTo(26000);
    assertThat(plan.fee().describe()).isEqualTo("中级评审费180元、推荐费80元，共260元");
    assertThat(plan.fee().paymentWorkingDays()).isEqualTo(5);
    assertThat(plan.paperForms().deadline()).isEqualTo(LocalDate.of(2022, 1, 7));
    assertThat(plan.paperForms().group()).isEqualTo("office:{committee}");
    assertThat(plan.certificate()).isNull();
    Plan junior = read(", \"fee\": {\"items\": [{\"name\": \"初级评审费\", \"amount\": 100}], \"paymentWorkingDays\": 5}");
    assertThat(junior.fee().describe()).isEqualTo("初级评审费100元");
    assertThat(junior.paperForms()).isNull();
  }

  @Test
  void seed004sPlanSaysTheOfficeSetTheAmountThePeriodAndThePaperDeadline() throws IOException {
    Plan plan;
    try (InputStream in = new FileInputStream("plans/hz-2023-hgqf-senior-engineer.json")) {
      plan = new PlanReader().read("hz-2023-hgqf-senior-engineer.json", in);
    }
    assertThat(plan.fee().describe()).isEqualTo("评审费300元");
    assertThat(plan.fee().paymentWorkingDays()).isEqualTo(5);
    assertThat(plan.fee().source()).contains("通知未规定金额和缴费期限").contains("由高评委办公室设定");
    assertThat(plan.paperForms().deadline()).isEqualTo(LocalDate.of(2023, 11, 17));
    assertThat(plan.paperForms().source()).contains("通知未规定纸质材料报送截止日期");
    assertThat(plan.copies("evaluation-form")).isEqualTo(3);
    assertThat(plan.certificate().qualification()).isEqualTo("高级工程师");
    assertThat(plan.certificate().issuer()).isEqualTo("浙江省人力资源和社会保障厅　浙江省经济和信息化厅");
    // the demo copy moves the paper deadline with the chain
    Plan demo = Rehearsal.of(plan, LocalDate.of(2025, 3, 1), 14);
    long shift = ChronoUnit.DAYS.between(plan.applicantDeadline(), demo.applicantDeadline());
    assertThat(demo.paperForms().deadline()).isEqualTo(plan.paperForms().deadline().plusDays(shift));
    assertThat(demo.fee()).isEqualTo(plan.fee());
    // 四、5: the paper-materials bodies (the districts' 经信局, 附件4 一) return the form to the unit; the demo keeps it
    assertThat(plan.formReturn().group()).isEqualTo("county:{county}");
    assertThat(plan.formReturn().to()).isEqualTo("申报单位");
    assertThat(plan.formReturn().source()).startsWith("四、5.");
    assertThat(demo.formReturn()).isEqualTo(plan.formReturn());
  }

  @Test
  void seed002sOfficeReturnsTheFormToTheApplicant() throws IOException {
    Plan plan;
    try (InputStream in = new FileInputStream("plans/hz-2020-arts-crafts-intermediate.json")) {
      plan = new PlanReader().read("hz-2020-arts-crafts-intermediate.json", in);
    }
    // 附件2 十一、评审表归档。评委会办公室将评审表退还给申报人
    assertThat(plan.formReturn()).isEqualTo(new FormReturn("office:{committee}", "申报人",
        "附件2 十一、评审表归档。评委会办公室将评审表退还给申报人。申报人自行将评审表放入个人档案"));
    // a row of a table keeps it (forRow), and a plan without the field has no return step
    assertThat(read("").formReturn()).isNull();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "\"fee\": {\"items\": [{\"name\": \"评审费\", \"amount\": 180.555}], \"paymentWorkingDays\": 5} "
          + "| 申报计划文件 lishui.json 的字段 fee.items[0].amount 应为大于0的金额（元，最多两位小数）",
      "\"fee\": {\"items\": [{\"name\": \"评审费\", \"amount\": 0}], \"paymentWorkingDays\": 5} "
          + "| 申报计划文件 lishui.json 的字段 fee.items[0].amount 应为大于0的金额",
      "\"fee\": {\"items\": [{\"name\": \"评审费\", \"amount\": \"180\"}], \"paymentWorkingDays\": 5} "
          + "| 申报计划文件 lishui.json 的字段 fee.items[0].amount 应为大于0的金额",
      "\"fee\": {\"items\": [], \"paymentWorkingDays\": 5} | 申报计划文件 lishui.json 的字段 fee.items 缺少或为空",
      "\"fee\": {\"items\": [{\"amount\": 100}], \"paymentWorkingDays\": 5} | 申报计划文件 lishui.json 的字段 fee.items[0].name 缺少或为空",
      "\"fee\": {\"items\": [{\"name\": \"评审费\", \"amount\": 100}]} | 申报计划文件 lishui.json 的字段 fee.paymentWorkingDays 应为1至60的整数",
      "\"fee\": {\"items\": [{\"name\": \"评审费\", \"amount\": 100}], \"paymentWorkingDays\": 61} "
          + "| 申报计划文件 lishui.json 的字段 fee.paymentWorkingDays 应为1至60的整数",
      "\"paperForms\": {\"deadline\": \"2021-12-30\"} | 申报计划文件 lishui.json 的字段 paperForms.deadline “2021-12-30”早于审核链最后一级的截止日期 2021-12-31",
      "\"paperForms\": {\"deadline\": \"2022-1-7\"} | 申报计划文件 lishui.json 的字段 paperForms.deadline 日期“2022-1-7”格式错误",
      "\"certificate\": {\"qualification\": \"工艺美术师\"} | 申报计划文件 lishui.json 的字段 certificate.issuer 缺少或为空",
      "\"paperForms\": {\"deadline\": \"2022-01-07\", \"group\": \"offices:{committee}\"} "
          + "| 申报计划文件 lishui.json 的字段 paperForms.group “offices:{committee}”的类别 offices 未知",
      "\"formReturn\": {\"group\": \"office:{committee}\", \"to\": \"档案馆\"} "
          + "| 申报计划文件 lishui.json 的字段 formReturn.to “档案馆”应为以下之一：申报人、申报单位",
      "\"formReturn\": {\"to\": \"申报人\"} | 申报计划文件 lishui.json 的字段 formReturn.group 缺少或为空",
      "\"formReturn\": {\"group\": \"county:{contry}\", \"to\": \"申报单位\"} "
          + "| 申报计划文件 lishui.json 的字段 formReturn.group “county:{contry}”含未知的占位符 {contry}",
      "\"paperForms\": {\"deadline\": \"2022-01-07\", \"gruop\": \"county:{county}\"} "
          + "| 申报计划文件 lishui.json 的字段 paperForms.gruop 不是计划文件的字段",
      "\"fee\": {\"items\": [{\"name\": \"评审费\", \"amount\": 100, \"unit\": \"元\"}], \"paymentWorkingDays\": 5} "
          + "| 申报计划文件 lishui.json 的字段 fee.items[0].unit 不是计划文件的字段",
      "\"fee\": {\"items\": [{\"name\": \"评审费\", \"amount\": 100}], \"paymentDays\": 5} "
          + "| 申报计划文件 lishui.json 的字段 fee.paymentDays 不是计划文件的字段",
      "\"certificate\": {\"qualification\": \"工艺美术师\", \"issuer\": \"市人社局\", \"speciality\": \"工艺美术\"} "
          + "| 申报计划文件 lishui.json 的字段 certificate.speciality 不是计划文件的字段",
      "\"formReturn\": {\"group\": \"office:{committee}\", \"to\": \"申报人\", \"copies\": 3} "
          + "| 申报计划文件 lishui.json 的字段 formReturn.copies 不是计划文件的字段"})
  void aMalformedTermIsRefusedWithTheFileAndField(String extra, String message) {
    assertThatThrownBy(() -> read(", " + extra)).isInstanceOf(PlanFileException.class).hasMessageStartingWith(message);
  }

  @Test
  void moneyIsCountedInFenAndWrittenInYuan() {
    assertThat(Money.fen(new BigDecimal("180"))).isEqualTo(18000);
    assertThat(Money.fen(new BigDecimal("180.5"))).isEqualTo(18050);
    assertThatThrownBy(() -> Money.fen(new BigDecimal("0.001"))).isInstanceOf(ArithmeticException.class);
    assertThat(Money.yuan(26000)).isEqualTo("260元");
    assertThat(Money.yuan(18050)).isEqualTo("180.50元");
    assertThat(Money.plain(26000)).isEqualTo("260.00");
  }
}
