package zhicheng.eligibility;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Uploaded files judged by their content, never by their name: seed 003 附件3 二、1 (and seed 004 附件2 二、1) for
 * the photo, seed 003 二、（四）1 for attachments (材料须以PDF格式上传).
 */
public final class MaterialCheck {

  /** 文件大于30K且小于1M: K and M as the platform counts them, 1024 and 1024×1024 bytes. */
  public static final int PHOTO_MIN_BYTES = 30 * 1024;
  public static final int PHOTO_MAX_BYTES = 1024 * 1024;
  /** 大于215*300（宽*高）像素. */
  public static final int PHOTO_MIN_WIDTH = 215;
  public static final int PHOTO_MIN_HEIGHT = 300;
  /** 照片宽高比大于等于0.65且小于等于0.8. */
  public static final double PHOTO_MIN_RATIO = 0.65;
  public static final double PHOTO_MAX_RATIO = 0.8;

  private MaterialCheck() {}

  /** The problem with a photo, or empty when it meets every rule. */
  public static Optional<String> photo(String fileName, byte[] content) {
    String name = "证件照“" + fileName + "”";
    if (!isJpeg(content)) {
      return Optional.of(name + "不是JPG/JPEG图片（按文件内容判断，不看扩展名），请上传JPG或JPEG格式的证件照（" + Sources.PHOTO + "）");
    }
    if (content.length <= PHOTO_MIN_BYTES || content.length >= PHOTO_MAX_BYTES) {
      return Optional.of(name + "大小为" + kb(content.length) + "，须大于30K且小于1M（" + Sources.PHOTO + "）");
    }
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(content));
    } catch (IOException e) {
      image = null;
    }
    if (image == null) {
      return Optional.of(name + "无法作为JPG图片读取，文件可能已损坏（" + Sources.PHOTO + "）");
    }
    int w = image.getWidth();
    int h = image.getHeight();
    if (w <= PHOTO_MIN_WIDTH || h <= PHOTO_MIN_HEIGHT) {
      return Optional.of(name + "为" + w + "×" + h + "像素，须大于215×300（宽×高）像素（" + Sources.PHOTO + "）");
    }
    double ratio = (double) w / h;
    if (ratio < PHOTO_MIN_RATIO || ratio > PHOTO_MAX_RATIO) {
      return Optional.of(name + "宽高比为" + String.format("%.3f", ratio) + "（" + w + "×" + h
          + "），须大于等于0.65且小于等于0.8（" + Sources.PHOTO + "）");
    }
    return Optional.empty();
  }

  /** The problem with a PDF attachment, or empty when it is a PDF that opens. */
  public static Optional<String> pdf(String label, String fileName, byte[] content) {
    String name = label + "“" + fileName + "”";
    if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
      return Optional.of(name + "不是PDF文件（按文件内容判断，不看扩展名），材料须以PDF格式上传（" + Sources.PDF_ONLY + "）");
    }
    try (PDDocument document = Loader.loadPDF(content)) {
      if (document.getNumberOfPages() < 1) {
        return Optional.of(name + "是没有页面的PDF，请上传完整的扫描件（" + Sources.PDF_ONLY + "）");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(name + "无法作为PDF打开，文件可能已损坏，请重新导出后上传（" + Sources.PDF_ONLY + "）");
    }
  }

  /** JPEG by content: the SOI marker FF D8 FF, and an ImageIO reader that names the format JPEG. */
  static boolean isJpeg(byte[] content) {
    if (content.length < 3 || (content[0] & 0xFF) != 0xFF || (content[1] & 0xFF) != 0xD8 || (content[2] & 0xFF) != 0xFF) {
      return false;
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      while (readers.hasNext()) {
        if (readers.next().getFormatName().equalsIgnoreCase("jpeg")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static String kb(int bytes) {
    return String.format("%.1fK", bytes / 1024.0);
  }
}
