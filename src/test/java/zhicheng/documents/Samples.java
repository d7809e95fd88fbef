package zhicheng.documents;

import java.time.OffsetDateTime;
import java.util.List;

/** Data of the notices' own round: 杭经信人事〔2023〕63号 (seed 004), its dates, committee and chain. */
final class Samples {

  static final String NOTICE = "杭经信人事〔2023〕63号";
  static final String PLAN = "2023年度杭州市化工轻纺专业高级工程师职务任职资格评审";
  static final String COMMITTEE = "杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会";
  static final String STATEMENT = "任工程师以来主持精细化工工艺改进项目三项，其中“酯化反应连续化改造”获2022年度杭州市"
      + "科技进步二等奖；负责车间安全生产标准化建设，带教青年工程师五名。";

  private Samples() {}

  static Applicant zhangsan() {
    return new Applicant("张三", "11010519491231002X", "杭州西湖精细化工有限公司（演示）", "西湖区", "大学本科", "工程师",
        "2017-06-30", "正常申报");
  }

  static EvaluationFormData evaluationForm(int copies) {
    return new EvaluationFormData("ZC-20230820-101", PLAN, NOTICE, COMMITTEE, zhangsan(), List.of(), null,
        STATEMENT,
        List.of(new LevelOpinion("用人单位审核", "通过", "经单位公示5个工作日无异议，同意推荐。", "xihu-hr", "2023-09-05 10:00"),
            LevelOpinion.pending("区县（市）职称受理点审核"), LevelOpinion.pending("高评委办公室资格审查")),
        OffsetDateTime.parse("2023-09-05T10:00:00+08:00"), copies);
  }
}
