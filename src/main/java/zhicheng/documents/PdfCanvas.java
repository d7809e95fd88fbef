package zhicheng.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import zhicheng.documents.Layout.Align;
import zhicheng.documents.Layout.Cell;
import zhicheng.documents.Layout.Row;

/**
 * Writes one PDF from top to bottom: titles, paragraphs and bordered table rows, breaking pages where the
 * next row does not fit and repeating a table's header row at the top of every page it continues on. Each
 * page gets a footer (page x of y, per copy when a document holds several copies) and, when asked, a
 * watermark. The bytes depend only on what was written and on {@link DocumentMeta}: the creation date and
 * the file ID come from the data, so the same data always gives the same file.
 */
final class PdfCanvas implements AutoCloseable {

  static final PDRectangle A4 = PDRectangle.A4;
  static final PDRectangle A4_LANDSCAPE = new PDRectangle(A4.getHeight(), A4.getWidth());

  static final float PAD = 4f;
  private static final float ASCENT = 0.86f;
  private static final float LEADING = 1.45f;
  private static final float FOOTER_SIZE = 8f;
  /** Characters that may not begin a line (Chinese line-breaking rules). */
  private static final String NO_LINE_START = "，。、；：？！）」』》〉】”’,.;:?!)%";

  private final PDDocument doc = new PDDocument();
  private final CjkFont.Opened opened;
  private final CjkType0Font font;
  private final CmapLookup cmap;
  private final int replacement;
  private final PDRectangle pageSize;
  private final float margin;
  private final Map<Integer, Float> widths = new HashMap<>();
  private final List<PDPage> pages = new ArrayList<>();
  private final List<String> pageSections = new ArrayList<>();

  private PDPageContentStream cs;
  private float y;
  private String section = "";
  private List<Row> tableHeader = List.of();

