package zhicheng.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import zhicheng.calendar.HolidayCalendar;
import zhicheng.plan.PlanRepository;
import zhicheng.security.OrganisationSetup;

/** Readiness waits for the organisation: before OrganisationSetup has run, the indicator is OUT_OF_SERVICE. */
class SetupHealthIndicatorTest {

  @Test
  void outOfServiceUntilTheOrganisationIsInTheEngine() throws Exception {
    OrganisationSetup notYetApplied = new OrganisationSetup(null, null, null, null, null, null, false, "demo", "");
    HolidayCalendar calendar = new HolidayCalendar(HolidayCalendar.shipped(), Clock.systemUTC());
    PlanRepository plans = new PlanRepository(List.of(), LocalDate.of(2023, 8, 1));
    var health = new SetupHealthIndicator(notYetApplied, plans, calendar).health();
    assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    assertThat(health.getDetails()).containsEntry("organisation", "正在载入用户组与权限")
        .containsEntry("plans", 0);
    assertThat((Integer) health.getDetails().get("calendarYears")).isPositive();
  }
}
