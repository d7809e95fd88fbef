package zhicheng.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import zhicheng.application.ApplicationVariables;
import zhicheng.application.EligibilityStep;
import zhicheng.eligibility.DeclarationCheck;
import zhicheng.eligibility.IdNumber;
import zhicheng.eligibility.Material;
import zhicheng.eligibility.RouteRules;
import zhicheng.eligibility.Sources;
import zhicheng.levels.LevelVariables;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.security.CurrentUser;
import zhicheng.web.ApplicationController.ApplicationView;
import zhicheng.web.FormOptions;

/**
 * 修改申报材料 (a level's 退回): the reviewer's reason on top, a new file for any material (one at a time, judged by
 * content on arrival, {@link Uploads}), the declared fields and 资格核验信息 editable (the same markup and rows as
 * 新申报, prefilled with the profile the level holds; sent as the JSON {@code profile} the start form sends), all resubmitted into the same task of the same
 * process as the applicant, where the engine re-checks the declaration exactly as it does for
 * Tasklist's form (CorrectionSubmittedListener). The rules a person can see at once are answered beside the field
 * by the same code (ID check digit, the 1000-character statement); a refusal of the engine is shown with every
 * finding and its notice, and the values stay as typed.
 */
@Controller
public class CorrectionPage {

  private static final String KIND = "correction";
  private static final String PROFILE = ApplicationVariables.PROFILE.name();
  /** What the correction form lets the applicant write (forms/correction.form); the guard holds to the same list. */
  static final List<String> FIELDS =
      List.of("applicantName", "idNumber", "route", "education", "currentTitle", "currentTitleDate", "statement");
  static final List<String> ROUTES = List.of(RouteRules.NORMAL, RouteRules.TRANSFER, RouteRules.HIGH_SKILL,
      RouteRules.EXCEPTIONAL, RouteRules.DIRECT);
  static final List<String> EDUCATIONS = List.of("博士研究生", "硕士研究生", "第二学士学位", "大学本科", "大学专科", "中专", "其他");

  private final ApplicantsApplications applications;
  private final TaskService tasks;
  private final AsApplicant as;
  private final Uploads uploads;
  private final HistoryService history;
  private final FormOptions options;
  private final DeclarationPages declarations;

  public CorrectionPage(ApplicantsApplications applications, TaskService tasks, AsApplicant as, Uploads uploads,
      HistoryService history, FormOptions options, DeclarationPages declarations) {
    this.applications = applications;
    this.tasks = tasks;
    this.as = as;
    this.uploads = uploads;
    this.history = history;
    this.options = options;
    this.declarations = declarations;
  }

  @GetMapping("/portal/applications/{id}/tasks/{taskId}/correction")
  public String page(@PathVariable String id, @PathVariable String taskId, HttpServletRequest request, Model model) {
    CurrentUser user = CurrentUser.current();
    ApplicationView application = applications.one(id, request);
    Task task = applications.openTask(user, application, taskId, KIND);
    Map<String, Object> v = as.call(user, () -> tasks.getVariables(taskId));
    Map<String, String> values = new LinkedHashMap<>();
    FIELDS.forEach(f -> values.put(f, v.get(f) == null ? "" : v.get(f).toString()));
    // 资格核验信息 as the level holds it (the application's, handed to the level); an older level has none: the application's
    TypedValue profile = as.call(user, () -> tasks.getVariableTyped(taskId, PROFILE, false));
    if (profile == null) {
      profile = applicationProfile(application.id());
    }
    Map<String, List<String>> fields = new LinkedHashMap<>(DraftProfile.fields(EligibilityStep.json(profile)));
    Drafts.Draft draft = new Drafts.Draft(0, user.id(), String.valueOf(v.get("planId")), fields, null);
    return show(model, application, task, v.get(LevelVariables.RETURN_REASON.name()), values, draft, Map.of(),
        Map.of(), List.of());
  }

  /**
   * A new file for one material (a clearer scan, another photo): judged by content on arrival as on the upload page,
   * kept for this task until 重新提交 hands it to the process, replaceable until then.
   */
  @PostMapping("/portal/applications/{id}/tasks/{taskId}/correction/files/{material}")
  public String upload(@PathVariable String id, @PathVariable String taskId, @PathVariable String material,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
      RedirectAttributes redirect) throws IOException {
    CurrentUser user = CurrentUser.current();
    applications.openTask(user, applications.one(id, request), taskId, KIND);
    return uploads.answer(user.id(), id, taskId, "correction", material, file, redirect, "已上传并通过格式检查，重新提交后替换原文件");
  }

