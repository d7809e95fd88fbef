package zhicheng.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Finding;

/** A draft's group 资格核验信息 becomes the JSON the start form sends, and each unmet rule finds its field. */
class DraftProfileTest {

  private static Drafts.Draft draft(Map<String, List<String>> fields) {
    return new Drafts.Draft(1, "zhangsan", "p", fields, null);
  }

  @Test
  void aStoredProfileShownOnTheCorrectionPageIsSentBackUnchanged() throws Exception {
    // the start form's JSON (spacing, a licence as text, the recommendation) as the correction page prefills it
    String stored = """
        {"employerType": "企业", "currentTitleLevel": "中级", "currentTitleSeries": "工程技术", "degreeRelated": false,
         "outOfProvince": true, "licences": "注册化工工程师", "exceptionalConditions": [1, 4],
         "expertRecommendation": {"name": "王建国", "title": "正高级工程师", "unit": "研究院", "contact": "0571",
           "reasons": "金奖", "achievements": "缂丝"},
         "selfScoreClaims": [{"item": "awards.contests.gold", "count": 2}],
         "assessments": [{"year": 2021, "result": "合格"}, {"year": 2022, "result": "优秀"}],
         "continuingEducation": [{"year": 2023, "professional": 70, "industryPublic": 20, "generalPublic": 0}]}""";
    Map<String, List<String>> shown = DraftProfile.fields(stored);
    assertThat(shown.get("ceProfessional")).containsExactly("70");
    assertThat(shown.get("assessmentResult")).containsExactly("合格", "优秀");

    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var sentBack = DraftProfile.json(draft(shown));
    var expected = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(stored);
    expected.putArray("licences").add("注册化工工程师");
    for (String absent : List.of("civilServant", "engineeringDoctorate")) {
      expected.put(absent, false);
    }
    expected.putArray("honours");
    assertThat(sentBack).isEqualTo(expected);
    // what no JSON object is shows empty fields (the process refuses it with its reason if sent so)
    assertThat(DraftProfile.fields("{not json")).isEmpty();
  }

  @Test
  void everyFieldOfTheGroupReachesTheProfileTheProcessReads() {
    Map<String, List<String>> f = new LinkedHashMap<>();
    f.put("education", List.of("大学本科"));
    f.put("currentTitleDate", List.of("2017-06-30"));
    f.put("employerType", List.of("事业单位"));
    f.put("civilServant", List.of("true"));
    f.put("degreeRelated", List.of("false"));
    f.put("licences", List.of("注册化工工程师、 一级建造师"));
    f.put("otherSeriesSeniorTitle", List.of("高级经济师"));
    f.put("skillLevel", List.of("技师"));
    f.put("honours", List.of("浙江省技术能手", ""));
    f.put("exceptionalConditions", List.of("1", "4"));
    f.put("erName", List.of("李教授"));
    f.put("erReasons", List.of("主持国家标准制定"));
    f.put("claimItem", List.of("awards.contests.gold", ""));
    f.put("claimCount", List.of("2", ""));
    f.put("assessmentYear", List.of("2021", "2022"));
    f.put("assessmentResult", List.of("合格", "优秀"));
    f.put("ceYear", List.of("2022"));
    f.put("ceProfessional", List.of("64"));
    f.put("ceIndustryPublic", List.of("16"));
    f.put("ceGeneralPublic", List.of("10"));

    ApplicantProfile p = DraftProfile.profile(draft(f));

    assertThat(p.employerType()).isEqualTo("事业单位");
    assertThat(p.isCivilServant()).isTrue();
    assertThat(p.isOutOfProvince()).isFalse();
    assertThat(p.isDegreeRelated()).isFalse();
    assertThat(p.licences()).containsExactly("注册化工工程师", "一级建造师");
    assertThat(p.otherSeriesSeniorTitle()).isEqualTo("高级经济师");
    assertThat(p.skillLevel()).isEqualTo("技师");
    assertThat(p.honours()).containsExactly("浙江省技术能手");
    assertThat(p.exceptionalConditions()).containsExactly(1, 4);
    assertThat(p.expertRecommendation().name()).isEqualTo("李教授");
    assertThat(p.expertRecommendation().reasons()).isEqualTo("主持国家标准制定");
    assertThat(p.selfScoreClaims()).singleElement().satisfies(c -> {
      assertThat(c.item()).isEqualTo("awards.contests.gold");
      assertThat(c.count()).isEqualTo(2);
    });
    assertThat(p.assessments()).extracting(ApplicantProfile.Assessment::year).containsExactly(2021, 2022);
    assertThat(p.continuingEducation()).singleElement().satisfies(c -> assertThat(c.professional()).isEqualTo(64));
    assertThat(p.education()).isEqualTo("大学本科");
    assertThat(p.currentTitleDate()).isEqualTo("2017-06-30");
  }

  @Test
  void aDraftWithoutTheOptionalGroupsSendsNoRecommendationAndNoClaims() {
    ApplicantProfile p = DraftProfile.profile(draft(Map.of("employerType", List.of("企业"))));
    assertThat(p.expertRecommendation()).isNull();
    assertThat(p.selfScoreClaims()).isEmpty();
    assertThat(p.exceptionalConditions()).isEmpty();
    assertThat(p.isCivilServant()).isFalse();
    // as the start form: related unless the applicant says otherwise
    assertThat(p.isDegreeRelated()).isTrue();
  }

  @Test
  void eachUnmetRuleStandsBesideItsFieldAndMaterialsWaitForTheUpload() {
    Map<String, List<String>> beside = DraftProfile.besideFields(List.of(
        Finding.fail("annual-assessment", "2022年度未填写考核结果", "杭经信人事〔2023〕63号 附件1 三"),
        Finding.fail("route-years", "不足5年", "杭经信人事〔2023〕63号 附件1 二、（一）2"),
        Finding.pass("continuing-education", "学时符合", "x"),
        Finding.fail("material:photo", "请上传证件照", "y"),
        Finding.fail("integrity-record", "三年内不得申报", "丽人社函〔2021〕150号 三、（九）")));
    assertThat(beside).containsOnlyKeys("assessments", "route", "");
    assertThat(beside.get("assessments")).containsExactly("2022年度未填写考核结果（依据：杭经信人事〔2023〕63号 附件1 三）");
    assertThat(beside.get("")).containsExactly("三年内不得申报（依据：丽人社函〔2021〕150号 三、（九））");
  }
}
