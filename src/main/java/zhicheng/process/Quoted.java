package zhicheng.process;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a refusal may quote of the input it refuses: a few characters. The checks quote the offending value between
 * “ and ” so the person sees what was wrong; a 1 MB name quoted whole made a 1 MB refusal (and a 3 MB page), so every
 * refusal passes through here on its way out. A quotation up to {@link #WHOLE} characters is shown whole: the app quotes
 * its own plan titles (up to about 110 characters) the same way. A longer one, which no plan, unit or list of the app
 * has, is someone's oversized input: its first {@link #SHOWN} characters are shown, and its length. Engine-free.
 */
public final class Quoted {

  /** The longest quotation shown whole: longer than any title the app quotes itself. */
  public static final int WHOLE = 120;
  /** Characters shown of a longer one: enough to recognise what was sent. */
  public static final int SHOWN = 20;

  /** A quotation running to the end of the text counts too: an unclosed “ must not let the rest through whole. */
  private static final Pattern QUOTATION = Pattern.compile("“([^”]*)(”|$)");

  private Quoted() {}

  /** {@code value} as a refusal may show it: whole when short, else its first characters and its length. */
  public static String value(String value) {
    if (value == null) {
      return "";
    }
    String line = value.replaceAll("\\p{Cntrl}", " ");
    return line.length() <= WHOLE ? line : line.substring(0, SHOWN) + "…（共" + line.length() + "字）";
  }

  /** {@code sentence} with every quotation in it shortened by {@link #value}. */
  public static String in(String sentence) {
    if (sentence == null || sentence.indexOf('“') < 0) {
      return sentence;
    }
    Matcher m = QUOTATION.matcher(sentence);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(s, Matcher.quoteReplacement("“" + value(m.group(1)) + m.group(2)));
    }
    m.appendTail(s);
    return s.toString();
  }
}
