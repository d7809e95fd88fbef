package zhicheng.portal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import zhicheng.application.ApplicationVariables;
import zhicheng.eligibility.Material;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.security.CurrentUser;
import zhicheng.web.ApplicationController.ApplicationView;

/**
 * 上传申报材料 on a phone or a desktop: one file at a time, each judged by content on arrival ({@link Uploads}),
 * the limits stated before upload; then one submission completes the task as the applicant with the files, and the
 * process runs its eligibility check exactly as after Tasklist's upload form.
 */
@Controller
public class MaterialsPage {

  private static final String KIND = "materials";

  private final ApplicantsApplications applications;
  private final Uploads uploads;
  private final TaskService tasks;
  private final AsApplicant as;

  public MaterialsPage(ApplicantsApplications applications, Uploads uploads, TaskService tasks, AsApplicant as) {
    this.applications = applications;
    this.uploads = uploads;
    this.tasks = tasks;
    this.as = as;
  }

  @GetMapping("/portal/applications/{id}/tasks/{taskId}/materials")
  public String page(@PathVariable String id, @PathVariable String taskId, HttpServletRequest request, Model model) {
    CurrentUser user = CurrentUser.current();
    ApplicationView application = applications.one(id, request);
    Task task = applications.openTask(user, application, taskId, KIND);
    Map<String, Object> v = as.call(user, () -> tasks.getVariables(taskId, List.of(
        ApplicationVariables.REQUIRED_MATERIALS_TEXT.name(), ApplicationVariables.FINDINGS_TEXT.name())));
    model.addAttribute("a", application);
    model.addAttribute("task", task);
    model.addAttribute("required", v.get(ApplicationVariables.REQUIRED_MATERIALS_TEXT.name()));
    model.addAttribute("findings", v.get(ApplicationVariables.FINDINGS_TEXT.name()));
    model.addAttribute("materials", Material.values());
    model.addAttribute("uploads", uploads.of(user.id(), taskId));
    model.addAttribute("maxMb", Uploads.MAX_MB);
    return "portal/materials";
  }

  /** One file: kept when its content passes, else the reason beside its field and nothing kept. */
  @PostMapping("/portal/applications/{id}/tasks/{taskId}/materials/{material}")
  public String upload(@PathVariable String id, @PathVariable String taskId, @PathVariable String material,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
      RedirectAttributes redirect) throws IOException {
    CurrentUser user = CurrentUser.current();
    applications.openTask(user, applications.one(id, request), taskId, KIND);
    return uploads.answer(user.id(), id, taskId, "materials", material, file, redirect, "已上传并通过格式检查");
  }

  @PostMapping("/portal/applications/{id}/tasks/{taskId}/materials/submit")
  public String submit(@PathVariable String id, @PathVariable String taskId, HttpServletRequest request,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.current();
    ApplicationView application = applications.one(id, request);
    if (as.call(user, () -> tasks.createTaskQuery().taskId(taskId).count()) == 0) {
      redirect.addFlashAttribute("done", "申报材料已提交过，无需重复提交。");
      return "redirect:/portal/applications/" + id;
    }
    applications.openTask(user, application, taskId, KIND);
    VariableMap files = uploads.files(user.id(), taskId);
    if (files.isEmpty()) {
      redirect.addFlashAttribute("submitError", List.of("请先上传申报材料"));
      return "redirect:/portal/applications/" + id + "/tasks/" + taskId + "/materials";
    }
    try {
      as.run(user, () -> tasks.complete(taskId, files));
    } catch (DeclarationRefusedException refused) {
      redirect.addFlashAttribute("submitError", refused.findings());
      return "redirect:/portal/applications/" + id + "/tasks/" + taskId + "/materials";
    } catch (ProcessEngineException gone) {
      if (as.call(user, () -> tasks.createTaskQuery().taskId(taskId).count()) > 0) {
        throw gone;
      }
      redirect.addFlashAttribute("done", "申报材料已提交过，无需重复提交。");
      return "redirect:/portal/applications/" + id;
    }
    uploads.clear(user.id(), taskId);
    redirect.addFlashAttribute("done", "申报材料已提交，系统已进行资格核验。");
    return "redirect:/portal/applications/" + id;
  }
}
