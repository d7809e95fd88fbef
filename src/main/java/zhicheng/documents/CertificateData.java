package zhicheng.documents;

import java.time.LocalDate;

/**
 * 专业技术职务任职资格电子证书 (seed 000 〔2022〕34号 五、(四): 发放相应的职务任职资格电子证书; seed 004 四、4–5: 文件
 * 公布后，生成电子证书信息……下载电子证书). The verification code and its URL are part of the data, so the same
 * certificate always prints the same.
 *
 * @param code           verification code (证书验证码), unique and unguessable
 * @param verifyUrl      where the QR code leads: GET /api/certificates/{code}
 * @param qualification  e.g. 高级工程师
 * @param specialty      e.g. 化工轻纺工程
 * @param approvedOn     the day the results were published (发文公布)
 * @param documentNumber the publishing document's number (批准文号)
 * @param issuer         who publishes, e.g. 浙江省人力资源和社会保障厅 浙江省经济和信息化厅
 */
public record CertificateData(
    String code, String verifyUrl, String name, String idNumber, String unitName, String qualification,
    String specialty, String committeeName, LocalDate approvedOn, String documentNumber, String issuer) {}