  PdfCanvas(CjkFont cjk, PDRectangle pageSize, float margin) throws IOException {
    this.opened = cjk.open();
    try {
      this.cmap = opened.ttf().getUnicodeCmapLookup(false);
      this.font = opened.embedIn(doc, cmap);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
    this.replacement = cmap.getGlyphId('□') != 0 ? '□' : '?';
    this.pageSize = pageSize;
    this.margin = margin;
  }

  float contentWidth() {
    return pageSize.getWidth() - 2 * margin;
  }

  private float top() {
    return pageSize.getHeight() - margin;
  }

  private float bottom() {
    return margin + FOOTER_SIZE * 2;
  }

  /** Starts a new copy (份): a new page whose footer counts pages within this copy. */
  void section(String label) throws IOException {
    section = label;
    newPage();
  }

  /**
   * Starts a new copy (份) that is the last one again: the same pages, each showing the last copy's drawing, with
   * footers of their own (which name the copy). The pages share the drawn content stream and resources instead of
   * drawing, wrapping and compressing the same text again: a copy costs a few dictionary entries, not a rendering
   * (the evaluation form is three identical copies, rendered on every level's decision; ChainBenchmark). A reader
   * and a text extractor see each copy's pages whole, as if drawn three times.
   */
  void repeatSection(String label) throws IOException {
    if (pages.isEmpty()) {
      newPage();
    }
    closeStream();
    int first = pageSections.indexOf(section);
    int last = pages.size();
    section = label;
    for (int i = first; i < last; i++) {
      PDPage drawn = pages.get(i);
      PDPage again = new PDPage(pageSize);
      again.getCOSObject().setItem(COSName.CONTENTS, drawn.getCOSObject().getDictionaryObject(COSName.CONTENTS));
      again.setResources(drawn.getResources());
      doc.addPage(again);
      pages.add(again);
      pageSections.add(label);
    }
    // no stream is open: drawing after this starts on a page of its own (ensurePage)
  }

  void newPage() throws IOException {
    closeStream();
    PDPage page = new PDPage(pageSize);
    doc.addPage(page);
    pages.add(page);
    pageSections.add(section);
    cs = new PDPageContentStream(doc, page);
    cs.setLineWidth(0.6f);
    y = top();
  }

  private void ensurePage() throws IOException {
    if (cs == null) {
      newPage();
    }
  }

  void space(float height) throws IOException {
    ensurePage();
    y -= height;
    if (y < bottom()) {
      newPage();
    }
  }

  /** One line centred across the page. */
  void centered(String text, float size) throws IOException {
    ensurePage();
    for (String line : wrap(text, size, contentWidth())) {
      needLines(size);
      show(line, size, margin + (contentWidth() - width(line, size)) / 2, y - baseline(size));
      y -= size * LEADING;
    }
  }

  /** Text across the page, wrapped, left-aligned (or right-aligned), starting {@code indent} in. */
  void paragraph(String text, float size, float indent, Align align) throws IOException {
    ensurePage();
    for (String line : wrap(text, size, contentWidth() - indent)) {
      needLines(size);
      float x = align == Align.RIGHT ? margin + contentWidth() - width(line, size) : margin + indent;
      show(line, size, x, y - baseline(size));
      y -= size * LEADING;
    }
  }

  private void needLines(float size) throws IOException {
    if (y - size * LEADING < bottom()) {
      newPage();
    }
  }

  /** Starts a table: draws its header rows now and again at the top of each page the table continues on. */
  void beginTable(List<Row> header) throws IOException {
    ensurePage();
    tableHeader = List.copyOf(header);
    float headerHeight = height(header);
    // a header alone at the foot of a page helps nobody: keep room for a first row of about its height
    if (y - 2 * headerHeight < bottom()) {
      newPage();
    }
    for (Row r : tableHeader) {
      drawWhole(r, wrapCells(r));
    }
  }

  void endTable() {
    tableHeader = List.of();
  }

  /** A bordered row. Moves to the next page when it does not fit; splits a row taller than a page. */
  void row(Row row) throws IOException {
    ensurePage();
    List<List<String>> lines = wrapCells(row);
    while (true) {
      float needed = height(row, lines);
      float available = y - bottom();
      if (needed <= available) {
        drawWhole(row, lines);
        return;
      }
      float leading = maxSize(row) * LEADING;
      float freshPage = top() - bottom() - height(tableHeader);
      boolean fitsFreshPage = needed <= freshPage;
      int linesHere = (int) Math.floor((available - 2 * PAD) / leading);
      if (fitsFreshPage || linesHere < 2) {
        continueOnNewPage();
        if (fitsFreshPage) {
          continue;
        }
        available = y - bottom();
        linesHere = (int) Math.floor((available - 2 * PAD) / leading);
      }
      // taller than a page: the lines that fit here, the rest on the next page
      List<List<String>> now = new ArrayList<>();
      List<List<String>> later = new ArrayList<>();
      for (List<String> cellLines : lines) {
        int cut = Math.min(linesHere, cellLines.size());
        now.add(cellLines.subList(0, cut));
        later.add(cellLines.subList(cut, cellLines.size()));
      }
      draw(row, now, available, false);
      continueOnNewPage();
      lines = later;
    }
  }

  private void continueOnNewPage() throws IOException {
    newPage();
    for (Row r : tableHeader) {
      drawWhole(r, wrapCells(r));
    }
  }

  private void drawWhole(Row row, List<List<String>> lines) throws IOException {
    draw(row, lines, height(row, lines), true);
  }

  private List<List<String>> wrapCells(Row row) {
    List<List<String>> lines = new ArrayList<>();
    float[] widths = cellWidths(row);
    for (int i = 0; i < row.cells().size(); i++) {
      Cell c = row.cells().get(i);
      lines.add(c.text().isEmpty() ? List.of() : wrap(c.text(), c.size(), widths[i] - 2 * PAD));
    }
    return lines;
  }

  private float[] cellWidths(Row row) {
    float[] w = new float[row.cells().size()];
    float fixed = 0;
    int flexible = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = row.cells().get(i).width();
      if (w[i] > 0) {
        fixed += w[i];
      } else {
        flexible++;
      }
    }
    float rest = flexible == 0 ? 0 : (contentWidth() - fixed) / flexible;
    for (int i = 0; i < w.length; i++) {
      if (w[i] <= 0) {
        w[i] = rest;
      }
    }
    return w;
  }

  private float height(List<Row> rows) {
    float h = 0;
    for (Row r : rows) {
      h += height(r, wrapCells(r));
    }
    return h;
  }

