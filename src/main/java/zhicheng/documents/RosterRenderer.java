package zhicheng.documents;

import static zhicheng.documents.Layout.orBlank;

import java.util.List;

import zhicheng.documents.Layout.Align;
import zhicheng.documents.Layout.Cell;
import zhicheng.documents.Layout.Row;

/**
 * 花名册: A4 landscape, the header row repeated on every page, numbered rows in the batch's order, each with the
 * title applied for (申报资格).
 */
public final class RosterRenderer {

  private static final float MARGIN = 36;
  private static final float S = Layout.SMALL;

  private final CjkFont font;

  public RosterRenderer(CjkFont font) {
    this.font = font;
  }

  public byte[] render(RosterData d) {
    DocumentMeta meta = new DocumentMeta(d.title(), orBlank(d.submitter()), d.asOf(), d.toString(), "",
        orBlank(d.submitter()) + "　" + DocumentKind.ROSTER.title());
    return Pdf.render(font, PdfCanvas.A4_LANDSCAPE, MARGIN, meta, c -> {
      c.centered(d.title(), 17);
      c.space(4);
      c.centered(orBlank(d.planTitle()) + "（" + orBlank(d.notice()) + "）", S);
      c.space(4);
      c.paragraph("报送单位（盖章）：" + orBlank(d.submitter()) + "　　　共 " + d.entries().size() + " 人　　　报送日期："
          + PublicityListRenderer.day(d.date()) + "　　　评审表排序与本花名册序号一致", S, 0, Align.LEFT);
      c.space(4);
      c.beginTable(List.of(Row.of(Cell.label("序号", 34).size(S), Cell.label("申报编号", 118).size(S),
          Cell.label("姓名", 56).size(S), Cell.label("性别", 30).size(S), Cell.label("出生年月", 62).size(S),
          Cell.label("工作单位", 0).size(S), Cell.label("学历", 62).size(S), Cell.label("现任专业技术职务", 84).size(S),
          Cell.label("取得时间", 64).size(S), Cell.label("申报资格", 76).size(S), Cell.label("申报途径", 72).size(S))));
      int n = 0;
      for (RosterData.Entry e : d.entries()) {
        n++;
        c.row(new Row(List.of(Cell.label(Integer.toString(n), 34).size(S), Cell.value(e.businessKey(), 118).size(S),
            Cell.value(e.name(), 56).size(S), Cell.label(orBlank(IdFacts.gender(e.idNumber())), 30).size(S),
            Cell.value(IdFacts.birthMonth(e.idNumber()), 62).size(S), Cell.value(e.unitName(), 0).size(S),
            Cell.value(e.education(), 62).size(S), Cell.value(e.currentTitle(), 84).size(S),
            Cell.value(e.currentTitleDate(), 64).size(S), Cell.value(e.appliedQualification(), 76).size(S),
            Cell.value(e.route(), 72).size(S)), 18));
      }
      c.endTable();
    });
  }
}
