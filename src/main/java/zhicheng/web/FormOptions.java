package zhicheng.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.DeclarationCheck;
import zhicheng.forwarding.Forwarding;
import zhicheng.eligibility.ExceptionalConditions;
import zhicheng.eligibility.Honours;
import zhicheng.eligibility.RouteRules;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.plan.Rehearsal;
import zhicheng.scoring.ScoringStandard;
import zhicheng.scoring.ScoringStandards;

/**
 * The choices of the forms, from the data at the moment a form is opened. The forms (forms/*.form, Camunda
 * Forms edited in Modeler) name them as select/radio fields whose options come from “input data” under the keys
 * {@link #PLANS}, {@link #UNITS}, {@link #ROUTES} and {@link #SCORE_ITEMS}; Tasklist 7.24 gives a start form no
 * input data, so the options are written into a form as it is served (see {@link FormOptionsFilter}):
 * <ul>
 *   <li>the declaration (start form): the plans and rows of plan tables open today, the units of the
 *       organisation, the routes, self-score items, titles (申报资格) of the rows, honours and exceptional-route
 *       conditions of those plans;</li>
 *   <li>an applicant's task form (补正资格条件, 修改申报材料): the routes, self-score items, titles of its row,
 *       honours and exceptional-route conditions of the application's own plan;</li>
 *   <li>报送花名册 (start form of batch-forwarding): the plans for which one of the caller's groups forwards
 *       ({@link #FORWARD_PLANS}).</li>
 * </ul>
 * An administrator who opens next year's plan adds a file; nobody edits a form.
 */
@Component
public class FormOptions {

  public static final String PLANS = "planOptions";
  public static final String UNITS = "unitOptions";
  public static final String ROUTES = "routeOptions";
  public static final String SCORE_ITEMS = "scoreItemOptions";
  /** 报送花名册: the plans (and rows) for which one of the caller's groups is a level that forwards. */
  public static final String FORWARD_PLANS = "forwardPlanOptions";
  /** 报送花名册: the caller's own forwarding bodies, by name (a person never types a group id). */
  public static final String FORWARD_BODIES = "forwardBodyOptions";
  /** 申报资格: the titles of plan-table rows (seed 003 附件1 所评/推荐), each with its level. */
  public static final String TITLES = "titleOptions";
  /** The honours that open the high-skill route directly, of the levels of the plans (seed 002, seed 004). */
  public static final String HONOURS = "honourOptions";
  /** The numbered conditions of the exceptional route, of the levels of the plans (seed 002: 2 of 6, seed 004: 3 of 6). */
  public static final String EXCEPTIONAL_CONDITIONS = "exceptionalConditionOptions";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final ScoringStandards scoring;
  private final Clock clock;

  public FormOptions(PlanRepository plans, OrganisationRepository organisation, ScoringStandards scoring,
      Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.scoring = scoring;
    this.clock = clock;
  }

  public record Option(String label, String value) {}

  /** The declaration form with today's choices written in; empty when it asks for none of them. */
  public Optional<byte[]> fillStartForm(byte[] form) {
    return fillStartForm(form, List.of());
  }

  /**
   * A start form with today's choices written in: the declaration's, and for 报送花名册 the plans for which one of
   * the caller's groups ({@code callerGroups}) forwards; empty when the form asks for none of them.
   */
  public Optional<byte[]> fillStartForm(byte[] form, List<String> callerGroups) {
    List<Plan> open = plans.openChoices(clock.instant());
    Map<String, Supplier<List<Option>>> sources = new java.util.HashMap<>(sources(open));
    sources.put(FORWARD_PLANS, () -> forwardPlans(callerGroups));
    sources.put(FORWARD_BODIES, () -> forwardBodies(callerGroups));
    return fill(form, sources);
  }

  /** Every plan and row in which one of the groups is a level with a level after it (README 文书 → 花名册). */
  List<Option> forwardPlans(List<String> callerGroups) {
    return demoCopiesFirst(Forwarding.plansFor(plans.choices(), organisation.get(), callerGroups).stream())
        .map(FormOptions::forwardOption).toList();
  }

  /** The caller's groups that forward in some plan, named as the organisation names them. */
  List<Option> forwardBodies(List<String> callerGroups) {
    Organisation org = organisation.get();
    Set<String> forwarding = Forwarding.forwardingGroups(plans.choices(), org);
    return callerGroups.stream().filter(forwarding::contains).distinct()
        .map(g -> new Option(org.reviewerGroups().getOrDefault(g, g), g)).toList();
  }

  /**
   * The demo copies (dates moved to today, {@link Rehearsal}) before the real plans they copy: in the demo they are
   * the ones with applications, and the real plan's round has long closed.
   */
  private static Stream<Plan> demoCopiesFirst(Stream<Plan> plans) {
    return plans.sorted(java.util.Comparator.comparing(p -> !isDemoCopy(p)));
  }

