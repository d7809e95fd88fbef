package zhicheng.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents the process produces, with the code used in plan files ({@code documents.<code>.copies}),
 * storage and the REST API, and the title printed on them.
 */
public enum DocumentKind {
  /** Seed 004 附件2 二、8 and 附件4 二、3: 带水印的评审表，一式3份. */
  EVALUATION_FORM("evaluation-form", "专业技术职务任职资格评审表"),
  /** Seed 004 附件5, seed 003 附件6; seed 004 附件2 二、8: 一式2份（破格申报人员提供）. */
  EXCEPTIONAL_APPROVAL("exceptional-approval", "破格推荐专业技术职务任职资格审批表"),
  /** Seed 000 附件3. */
  EXPERT_RECOMMENDATION("expert-recommendation", "直接申报专家推荐表"),
  /** Seed 003 附件5, seed 002 附件3. */
  POST_INFO("post-info", "事业单位人员职称申报岗位信息表"),
  /** Seed 004 附件3 一、4: 导出公示表…不少于5个工作日的公示. */
  PUBLICITY_LIST("publicity-list", "公示表"),
  /** Seed 004 附件4 二、2: 《申报评审高级工程师资格人员花名册》. */
  ROSTER("roster", "花名册"),
  /** Seed 004 附件4 二、1: 《申报专业技术职务资格评审委托书》1份. */
  ENTRUSTMENT("entrustment", "申报专业技术职务资格评审委托书"),
  /** Seed 000 〔2022〕34号 五、(四), seed 004 四、4–5: 职务任职资格电子证书. */
  CERTIFICATE("certificate", "专业技术职务任职资格电子证书");

  private final String code;
  private final String title;

  DocumentKind(String code, String title) {
    this.code = code;
    this.title = title;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public static Optional<DocumentKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
