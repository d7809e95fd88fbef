package zhicheng.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import zhicheng.eligibility.DeclarationCheck;
import zhicheng.eligibility.Decisions;
import zhicheng.eligibility.EligibilityCheck;
import zhicheng.eligibility.ProfileCheck;
import zhicheng.plan.PlanRepository;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.scoring.ScoringStandards;
import zhicheng.security.CurrentUser;
import zhicheng.vocabulary.ProcessKeys;
import zhicheng.web.FormOptions;

/**
 * 新申报: the plans open today, a declaration kept as a server-side draft ({@link Drafts}) until it is submitted, rows
 * of assessments and continuing education added and removed freely; submitting starts the application as the applicant
 * (the engine checks it exactly as Tasklist's start form: a refusal lists every finding, and the draft stays).
 */
@Controller
public class DeclarationPages {

  /**
   * The declaration's own fields (forms/declaration.form; the guard lets a start carry these): the plan and the unit,
   * which a correction may not change, and the correction's fields.
   */
  static final List<String> FIELDS =
      Stream.concat(Stream.of("planId", "unitCode"), CorrectionPage.FIELDS.stream()).toList();

  private final Drafts drafts;
  private final FormOptions options;
  private final RuntimeService runtime;
  private final AsApplicant as;
  private final PlanRepository plans;
  private final EligibilityCheck eligibility;
  private final ScoringStandards scoring;
  private final Clock clock;

  public DeclarationPages(Drafts drafts, FormOptions options, RuntimeService runtime, AsApplicant as,
      PlanRepository plans, Decisions decisions, ScoringStandards scoring, Clock clock) {
    this.drafts = drafts;
    this.options = options;
    this.runtime = runtime;
    this.as = as;
    this.plans = plans;
    this.eligibility = new EligibilityCheck(decisions, scoring);
    this.scoring = scoring;
    this.clock = clock;
  }

  @GetMapping("/portal/drafts")
  public String list(Model model) {
    model.addAttribute("drafts", drafts.of(CurrentUser.current().id()));
    return "portal/drafts";
  }

  @PostMapping("/portal/drafts")
  public String create() {
    return "redirect:/portal/drafts/" + drafts.create(CurrentUser.current().id());
  }

  @GetMapping("/portal/drafts/{id}")
  public String page(@PathVariable long id, Model model) {
    Drafts.Draft draft = drafts.find(CurrentUser.current().id(), id).orElseThrow(NotFound::new);
    return show(model, draft, Map.of(), List.of(), Map.of());
  }

  /**
   * 检查资格条件: the eligibility check the process runs once the materials are in (EligibilityCheck: the route and its
   * years, the gates, assessments, continuing education, 破格 conditions, the expert recommendation, the self-score),
   * on the draft as it stands, each unmet rule beside its field; nothing is declared. Materials are checked when they
   * are uploaded, after the declaration.
   */
  Map<String, List<String>> check(Drafts.Draft draft) {
    var plan = plans.find(draft.first("planId"));
    if (plan.isEmpty()) {
      return Map.of("planId", List.of("请先选择申报计划，再检查资格条件"));
    }
    try {
      var profile = DraftProfile.profile(draft);
      List<String> unjudgeable = ProfileCheck.problems(profile, plan.get(), scoring);
      if (!unjudgeable.isEmpty()) {
        return Map.of("", unjudgeable);
      }
      var result = eligibility.check(plan.get(), draft.first("route"), profile, null, null);
      Map<String, List<String>> beside = DraftProfile.besideFields(result.findings());
      return beside.isEmpty() ? Map.of("ok", List.of("按" + plan.get().notice() + "逐条核对，资格条件均已满足；提交申报后请上传申报材料。"))
          : beside;
    } catch (IllegalStateException e) {
      return Map.of("", List.of(e.getMessage()));
    }
  }

