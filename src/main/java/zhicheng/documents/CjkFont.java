package zhicheng.documents;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

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
 * <p>A parsed font is not safe to share between threads (two documents may be made at once), but parsing the 16 MB
 * collection's tables for every document was most of a document's cost and, while documents were made inside the
 * reviewer's transaction, most of a 通过 (ChainBenchmark, issue 14). So parsed faces are kept in a small pool: a
 * document borrows one ({@link #open()}) and gives it back when saved ({@link Opened#close()}); {@link CjkType0Font}
 * embeds the subset of each document from the glyphs that document used, so a reused face gives the same bytes. At most
 * {@link #KEPT} faces are kept; more borrowed at once are parsed for the occasion and closed after.
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

  /** Parsed faces kept for reuse: about as many as documents are made at once (request threads, job executor). */
  static final int KEPT = 4;

  private final File file;
  private final ConcurrentLinkedDeque<Parsed> idle = new ConcurrentLinkedDeque<>();
  /** What PDFBox writes for the face (name, descriptor), made from the first face opened: see CjkType0Font. */
  private volatile CjkType0Font.Template template;
  private final AtomicInteger parses = new AtomicInteger();

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
    try (Parsed font = parse(f)) {
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

  /** A parsed face for one document, alone; close it after the document is saved (it goes back to the pool). */
  Opened open() throws IOException {
    Parsed parsed = idle.pollFirst();
    if (parsed == null) {
      parsed = parse(file);
      parses.incrementAndGet();
    }
    return new Opened(parsed.ttf(), parsed, this);
  }

  /** The face's name and descriptor as PDFBox embeds them, made once per font file. */
  CjkType0Font.Template template(TrueTypeFont face) throws IOException {
    CjkType0Font.Template t = template;
    if (t == null) {
      t = CjkType0Font.Template.of(face);
      template = t;
    }
    return t;
  }

  /** How many times the file has been parsed for documents (a test shows the pool reuses faces). */
  int parses() {
    return parses.get();
  }

  private void giveBack(Parsed parsed) throws IOException {
    if (idle.size() < KEPT) {
      idle.addFirst(parsed);
    } else {
      parsed.close();
    }
  }

  private static Parsed parse(File f) throws IOException {
    if (f.getName().toLowerCase().endsWith(".ttc")) {
      TrueTypeCollection collection = new TrueTypeCollection(f);
      try {
        TrueTypeFont face = collection.getFontByName(PREFERRED_FACE);
        if (face == null) {
          face = first(collection);
        }
        return new Parsed(face, collection);
      } catch (IOException | RuntimeException e) {
        collection.close();
        throw e;
      }
    }
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(f));
    return new Parsed(ttf, ttf);
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
  private record Parsed(TrueTypeFont ttf, java.io.Closeable owner) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      owner.close();
    }
  }

  /** A face borrowed for one document; closing it gives it back to the pool. */
  static final class Opened implements AutoCloseable {
    private final TrueTypeFont ttf;
    private Parsed parsed;
    private final CjkFont pool;

    private Opened(TrueTypeFont ttf, Parsed parsed, CjkFont pool) {
      this.ttf = ttf;
      this.parsed = parsed;
      this.pool = pool;
    }

    TrueTypeFont ttf() {
      return ttf;
    }

    /** The face ready to write text in {@code doc}, subset-embedded when {@link CjkType0Font#embed()} is called. */
    CjkType0Font embedIn(org.apache.pdfbox.pdmodel.PDDocument doc, CmapLookup cmap) throws IOException {
      return CjkType0Font.load(doc, ttf, cmap, pool.template(ttf));
    }

    @Override
    public void close() throws IOException {
      if (parsed != null) {
        Parsed p = parsed;
        parsed = null;
        pool.giveBack(p);
      }
    }
  }
}
