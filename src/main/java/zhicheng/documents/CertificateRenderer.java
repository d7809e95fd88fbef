package zhicheng.documents;

import static zhicheng.documents.Layout.orBlank;

import zhicheng.vocabulary.ChinaTime;

/**
 * 电子证书: A4 landscape, framed; who, which qualification, which committee, when and under which document
 * number; the verification code and a QR code leading to the public check {@code GET /api/certificates/{code}}.
 */
public final class CertificateRenderer {

  private static final float QR_MODULE = 3.2f;

  private final CjkFont font;

  public CertificateRenderer(CjkFont font) {
    this.font = font;
  }

  public byte[] render(CertificateData d) {
    String title = DocumentKind.CERTIFICATE.title();
    DocumentMeta meta = new DocumentMeta(title, orBlank(d.name()) + "　" + d.code(),
        d.approvedOn().atStartOfDay().atOffset(ChinaTime.OFFSET), d.toString(), "", "证书验证码 " + d.code());
    return Pdf.render(font, PdfCanvas.A4_LANDSCAPE, 40, meta, c -> {
      float w = PdfCanvas.A4_LANDSCAPE.getWidth();
      float h = PdfCanvas.A4_LANDSCAPE.getHeight();
      c.frame(28, 28, w - 56, h - 56, 2.4f);
      c.frame(36, 36, w - 72, h - 72, 0.8f);
      c.space(26);
      c.centered("专业技术职务任职资格证书", 28);
      c.space(2);
      c.centered("（电子证书）", 12);

      float x = 110;
      float y = h - 190;
      String[][] lines = {
          {"姓　　名", d.name()},
          {"性　　别", IdFacts.gender(d.idNumber())},
          // masked as the public check at /api/certificates/{code} shows it: whoever holds the PDF or scans its QR
          // code needs no more of the number to match the holder
          {"身份证号码", IdFacts.masked(d.idNumber())},
          {"工作单位", d.unitName()},
          {"资格名称", d.qualification()},
          {"专　　业", d.specialty()},
          {"评审委员会", d.committeeName()},
          {"通过时间", PublicityListRenderer.day(d.approvedOn())},
          {"批准文号", d.documentNumber()}};
      for (String[] line : lines) {
        c.textAt(line[0] + "：", 14, x, y);
        c.textAt(orBlank(line[1]), 14, x + 95, y);
        y -= 30;
      }

      boolean[][] qr = QrCode.of(d.verifyUrl());
      float size = qr.length * QR_MODULE;
      float qx = w - 110 - size;
      float qy = h - 176 - size;
      c.modules(qr, qx, qy, QR_MODULE);
      c.textAt("扫码验证证书真伪", 10, qx + (size - 80) / 2, qy - 18);
      c.textAt("验证码：" + d.code(), 11, x, 102);
      c.textAt("验证网址：" + d.verifyUrl(), 9, x, 84);
      String issuer = orBlank(d.issuer());
      String day = PublicityListRenderer.day(d.approvedOn());
      c.textAt(issuer, 13, w - 70 - c.width(c.clean(issuer), 13), 150);
      c.textAt(day, 13, w - 70 - c.width(day, 13), 128);
    });
  }
}