  @PostMapping("/portal/drafts/{id}")
  public String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
      @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.current();
    drafts.find(user.id(), id).orElseThrow(NotFound::new);
    Map<String, List<String>> fields = new LinkedHashMap<>(form);
    fields.remove("_csrf");
    fields.remove("action");
    drafts.save(user.id(), id, fields);
    Drafts.Draft draft = drafts.find(user.id(), id).orElseThrow(NotFound::new);
    if ("check".equals(action)) {
      return show(model, draft, fieldErrors(draft), List.of(), check(draft));
    }
    if (!"submit".equals(action)) {
      redirect.addFlashAttribute("saved", "草稿已保存（" + new BeijingTime().format(draft.updatedAt()) + "），关闭页面也不会丢失。");
      return "redirect:/portal/drafts/" + id;
    }
    Map<String, String> errors = fieldErrors(draft);
    if (!errors.isEmpty()) {
      return show(model, draft, errors, List.of(), Map.of());
    }
    ProcessInstance started;
    try {
      started = as.call(user, () -> runtime.startProcessInstanceByKey(ProcessKeys.TITLE_APPLICATION,
          variables(draft)));
    } catch (DeclarationRefusedException refused) {
      return show(model, draft, Map.of(), refused.findings(), Map.of());
    }
    drafts.delete(user.id(), id);
    redirect.addFlashAttribute("done", "申报已提交（申报编号 " + started.getBusinessKey() + "），请上传申报材料。");
    return "redirect:/portal/applications/" + started.getId();
  }

  static Map<String, String> fieldErrors(Drafts.Draft draft) {
    Map<String, String> values = new LinkedHashMap<>();
    CorrectionPage.FIELDS.forEach(f -> values.put(f, draft.first(f).strip()));
    Map<String, String> errors = new LinkedHashMap<>(CorrectionPage.fieldErrors(values));
    if (draft.first("planId").isBlank()) {
      errors.put("planId", "请选择申报计划");
    }
    if (draft.first("unitCode").isBlank()) {
      errors.put("unitCode", "请选择工作单位");
    }
    return errors;
  }

  /** What the start form would send: the declaration's fields and the group 资格核验信息 as the JSON {@code profile}. */
  static VariableMap variables(Drafts.Draft draft) {
    VariableMap v = Variables.createVariables();
    FIELDS.forEach(f -> v.putValue(f, draft.first(f).strip()));
    ObjectNode profile = DraftProfile.json(draft);
    v.putValueTyped("profile", SpinValues.jsonValue(profile.toString()).create());
    return v;
  }

  /** The rows of a repeated group, column by column as the form sends them. */
  static List<List<String>> rows(Drafts.Draft draft, String... columns) {
    List<List<String>> rows = new ArrayList<>();
    int n = draft.all(columns[0]).size();
    for (int i = 0; i < n; i++) {
      List<String> row = new ArrayList<>();
      for (String c : columns) {
        List<String> values = draft.all(c);
        row.add(i < values.size() && values.get(i) != null ? values.get(i).strip() : "");
      }
      rows.add(row);
    }
    return rows;
  }

  private String show(Model model, Drafts.Draft draft, Map<String, String> errors, List<String> findings,
      Map<String, List<String>> beside) {
    model.addAttribute("d", draft);
    Map<String, String> values = new LinkedHashMap<>();
    FIELDS.forEach(f -> values.put(f, draft.first(f)));
    model.addAttribute("v", values);
    model.addAttribute("plans", planChoices(draft));
    model.addAttribute("units", options.units());
    model.addAttribute("routes", CorrectionPage.ROUTES);
    model.addAttribute("educations", CorrectionPage.EDUCATIONS);
    profileRows(model, draft);
    model.addAttribute("errors", withStalePlan(draft, errors));
    model.addAttribute("findings", findings);
    model.addAttribute("beside", beside);
    model.addAttribute("choices", options.declarationChoices(draft.first("planId")));
    model.addAttribute("statementMax", DeclarationCheck.STATEMENT_MAX_CHARACTERS);
    return "portal/declaration";
  }

  /** The rows of 资格核验信息's repeated groups as the fragment portal/fields :: profile shows them, one at least. */
  static void profileRows(Model model, Drafts.Draft draft) {
    model.addAttribute("assessments", padded(rows(draft, "assessmentYear", "assessmentResult"), 2));
    model.addAttribute("hours", padded(rows(draft, "ceYear", "ceProfessional", "ceIndustryPublic", "ceGeneralPublic"), 4));
    model.addAttribute("claims", padded(rows(draft, "claimItem", "claimCount"), 2));
  }

  /** The plans open today, and the draft's own plan if it is no longer (or not yet) among them, marked so. */
  private List<FormOptions.Option> planChoices(Drafts.Draft draft) {
    List<FormOptions.Option> open = new ArrayList<>(options.openPlans());
    String planId = draft.first("planId");
    if (!planId.isBlank() && open.stream().noneMatch(o -> o.value().equals(planId))) {
      plans.find(planId).ifPresent(p -> open.add(0, new FormOptions.Option(p.title() + "（今日不受理申报）", p.id())));
    }
    return open;
  }

  /**
   * A draft saved while its plan was open, opened after the deadline: said beside the plan, with the notice's
   * deadline, before anyone types more into it (submitting it is refused by the process the same way).
   */
  private Map<String, String> withStalePlan(Drafts.Draft draft, Map<String, String> errors) {
    String planId = draft.first("planId");
    var plan = planId.isBlank() ? java.util.Optional.<zhicheng.plan.Plan>empty() : plans.find(planId);
    if (plan.isEmpty() || errors.containsKey("planId")) {
      return errors;
    }
    var now = clock.instant();
    String problem = plan.get().isNotYetOpen(now)
        ? "“" + plan.get().title() + "”网上个人申报自" + DeclarationCheck.chinese(plan.get().opens()) + "开始，尚未开始受理（"
            + plan.get().notice() + "）"
        : plan.get().isOpen(now) ? null : "“" + plan.get().title() + "”网上个人申报已于"
            + DeclarationCheck.chinese(plan.get().applicantDeadline()) + "截止，逾期不再受理（" + plan.get().notice()
            + "）。本草稿不能再提交，请选择今日可申报的计划";
    if (problem == null) {
      return errors;
    }
    Map<String, String> with = new LinkedHashMap<>(errors);
    with.put("planId", problem);
    return with;
  }

  /** At least one row to type into. */
  private static List<List<String>> padded(List<List<String>> rows, int columns) {
    if (!rows.isEmpty()) {
      return rows;
    }
    List<String> empty = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      empty.add("");
    }
    return List.of(empty);
  }
}
