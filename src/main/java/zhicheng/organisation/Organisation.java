package zhicheng.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zhicheng.committee.Expert;
import zhicheng.plan.ApplicantScope;

/**
 * The bodies that review applications, as data. Each body is a Camunda group (DESIGN.md, “Who uses it”):
 * <ul>
 *   <li>employer units (用人单位) {@code unit:<code>}, each in a county and possibly under an industry
 *       supervising department (行业主管部门, {@code dept:<code>});</li>
 *   <li>counties and districts by their administrative division code: the acceptance point (职称受理点)
 *       {@code county:<code>} and the human-resources bureau (人力社保部门) {@code hr:<code>}, each where the
 *       data names it; a county belongs to a city (设区市), whose bureau is {@code city:<code>};</li>
 *   <li>preliminary committees (初评委) of a county, {@code precommittee:<county>}; committee offices (评委会办公室)
 *       {@code office:<code>}; provincial bodies under fixed ids, e.g. {@code province:33-jxt}.</li>
 * </ul>
 */
public record Organisation(
    List<City> cities,
    List<County> counties,
    List<Department> departments,
    List<Unit> units,
    List<Committee> committees,
    List<Precommittee> precommittees,
    List<Body> bodies) {

  public Organisation {
    cities = copy(cities);
    counties = copy(counties);
    departments = copy(departments);
    units = copy(units);
    committees = copy(committees);
    precommittees = copy(precommittees);
    bodies = copy(bodies);
  }

  public Organisation(List<County> counties, List<Unit> units, List<Committee> committees) {
    this(List.of(), counties, List.of(), units, committees, List.of(), List.of());
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  public static Organisation empty() {
    return new Organisation(List.of(), List.of(), List.of());
  }

  /** A city (设区市) and the bureau that reviews for it ({@code city:<code>}, e.g. 杭州市经济和信息化局). */
  public record City(String code, String name, String bureau) {
    public String groupId() {
      return "city:" + code;
    }
  }

  /**
   * A county or district. {@code acceptancePoint} (职称受理点) and {@code hrBureau} (人力社保局) are the names of
   * its two reviewing bodies; a county without one of them has no such group.
   */
  public record County(String code, String name, String acceptancePoint, String city, String hrBureau) {
    public String groupId() {
      return "county:" + code;
    }

    public String hrGroupId() {
      return "hr:" + code;
    }
  }

  /** An industry supervising department (行业主管部门) of a county, e.g. 安吉县经济和信息化局. */
  public record Department(String code, String name, String county) {
    public String groupId() {
      return "dept:" + code;
    }
  }

  /**
   * An employer unit. {@code type} is 企业 or 事业单位; a public institution (事业单位) recommends applicants only
   * within its vacant posts, so it lists its professional posts per level (正高级, 副高级, 中级 …) as approved
   * and filled, as in the post table of seed 002 附件3 and seed 003 附件5 (核准数 / 实聘数 / 空缺数). {@code dept}
   * is its industry supervising department; {@code selfEvaluating} marks a unit that evaluates its own staff
   * (自主评聘单位, seed 003 三、（七）).
   */
  public record Unit(String code, String name, String county, String type, Map<String, Posts> posts, String dept,
      boolean selfEvaluating) {

    public static final String PUBLIC_INSTITUTION = "事业单位";

    public Unit {
      type = type == null || type.isBlank() ? "企业" : type;
      posts = posts == null ? Map.of() : Map.copyOf(posts);
    }

    public Unit(String code, String name, String county, String type, Map<String, Posts> posts) {
      this(code, name, county, type, posts, null, false);
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

  /** The preliminary committee (初评委) of a county, e.g. 青田县工艺美术初评委 (seed 001 四（一）3). */
  public record Precommittee(String county, String name) {
    public String groupId() {
      return "precommittee:" + county;
    }
  }

  /** A body known by a fixed group id, e.g. {@code province:33-jxt} 浙江省经济和信息化厅. */
  public record Body(String group, String name) {}

  public Optional<Unit> unit(String code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  public Optional<County> county(String code) {
    return counties.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** Every reviewing body's group id and name, in the order of the data. */
  public Map<String, String> reviewerGroups() {
    Map<String, String> groups = new LinkedHashMap<>();
    units.forEach(u -> groups.put(u.groupId(), u.name()));
    counties.forEach(c -> {
      if (c.acceptancePoint() != null && !c.acceptancePoint().isBlank()) {
        groups.put(c.groupId(), c.acceptancePoint());
      }
      if (c.hrBureau() != null && !c.hrBureau().isBlank()) {
        groups.put(c.hrGroupId(), c.hrBureau());
      }
    });
    departments.forEach(d -> groups.put(d.groupId(), d.name()));
    cities.forEach(c -> groups.put(c.groupId(), c.bureau()));
    bodies.forEach(b -> groups.put(b.group(), b.name()));
    precommittees.forEach(p -> groups.put(p.groupId(), p.name()));
    committees.forEach(c -> groups.put(c.groupId(), c.name()));
    return groups;
  }

  /** Where an applicant of this unit stands: what plans' groups and conditions are resolved against. */
  public Optional<ApplicantScope> scopeOf(String unitCode) {
    return unit(unitCode).map(u -> {
      Optional<County> county = county(u.county());
      return new ApplicantScope(u.code(), u.county(), county.map(County::city).orElse(null), u.dept(), u.type(),
          u.selfEvaluating(), u.name(), county.map(County::name).orElse(u.county()));
    });
  }
}
