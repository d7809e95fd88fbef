package zhicheng.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import zhicheng.documents.CertificateRecord;
import zhicheng.documents.DocumentService;

/**
 * The public certificate check the certificates' QR codes lead to: no login (whoever checks a certificate,
 * an employer for instance, has no account here). It answers only what the certificate itself shows, with the
 * ID number masked. A browser (Accept: text/html) gets a page, anything else JSON.
 */
@Tag(name = "证书查验", description = "证书二维码指向的公开查验，无需登录")
@RestController
public class CertificateController {

  private final DocumentService documents;

  public CertificateController(DocumentService documents) {
    this.documents = documents;
  }

  public record CertificateCheck(boolean genuine, String code, String name, String idNumber, String qualification,
      String specialty, String committee, LocalDate approvedOn, String documentNumber, String issuer,
      String message) {}

  @Operation(summary = "查验电子证书（公开）", description = "证书二维码指向此处；只显示证书上已印的内容，不显示身份证号。")
  @GetMapping("/api/certificates/{code}")
  public ResponseEntity<?> check(@PathVariable String code,
      @RequestHeader(value = "Accept", required = false) String accept) {
    CertificateCheck answer = documents.verify(code.toUpperCase())
        .map(CertificateController::genuine)
        .orElseGet(() -> new CertificateCheck(false, code, null, null, null, null, null, null, null, null,
            "未找到验证码为 " + code + " 的证书：验证码有误，或该证书不是本平台签发"));
    HttpStatus status = answer.genuine() ? HttpStatus.OK : HttpStatus.NOT_FOUND;
    if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
      return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
          .body(page(answer));
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(answer);
  }

  private static CertificateCheck genuine(CertificateRecord c) {
    return new CertificateCheck(true, c.code(), c.holderName(), c.idNumberMasked(), c.qualification(),
        c.specialty(), c.committeeName(), c.approvedOn(), c.documentNumber(), c.issuer(),
        "证书真实有效：该证书由本平台签发");
  }

  private static String page(CertificateCheck c) {
    StringBuilder rows = new StringBuilder();
    if (c.genuine()) {
      row(rows, "姓名", c.name());
      row(rows, "身份证号码", c.idNumber());
      row(rows, "资格名称", c.qualification());
      row(rows, "专业", c.specialty());
      row(rows, "评审委员会", c.committee());
      row(rows, "通过时间", c.approvedOn().toString());
      row(rows, "批准文号", c.documentNumber());
      row(rows, "发证单位", c.issuer());
      row(rows, "验证码", c.code());
    }
    return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>电子证书验证</title>"
        + "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em}"
        + "td{padding:.3em .8em;border-bottom:1px solid #ddd}.ok{color:#176b2c}.no{color:#a31515}</style></head><body>"
        + "<h1>专业技术职务任职资格电子证书验证</h1><p class=\"" + (c.genuine() ? "ok" : "no") + "\"><strong>"
        + HtmlUtils.htmlEscape(c.message()) + "</strong></p><table>" + rows + "</table></body></html>";
  }

  private static void row(StringBuilder rows, String label, String value) {
    rows.append("<tr><td>").append(label).append("</td><td>")
        .append(HtmlUtils.htmlEscape(value == null ? "—" : value)).append("</td></tr>");
  }
}
