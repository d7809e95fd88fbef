package zhicheng.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The CJK face embedded in one document as PDFBox embeds a TrueType font for subsetting (a Type 0 font, Identity-H,
 * a CIDFontType2 whose CIDs are the face's glyph ids, the used glyphs' subset as FontFile2, their widths, a
 * CIDToGIDMap and a ToUnicode CMap), without the work PDFBox does for the whole face.
 *
 * <p>Why not {@code PDType0Font.load(doc, face, true)}: for every document it builds the width array of all the
 * face's glyphs (WenQuanYi Zen Hei has tens of thousands) and reads it back into a map, only to replace it by the
 * subset's when saving; and when saving it fills the CIDToGIDMap by a boxed tree lookup per CID up to the highest
 * used glyph id. A Flight Recorder profile of the evaluation form gave those two thirds of the form's time
 * (docs/operations.md, "The chain against the bare engine"). Here the glyphs used are a bit set, the widths come
 * from the face's metrics when asked, and the CIDToGIDMap is one array.
 *
 * <p>What a reader gets is what PDFBox wrote: the same widths (the face's advance, rounded to 1/1000 em, 1000 left
 * to the default), the same font descriptor (copied from one PDFBox embedding of the face, made once per font file:
 * {@link Template}), the same subset tables, ToUnicode giving the face's first code point of each glyph as PDFBox's
 * does. The text is encoded glyph by glyph through the face's Unicode cmap; PDFBox's optional GSUB pass (ligatures,
 * Indic shaping) is not applied, so a Latin "fi" stays two glyphs, as it reads.
 *
 * <p>Only for writing: the content stream asks it to encode text ({@link #encode(int)}), and {@link #embed()} writes
 * the subset before the document is saved. Reading methods answer from the face.
 */
final class CjkType0Font extends PDFont {

  /** The tables PDFBox keeps in a subset (TrueTypeEmbedder). */
  private static final List<String> SUBSET_TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

  private final PDDocument document;
  private final TrueTypeFont face;
  private final CmapLookup cmap;
  private final Template template;
  private final HorizontalMetricsTable metrics;
  private final float scaling;
  private final BitSet used = new BitSet();
  private final PDFontDescriptor descriptor;
  private final COSDictionary cidFont;

  private CjkType0Font(PDDocument document, TrueTypeFont face, CmapLookup cmap, Template template,
      COSDictionary dict, COSDictionary cidFont, PDFontDescriptor descriptor) throws IOException {
    super(dict);
    this.document = document;
    this.face = face;
    this.cmap = cmap;
    this.template = template;
    this.metrics = face.getHorizontalMetrics();
    this.scaling = 1000f / face.getHeader().getUnitsPerEm();
    this.cidFont = cidFont;
    this.descriptor = descriptor;
  }

  /** The face, ready to be written in {@code document}; {@link #embed()} before saving. */
  static CjkType0Font load(PDDocument document, TrueTypeFont face, CmapLookup cmap, Template template)
      throws IOException {
    COSDictionary descriptorDict = template.descriptor();
    PDFontDescriptor descriptor = new PDFontDescriptor(descriptorDict);

    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "Identity");
    info.setInt(COSName.SUPPLEMENT, 0);
    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cidFont.setName(COSName.BASE_FONT, template.fontName());
    cidFont.setItem(COSName.CIDSYSTEMINFO, info);
    cidFont.setItem(COSName.FONT_DESC, descriptorDict);

    COSDictionary dict = new COSDictionary();
    dict.setItem(COSName.TYPE, COSName.FONT);
    dict.setItem(COSName.SUBTYPE, COSName.TYPE0);
    dict.setName(COSName.BASE_FONT, template.fontName());
    dict.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    dict.setItem(COSName.DESCENDANT_FONTS, descendants);
    return new CjkType0Font(document, face, cmap, template, dict, cidFont, descriptor);
  }

  /** Width of a code point's glyph in 1/1000 em, as the embedded font's W array gives it. */
  float width(int codePoint) {
    return glyphWidth(cmap.getGlyphId(codePoint));
  }

  private float glyphWidth(int gid) {
    return Math.round(metrics.getAdvanceWidth(gid) * scaling);
  }

  @Override
  protected byte[] encode(int unicode) {
    int gid = cmap.getGlyphId(unicode);
    if (gid == 0) {
      throw new IllegalArgumentException(String.format("No glyph for U+%04X in font %s", unicode, getName()));
    }
    used.set(gid);
    return new byte[] {(byte) (gid >> 8 & 0xff), (byte) (gid & 0xff)};
  }

  /**
   * Writes the subset of the glyphs encoded so far, its widths, CIDToGIDMap, CIDSet and ToUnicode, and tags the
   * font's name with a prefix derived from the glyphs (the same glyphs give the same bytes).
   */
  void embed() throws IOException {
    TTFSubsetter subsetter = new TTFSubsetter(face, SUBSET_TABLES);
    Set<Integer> gids = new TreeSet<>();
    used.stream().forEach(gids::add);
    subsetter.addGlyphIds(gids);
    Map<Integer, Integer> newToOld = subsetter.getGIDMap();
    int maxOld = 0;
    for (int old : newToOld.values()) {
      maxOld = Math.max(maxOld, old);
    }
    int[] oldToNew = new int[maxOld + 1];
    Arrays.fill(oldToNew, -1);
    for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
      oldToNew[e.getValue()] = e.getKey();
    }
    String tag = tag(oldToNew);
    subsetter.setPrefix(tag);
    ByteArrayOutputStream subset = new ByteArrayOutputStream();
    subsetter.writeToStream(subset);

    String name = tag + template.fontName();
    getCOSObject().setName(COSName.BASE_FONT, name);
    cidFont.setName(COSName.BASE_FONT, name);
    descriptor.setFontName(name);

    PDStream file = stream(subset.toByteArray());
    file.getCOSObject().setInt(COSName.LENGTH1, subset.size());
    descriptor.setFontFile2(file);
    cidFont.setItem(COSName.W, widths(oldToNew));
    byte[] cidToGid = new byte[2 * (maxOld + 1)];
    byte[] cidSet = new byte[maxOld / 8 + 1];
    for (int cid = 0; cid <= maxOld; cid++) {
      if (oldToNew[cid] >= 0) {
        cidToGid[2 * cid] = (byte) (oldToNew[cid] >> 8 & 0xff);
        cidToGid[2 * cid + 1] = (byte) (oldToNew[cid] & 0xff);
        cidSet[cid / 8] |= (byte) (1 << 7 - cid % 8);
      }
    }
    cidFont.setItem(COSName.CID_TO_GID_MAP, stream(cidToGid));
    descriptor.setCIDSet(stream(cidSet));
    getCOSObject().setItem(COSName.TO_UNICODE, stream(toUnicode(oldToNew)));
  }

  /** Widths as PDFBox writes a subset's: {@code c [w1 w2 …]} runs of CIDs, 1000 (the default) left out. */
  private COSArray widths(int[] oldToNew) {
    COSArray widths = new COSArray();
    COSArray run = null;
    int prev = Integer.MIN_VALUE;
    for (int cid = 0; cid < oldToNew.length; cid++) {
      if (oldToNew[cid] < 0) {
        continue;
      }
      long width = (long) glyphWidth(cid);
      if (width == 1000) {
        continue;
      }
      if (prev != cid - 1) {
        run = new COSArray();
        widths.add(COSInteger.get(cid));
        widths.add(run);
      }
      run.add(COSInteger.get(width));
      prev = cid;
    }
    return widths;
  }

  /** CID (the face's glyph id) to the first code point the face's cmap gives that glyph, as PDFBox maps them. */
  private byte[] toUnicode(int[] oldToNew) {
    StringBuilder entries = new StringBuilder();
    int count = 0;
    StringBuilder cmapText = new StringBuilder();
    cmapText.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n")
        .append("<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (int cid = 1; cid < oldToNew.length; cid++) {
      if (oldToNew[cid] < 0) {
        continue;
      }
      List<Integer> codes = cmap.getCharCodes(cid);
      if (codes == null || codes.isEmpty()) {
        continue;
      }
      entries.append('<');
      hex4(entries, cid);
      entries.append("> <");
      for (char c : Character.toChars(codes.get(0))) {
        hex4(entries, c);
      }
      entries.append(">\n");
      if (++count == 100) {
        cmapText.append(count).append(" beginbfchar\n").append(entries).append("endbfchar\n");
        entries.setLength(0);
        count = 0;
      }
    }
    if (count > 0) {
      cmapText.append(count).append(" beginbfchar\n").append(entries).append("endbfchar\n");
    }
    cmapText.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return cmapText.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void hex4(StringBuilder s, int value) {
    for (int shift = 12; shift >= 0; shift -= 4) {
      s.append(HEX[value >> shift & 0xf]);
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PDStream stream(byte[] bytes) throws IOException {
    return new PDStream(document, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
  }

  /** Six capital letters from the glyph set, like PDFBox's subset tag: the same glyphs, the same name. */
  private static String tag(int[] oldToNew) {
    long h = 1125899906842597L;
    for (int i = 0; i < oldToNew.length; i++) {
      if (oldToNew[i] >= 0) {
        h = 31 * h + i;
      }
    }
    StringBuilder s = new StringBuilder();
    long v = h & Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      s.append((char) ('A' + v % 26));
      v /= 26;
    }
    return s.append('+').toString();
  }

  @Override
  public String getName() {
    return getCOSObject().getNameAsString(COSName.BASE_FONT);
  }

  @Override
  public PDFontDescriptor getFontDescriptor() {
    return descriptor;
  }

  @Override
  public Matrix getFontMatrix() {
    return new Matrix(0.001f, 0, 0, 0.001f, 0, 0);
  }

  @Override
  public BoundingBox getBoundingBox() {
    PDRectangle box = descriptor.getFontBoundingBox();
    return new BoundingBox(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
  }

  @Override
  public Vector getPositionVector(int code) {
    throw new UnsupportedOperationException("horizontal font");
  }

  @Override
  public float getHeight(int code) throws IOException {
    return descriptor.getAscent() - descriptor.getDescent();
  }

  @Override
  public float getWidth(int code) {
    return glyphWidth(code);
  }

  @Override
  public boolean hasExplicitWidth(int code) {
    return true;
  }

  @Override
  public float getWidthFromFont(int code) {
    return glyphWidth(code);
  }

  @Override
  public boolean isEmbedded() {
    return true;
  }

  @Override
  public boolean isDamaged() {
    return false;
  }

  @Override
  public float getAverageFontWidth() {
    return 1000;
  }

  @Override
  protected float getStandard14Width(int code) {
    return 0;
  }

  @Override
  public int readCode(InputStream in) throws IOException {
    return in.read() << 8 | in.read();
  }

  @Override
  public boolean isVertical() {
    return false;
  }

  @Override
  public void addToSubset(int codePoint) {
    // encode() notes the glyphs used
  }

  @Override
  public void subset() {
    // embed() writes the subset
  }

  @Override
  public boolean willBeSubset() {
    return false;
  }

  /**
   * What PDFBox writes for the face itself, made once per font file: its PostScript name and its font descriptor
   * (flags, bounding box, ascent, descent, cap height, stem), copied into each document.
   */
  record Template(String fontName, COSDictionary descriptorTemplate) {

    static Template of(TrueTypeFont face) throws IOException {
      try (PDDocument scratch = new PDDocument()) {
        PDType0Font pdfbox = PDType0Font.load(scratch, face, true);
        COSDictionary d = new COSDictionary();
        COSDictionary original = pdfbox.getDescendantFont().getFontDescriptor().getCOSObject();
        for (Map.Entry<COSName, COSBase> e : original.entrySet()) {
          if (!e.getKey().equals(COSName.FONT_FILE2) && !e.getKey().equals(COSName.CID_SET)) {
            d.setItem(e.getKey(), copy(e.getValue()));
          }
        }
        return new Template(original.getNameAsString(COSName.FONT_NAME), d);
      }
    }

    /** A fresh descriptor for one document. */
    COSDictionary descriptor() {
      COSDictionary d = new COSDictionary();
      for (Map.Entry<COSName, COSBase> e : descriptorTemplate.entrySet()) {
        d.setItem(e.getKey(), copy(e.getValue()));
      }
      return d;
    }

    private static COSBase copy(COSBase value) {
      if (value instanceof COSArray a) {
        COSArray c = new COSArray();
        for (int i = 0; i < a.size(); i++) {
          c.add(copy(a.get(i)));
        }
        return c;
      }
      if (value instanceof COSDictionary) {
        throw new IllegalStateException("unexpected dictionary in a font descriptor");
      }
      return value;
    }
  }
}
