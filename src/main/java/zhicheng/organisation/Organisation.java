package zhicheng.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import zhicheng.committee.Expert;

/**
 * The bodies that review applications, as data: employer units (用人单位) belong to a county or district
 * whose acceptance point (职称受理点) reviews them; committees have an office (评委会办公室).
 * Each body is a Camunda group: {@code unit:<code>}, {@code county:<code>}, {@code office:<code>}.
 */
public record Organisation(List<County> counties, List<Unit> units, List<Committee> committees) {

  public Organisation {
    counties = List.copyOf(counties);
    units = List.copyOf(units);
    committees = List.copyOf(committees);
  }

  public static Organisation empty() {
    return new Organisation(List.of(), List.of(), List.of());
  }

  public record County(String code, String name, String acceptancePoint) {
    public String groupId() {
      return "county:" + code;
    }
  }

  /**
   * An employer unit. {@code type} is 企业 or 事业单位; a public institution (事业单位) recommends applicants only
   * within its vacant posts, so it lists its professional posts per level (正高级, 副高级, 中级 …) as approved
   * and filled, as in the post table of seed 002 附件3 and seed 003 附件5 (核准数 / 实聘数 / 空缺数).
   */
  public record Unit(String code, String name, String county, String type, Map<String, Posts> posts) {

    public static final String PUBLIC_INSTITUTION = "事业单位";

    public Unit {
      type = type == null || type.isBlank() ? "企业" : type;
      posts = posts == null ? Map.of() : Map.copyOf(posts);
    }

    public Unit(String code, String name, String county) {
      this(code, name, county, null, null);
    }

    public String groupId() {
      return "unit:" + code;
    }

    public boolean isPublicInstitution() {
      return PUBLIC_INSTITUTION.equals(type);
    }
  }

  /** Professional posts of one level: 核准数 (approved) and 实聘数 (filled); 空缺数 is their difference. */
  public record Posts(int approved, int filled) {
    public int vacant() {
      return Math.max(0, approved - filled);
    }
  }

  /**
   * A committee: its office reviews qualification and runs the sittings ({@code office:<code>}); its members
   * (评委会委员) vote ({@code expert:<code>}, each a user whose id is the member's id).
   */
  public record Committee(String code, String name, List<Expert> members) {

    public Committee {
      members = members == null ? List.of() : List.copyOf(members);
    }

    public Committee(String code, String name) {
      this(code, name, List.of());
    }

    public String groupId() {
      return "office:" + code;
    }

    public String expertGroupId() {
      return "expert:" + code;
    }
  }

  public Optional<Committee> committee(String code) {
    return committees.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public Optional<Unit> unit(String code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  public Optional<County> county(String code) {
    return counties.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