  private float height(Row row, List<List<String>> lines) {
    // room to write by hand is at most half a page, so an empty box always fits on a fresh page
    float h = Math.min(row.minHeight(), (top() - bottom()) / 2);
    for (int i = 0; i < row.cells().size(); i++) {
      Cell c = row.cells().get(i);
      float text = lines.get(i).size() * c.size() * LEADING;
      float footer = c.footer().isEmpty() ? 0 : c.footer().split("\n").length * c.size() * LEADING;
      h = Math.max(h, text + footer + 2 * PAD);
    }
    return h;
  }

  private static float maxSize(Row row) {
    float s = 0;
    for (Cell c : row.cells()) {
      s = Math.max(s, c.size());
    }
    return s;
  }

  private void draw(Row row, List<List<String>> lines, float h, boolean withFooters) throws IOException {
    float[] w = cellWidths(row);
    float x = margin;
    for (int i = 0; i < w.length; i++) {
      cs.addRect(x, y - h, w[i], h);
      x += w[i];
    }
    cs.stroke();
    x = margin;
    for (int i = 0; i < w.length; i++) {
      Cell c = row.cells().get(i);
      float leading = c.size() * LEADING;
      List<String> cellLines = lines.get(i);
      float textHeight = cellLines.size() * leading;
      float lineTop = c.top() ? y - PAD : y - (h - textHeight) / 2;
      for (String line : cellLines) {
        show(line, c.size(), alignedX(line, c.size(), c.align(), x, w[i]), lineTop - baseline(c.size()));
        lineTop -= leading;
      }
      if (withFooters && !c.footer().isEmpty()) {
        String[] footer = c.footer().split("\n");
        float footerTop = y - h + PAD + footer.length * leading;
        for (String line : footer) {
          show(line, c.size(), alignedX(line, c.size(), Align.RIGHT, x, w[i]), footerTop - baseline(c.size()));
          footerTop -= leading;
        }
      }
      x += w[i];
    }
    y -= h;
  }

  private float alignedX(String line, float size, Align align, float x, float w) {
    return switch (align) {
      case LEFT -> x + PAD;
      case CENTER -> x + (w - width(line, size)) / 2;
      case RIGHT -> x + w - PAD - width(line, size);
    };
  }

  private static float baseline(float size) {
    return (LEADING - 1) / 2 * size + ASCENT * size;
  }

  /** A square of dark modules, e.g. a QR code, with its lower left corner at (x, y). */
  void modules(boolean[][] dark, float x, float y, float module) throws IOException {
    ensurePage();
    int n = dark.length;
    for (int row = 0; row < n; row++) {
      int col = 0;
      while (col < dark[row].length) {
        if (!dark[row][col]) {
          col++;
          continue;
        }
        int run = col;
        while (run < dark[row].length && dark[row][run]) {
          run++;
        }
        cs.addRect(x + col * module, y + (n - 1 - row) * module, (run - col) * module, module);
        col = run;
      }
    }
    cs.fill();
  }

  /** Text at an absolute position (baseline), for documents laid out by hand such as the certificate. */
  void textAt(String text, float size, float x, float baselineY) throws IOException {
    ensurePage();
    show(clean(text), size, x, baselineY);
  }

  /** A rectangle outline, for frames. */
  void frame(float x, float y0, float w, float h, float lineWidth) throws IOException {
    ensurePage();
    cs.setLineWidth(lineWidth);
    cs.addRect(x, y0, w, h);
    cs.stroke();
    cs.setLineWidth(0.6f);
  }

