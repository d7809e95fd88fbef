package zhicheng.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One achievement put forward for scoring, as the applicant's archive (业绩档案) keeps it.
 *
 * @param id     the archive row, when it comes from the archive (echoed in the finding), else null
 * @param item   the standard's item it claims (e.g. {@code awards.contests.gold})
 * @param work   the work (作品) or project it concerns: one work scores once at its highest award
 * @param date   yyyy-MM-dd, the day it was obtained (获奖、授权、出版 …)
 * @param status for a patent: 授权 (granted) or 受理 (accepted only)
 * @param role   为主 or 参与; absent means as the item says
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AchievementClaim(String id, String item, String title, String work, String date, String status,
    String role) {

  public static final String GRANTED = "授权";
  public static final String ACCEPTED = "受理";
  public static final String LEAD = "为主";
  public static final String PART = "参与";
}
