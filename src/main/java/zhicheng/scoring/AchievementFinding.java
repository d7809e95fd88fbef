package zhicheng.scoring;

/**
 * Why one achievement scored what it scored: {@code points} after every rule and cap, {@code message} in Chinese
 * saying why (or why not), {@code source} the 文号 and clause that decided it.
 *
 * @param index the achievement's position in the request (0-based)
 */
public record AchievementFinding(int index, String id, String item, String itemText, String title, String work,
    String date, int points, boolean counted, String message, String source) {}
