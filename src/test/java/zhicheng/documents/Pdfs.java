package zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading generated PDFs back as a person would: the text of each page, and each page as pixels. */
public final class Pdfs {

  /** The font the app would use on this machine (scripts/ensure-font.sh puts one in place for the build). */
  public static final CjkFont FONT = CjkFont.locate(System.getProperty("zhicheng.documents.font"));

  private Pdfs() {}

  public static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> pageTexts(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage page(byte[] pdf, int index, float dpi) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(index, dpi);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every page renders and shows ink: a font that cannot be drawn leaves white pages (Noto CJK did). */
  public static int assertEveryPageRendersWithInk(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p, 40);
        assertThat(darkPixels(image)).as("page %d has ink", p + 1).isGreaterThan(image.getWidth() * 2);
      }
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (lum < 160) {
          dark++;
        }
      }
    }
    return dark;
  }

  /** The text with all whitespace removed, so wrapped lines read as one. */
  public static String squeezed(String text) {
    return text.replaceAll("[\\s\\u3000]+", "");
  }
}
