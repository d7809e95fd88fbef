package zhicheng.documents;

import java.util.List;

/** The pieces {@link PdfCanvas} lays out: bordered rows of cells. */
final class Layout {

  static final float BODY = 10.5f;
  static final float SMALL = 9f;
  /** What an empty field shows: the data does not exist yet, and nothing is invented in its place. */
  static final String BLANK = "—";

  private Layout() {}

  enum Align { LEFT, CENTER, RIGHT }

  /**
   * One cell. {@code width} ≤ 0 shares the rest of the row; {@code top} puts the text at the top (long text,
   * boxes to write in) instead of the middle; {@code footer} is right-aligned at the bottom (（盖章）/ 年 月 日).
   */
  record Cell(String text, float width, Align align, boolean top, float size, String footer) {

    Cell {
      text = text == null ? "" : text;
      footer = footer == null ? "" : footer;
    }

    /** A field name, centred. */
    static Cell label(String text, float width) {
      return new Cell(text, width, Align.CENTER, false, BODY, "");
    }

    /** A field's value; "—" when there is none. */
    static Cell value(String text, float width) {
      return new Cell(orBlank(text), width, Align.LEFT, false, BODY, "");
    }

    /** A box of running text from the top, e.g. 本人述职 or an opinion. */
    static Cell box(String text, float width) {
      return new Cell(text, width, Align.LEFT, true, BODY, "");
    }

    Cell size(float size) {
      return new Cell(text, width, align, top, size, footer);
    }

    Cell align(Align align) {
      return new Cell(text, width, align, top, size, footer);
    }

    Cell footer(String footer) {
      return new Cell(text, width, align, top, size, footer);
    }
  }

  record Row(List<Cell> cells, float minHeight) {

    Row {
      cells = List.copyOf(cells);
    }

    static Row of(Cell... cells) {
      return new Row(List.of(cells), 22);
    }

    static Row tall(float minHeight, Cell... cells) {
      return new Row(List.of(cells), minHeight);
    }
  }

  static String orBlank(String text) {
    return text == null || text.isBlank() ? BLANK : text.trim();
  }
}