  /** hz-2023-hgqf-senior-engineer-demo, or a row of a copied table: aj-2021-titles-demo:15. */
  private static boolean isDemoCopy(Plan p) {
    return p.id().endsWith(Rehearsal.ID_SUFFIX) || p.id().contains(Rehearsal.ID_SUFFIX + ":");
  }

  /**
   * A plan to forward, named so that no two read alike: a row with its month, as the notice's table names it (seed
   * 003 附件1 has two rows 28 that differ only by month), and a demo copy by its title's mark.
   */
  static Option forwardOption(Plan p) {
    if (p.row() == null) {
      return new Option(p.title() + "（" + p.notice() + "）", p.id());
    }
    return new Option(p.tableTitle() + "·" + p.row().label() + "（" + p.row().month().replace(" ", "") + "，"
        + p.notice() + "）", p.id());
  }

  private Map<String, Supplier<List<Option>>> sources(List<Plan> choices) {
    return Map.of(PLANS, () -> plans(choices), UNITS, this::units, ROUTES, () -> routes(choices),
        SCORE_ITEMS, () -> scoreItems(choices), TITLES, () -> titles(choices), HONOURS, () -> honours(choices),
        EXCEPTIONAL_CONDITIONS, () -> exceptionalConditions(choices));
  }

  /** A task form of an application under {@code planId}: that plan's routes and self-score items. */
  public Optional<byte[]> fillTaskForm(byte[] form, String planId) {
    List<Plan> plan = plans.find(planId).stream().toList();
    return fill(form, sources(plan));
  }

  /**
   * Plans, then the rows of plan tables (in the order of the files and rows), demo copies first; only those that
   * accept applications. A row is named first, with its month, as the notice's table does.
   */
  List<Option> plans(List<Plan> choices) {
    // a row the notice answers otherwise (委托评审, 以考代评: no review here) is no choice: it only led to a refusal
    List<Plan> accepting = choices.stream().filter(p -> p.refusalForEveryone().isEmpty()).toList();
    return demoCopiesFirst(Stream.concat(accepting.stream().filter(p -> p.row() == null),
        accepting.stream().filter(p -> p.row() != null))).map(FormOptions::plan).toList();
  }

  private static Option plan(Plan p) {
    if (p.row() == null) {
      return new Option(p.title() + "（" + p.notice() + "）——网上申报截止" + DeclarationCheck.chinese(p.applicantDeadline()),
          p.id());
    }
    String row = p.row().label() + "（" + p.row().month().replace(" ", "") + "）——";
    if (p.refusalForEveryone().isPresent()) {
      return new Option(row + p.row().notes().replaceAll("[。.]$", "") + "：不受理评审申报（" + p.tableTitle() + "，"
          + p.notice() + "）", p.id());
    }
    return new Option(row + p.tableTitle() + "，" + p.notice() + "，网上申报截止"
        + DeclarationCheck.chinese(p.applicantDeadline()), p.id());
  }

  /**
   * The choices of the declaration's routes and group 资格核验信息 (routes, 申报资格, honours, 破格 conditions, self-score
   * items) for one plan, as its task forms offer them; for the plans open today while none is chosen (the start form's).
   */
  public Map<String, List<Option>> declarationChoices(String planId) {
    List<Plan> choices = planId == null || planId.isBlank() ? plans.openChoices(clock.instant())
        : plans.find(planId).stream().toList();
    Map<String, List<Option>> lists = new LinkedHashMap<>();
    lists.put(ROUTES, routes(choices));
    lists.put(TITLES, titles(choices));
    lists.put(HONOURS, honours(choices));
    lists.put(EXCEPTIONAL_CONDITIONS, exceptionalConditions(choices));
    lists.put(SCORE_ITEMS, scoreItems(choices));
    return lists;
  }

  /** The plans and plan-table rows open for declaration today, as the start form offers them. */
  public List<Option> openPlans() {
    return plans(plans.openChoices(clock.instant()));
  }

  public List<Option> units() {
    Organisation org = organisation.get();
    return org.units().stream().map(u -> new Option(u.name() + "（"
        + org.county(u.county()).map(Organisation.County::name).orElse(u.county()) + "）", u.code())).toList();
  }

  /** The routes of the plans, each once; the plan chosen decides which of them it accepts. */
  static List<Option> routes(Collection<Plan> choices) {
    Set<String> routes = new LinkedHashSet<>();
    choices.forEach(p -> routes.addAll(p.routes()));
    return routes.stream().map(r -> new Option(r, r)).toList();
  }

