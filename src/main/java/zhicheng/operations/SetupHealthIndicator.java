package zhicheng.operations;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import zhicheng.calendar.HolidayCalendar;
import zhicheng.plan.PlanRepository;
import zhicheng.security.OrganisationSetup;

/**
 * The readiness of the app's own data, as the health group {@code readiness} includes it (key {@code setup}).
 * Plans and the calendar are read while the context starts, but the organisation's groups, grants and demo
 * accounts are written into the engine only once the app is ready ({@link OrganisationSetup}, on
 * ApplicationReadyEvent), after the web server already answers: during that second a demo login gets 401 from
 * /api. A load balancer or an orchestrator asking /actuator/health/readiness sends no traffic until this is UP.
 */
@Component("setupHealthIndicator")
public class SetupHealthIndicator extends AbstractHealthIndicator {

  private final OrganisationSetup organisation;
  private final PlanRepository plans;
  private final HolidayCalendar calendar;

  public SetupHealthIndicator(OrganisationSetup organisation, PlanRepository plans, HolidayCalendar calendar) {
    super("组织机构、申报计划与工作日历的载入状态无法读取");
    this.organisation = organisation;
    this.plans = plans;
    this.calendar = calendar;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    int planCount = plans.all().size();
    int years = calendar.current().years().size();
    boolean ready = organisation.applied() && planCount > 0 && years > 0;
    (ready ? health.up() : health.outOfService())
        .withDetail("organisation", organisation.applied() ? "已载入" : "正在载入用户组与权限")
        .withDetail("plans", planCount)
        .withDetail("calendarYears", years);
  }
}
