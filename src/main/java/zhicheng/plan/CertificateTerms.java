package zhicheng.plan;

/**
 * What the electronic certificate of this plan says besides the person and the publication: the qualification
 * and specialty conferred, and who publishes the results by default (the office confirms it at publication).
 * Seed 004 四、4: 省人力社保厅和省经信厅审核评审结果并发文公布。文件公布后，生成电子证书信息.
 */
public record CertificateTerms(String qualification, String specialty, String issuer, String source) {}