  @PostMapping("/portal/applications/{id}/tasks/{taskId}/correction")
  public String submit(@PathVariable String id, @PathVariable String taskId,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.current();
    ApplicationView application = applications.one(id, request);
    if (as.call(user, () -> tasks.createTaskQuery().taskId(taskId).count()) == 0) {
      redirect.addFlashAttribute("done", "修改后的申报已提交过，无需重复提交。");
      return "redirect:/portal/applications/" + id;
    }
    Task task = applications.openTask(user, application, taskId, KIND);
    Map<String, String> values = new LinkedHashMap<>();
    FIELDS.forEach(f -> values.put(f, form.getFirst(f) == null ? "" : form.getFirst(f).strip()));
    Map<String, String> errors = fieldErrors(values);
    Object reason = as.call(user, () -> tasks.getVariable(taskId, LevelVariables.RETURN_REASON.name()));
    // 资格核验信息 as typed, read as 新申报 reads it; the plan is the application's (a correction cannot change it)
    Map<String, List<String>> fields = new LinkedHashMap<>(form);
    fields.remove("_csrf");
    fields.put("planId", List.of(String.valueOf(as.call(user, () -> tasks.getVariable(taskId, "planId")))));
    Drafts.Draft draft = new Drafts.Draft(0, user.id(), fields.get("planId").get(0), fields, null);
    if (!errors.isEmpty()) {
      return show(model, application, task, reason, values, draft, errors, Map.of(), List.of());
    }
    // each unmet rule beside its field before anything is sent, by the check the process runs (materials: there)
    Map<String, List<String>> beside = new LinkedHashMap<>(declarations.check(draft));
    beside.remove("ok");
    if (!beside.isEmpty()) {
      return show(model, application, task, reason, values, draft, Map.of(), beside, List.of());
    }
    VariableMap variables = uploads.files(user.id(), taskId);
    values.forEach(variables::putValue);
    variables.putValueTyped(PROFILE, SpinValues.jsonValue(DraftProfile.json(draft).toString()).create());
    try {
      as.run(user, () -> tasks.complete(taskId, variables));
    } catch (DeclarationRefusedException refused) {
      return show(model, application, task, reason, values, draft, Map.of(), Map.of(), refused.findings());
    } catch (ProcessEngineException gone) {
      if (as.call(user, () -> tasks.createTaskQuery().taskId(taskId).count()) > 0) {
        throw gone;
      }
      redirect.addFlashAttribute("done", "修改后的申报已提交过，无需重复提交。");
      return "redirect:/portal/applications/" + id;
    }
    uploads.clear(user.id(), taskId);
    redirect.addFlashAttribute("done", "修改后的申报已提交，由退回的审核层级重新审核。");
    return "redirect:/portal/applications/" + id;
  }

  /** The rules a field answers by itself, by the same code the process runs. */
  static Map<String, String> fieldErrors(Map<String, String> values) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (values.get("applicantName").isBlank()) {
      errors.put("applicantName", "请填写姓名");
    }
    IdNumber.problem(values.get("idNumber")).ifPresent(p -> errors.put("idNumber", p));
    String statement = values.get("statement");
    int length = statement.codePointCount(0, statement.length());
    if (statement.isBlank()) {
      errors.put("statement", "请填写本人述职");
    } else if (length > DeclarationCheck.STATEMENT_MAX_CHARACTERS) {
      errors.put("statement", "本人述职限" + DeclarationCheck.STATEMENT_MAX_CHARACTERS + "字以内，现为" + length
          + "字（依据：" + Sources.STATEMENT + "）");
    }
    return errors;
  }

  private String show(Model model, ApplicationView application, Task task, Object reason, Map<String, String> values,
      Drafts.Draft draft, Map<String, String> errors, Map<String, List<String>> beside, List<String> findings) {
    model.addAttribute("a", application);
    model.addAttribute("task", task);
    model.addAttribute("reason", reason);
    model.addAttribute("v", values);
    model.addAttribute("errors", errors);
    model.addAttribute("findings", new ArrayList<>(findings));
    model.addAttribute("d", draft);
    model.addAttribute("beside", beside);
    model.addAttribute("choices", options.declarationChoices(draft.planId()));
    DeclarationPages.profileRows(model, draft);
    model.addAttribute("routes", ROUTES);
    model.addAttribute("educations", EDUCATIONS);
    model.addAttribute("statementMax", DeclarationCheck.STATEMENT_MAX_CHARACTERS);
    CurrentUser user = CurrentUser.current();
    model.addAttribute("materials", Material.values());
    model.addAttribute("uploads", uploads.of(user.id(), task.getId()));
    model.addAttribute("before", filesOf(application.id()));
    model.addAttribute("maxMb", Uploads.MAX_MB);
    return "portal/correction";
  }

  /** The application's own profile (the person's own application), read as stored. */
  private TypedValue applicationProfile(String applicationId) {
    HistoricVariableInstance v = history.createHistoricVariableInstanceQuery().processInstanceId(applicationId)
        .variableName(PROFILE).disableCustomObjectDeserialization().singleResult();
    return v == null ? null : v.getTypedValue();
  }

  /** The file names the application holds now, by material variable (the person's own application). */
  private Map<String, String> filesOf(String applicationId) {
    Map<String, String> names = new LinkedHashMap<>();
    String[] variables = Arrays.stream(Material.values()).map(Material::variable).toArray(String[]::new);
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(applicationId)
        .variableNameIn(variables).disableBinaryFetching().list()) {
      if (v.getTypedValue() instanceof FileValue f && f.getFilename() != null) {
        names.put(v.getName(), f.getFilename());
      }
    }
    return names;
  }
}
