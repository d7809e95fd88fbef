package zhicheng.documents;

import static zhicheng.documents.Layout.orBlank;

import java.time.LocalDate;
import java.util.List;

import zhicheng.documents.Layout.Align;
import zhicheng.documents.Layout.Cell;
import zhicheng.documents.Layout.Row;

/** 公示表: a row per applicant, header repeated on every page, A4 landscape. */
public final class PublicityListRenderer {

  private static final float MARGIN = 36;

  private final CjkFont font;

  public PublicityListRenderer(CjkFont font) {
    this.font = font;
  }

  public byte[] render(PublicityListData d) {
    String title = orBlank(d.title());
    DocumentMeta meta = new DocumentMeta(title, orBlank(d.publisher()), d.asOf(), d.toString(), "",
        orBlank(d.publisher()) + "　" + DocumentKind.PUBLICITY_LIST.title());
    return Pdf.render(font, PdfCanvas.A4_LANDSCAPE, MARGIN, meta, c -> {
      c.centered(title, 17);
      c.space(6);
      c.paragraph("根据" + orBlank(d.notice()) + "《" + orBlank(d.planTitle()) + "》有关规定，现将下列 " + d.entries().size()
          + " 名申报人员的申报情况予以公示。公示期：" + day(d.from()) + "至" + day(d.to()) + "。如有异议，请在公示期内向"
          + orBlank(d.contact()) + "反映。", Layout.BODY, 0, Align.LEFT);
      c.space(6);
      c.beginTable(List.of(Row.of(Cell.label("序号", 36), Cell.label("姓名", 60), Cell.label("工作单位", 170),
          Cell.label("现任专业技术职务", 90), Cell.label("申报资格", 90), Cell.label("申报途径", 70),
          Cell.label("主要业绩（摘要）", 0))));
      int n = 0;
      for (PublicityListData.Entry e : d.entries()) {
        n++;
        c.row(Row.of(Cell.label(Integer.toString(n), 36).size(Layout.SMALL), Cell.value(e.name(), 60).size(Layout.SMALL),
            Cell.value(e.unitName(), 170).size(Layout.SMALL), Cell.value(e.currentTitle(), 90).size(Layout.SMALL),
            Cell.value(e.appliedQualification(), 90).size(Layout.SMALL), Cell.value(e.route(), 70).size(Layout.SMALL),
            Cell.value(e.summary(), 0).size(Layout.SMALL)));
      }
      c.endTable();
      c.space(12);
      c.paragraph(orBlank(d.publisher()), Layout.BODY, 0, Align.RIGHT);
      c.paragraph(day(d.from()), Layout.BODY, 0, Align.RIGHT);
    });
  }

  static String day(LocalDate date) {
    return date == null ? Layout.BLANK : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
