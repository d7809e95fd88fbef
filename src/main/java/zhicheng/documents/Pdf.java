package zhicheng.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Runs a renderer's body on a fresh canvas and returns the file's bytes. */
final class Pdf {

  static final float MARGIN = 50;

  private Pdf() {}

  @FunctionalInterface
  interface Body {
    void write(PdfCanvas canvas) throws IOException;
  }

  static byte[] render(CjkFont font, PDRectangle size, float margin, DocumentMeta meta, Body body) {
    try (PdfCanvas canvas = new PdfCanvas(font, size, margin)) {
      body.write(canvas);
      return canvas.finish(meta);
    } catch (IOException e) {
      throw new UncheckedIOException("生成 PDF 文书失败：" + meta.title(), e);
    }
  }
}
