package zhicheng.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Data of the notices' own round: 杭经信人事〔2023〕63号 (seed 004), its dates, committee and chain. */
final class Samples {

  static final String NOTICE = "杭经信人事〔2023〕63号";
  static final String PLAN = "2023年度杭州市化工轻纺专业高级工程师职务任职资格评审";
  static final String COMMITTEE = "杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会";
  static final String STATEMENT = "任工程师以来主持精细化工工艺改进项目三项，其中“酯化反应连续化改造”获2022年度杭州市"
      + "科技进步二等奖；负责车间安全生产标准化建设，带教青年工程师五名。";
  /** A reviewer as the forms print them: name from Camunda's identity, login id beside it. */
  static final String REVIEWER = "赵敏 西湖精细化工·人事（xihu-hr）";

  private Samples() {}

  static Applicant zhangsan() {
    return new Applicant("张三", "11010519491231002X", "杭州西湖精细化工有限公司（演示）", "西湖区", "大学本科", "工程师",
        "2017-06-30", "正常申报");
  }

  static EvaluationFormData evaluationForm(int copies) {
    return new EvaluationFormData("ZC-20230820-101", PLAN, NOTICE, COMMITTEE, zhangsan(), "高级工程师", List.of(), null,
        STATEMENT,
        List.of(new LevelOpinion("用人单位审核", "通过", "经单位公示5个工作日无异议，同意推荐。", REVIEWER, "2023-09-05 10:00"),
            LevelOpinion.pending("区县（市）职称受理点审核"), LevelOpinion.pending("高评委办公室资格审查")),
        OffsetDateTime.parse("2023-09-05T10:00:00+08:00"), copies);
  }

  static ExceptionalApprovalData exceptional() {
    return new ExceptionalApprovalData("ZC-20230820-102", "高级", zhangsan(), null, "16年", null, "工程师", "2017-06-30",
        "高级工程师", null, "符合杭经信人事〔2023〕63号附件1 二、（四）第2项：获副省级城市科技进步一等奖项目的主要贡献者；"
            + "第5项：主持大中型企业主要工程技术工作，成绩突出；第1项：正式公开发表本专业论文三篇。",
        List.of(new LevelOpinion("用人单位审核", "通过", "经单位公示5个工作日无异议，同意破格推荐。", REVIEWER,
            "2023-09-05 10:00")),
        List.of(LevelOpinion.pending("区县（市）职称受理点审核")), List.of(),
        OffsetDateTime.parse("2023-09-05T10:00:00+08:00"), 2);
  }

  static ExpertRecommendationData expert() {
    return new ExpertRecommendationData("ZC-20220401-7", "李四", "杭州萧山纺织印染有限公司（演示）", "王建国", "正高级工艺美术师",
        "0571-88228291", "浙江省工艺美术研究院（演示）", "被推荐人主持的缂丝作品被国家一级博物馆收藏，获2021年中国工艺美术博览会金奖。",
        OffsetDateTime.parse("2022-04-01T09:00:00+08:00"));
  }

  static PostInfoData postInfo() {
    List<PostInfoData.Grade> grades = List.of(
        new PostInfoData.Grade("正高级", "5%", 2, 2, 1, 1),
        new PostInfoData.Grade("副高级", "25%", 10, 10, 8, 2),
        new PostInfoData.Grade("中级", "45%", 18, 18, 15, 3),
        new PostInfoData.Grade("初级及未定级", "25%", 10, 10, 9, 1),
        new PostInfoData.Grade("总数", "100%", 40, 40, 33, 7));
    return new PostInfoData("unit:ax-museum", "安吉县博物馆（演示）", 42, 40, 33, grades, 3, "中级", 2, 0, 17,
        List.of(new PostInfoData.Candidate("赵六", "330523199001010018", "助理馆员", "初级", "2019-07-01", "专技十一级",
            "馆员")),
        OffsetDateTime.parse("2021-06-20T10:00:00+08:00"));
  }

  static PublicityListData publicity() {
    return new PublicityListData("unit:hz-xihu-chem", "杭州西湖精细化工有限公司（演示）职称申报人员公示表",
        "杭州西湖精细化工有限公司（演示）", PLAN, NOTICE, LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 7),
        "公司人力资源部（电话 0571-88292115）",
        List.of(new PublicityListData.Entry("ZC-20230820-101", "张三", "杭州西湖精细化工有限公司（演示）", "工程师", "高级工程师",
            "正常申报", "主持精细化工工艺改进项目三项"),
            new PublicityListData.Entry("ZC-20230821-105", "王五", "杭州西湖精细化工有限公司（演示）", "工程师", "高级工程师",
                "破格申报", null)),
        OffsetDateTime.parse("2023-09-01T09:00:00+08:00"));
  }

  static RosterData roster(int rows) {
    List<RosterData.Entry> entries = new ArrayList<>();
    IntStream.rangeClosed(1, rows).forEach(i -> entries.add(new RosterData.Entry(
        String.format("ZC-20230825-%04d", i), "申报人" + i, "11010519491231002X", "杭州西湖精细化工有限公司（演示）",
        "大学本科", "工程师", "2017-06-30", "正常申报", "高级工程师")));
    return new RosterData("county:330106", "高级工程师", "西湖区发展改革和经济信息化局", PLAN, NOTICE,
        LocalDate.of(2023, 9, 22), entries, OffsetDateTime.parse("2023-09-22T17:00:00+08:00"));
  }

  static EntrustmentData entrustment() {
    return new EntrustmentData("county:330106", COMMITTEE, "西湖区发展改革和经济信息化局", PLAN, NOTICE,
        List.of(new EntrustmentData.Person(1, "张三", "杭州西湖精细化工有限公司（演示）", "高级工程师")),
        LocalDate.of(2023, 9, 22), OffsetDateTime.parse("2023-09-22T17:00:00+08:00"));
  }

  static CertificateData certificate(String url) {
    return new CertificateData("K7QP-3MZD-8RWX-TV2H", url, "张三", "11010519491231002X", "杭州西湖精细化工有限公司（演示）",
        "高级工程师", "化工轻纺工程", COMMITTEE, LocalDate.of(2023, 12, 15), "浙人社发〔2023〕99号（演示）",
        "浙江省人力资源和社会保障厅（演示）");
  }
}
