package zhicheng.organisation;

import java.util.List;
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

  public record Unit(String code, String name, String county) {
    public String groupId() {
      return "unit:" + code;
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
