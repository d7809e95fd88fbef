package zhicheng.documents;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code as a square of modules (true = dark), drawn as vector rectangles so it prints sharp at any size. */
final class QrCode {

  private QrCode() {}

  static boolean[][] of(String text) {
    try {
      BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET, "UTF-8",
          EncodeHintType.MARGIN, 0));
      boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          dark[y][x] = m.get(x, y);
        }
      }
      return dark;
    } catch (WriterException e) {
      throw new IllegalArgumentException("无法生成二维码：" + e.getMessage(), e);
    }
  }
}
