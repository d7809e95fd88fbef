package zhicheng.eligibility;

/**
 * An uploaded material: the process variable (a Camunda File) that holds it, its Chinese name, whether it is the
 * photo (JPG) or a PDF attachment.
 */
public enum Material {
  PHOTO("photo", "证件照", true),
  TITLE_CERTIFICATE("titleCertificate", "现任专业技术职务任职资格证书及聘书", false),
  EDUCATION_CERTIFICATE("educationCertificate", "学历学位证书及认证材料", false),
  CE_CERTIFICATE("ceCertificate", "继续教育学时证明", false),
  ASSESSMENT_FORMS("assessmentForms", "年度考核登记表", false),
  ENTRUSTMENT_LETTER("entrustmentLetter", "委托评审函", false),
  EXCEPTIONAL_FORM("exceptionalApprovalForm", "破格推荐专业技术职务任职资格审批表", false),
  EXPERT_RECOMMENDATION_FORM("expertRecommendationForm", "直接申报专家推荐表", false),
  POST_FORM("postInfoForm", "事业单位人员职称申报岗位信息表", false);

  private final String variable;
  private final String label;
  private final boolean photo;

  Material(String variable, String label, boolean photo) {
    this.variable = variable;
    this.label = label;
    this.photo = photo;
  }

  public String variable() {
    return variable;
  }

  public String label() {
    return label;
  }

  public boolean isPhoto() {
    return photo;
  }
}
