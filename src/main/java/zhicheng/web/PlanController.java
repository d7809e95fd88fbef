package zhicheng.web;

import java.time.Clock;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.plan.Deadlines;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;

/** The plans in force; {@code open} says whether declarations are still accepted today. */
@RestController
@RequestMapping("/api/plans")
public class PlanController {

  private final PlanRepository plans;
  private final Clock clock;

  public PlanController(PlanRepository plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  public record PlanView(Plan plan, boolean open) {}

  @GetMapping
  public List<PlanView> list() {
    return plans.all().stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  public PlanView one(@PathVariable String id) {
    return plans.find(id).map(this::view).orElseThrow(() -> new NotFoundException("未知的申报计划：" + id));
  }

  private PlanView view(Plan p) {
    return new PlanView(p, !Deadlines.isPast(p.applicantDeadline(), clock.instant()));
  }
}
