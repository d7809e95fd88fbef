package zhicheng.documents;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 事业单位人员职称申报岗位信息表 (seed 003 附件5; seed 002 附件3 for the wording of the competition result): a
 * public institution shows its approved, filled and vacant professional posts and whom it recommends.
 * Seed 003 三、(五): 事业单位专业技术人员职称评审应在核定的岗位结构比例内进行. Numbers not known are null ("—").
 *
 * @param grades     one entry per grade in the order printed: 正高级, 副高级, 中级, 初级及未定级, 总数
 * @param targetGrade the grade of the posts competed for, e.g. 中级
 */
public record PostInfoData(
    String ownerKey, String unitName, Integer establishment, Integer technicalPosts, Integer technicalEmployed,
    List<Grade> grades, Integer newVacancies, String targetGrade, Integer recommendedForReview,
    Integer recommendedForInitial, Integer postsUsedAfterwards, List<Candidate> candidates, OffsetDateTime asOf) {

  public static final List<String> GRADES = List.of("正高级", "副高级", "中级", "初级及未定级", "总数");

  public PostInfoData {
    grades = List.copyOf(grades);
    candidates = List.copyOf(candidates);
  }

  /** One column of the post table. */
  public record Grade(String grade, String approvedRatio, Integer approved, Integer allowedByRatio, Integer employed,
      Integer vacant) {}

  /** One person the unit recommends. */
  public record Candidate(String name, String idNumber, String currentQualification, String appointedLevel,
      String appointedDate, String postGrade, String recommendedTitle) {}
}
