package zhicheng.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhicheng.application.ApplicationVariables;
import zhicheng.process.DeclarationRefusedException;

/**
 * The engine-side door keeper for people (see {@link TaskHolderGuard} for why it exists). It looks only at the
 * outermost command of a call made by a signed-in person, over /engine-rest, Tasklist's engine API or the Java
 * API: commands the process's own delegates and listeners run inside it, and everything the job executor and the
 * application run without a person signed in, are the process acting on its own data and pass untouched.
 */
final class GuardInterceptor extends CommandInterceptor {

  static final Logger LOG = LoggerFactory.getLogger("zhicheng.security");
  static final String ADMIN_GROUP = "camunda-admin";

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  /** The engine's services come from here once the engine is built (the interceptor is made before). */
  private final ProcessEngineConfigurationImpl engine;
  private volatile DeployedForms forms;

  GuardInterceptor(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      if (depth[0] == 1) {
        Authentication caller = services().getIdentityService().getCurrentAuthentication();
        GuardedCommand asked = caller == null || caller.getUserId() == null ? null : GuardedCommand.of(command);
        if (asked instanceof GuardedCommand.Unclaim u && !isAdmin(caller)) {
          unclaim(u, caller.getUserId());
          return null; // Command<Void>: done above, as the system
        }
        if (asked != null) {
          check(asked, caller);
        }
      }
      return next.execute(command);
    } finally {
      depth[0]--;
    }
  }

  private static boolean isAdmin(Authentication caller) {
    return caller.getGroupIds() != null && caller.getGroupIds().contains(ADMIN_GROUP);
  }

  /**
   * The engine's TASK_WORK lets a holder claim and complete, not unclaim (REST's unclaim sets the assignee, which
   * needs TASK_ASSIGN, the right to hand a task to anyone). Giving back what one claimed is no hand-over: the
   * assignee of the task may, and the guard does it for them; anyone else is refused.
   */
  private void unclaim(GuardedCommand.Unclaim u, String user) {
    Task task = task(u.taskId()).orElse(null);
    if (task == null || !user.equals(task.getAssignee())) {
      throw forbidden(user, "退回不属于自己的任务认领", "只能退回自己认领的任务");
    }
    forms().asSystem(() -> {
      services().getTaskService().setAssignee(task.getId(), null);
      return null;
    });
  }

  private void check(GuardedCommand asked, Authentication caller) {
    String user = caller.getUserId();
    boolean admin = isAdmin(caller);
    if (asked instanceof GuardedCommand.VariableWrite w) {
      values(user, w.variables(), Set.of());
      if (!admin) {
        throw forbidden(user, "直接写流程变量" + names(w.variables()),
            "流程数据只能由流程本身写入：请通过任务表单提交，表单之外的数据（审核层级、审核组、截止日期、状态、审核记录等）任何人都不能改写");
      }
    } else if (asked instanceof GuardedCommand.Reassignment) {
      if (!admin) {
        throw forbidden(user, "改变任务的办理人、候选人或候选组",
            "任务的办理人、候选人和候选组由流程按申报计划确定，只能认领给自己或退回认领；转办、委托、增减候选人或候选组只能由管理员操作");
      }
    } else if (asked instanceof GuardedCommand.SideDoor) {
      if (!admin) {
        throw forbidden(user, "以 BPMN 错误、升级事件或从中间环节启动流程",
            "任务只能按流程办理：提交表单完成任务，申报从提交申报开始");
      }
    } else if (asked instanceof GuardedCommand.Claim c) {
      if (!admin && c.userId() != null && !c.userId().equals(user)) {
        throw forbidden(user, "替他人（" + Shown.name(c.userId()) + "）认领任务", "只能为自己认领任务");
      }
      if (c.userId() != null) {
        task(c.taskId()).ifPresent(t -> notOwnApplication(user, t));
      }
    } else if (asked instanceof GuardedCommand.Completion c) {
      checkCompletion(c, user, admin);
    } else if (asked instanceof GuardedCommand.Start s) {
      values(user, s.variables(), Set.of());
      ProcessDefinition definition = admin ? null : definition(s);
      if (definition != null) {
        onlyDeclared(user, s.variables(), forms().start(definition.getId()).names(),
            "“" + definition.getName() + "”的开始表单");
      }
    }
  }

  private void checkCompletion(GuardedCommand.Completion c, String user, boolean admin) {
    Task task = task(c.taskId()).orElse(null);
    if (task == null) {
      values(user, c.variables(), Set.of());
      return; // the engine answers a task that does not exist itself
    }
    DeployedForms.TaskRule rule = forms().task(task);
    values(user, c.variables(), rule.writable().files());
    if (!admin) {
      onlyDeclared(user, c.variables(), rule.writable().names(), "任务表单");
      notOwnApplication(user, task);
    }
  }

  /** A completion or start carries only what its form declares. */
  private static void onlyDeclared(String user, Map<String, ?> variables, Set<String> declared, String form) {
    if (variables == null) {
      return;
    }
    Set<String> undeclared = new TreeSet<>(variables.keySet());
    undeclared.removeAll(declared);
    if (!undeclared.isEmpty()) {
      throw forbidden(user, "随" + form + "提交表单之外的变量" + names(undeclared),
          form + "中没有这些项，不能随表单提交：" + String.join("、", undeclared.stream().limit(10).map(Shown::name).toList())
              + "（流程数据只能由流程本身写入）");
    }
  }

  /** The applicant of an application never completes or claims one of its review tasks, whatever the data says. */
  private void notOwnApplication(String user, Task task) {
    if (task.getProcessInstanceId() == null) {
      return;
    }
    String applicant = forms().asSystem(() -> applicantOf(task));
    if (user.equals(applicant) && !forms().task(task).applicantsOwn()) {
      throw forbidden(user, "审核本人的申报（任务 " + task.getId() + "）", "申报人不能审核本人的申报");
    }
  }

  /** The application's applicant: the task's own instance, else the application it was called from. */
  private String applicantOf(Task task) {
    var runtime = services().getRuntimeService();
    String applicant = ApplicationVariables.APPLICANT.get(runtime, task.getProcessInstanceId());
    if (applicant == null) {
      var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
      if (instance != null && !Objects.equals(instance.getRootProcessInstanceId(), instance.getId())) {
        applicant = ApplicationVariables.APPLICANT.get(runtime, instance.getRootProcessInstanceId());
      }
    }
    return applicant;
  }

  private static void values(String user, Map<String, ?> variables, Set<String> fileFields) {
    List<String> problems = VariableValues.problems(variables, fileFields);
    if (!problems.isEmpty()) {
      LOG.warn("已拒绝：用户 {} 提交了不被接受的变量值：{}", user, problems);
      throw new DeclarationRefusedException("提交的数据未被接受", problems);
    }
  }

  private java.util.Optional<Task> task(String taskId) {
    if (taskId == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.ofNullable(forms().asSystem(() -> services().getTaskService().createTaskQuery()
        .taskId(taskId).initializeFormKeys().singleResult()));
  }

  private ProcessDefinition definition(GuardedCommand.Start s) {
    return forms().asSystem(() -> {
      var query = services().getRepositoryService().createProcessDefinitionQuery();
      if (s.definitionId() != null) {
        return query.processDefinitionId(s.definitionId()).singleResult();
      }
      return s.definitionKey() == null ? null
          : query.processDefinitionKey(s.definitionKey()).latestVersion().withoutTenantId().singleResult();
    });
  }

  private static AuthorizationException forbidden(String user, String attempt, String message) {
    LOG.warn("已拒绝：用户 {} 试图{}", user, attempt);
    return new AuthorizationException(message);
  }

  private static String names(Map<String, ?> variables) {
    return variables == null ? "" : names(variables.keySet());
  }

  private static String names(java.util.Collection<String> names) {
    List<String> shown = new ArrayList<>();
    names.stream().limit(10).forEach(n -> shown.add(Shown.name(n)));
    return shown.toString();
  }

  private ProcessEngineConfigurationImpl services() {
    return engine;
  }

  private DeployedForms forms() {
    if (forms == null) {
      forms = new DeployedForms(engine.getIdentityService(), engine.getFormService(), engine.getRepositoryService(),
          engine.getTaskService());
    }
    return forms;
  }
}
