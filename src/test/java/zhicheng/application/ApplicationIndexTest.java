package zhicheng.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import zhicheng.Migrations;
import zhicheng.eligibility.IdNumbers;
import zhicheng.process.DeclarationRefusedException;

/**
 * The application table without the engine (H2, as migrated): one application per person per plan, paging, filters
 * and who lists what. That the process keeps it in step is TitleApplicationProcessTest's; over HTTP on PostgreSQL,
 * with two declarations at the same moment, ApplicationListIntegrationTest's.
 */
class ApplicationIndexTest {

  private static final String PLAN = "hz-2023-hgqf-senior-engineer";
  private static final String OTHER_PLAN = "zj-2021-arts-crafts-senior";
  private static final JdbcDataSource DB = new JdbcDataSource();

  static {
    DB.setURL("jdbc:h2:mem:application-index-test;DB_CLOSE_DELAY=-1");
    Migrations.migrate(DB);
  }

  private final MutableClock clock = new MutableClock();
  private final ApplicationIndex index = new ApplicationIndex(DB, clock);

  @BeforeEach
  void empty() {
    JdbcTemplate jdbc = new JdbcTemplate(DB);
    jdbc.update("DELETE FROM zc_application_reader");
    jdbc.update("DELETE FROM zc_application");
  }

  @Test
  void aSecondDeclarationOfTheSamePersonToTheSamePlanIsRefusedNamingTheFirst() {
    declare("a1", "zhangsan", IdNumbers.person(0), PLAN, "hz-xihu-chem");
    index.statusChanged("a1", ApplicationStatus.IN_REVIEW, "审核中：用人单位审核", null, "unit", "用人单位审核", null);

    assertThatThrownBy(() -> declare("a2", "zhangsan", IdNumbers.person(0), PLAN, "hz-xihu-chem"))
        .isInstanceOf(DeclarationRefusedException.class)
        .hasMessageContaining("身份证号 " + IdNumbers.person(0) + " 已向本计划申报，申报编号 ZC-a1，当前状态：审核中：用人单位审核")
        .hasMessageContaining("被退回不予通过、逾期不予受理、视作自动放弃或评审未通过的，可重新申报");
    assertThat(index.find("a2")).isEmpty();
    assertThat(index.count()).isEqualTo(1);

    // another plan, another person: both fine
    declare("a3", "zhangsan", IdNumbers.person(0), OTHER_PLAN, "hz-xihu-chem");
    declare("a4", "lisi", IdNumbers.person(1), PLAN, "hz-xihu-chem");
    assertThat(index.count()).isEqualTo(3);
  }

  @Test
  void passedApplicationsKeepThePlaceRejectedOverdueWithdrawnAndNotPassedOnesGiveItBack() {
    declare("a1", "zhangsan", IdNumbers.person(0), PLAN, "hz-xihu-chem");
    index.statusChanged("a1", ApplicationStatus.CERTIFIED, ApplicationStatus.CERTIFIED.text(), null, null, null, null);
    assertThatThrownBy(() -> declare("a2", "zhangsan", IdNumbers.person(0), PLAN, "hz-xihu-chem"))
        .hasMessageContaining("当前状态：评审通过，已发证");

    int n = 10;
    for (ApplicationStatus ends : List.of(ApplicationStatus.REJECTED, ApplicationStatus.OVERDUE,
        ApplicationStatus.WITHDRAWN, ApplicationStatus.NOT_PASSED)) {
      String id = "p" + n++;
      declare(id, "lisi", IdNumbers.person(1), PLAN, "hz-xihu-chem");
      index.statusChanged(id, ends, ends.text(), "原因", null, null, null);
      assertThat(index.holder(IdNumbers.person(1), PLAN)).as(ends.name()).isEmpty();
    }
    assertThat(index.count()).isEqualTo(5);
  }

  @Test
  void aCorrectedIdNumberFollowsAndMayNotTakeAnotherApplicationsPlace() {
    declare("a1", "zhangsan", IdNumbers.person(0), PLAN, "hz-xihu-chem");
    declare("a2", "lisi", IdNumbers.person(1), PLAN, "hz-xihu-chem");

    assertThatThrownBy(() -> index.statusChanged("a2", ApplicationStatus.IN_REVIEW, "审核中", null, null, null, null,
        "李四", IdNumbers.person(0))).isInstanceOf(DeclarationRefusedException.class)
        .hasMessageStartingWith("无法重新提交：身份证号 " + IdNumbers.person(0) + " 已向本计划申报，申报编号 ZC-a1");
    assertThat(index.find("a2").orElseThrow().idNumber()).isEqualTo(IdNumbers.person(1));

    // a correction of its own number (lower-case x as typed) and name
    String corrected = IdNumbers.person(2);
    index.statusChanged("a2", ApplicationStatus.IN_REVIEW, "审核中", null, null, null, null, "李思",
        corrected.toLowerCase());
    assertThat(index.find("a2").orElseThrow()).extracting(ApplicationIndex.Entry::idNumber,
        ApplicationIndex.Entry::applicantName).containsExactly(corrected.toUpperCase(), "李思");
    assertThat(index.holder(corrected.toUpperCase(), PLAN)).isPresent();
    assertThat(index.holder(IdNumbers.person(1), PLAN)).isEmpty();
  }

  @Test
  void anApplicationWhoseInstanceIsGoneGivesThePlaceBackWhenReleased() {
    declare("a1", "zhangsan", IdNumbers.person(0), PLAN, "hz-xihu-chem");
    index.release("a1");
    declare("a2", "zhangsan", IdNumbers.person(0), PLAN, "hz-xihu-chem");
    assertThat(index.holder(IdNumbers.person(0), PLAN)).get().extracting(ApplicationIndex.Entry::id).isEqualTo("a2");
  }

