package zhicheng.documents;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The CJK font every document is set in. PDFBox 3 subset-embeds fonts with TrueType outlines; WenQuanYi Zen
 * Hei (Debian's fonts-wqy-zenhei, a .ttc) works, while Noto CJK's CFF outlines gave an empty page, so a font
 * without TrueType outlines is refused here, at start-up, rather than producing blank PDFs later.
 *
 * <p>The file is opened anew for every document ({@link #open()}): a parsed font is not safe to share between
 * threads, and two reviewers may download at once.
 */
public final class CjkFont {

  /** Where the font is looked for when zhicheng.documents.font is not set, in this order. */
  public static final List<String> DEFAULT_LOCATIONS = List.of(
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
      "target/fonts/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  /** The face of WenQuanYi Zen Hei's collection with proportional Latin letters. */
  static final String PREFERRED_FACE = "WenQuanYiZenHei";
  /** Characters every document prints; a font lacking one of them cannot set the forms. */
  static final String PROBE = "专业技术职务任职资格评审表花名册公示委托书证书０１２ABC";

  private final File file;

  private CjkFont(File file) {
    this.file = file;
  }

  public File file() {
    return file;
  }

  /**
   * The configured font, or the first usable one of {@link #DEFAULT_LOCATIONS}. Fails with a Chinese message
   * naming the setting when none is usable.
   */
  public static CjkFont locate(String configured) {
    List<String> candidates = configured == null || configured.isBlank()
        ? DEFAULT_LOCATIONS : List.of(configured.trim());
    List<String> problems = new ArrayList<>();
    for (String candidate : candidates) {
      File f = new File(candidate);
      String problem = problem(f);
      if (problem == null) {
        return new CjkFont(f);
      }
      problems.add(candidate + "：" + problem);
    }
    throw new FontUnavailableException("找不到可用的中文字体，无法生成 PDF 文书。请用配置项 zhicheng.documents.font"
        + "（环境变量 ZHICHENG_DOCUMENTS_FONT）指定一个 TrueType 轮廓的中文字体文件（.ttf/.ttc，如 fonts-wqy-zenhei 的"
        + " wqy-zenhei.ttc），或安装 fonts-wqy-zenhei（sudo apt-get install fonts-wqy-zenhei；构建时 scripts/ensure-font.sh"
        + " 会尝试自动准备）。已检查：" + String.join("；", problems));
  }

  /** Why {@code f} cannot be used, or null when it can. */
  static String problem(File f) {
    if (!f.isFile()) {
      return "文件不存在";
    }
    try (Opened font = open(f)) {
      TrueTypeFont ttf = font.ttf();
      if (ttf instanceof OpenTypeFont otf && otf.isPostScript() || ttf.getGlyph() == null) {
        return "不是 TrueType 轮廓字体（CFF 轮廓的字体如 Noto CJK 会生成空白页）";
      }
      CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
      if (cmap == null) {
        return "字体没有 Unicode 字符映射表";
      }
      for (int i = 0; i < PROBE.length(); i = PROBE.offsetByCodePoints(i, 1)) {
        if (cmap.getGlyphId(PROBE.codePointAt(i)) == 0) {
          return "字体缺少汉字“" + new String(Character.toChars(PROBE.codePointAt(i))) + "”";
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "无法读取字体：" + e.getMessage();
    }
  }

  /** The font freshly parsed, for one document; close it after the document is saved. */
  Opened open() throws IOException {
    return open(file);
  }

  private static Opened open(File f) throws IOException {
    if (f.getName().toLowerCase().endsWith(".ttc")) {
      TrueTypeCollection collection = new TrueTypeCollection(f);
      try {
        TrueTypeFont face = collection.getFontByName(PREFERRED_FACE);
        if (face == null) {
          face = first(collection);
        }
        return new Opened(face, collection);
      } catch (IOException | RuntimeException e) {
        collection.close();
        throw e;
      }
    }
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(f));
    return new Opened(ttf, ttf);
  }

  private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
    TrueTypeFont[] found = new TrueTypeFont[1];
    collection.processAllFonts(ttf -> {
      if (found[0] == null) {
        found[0] = ttf;
      }
    });
    if (found[0] == null) {
      throw new IOException("字体集合为空");
    }
    return found[0];
  }

  /** A parsed font and what must be closed with it. */
  record Opened(TrueTypeFont ttf, java.io.Closeable owner) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      owner.close();
    }
  }
}