  /**
   * The titles of the rows among the plans, each once, with its level (and, for one row, its column): the
   * applicant of a plan table declares for one of them; the row chosen decides which it takes.
   */
  static List<Option> titles(Collection<Plan> choices) {
    List<Plan> rows = choices.stream().filter(p -> p.row() != null && p.refusalForEveryone().isEmpty()).toList();
    Map<String, Option> titles = new LinkedHashMap<>();
    rows.forEach(p -> p.row().titles().forEach(t -> titles.putIfAbsent(t.name(), new Option(t.name() + "（" + t.level()
        + (rows.size() == 1 ? "，" + t.column() + "资格" : "") + "）", t.name()))));
    return List.copyOf(titles.values());
  }

  /** Honours that open the high-skill route directly, for the levels of the plans that take that route. */
  static List<Option> honours(Collection<Plan> choices) {
    Map<String, List<String>> levels = new LinkedHashMap<>();
    for (Plan p : choices) {
      if (!p.routes().contains(RouteRules.HIGH_SKILL)) {
        continue;
      }
      List<String> planLevels = p.row() != null || p.hasRows() ? List.of("副高级", "中级") : List.of(p.rules().targetLevel());
      for (String level : planLevels) {
        Honours.forLevel(level).forEach(h -> {
          List<String> l = levels.computeIfAbsent(h, k -> new java.util.ArrayList<>());
          if (!l.contains(title(level))) {
            l.add(title(level));
          }
        });
      }
    }
    return levels.entrySet().stream()
        .map(e -> new Option(e.getKey() + "（可直接申报" + String.join("、", e.getValue()) + "）", e.getKey())).toList();
  }

  private static String title(String level) {
    return level.equals("副高级") ? "高级工程师（副高级）" : "工程师（中级）";
  }

  /**
   * The conditions of the exceptional route by number: one list when the plans share it, else each level's
   * wording after the number (the plan chosen decides which list counts).
   */
  static List<Option> exceptionalConditions(Collection<Plan> choices) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    choices.stream().filter(p -> p.row() == null && !p.hasRows() && p.routes().contains(RouteRules.EXCEPTIONAL))
        .map(p -> p.rules().targetLevel()).distinct()
        .forEach(level -> {
          List<String> conditions = ExceptionalConditions.forLevel(level);
          if (!conditions.isEmpty()) {
            lists.put(level.equals("副高级") ? "高级工程师（须三项以上）" : "工艺美术师（须两项以上）", conditions);
          }
        });
    List<Option> options = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int n = i;
      String label = lists.size() == 1 ? lists.values().iterator().next().get(n)
          : lists.entrySet().stream().map(e -> e.getKey() + "：" + e.getValue().get(n))
              .collect(java.util.stream.Collectors.joining("；"));
      options.add(new Option((n + 1) + ". " + label, String.valueOf(n + 1)));
    }
    return lists.isEmpty() ? List.of() : options;
  }

  /** The items of the plans' self-score standards (自评分申报, seed 000 附件2), with their points. */
  List<Option> scoreItems(Collection<Plan> choices) {
    Map<String, Option> items = new LinkedHashMap<>();
    choices.stream().map(p -> p.rules().scoringStandard()).filter(id -> !id.isBlank()).distinct()
        .map(scoring::find).flatMap(Optional::stream).forEach(standard -> items(standard).forEach(
            o -> items.putIfAbsent(o.value(), o)));
    return List.copyOf(items.values());
  }

  private static List<Option> items(ScoringStandard standard) {
    return standard.groups().stream().flatMap(g -> g.indicators().stream()).flatMap(i -> i.rules().stream())
        .flatMap(r -> r.items().stream())
        .map(i -> new Option(i.text() + "（" + i.points() + "分" + (i.unit() == null ? "" : "/" + i.unit()) + "）", i.id()))
        .toList();
  }

  /** The form with the options written in, or empty when it asks for none of them (any other form). */
  private static Optional<byte[]> fill(byte[] form, Map<String, Supplier<List<Option>>> sources) {
    JsonNode root;
    try {
      root = JSON.readTree(form);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (root == null || !root.isObject() || !root.has("components")) {
      return Optional.empty();
    }
    boolean filled = fill(root.get("components"), sources);
    try {
      return filled ? Optional.of(JSON.writeValueAsBytes(root)) : Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A field keeps its place, id and everything else an administrator set in Modeler; only its options are set. */
  private static boolean fill(JsonNode components, Map<String, Supplier<List<Option>>> sources) {
    boolean filled = false;
    for (JsonNode c : components) {
      JsonNode key = c.get("valuesKey");
      if (key != null && sources.containsKey(key.asText())) {
        ArrayNode values = ((ObjectNode) c).putArray("values");
        sources.get(key.asText()).get().forEach(o -> values.addObject().put("label", o.label()).put("value", o.value()));
        ((ObjectNode) c).remove("valuesKey");
        filled = true;
      }
      if (c.has("components")) {
        filled |= fill(c.get("components"), sources);
      }
    }
    return filled;
  }
}
