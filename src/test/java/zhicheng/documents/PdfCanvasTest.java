package zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfCanvasTest {

  @Test
  void wrappingNeverStartsALineWithPunctuationAndKeepsLineBreaks() throws Exception {
    try (PdfCanvas c = new PdfCanvas(Pdfs.FONT, PdfCanvas.A4, Pdf.MARGIN)) {
      float threeCharacters = c.width("一二三", 10);
      assertThat(c.wrap("一二三四五六", 10, threeCharacters)).containsExactly("一二三", "四五六");
      assertThat(c.wrap("一二三，四五", 10, threeCharacters)).containsExactly("一二", "三，四", "五");
      assertThat(c.wrap("第一行\n第二行", 10, 500)).containsExactly("第一行", "第二行");
    }
  }

  @Test
  void charactersTheFontLacksBecomeAVisibleBoxInsteadOfFailing() throws Exception {
    try (PdfCanvas c = new PdfCanvas(Pdfs.FONT, PdfCanvas.A4, Pdf.MARGIN)) {
      // an emoji (no glyph in WenQuanYi Zen Hei), a tab and a carriage return
      assertThat(c.clean("张三\uD83D\uDE00\t备注\r\n")).isEqualTo("张三□ 备注\n");
    }
  }
}
