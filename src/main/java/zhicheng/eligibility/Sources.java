package zhicheng.eligibility;

import java.util.Map;

/**
 * Where each rule comes from: the notice by its 文号 and the clause, as people cite it (浙经信消费〔2022〕35号
 * 一、（二）). Findings carry these, so an applicant or reviewer can open the notice and read the sentence; nothing
 * here names the project's own file labels (seed 000 … seed 004, docs/notices.md), which no reviewer knows.
 */
public final class Sources {

  // seed 000 … seed 004 in the code comments (docs/notices.md, Labels used in the code); seed 002 has no 文号
  private static final String S000 = "浙经信消费〔2022〕35号 ";
  private static final String S001 = "丽人社函〔2021〕150号 ";
  private static final String S002 = "杭州工艺美术中级评审附件 ";
  private static final String S003 = "安人社通〔2021〕9号 ";
  private static final String S004 = "杭经信人事〔2023〕63号 ";

  /** 公务员和参照公务员法管理的人员不得参加高级职称评审. */
  public static final String CIVIL_SERVANTS = S000 + "一、（二）申报对象；" + S004 + "一、评审范围";
  /** 部属单位和外省人员……需要提供……委托评审函. */
  public static final String ENTRUSTMENT = S000 + "一、（二）申报对象";
  /**
   * 弄虚作假……记入职称评审诚信档案库……记录期限为三年, by the notice of the application's own plan where that notice
   * says it (seed 004 五, seed 001 三、（九）); otherwise by the provincial document those two apply, 浙人社发〔2020〕47号.
   * A Hangzhou application never cites Lishui's notice.
   */
  private static final Map<String, String> DISCIPLINE = Map.of(
      "杭经信人事〔2023〕63号", "五、申报纪律",
      "丽人社函〔2021〕150号", "三、（九）申报纪律");
  private static final String PROVINCIAL_INTEGRITY = "浙人社发〔2020〕47号（职称评审诚信档案，记录期限三年）";
  /** 自评达到70分及以上的，可通过“自评分申报”方式申报. */
  public static final String SELF_SCORE = S000 + "二、（二）及附件2";
  /** 不符合资历条件规定，经举荐申报人员，需提交《直接申报专家推荐表》……推荐理由中应写明取得的标志性业绩成果. */
  public static final String DIRECT = S000 + "附件1（四）及附件3";
  /** 照片……JPG或JPEG格式，文件大于30K且小于1M，大于215*300（宽*高）像素，照片宽高比大于等于0.65且小于等于0.8. */
  public static final String PHOTO = S003 + "附件3 二、1. 上传证件照；" + S004 + "附件2 二、1";
  /** “本人述职”……（限1000字以内）. */
  public static final String STATEMENT = S003 + "附件3 二、3. 填写申报信息；" + S004 + "附件2 二、3";
  /** 材料须以PDF格式上传. */
  public static final String PDF_ONLY = S003 + "二、（四）1. 申报材料要求";
  /** 破格申报人员需上传《破格推荐高级专业技术职务任职资格审批表》…… */
  public static final String EXCEPTIONAL_FORM = S004 + "附件2 二、5.（10）；" + S003 + "二、（一）";
  /** 《事业单位人员职称申报岗位信息表》（适用于事业单位在编人员）. */
  public static final String POST_FORM = S003 + "附件3 二、5.（2）；" + S002 + "附件2 7";
  /** 继续教育学时证明（上传年度继续教育学时登记证明材料，按每一年度提供）; seed 003: 近4年的继续教育学时证明. */
  public static final String CE_FORM = S004 + "附件2 二、5.（6）；" + S003 + "附件3 二、5.（1）";
  /** 附件3 破格(直接)推荐工艺美术师审批表. */
  public static final String THROUGH_TRAIN_FORM = S001 + "二、申报条件（直通车直接申报）及附件3 破格（直接）推荐工艺美术师审批表";
  /** 至少近三年来每年的年度考核登记表. */
  public static final String ASSESSMENT_FORM = S004 + "附件2 二、5.（8）";
  /** 事业单位……在核定的岗位结构比例内……根据空缺岗位数……择优推荐. */
  public static final String POSTS = S003 + "三、（五）事业单位评聘结合；" + S002 + "附件3 岗位信息表（核准数、实聘数、空缺数）";
  /** 申报人所学专业与从事专业原则上须一致或相近，否则视为不具备规定学历，已取得……国家注册类资格证书的除外. */
  public static final String DEGREE_FIELD = S004 + "附件1 二、学历、资历要求";
  /** 破格申报的六项条件. */
  public static final String EXCEPTIONAL_004 = S004 + "附件1 二、（四）破格申报";
  public static final String EXCEPTIONAL_002 = S002 + "附件1 三";
  /** 高技能人才直接申报的荣誉. */
  public static final String HONOURS_004 = S004 + "附件1 二、（三）2";
  public static final String HONOURS_002 = S002 + "附件1 二";
  /** 资历计算截止. */
  public static final String CUTOFF = S004 + "附件2 三、2. 专业工作年限计算到2023年12月31日；" + S000 + "二、（一）；"
      + S001 + "二；" + S003 + "一";

  /** The notice of a plan followed by a space, e.g. “安人社通〔2021〕9号 ”, for rules the plan's own notice sets. */
  public static String of(zhicheng.plan.Plan plan) {
    return plan.notice() + " ";
  }

  /** The integrity bar's basis for an application of {@code plan}. */
  public static String integrityOf(zhicheng.plan.Plan plan) {
    String clause = DISCIPLINE.get(plan.notice());
    return clause == null ? PROVINCIAL_INTEGRITY : plan.notice() + " " + clause;
  }

  private Sources() {}
}