  private void show(String line, float size, float x, float baselineY) throws IOException {
    if (line.isEmpty()) {
      return;
    }
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, baselineY);
    cs.showText(line);
    cs.endText();
  }

  float width(String text, float size) {
    float w = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      w += glyphWidth(text.codePointAt(i));
    }
    return w * size / 1000f;
  }

  private float glyphWidth(int codePoint) {
    return widths.computeIfAbsent(codePoint, font::width);
  }

  /** Lines of at most {@code maxWidth}; line breaks in the text are kept. */
  List<String> wrap(String text, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    float limit = maxWidth * 1000f / size;
    for (String paragraph : clean(text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      float w = 0;
      for (int i = 0; i < paragraph.length(); i = paragraph.offsetByCodePoints(i, 1)) {
        int cp = paragraph.codePointAt(i);
        float cw = glyphWidth(cp);
        if (w + cw > limit && line.length() > 0) {
          String carried = "";
          if (NO_LINE_START.indexOf(cp) >= 0 && line.codePointCount(0, line.length()) > 1) {
            // punctuation may not begin a line: the character before it moves down with it
            int last = line.offsetByCodePoints(line.length(), -1);
            carried = line.substring(last);
            line.setLength(last);
          }
          lines.add(line.toString());
          line.setLength(0);
          line.append(carried);
          w = carried.isEmpty() ? 0 : glyphWidth(carried.codePointAt(0));
        }
        line.appendCodePoint(cp);
        w += cw;
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Text the font can set: control characters become spaces, characters without a glyph become □. */
  String clean(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int cp = text.codePointAt(i);
      if (cp == '\n') {
        s.append('\n');
      } else if (cp == '\r') {
        continue;
      } else if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != ' ' && cp != '\u3000') {
        s.append(' ');
      } else if (cmap.getGlyphId(cp) == 0) {
        s.appendCodePoint(replacement);
      } else {
        s.appendCodePoint(cp);
      }
    }
    return s.toString();
  }

  private void closeStream() throws IOException {
    if (cs != null) {
      cs.close();
      cs = null;
    }
  }

  /** Footers and watermarks on every page, the data-derived metadata, and the file's bytes. */
  byte[] finish(DocumentMeta meta) throws IOException {
    if (pages.isEmpty()) {
      newPage();
    }
    closeStream();
    PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
    faint.setNonStrokingAlphaConstant(0.13f);
    for (int i = 0; i < pages.size(); i++) {
      String label = pageSections.get(i);
      int first = pageSections.indexOf(label);
      int count = pageSections.lastIndexOf(label) - first + 1;
      String footer = (meta.footer().isEmpty() ? "" : meta.footer() + "　")
          + (label.isEmpty() ? "" : label + "　") + "第 " + (i - first + 1) + " 页 / 共 " + count + " 页";
      try (PDPageContentStream page = new PDPageContentStream(doc, pages.get(i), AppendMode.APPEND, true, true)) {
        cs = page; // show() writes to cs: here the page's appended footer stream
        show(clean(footer), FOOTER_SIZE, margin + (contentWidth() - width(clean(footer), FOOTER_SIZE)) / 2,
            margin);
        if (!meta.watermark().isEmpty()) {
          watermark(page, faint, clean(meta.watermark()));
        }
      }
      cs = null;
    }
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(meta.title());
    info.setSubject(meta.subject());
    info.setCreator("zhicheng 职称评审");
    info.setProducer("zhicheng (Apache PDFBox)");
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone(meta.createdAt().getOffset()));
    created.setTimeInMillis(meta.createdAt().toInstant().toEpochMilli());
    info.setCreationDate(created);
    info.setModificationDate(created);
    // the file identifier PDFBox would otherwise derive from the current time
    byte[] id = Arrays.copyOf(sha256(meta.fingerprint()), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    font.embed();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  private void watermark(PDPageContentStream page, PDExtendedGraphicsState faint, String text) throws IOException {
    float size = 26;
    float w = width(text, size);
    page.saveGraphicsState();
    page.setGraphicsStateParameters(faint);
    page.setNonStrokingColor(0.35f);
    double angle = Math.toRadians(30);
    float h = pageSize.getHeight();
    for (float fy : new float[] {0.22f, 0.52f, 0.82f}) {
      float cx = pageSize.getWidth() / 2;
      float cy = h * fy;
      page.beginText();
      page.setFont(font, size);
      page.setTextMatrix(Matrix.getRotateInstance(angle,
          (float) (cx - Math.cos(angle) * w / 2), (float) (cy - Math.sin(angle) * w / 2)));
      page.showText(text);
      page.endText();
    }
    page.restoreGraphicsState();
  }

  static byte[] sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      doc.close();
    } finally {
      opened.close();
    }
  }
}
