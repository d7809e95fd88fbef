package zhicheng.documents;

import static zhicheng.documents.Layout.orBlank;

import java.util.List;

import zhicheng.documents.Layout.Align;
import zhicheng.documents.Layout.Cell;
import zhicheng.documents.Layout.Row;

/**
 * 申报专业技术职务资格评审委托书: the letter (the evaluation entrusted and the titles applied for), then the persons it
 * covers with their roster 序号.
 */
public final class EntrustmentRenderer {

  private final CjkFont font;

  public EntrustmentRenderer(CjkFont font) {
    this.font = font;
  }

  public byte[] render(EntrustmentData d) {
    String title = DocumentKind.ENTRUSTMENT.title();
    DocumentMeta meta = new DocumentMeta(title, orBlank(d.entrustingBody()), d.asOf(), d.toString(), "",
        orBlank(d.entrustingBody()) + "　" + title);
    return Pdf.render(font, PdfCanvas.A4, Pdf.MARGIN, meta, c -> {
      c.centered(title, 18);
      c.space(14);
      c.paragraph(orBlank(d.committeeName()) + "：", 12, 0, Align.LEFT);
      c.space(4);
      List<String> titles = d.qualifications();
      c.paragraph("　　根据" + orBlank(d.notice()) + "要求，经我单位审核，现委托贵委员会对下列 " + d.persons().size()
          + " 名申报人员进行" + orBlank(d.evaluationTitle()) + (titles.isEmpty() ? "" : "，申报资格：" + String.join("、", titles))
          + "。人员名单如下，序号与《花名册》一致。", 12, 0, Align.LEFT);
      c.space(4);
      c.paragraph("　　我单位已对上述人员申报材料的真实性、准确性、完整性进行审核，并按规定进行了公示。", 12, 0, Align.LEFT);
      c.space(10);
      c.beginTable(List.of(Row.of(Cell.label("序号", 40), Cell.label("姓名", 80), Cell.label("工作单位", 0),
          Cell.label("申报资格", 110))));
      for (EntrustmentData.Person p : d.persons()) {
        c.row(Row.of(Cell.label(Integer.toString(p.seq()), 40), Cell.value(p.name(), 80), Cell.value(p.unitName(), 0),
            Cell.value(p.appliedQualification(), 110)));
      }
      c.endTable();
      c.space(30);
      c.paragraph("委托单位（盖章）：" + orBlank(d.entrustingBody()), 12, 0, Align.RIGHT);
      c.space(6);
      c.paragraph(PublicityListRenderer.day(d.date()), 12, 0, Align.RIGHT);
    });
  }
}
