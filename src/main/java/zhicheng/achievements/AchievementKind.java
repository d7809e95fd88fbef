package zhicheng.achievements;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an archive row is (业绩类别), named as the applicant names it, and the items of a scoring standard it may
 * score as (浙经信消费〔2022〕35号 附件2): an award scores as a contest prize, a science prize or a skills-contest place,
 * a patent as an invention, utility model or design. {@link #OTHER} scores as nothing and is kept all the same (the
 * notices ask for every achievement since the current title, not only those a standard scores).
 */
public enum AchievementKind {
  AWARD("获奖", "awards.contests.", "awards.science.", "bonus.contests."),
  PATENT("专利", "theory.patents."),
  PAPER("论文", "theory.papers"),
  BOOK("著作", "theory.books."),
  STANDARD("标准", "theory.standards."),
  PROJECT("科研项目", "awards.research."),
  EXHIBITION("作品展", "collections.exhibitions."),
  COLLECTION("作品收藏", "collections.collected."),
  STATE_EVENT("国事活动", "awards.state-events"),
  TRAINING("培训授课", "ethics.training."),
  HONOUR("荣誉称号", "ethics.honours.", "bonus.national", "bonus.provincial", "bonus.city", "bonus.studios."),
  APPRENTICE("授徒传艺", "apprentices."),
  OFFICE("协会任职", "bonus.associations."),
  OTHER("其他业绩");

  private final String label;
  private final List<String> itemPrefixes;

  AchievementKind(String label, String... itemPrefixes) {
    this.label = label;
    this.itemPrefixes = List.of(itemPrefixes);
  }

  /** The Chinese name, which is what the API takes and answers. */
  public String label() {
    return label;
  }

  /** Whether a standard's item may be the score of a row of this kind. */
  public boolean scoresAs(String item) {
    return item != null && itemPrefixes.stream().anyMatch(p -> p.endsWith(".") ? item.startsWith(p) : item.equals(p));
  }

  public static Optional<AchievementKind> of(String label) {
    return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(AchievementKind::label).toList();
  }
}
