package zhicheng.documents;

import static zhicheng.documents.Layout.orBlank;

import zhicheng.documents.Layout.Cell;
import zhicheng.documents.Layout.Row;

/** 直接申报专家推荐表, laid out as seed 000 附件3. */
public final class ExpertRecommendationRenderer {

  private final CjkFont font;

  public ExpertRecommendationRenderer(CjkFont font) {
    this.font = font;
  }

  public byte[] render(ExpertRecommendationData d) {
    String title = DocumentKind.EXPERT_RECOMMENDATION.title();
    DocumentMeta meta = new DocumentMeta(title, orBlank(d.nomineeName()) + "　" + d.businessKey(), d.asOf(),
        d.toString(), "", "申报编号 " + d.businessKey());
    return Pdf.render(font, PdfCanvas.A4, Pdf.MARGIN, meta, c -> {
      c.centered(title, 18);
      c.space(12);
      c.row(Row.tall(30, Cell.label("被推荐人姓名", 90), Cell.value(d.nomineeName(), 150),
          Cell.label("被推荐人工作单位", 95), Cell.value(d.nomineeUnit(), 0)));
      c.row(Row.tall(30, Cell.label("推荐人姓名", 90), Cell.value(d.expertName(), 150),
          Cell.label("推荐人职称(荣誉)", 95), Cell.value(d.expertTitle(), 0)));
      c.row(Row.tall(30, Cell.label("推荐人联系方式", 90), Cell.value(d.expertContact(), 150),
          Cell.label("推荐人工作单位", 95), Cell.value(d.expertUnit(), 0)));
      c.row(Row.tall(360, Cell.box("推荐理由：\n" + orBlank(d.reasons()), 0)));
      c.row(Row.tall(110, Cell.box("推荐单位(专家)：", 0).footer("年　　月　　日")));
    });
  }
}
