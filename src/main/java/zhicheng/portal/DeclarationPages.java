package zhicheng.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

import zhicheng.process.DeclarationRefusedException;
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

  private static final ObjectMapper JSON = new ObjectMapper();
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

  public DeclarationPages(Drafts drafts, FormOptions options, RuntimeService runtime, AsApplicant as) {
    this.drafts = drafts;
    this.options = options;
    this.runtime = runtime;
    this.as = as;
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
    return show(model, draft, Map.of(), List.of());
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
    if (!"submit".equals(action)) {
      redirect.addFlashAttribute("saved", "草稿已保存（" + new BeijingTime().format(draft.updatedAt()) + "），关闭页面也不会丢失。");
      return "redirect:/portal/drafts/" + id;
    }
    Map<String, String> errors = fieldErrors(draft);
    if (!errors.isEmpty()) {
      return show(model, draft, errors, List.of());
    }
    ProcessInstance started;
    try {
      started = as.call(user, () -> runtime.startProcessInstanceByKey(ProcessKeys.TITLE_APPLICATION,
          variables(draft)));
    } catch (DeclarationRefusedException refused) {
      return show(model, draft, Map.of(), refused.findings());
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
    ObjectNode profile = JSON.createObjectNode();
    profile.put("employerType", draft.first("employerType"));
    profile.put("currentTitleLevel", draft.first("currentTitleLevel"));
    ArrayNode assessments = profile.putArray("assessments");
    rows(draft, "assessmentYear", "assessmentResult").forEach(r -> {
      if (!r.get(0).isBlank()) {
        assessments.addObject().put("year", number(r.get(0))).put("result", r.get(1));
      }
    });
    ArrayNode hours = profile.putArray("continuingEducation");
    rows(draft, "ceYear", "ceProfessional", "ceIndustryPublic", "ceGeneralPublic").forEach(r -> {
      if (!r.get(0).isBlank()) {
        hours.addObject().put("year", number(r.get(0))).put("professional", number(r.get(1)))
            .put("industryPublic", number(r.get(2))).put("generalPublic", number(r.get(3)));
      }
    });
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

  private static int number(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String show(Model model, Drafts.Draft draft, Map<String, String> errors, List<String> findings) {
    model.addAttribute("d", draft);
    Map<String, String> values = new LinkedHashMap<>();
    FIELDS.forEach(f -> values.put(f, draft.first(f)));
    model.addAttribute("v", values);
    model.addAttribute("plans", options.openPlans());
    model.addAttribute("units", options.units());
    model.addAttribute("routes", CorrectionPage.ROUTES);
    model.addAttribute("educations", CorrectionPage.EDUCATIONS);
    model.addAttribute("assessments", padded(rows(draft, "assessmentYear", "assessmentResult"), 2));
    model.addAttribute("hours", padded(rows(draft, "ceYear", "ceProfessional", "ceIndustryPublic", "ceGeneralPublic"), 4));
    model.addAttribute("errors", errors);
    model.addAttribute("findings", findings);
    model.addAttribute("statementMax", zhicheng.eligibility.DeclarationCheck.STATEMENT_MAX_CHARACTERS);
    return "portal/declaration";
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
