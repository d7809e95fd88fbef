package zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The face as CjkType0Font writes it reads back as PDFBox's own embedding of it would: the same widths (so lines
 * break where they did), a Type 0 font a reader loads as embedded, the text extracted as written, and a page that
 * renders pixel for pixel as the same page set with PDType0Font.
 */
class CjkType0FontTest {

  /** Ideographs, full-width and ASCII punctuation, digits, Latin letters of different widths, a box. */
  private static final String SAMPLE = "专业技术职务任职资格评审表，。、；：（）“”《》〔〕—　０１２ 2023-09-05 Wil fi ABCxyz □%";

  @Test
  void widthsAreThoseOfPdfboxsOwnEmbedding() throws Exception {
    try (CjkFont.Opened face = Pdfs.FONT.open(); PDDocument doc = new PDDocument()) {
      CmapLookup cmap = face.ttf().getUnicodeCmapLookup(false);
      PDType0Font pdfbox = PDType0Font.load(doc, face.ttf(), true);
      CjkType0Font ours = face.embedIn(doc, cmap);
      for (int i = 0; i < SAMPLE.length(); i = SAMPLE.offsetByCodePoints(i, 1)) {
        int cp = SAMPLE.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        assertThat(ours.width(cp)).as("width of %s", ch).isEqualTo(pdfbox.getStringWidth(ch));
      }
    }
  }

  @Test
  void aDocumentWithItReadsBackAsAnEmbeddedSubsetWithTheTextAsWritten() throws Exception {
    byte[] pdf = page(true);
    try (PDDocument read = Loader.loadPDF(pdf)) {
      PDResources resources = read.getPage(0).getResources();
      PDFont font = resources.getFont(resources.getFontNames().iterator().next());
      assertThat(font).isInstanceOf(PDType0Font.class);
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
      assertThat(Pdfs.squeezed(new PDFTextStripper().getText(read))).isEqualTo(Pdfs.squeezed(SAMPLE));
    }
  }

  @Test
  void aPageSetInItLooksPixelForPixelAsOneSetInPdfboxsOwnEmbedding() throws Exception {
    BufferedImage ours = image(page(true));
    BufferedImage pdfbox = image(page(false));
    int ink = 0;
    for (int x = 0; x < ours.getWidth(); x++) {
      for (int y = 0; y < ours.getHeight(); y++) {
        assertThat(ours.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(pdfbox.getRGB(x, y));
        ink += (ours.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
      }
    }
    assertThat(ink).as("dark pixels").isGreaterThan(1000);
  }

  /** The sample in large type, set in CjkType0Font ({@code ours}) or in PDFBox's PDType0Font. */
  private static byte[] page(boolean ours) throws Exception {
    try (CjkFont.Opened face = Pdfs.FONT.open(); PDDocument doc = new PDDocument()) {
      CjkType0Font cjk = ours ? face.embedIn(doc, face.ttf().getUnicodeCmapLookup(false)) : null;
      PDFont font = ours ? cjk : PDType0Font.load(doc, face.ttf(), true);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 20);
        cs.newLineAtOffset(20, 700);
        cs.showText(SAMPLE.substring(0, 30));
        cs.newLineAtOffset(0, -40);
        cs.showText(SAMPLE.substring(30));
        cs.endText();
      }
      if (ours) {
        cjk.embed();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static BufferedImage image(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(0, 72);
    }
  }

  @Test
  void theSameGlyphsGiveTheSameBytes() {
    DocumentMeta meta = new DocumentMeta("样例", "样例", OffsetDateTime.parse("2023-09-05T10:00:00+08:00"), "样例", "", "");
    byte[] first = Pdf.render(Pdfs.FONT, PdfCanvas.A4, Pdf.MARGIN, meta, c -> c.centered(SAMPLE, 12));
    byte[] again = Pdf.render(Pdfs.FONT, PdfCanvas.A4, Pdf.MARGIN, meta, c -> c.centered(SAMPLE, 12));
    assertThat(again).isEqualTo(first);
  }
}