  @Test
  void theDatabaseRefusesASecondHolderEvenWithoutTheLookUp() {
    declare("a1", "zhangsan", IdNumbers.person(0), PLAN, "hz-xihu-chem");
    // what a second transaction that looked before the first committed would write
    assertThatThrownBy(() -> new JdbcTemplate(DB).update("INSERT INTO zc_application (id, applicant, id_number, plan_id, "
        + "status, status_text, created_at, updated_at, held_plan_id) VALUES ('a2', 'zhangsan', ?, ?, 'IN_REVIEW', "
        + "'审核中', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)", IdNumbers.person(0), PLAN, PLAN))
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
  }

  @Test
  void pagesAreNewestFirstWithTheTotalAndFiltersNarrowThem() {
    for (int i = 0; i < 7; i++) {
      clock.advance();
      declare("a" + i, "u" + i, IdNumbers.person(i), i % 2 == 0 ? PLAN : OTHER_PLAN,
          i < 4 ? "hz-xihu-chem" : "hz-xiaoshan-textile");
    }
    index.statusChanged("a5", ApplicationStatus.REJECTED, "不予通过", "材料不实", "county", "区县审核", null);

    ApplicationIndex.Page first = index.search(admin(), ApplicationIndex.Filter.NONE, 0, 3);
    assertThat(first.total()).isEqualTo(7);
    assertThat(first.items()).extracting(ApplicationIndex.Entry::id).containsExactly("a6", "a5", "a4");
    assertThat(index.search(admin(), ApplicationIndex.Filter.NONE, 2, 3).items())
        .extracting(ApplicationIndex.Entry::id).containsExactly("a0");
    assertThat(index.search(admin(), ApplicationIndex.Filter.NONE, 3, 3).items()).isEmpty();

    assertThat(ids(new ApplicationIndex.Filter(null, PLAN, null, null))).containsExactly("a6", "a4", "a2", "a0");
    assertThat(ids(new ApplicationIndex.Filter(null, null, null, "hz-xiaoshan-textile"))).containsExactly("a6", "a5", "a4");
    assertThat(ids(new ApplicationIndex.Filter("REJECTED", null, "county", null))).containsExactly("a5");
    assertThat(ids(new ApplicationIndex.Filter("IN_REVIEW", OTHER_PLAN, null, "hz-xihu-chem"))).containsExactly("a3", "a1");
    assertThatThrownBy(() -> index.search(admin(), ApplicationIndex.Filter.NONE, 0, 51))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReviewerListsWhatItsGroupsReviewAnApplicantItsOwn() {
    declare("a1", "zhangsan", IdNumbers.person(0), PLAN, "hz-xihu-chem");
    declare("a2", "lisi", IdNumbers.person(1), PLAN, "hz-xihu-chem");
    declare("a3", "wangwu", IdNumbers.person(2), PLAN, "hz-xiaoshan-textile");
    index.addReader("a1", "unit:hz-xihu-chem");
    index.addReader("a2", "unit:hz-xihu-chem");
    index.addReader("a1", "county:330106");
    index.addReader("a1", "county:330106"); // again: no second row
    index.addReader("a3", "unit:hz-xiaoshan-textile");

    assertThat(ids(reviewer("xihu-hr", "unit:hz-xihu-chem"))).containsExactlyInAnyOrder("a1", "a2");
    assertThat(ids(reviewer("xihu-jxj", "county:330106"))).containsExactly("a1");
    assertThat(ids(reviewer("hgqf-office", "office:hz-hgqf-senior"))).isEmpty();
    assertThat(index.search(reviewer("xihu-jxj", "county:330106"), ApplicationIndex.Filter.NONE, 0, 20).total())
        .isEqualTo(1);
    assertThat(ids(ApplicationIndex.Viewer.applicant("lisi"))).containsExactly("a2");
    assertThat(ids(admin())).hasSize(3);
    // a reviewer who declared himself sees his own beside his group's
    assertThat(ids(new ApplicationIndex.Viewer("wangwu", List.of("county:330106"), false)))
        .containsExactlyInAnyOrder("a1", "a3");

    assertThat(index.find("a3", reviewer("xihu-hr", "unit:hz-xihu-chem"))).isEmpty();
    assertThat(index.find("a3", ApplicationIndex.Viewer.applicant("wangwu"))).isPresent();
  }

  // ---- helpers ----

  private void declare(String id, String applicant, String idNumber, String plan, String unit) {
    index.declared(new ApplicationIndex.Declared(id, "ZC-" + id, applicant, "申报人" + id, idNumber, plan, "计划 " + plan,
        unit, "单位 " + unit, "330106", "西湖区", "hz-hgqf-senior"), ApplicationStatus.IN_REVIEW,
        ApplicationStatus.IN_REVIEW.text());
  }

  private List<String> ids(ApplicationIndex.Filter filter) {
    return index.search(admin(), filter, 0, 50).items().stream().map(ApplicationIndex.Entry::id).toList();
  }

  private List<String> ids(ApplicationIndex.Viewer viewer) {
    return index.search(viewer, ApplicationIndex.Filter.NONE, 0, 50).items().stream().map(ApplicationIndex.Entry::id)
        .toList();
  }

  private static ApplicationIndex.Viewer admin() {
    return new ApplicationIndex.Viewer("admin", List.of("camunda-admin"), true);
  }

  private static ApplicationIndex.Viewer reviewer(String user, String group) {
    return new ApplicationIndex.Viewer(user, List.of(group), false);
  }

  /** A second later at each advance: rows get distinct declaration times. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2023-08-20T02:00:00Z");

    void advance() {
      now = now.plusSeconds(1);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
