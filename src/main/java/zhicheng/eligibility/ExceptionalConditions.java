package zhicheng.eligibility;

import java.util.List;
import java.util.Map;

/** The six conditions of the exceptional route (破格申报), per level of the title applied for, as the notices word them. */
public final class ExceptionalConditions {

  /** seed 004 附件1 二、（四）: 同时具备下列六项条件中的三项以上. */
  public static final List<String> SENIOR = List.of(
      "在国际或国家专业性学术会议或报刊上，至少正式公开发表过三篇本专业论文，或正式出版过本专业专著或译著",
      "获国家三等奖或省、部二等奖、副省级城市一等奖及其以上项目的主要贡献者",
      "国家或省、部有突出贡献的中青年专家，国家或省、部技术进步优秀管理者，国家或省、部科技劳动模范、科技先进工作者",
      "获国家或省、部科技攻关重大成果奖的项目主要负责人或获科技攻关突出贡献科技人员称号者",
      "主持大中型企业（或建设项目）主要工程技术工作，成绩突出，取得显著经济效益者，或获得国家级优秀新产品一、二等奖等的主要贡献者",
      "具有本专业大专毕业学历，从事工程技术工作20年以上，中专毕业从事工程技术工作25年以上");

  /** seed 002 附件1 三: 具备下列6项条件中的2项者. */
  public static final List<String> INTERMEDIATE = List.of(
      "市（厅）级二等以上本行业获奖作品或项目的主要贡献者",
      "获市（厅）级以上劳动模范、先进工作者称号者（不含协会、团体授予的称号）；或属市（厅）级拔尖人才",
      "独创或作为主要助手参加设计制作的作品在省级以上正式的展览评比、专业竞赛中获得大奖（金奖、银奖、一等奖、二等奖）",
      "独创或主持设计制作的作品在市级及以上重要场馆陈设，或被市以上博物馆收藏，或在市（厅）级以上重要项目、重大活动中设计中标",
      "在省级以上专业学术会议上宣读1篇以上有价值的论文并被收入论文集者；或在省级以上刊物发表1篇以上具有学术价值的论文",
      "在工艺美术产品设计、生产过程中成绩较大，其产品在近两年内平均年创汇6万美元以上或销售收入50万元人民币以上");

  /** seed 004 条件6 in numbers: 大专 20 years, 中专 25 years of engineering work. */
  public static final int COLLEGE_YEARS = 20;
  public static final int SECONDARY_YEARS = 25;

  private static final Map<String, List<String>> BY_LEVEL = Map.of("副高级", SENIOR, "中级", INTERMEDIATE);

  private ExceptionalConditions() {}

  public static List<String> forLevel(String level) {
    return BY_LEVEL.getOrDefault(level, List.of());
  }
}
