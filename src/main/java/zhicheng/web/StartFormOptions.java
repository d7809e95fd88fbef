package zhicheng.web;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.DeclarationCheck;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;

/**
 * The choices of the declaration form, from the data at the moment the form is opened: the plans (and rows of
 * plan tables) still open today, the units of the organisation, the routes those plans accept. The form
 * (forms/declaration.form, a Camunda Form edited in Modeler) names them as select/radio fields whose options
 * come from “input data” under the keys {@link #PLANS}, {@link #UNITS} and {@link #ROUTES}; Tasklist 7.24
 * gives a start form no input data, so these options are written into the form as it is served (see
 * {@link StartFormOptionsFilter}). An administrator who opens next year's plan adds a file; nobody edits the form.
 */
@Component
public class StartFormOptions {

  public static final String PLANS = "planOptions";
  public static final String UNITS = "unitOptions";
  public static final String ROUTES = "routeOptions";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final Clock clock;

  public StartFormOptions(PlanRepository plans, OrganisationRepository organisation, Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.clock = clock;
  }

  public record Option(String label, String value) {}

  /**
   * Open plans, then the open rows of plan tables (in the order of the files and rows). A row is named first,
   * with its month, as the notice's table does; one the notice answers otherwise says so in its label.
   */
  public List<Option> plans() {
    List<Plan> open = plans.openChoices(clock.instant());
    return java.util.stream.Stream.concat(open.stream().filter(p -> p.row() == null),
        open.stream().filter(p -> p.row() != null)).map(StartFormOptions::plan).toList();
  }

  private static Option plan(Plan p) {
    if (p.row() == null) {
      return new Option(p.title() + "（" + p.notice() + "）——网上申报截止" + DeclarationCheck.chinese(p.applicantDeadline()),
          p.id());
    }
    String parent = p.tableTitle();
    String row = p.row().label() + "（" + p.row().month().replace(" ", "") + "）——";
    if (p.refusalForEveryone().isPresent()) {
      return new Option(row + p.row().notes().replaceAll("[。.]$", "") + "：不受理评审申报（" + parent + "，" + p.notice()
          + "）", p.id());
    }
    return new Option(row + parent + "，" + p.notice() + "，网上申报截止" + DeclarationCheck.chinese(p.applicantDeadline()),
        p.id());
  }

  public List<Option> units() {
    Organisation org = organisation.get();
    return org.units().stream().map(u -> new Option(u.name() + "（"
        + org.county(u.county()).map(Organisation.County::name).orElse(u.county()) + "）", u.code())).toList();
  }

  /** The routes of the open plans, each once; the plan chosen decides which of them it accepts. */
  public List<Option> routes() {
    Set<String> routes = new LinkedHashSet<>();
    plans.openChoices(clock.instant()).forEach(p -> routes.addAll(p.routes()));
    return routes.stream().map(r -> new Option(r, r)).toList();
  }

  /**
   * The form with the options written in, or empty when it asks for none of them (any other form). A field
   * keeps its place, id and everything else an administrator set in Modeler.
   */
  public Optional<byte[]> fill(byte[] form) {
    JsonNode root;
    try {
      root = JSON.readTree(form);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (root == null || !root.isObject() || !root.has("components")) {
      return Optional.empty();
    }
    Map<String, Supplier<List<Option>>> sources = Map.of(PLANS, this::plans, UNITS, this::units, ROUTES, this::routes);
    boolean filled = fill(root.get("components"), sources);
    try {
      return filled ? Optional.of(JSON.writeValueAsBytes(root)) : Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

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
