package zhicheng.application;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The review trail as text for the Tasklist forms, which cannot show a list. A string variable holds at most
 * 4000 characters (the engine's column); a long trail (several returns, objections, a sitting) would make the
 * step that adds a line fail. So the text keeps the newest lines that fit and says how many older ones it
 * leaves out; the whole trail stays in the JSON variable {@code reviewTrail} and on 我的申报.
 */
final class TrailText {

  /** Below the engine's 4000, leaving room for the line that says what is left out. */
  static final int MAX_CHARACTERS = 3900;

  private TrailText() {}

  static String of(List<TrailEntry> trail) {
    Deque<String> kept = new ArrayDeque<>();
    int length = 0;
    for (int i = trail.size() - 1; i >= 0; i--) {
      String line = trail.get(i).line();
      if (length + line.length() + 1 > MAX_CHARACTERS) {
        kept.addFirst("（较早的" + (i + 1) + "条记录从略，完整记录见“我的申报”）");
        break;
      }
      kept.addFirst(line);
      length += line.length() + 1;
    }
    return String.join("\n", kept);
  }
}
