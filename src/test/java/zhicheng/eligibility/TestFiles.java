package zhicheng.eligibility;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real files made by the tests: JPEG photos of exact pixels and bytes, PNGs, PDFs. */
public final class TestFiles {

  private TestFiles() {}

  /** A JPEG of the given pixels, padded with comment segments to exactly {@code bytes} (0 = as encoded). */
  public static byte[] jpeg(int width, int height, int bytes) {
    try {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      var g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(new Color(40, 60, 120));
      g.fillOval(width / 4, height / 6, width / 2, height / 2);
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpg", out);
      byte[] plain = out.toByteArray();
      if (bytes == 0) {
        return plain;
      }
      int pad = bytes - plain.length;
      if (pad < 4) {
        throw new IllegalArgumentException("the encoded photo (" + plain.length + " bytes) is too big for " + bytes);
      }
      // SOI, then COM segments (FF FE, 2-byte length incl. itself) holding filler, then the rest of the JPEG
      ByteArrayOutputStream padded = new ByteArrayOutputStream();
      padded.write(plain, 0, 2);
      Random filler = new Random(7);
      while (pad > 0) {
        int segment = Math.min(pad, 65535 + 2);
        if (pad - segment > 0 && pad - segment < 4) {
          segment -= 4;
        }
        int length = segment - 2;
        padded.write(0xFF);
        padded.write(0xFE);
        padded.write(length >> 8);
        padded.write(length & 0xFF);
        for (int i = 0; i < length - 2; i++) {
          padded.write('a' + filler.nextInt(26));
        }
        pad -= segment;
      }
      padded.write(plain, 2, plain.length - 2);
      return padded.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A photo that meets every rule of seed 003: 350×500 (ratio 0.7), 40K. */
  public static byte[] goodPhoto() {
    return jpeg(350, 500, 40 * 1024);
  }

  /** A one-page PDF. */
  public static byte[] pdf() {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] png(int width, int height) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
