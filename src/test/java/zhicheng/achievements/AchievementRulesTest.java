package zhicheng.achievements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zhicheng.eligibility.TestFiles;

/** An archive row's rules, field by field, without a database. */
class AchievementRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2023, 9, 5);
  private static final Map<String, String> ITEMS = Map.of(
      "awards.contests.gold", "省（部）级以上专业大赛特等奖或金奖（一等奖）",
      "theory.patents.invention", "获发明专利",
      "theory.papers", "作为第一撰写人或作者在专业期刊上发表论文");
  private static final String PDF = Base64.getEncoder().encodeToString(TestFiles.pdf());

  private static AchievementInput.EvidenceInput file(String name, String content) {
    return new AchievementInput.EvidenceInput(null, name, content);
  }

  private static AchievementInput award(String date, List<AchievementInput.EvidenceInput> evidence) {
    return new AchievementInput("获奖", "awards.contests.gold", "博览会金奖", "《西湖》", date, "国家级", null, "为主", null,
        evidence);
  }

  @Test
  void aCompleteRowPassesWithItsFilesDecoded() {
    AchievementRules.Checked c = AchievementRules.check(award("2023-09-05", List.of(file("证书.pdf", PDF))), ITEMS,
        Set.of(), false, TODAY);
    assertThat(c.problems()).isEmpty();
    assertThat(c.newFiles()).singleElement().satisfies(f -> assertThat(f.fileName()).isEqualTo("证书.pdf"));
  }

  @Test
  void eachFieldAtFaultIsNamed() {
    AchievementInput bad = new AchievementInput("奖状", "theory.papers", " ", null, "2023-09-06", null, "受理", "主持",
        "备".repeat(1001), List.of(file("证书.pdf", Base64.getEncoder().encodeToString(TestFiles.png(300, 400))),
            file("扫描件.pdf", "不是Base64"), new AchievementInput.EvidenceInput(7L, null, null)));
    assertThat(AchievementRules.check(bad, ITEMS, Set.of(), false, TODAY).problems()).containsExactly(
        "kind：业绩类别“奖状”不在可选范围内（获奖、专利、论文、著作、标准、科研项目、作品展、作品收藏、国事活动、培训授课、荣誉称号、授徒传艺、协会任职、其他业绩）",
        "title：请填写业绩名称（如证书、论文、专利的名称）",
        "date：2023-09-06 晚于今天（2023-09-05），取得日期不能在将来",
        "status：只有专利填写状态（授权或受理）",
        "role：本人作用只能是“为主”或“参与”，不是“主持”",
        "note：备注不超过1000字，现为1001字",
        "evidence[0]：佐证材料“证书.pdf”不是PDF文件（按文件内容判断，不看扩展名），材料须以PDF格式上传（安人社通〔2021〕9号 "
            + "二、（四）1. 申报材料要求）",
        "evidence[1].content：文件“扫描件.pdf”的内容不是有效的 Base64 编码",
        "evidence[2].id：本条业绩没有编号为 7 的佐证材料");
  }

  @Test
  void anItemMustBelongToTheKindAndAPatentNeedsItsStatus() {
    AchievementInput paperAsAward = new AchievementInput("获奖", "theory.papers", "论文", null, "2020-01-01", null, null,
        null, null, List.of(file("a.pdf", PDF)));
    assertThat(AchievementRules.check(paperAsAward, ITEMS, Set.of(), false, TODAY).problems())
        .containsExactly("item：评分项“作为第一撰写人或作者在专业期刊上发表论文”不属于“获奖”类业绩");
    AchievementInput patent = new AchievementInput("专利", "theory.patents.invention", "一种釉料", null, "2020-01-01",
        null, null, null, null, List.of(file("a.pdf", PDF)));
    assertThat(AchievementRules.check(patent, ITEMS, Set.of(), false, TODAY).problems()).singleElement()
        .satisfies(p -> assertThat(p).startsWith("status：专利须填写状态：授权或受理（浙经信消费〔2022〕35号 附件2 说明4"));
    AchievementInput awardWithoutWork = new AchievementInput("获奖", "awards.contests.gold", "金奖", " ", "2020-01-01",
        null, null, null, null, List.of(file("a.pdf", PDF)));
    assertThat(AchievementRules.check(awardWithoutWork, ITEMS, Set.of(), false, TODAY).problems()).singleElement()
        .satisfies(p -> assertThat(p).startsWith("work：大赛获奖须写明获奖作品"));
  }

  @Test
  void evidenceIsRequiredKeptByIdOrLeftAsItIsOnAChange() {
    assertThat(AchievementRules.check(award("2020-01-01", List.of()), ITEMS, Set.of(), false, TODAY).problems())
        .containsExactly("evidence：请上传至少一份佐证材料（PDF）（浙经信消费〔2022〕35号 附件1（三）、（八）：证书和证明材料在业绩维护后自动提取）");
    // a change without evidence keeps the row's files; naming one keeps only it
    assertThat(AchievementRules.check(award("2020-01-01", null), ITEMS, Set.of(3L, 4L), true, TODAY).keptFiles())
        .containsExactlyInAnyOrder(3L, 4L);
    assertThat(AchievementRules.check(award("2020-01-01",
        List.of(new AchievementInput.EvidenceInput(4L, null, null))), ITEMS, Set.of(3L, 4L), true, TODAY).keptFiles())
        .containsExactly(4L);
    // a new row without evidence at all is refused
    assertThat(AchievementRules.check(award("2020-01-01", null), ITEMS, Set.of(), false, TODAY).ok()).isFalse();
  }
}
