package zhicheng.security;

import java.lang.reflect.Field;
import java.util.Map;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What an engine command asks to do, as far as the guard cares: complete a task with variables, start an
 * instance with variables, claim, write variables directly, hand a task over, or leave a task by a side door.
 *
 * <p>The engine's commands keep their arguments in protected fields without getters, so they are read by
 * reflection here, in one place, by name. {@link #selfTest()} runs at engine start (and in a unit test): an
 * engine upgrade that renames a field stops the application instead of silently opening the door again.
 */
sealed interface GuardedCommand {

  /** Completing, resolving or submitting the form of a task, with the variables it carries. */
  record Completion(String taskId, Map<String, ?> variables) implements GuardedCommand {}

  /** Starting an instance (by id or key), with its start variables. */
  record Start(String definitionId, String definitionKey, Map<String, ?> variables) implements GuardedCommand {}

  /** Claiming a task for {@code userId}, or unclaiming it ({@code userId} null). */
  record Claim(String taskId, String userId) implements GuardedCommand {}

  /** Giving a claimed task back (REST's unclaim sets the assignee to nobody). */
  record Unclaim(String taskId) implements GuardedCommand {}

  /** Setting, changing or removing variables of a task or execution directly; {@code variables} null on removal. */
  record VariableWrite(Map<String, ?> variables) implements GuardedCommand {}

  /** Changing who holds a task: assignee, owner, delegation, candidate users or groups, the task itself. */
  record Reassignment() implements GuardedCommand {}

  /** Leaving a task or entering a process other than by its modelled path (BPMN error, escalation, start at an activity). */
  record SideDoor() implements GuardedCommand {}

  /** The guard's view of {@code command}, or null where the guard has nothing to say about it. */
  static GuardedCommand of(Command<?> command) {
    if (command instanceof CompleteTaskCmd c) { // also ResolveTaskCmd
      return new Completion(field(CompleteTaskCmd.class, "taskId", c), field(CompleteTaskCmd.class, "variables", c));
    }
    if (command instanceof SubmitTaskFormCmd c) {
      return new Completion(field(SubmitTaskFormCmd.class, "taskId", c), field(SubmitTaskFormCmd.class, "properties", c));
    }
    if (command instanceof StartProcessInstanceCmd c) {
      ProcessInstantiationBuilderImpl b = field(StartProcessInstanceCmd.class, "instantiationBuilder", c);
      return new Start(b.getProcessDefinitionId(), b.getProcessDefinitionKey(), b.getVariables());
    }
    if (command instanceof SubmitStartFormCmd c) {
      return new Start(field(SubmitStartFormCmd.class, "processDefinitionId", c), null,
          field(SubmitStartFormCmd.class, "variables", c));
    }
    if (command instanceof ClaimTaskCmd c) {
      return new Claim(field(ClaimTaskCmd.class, "taskId", c), field(ClaimTaskCmd.class, "userId", c));
    }
    if (command instanceof AbstractSetVariableCmd c) {
      return new VariableWrite(field(AbstractSetVariableCmd.class, "variables", c));
    }
    if (command instanceof AbstractPatchVariablesCmd c) {
      return new VariableWrite(field(AbstractPatchVariablesCmd.class, "variables", c));
    }
    if (command instanceof AbstractRemoveVariableCmd) {
      return new VariableWrite(null);
    }
    if (command instanceof AssignTaskCmd c && field(AbstractAddIdentityLinkCmd.class, "userId", c) == null) {
      return new Unclaim(field(AbstractSetTaskPropertyCmd.class, "taskId", c));
    }
    if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd
        || command instanceof DelegateTaskCmd || command instanceof SaveTaskCmd) {
      return new Reassignment();
    }
    if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd
        || command instanceof StartProcessInstanceAtActivitiesCmd) {
      return new SideDoor();
    }
    return null;
  }

  /** Fails when a field this class reads is missing from the engine's commands. */
  static void selfTest() {
    for (String[] f : new String[][] {
        {CompleteTaskCmd.class.getName(), "taskId"}, {CompleteTaskCmd.class.getName(), "variables"},
        {SubmitTaskFormCmd.class.getName(), "taskId"}, {SubmitTaskFormCmd.class.getName(), "properties"},
        {StartProcessInstanceCmd.class.getName(), "instantiationBuilder"},
        {SubmitStartFormCmd.class.getName(), "processDefinitionId"}, {SubmitStartFormCmd.class.getName(), "variables"},
        {ClaimTaskCmd.class.getName(), "taskId"}, {ClaimTaskCmd.class.getName(), "userId"},
        {AbstractSetVariableCmd.class.getName(), "variables"}, {AbstractPatchVariablesCmd.class.getName(), "variables"},
        {AbstractAddIdentityLinkCmd.class.getName(), "userId"}, {AbstractSetTaskPropertyCmd.class.getName(), "taskId"}}) {
      try {
        Class.forName(f[0]).getDeclaredField(f[1]);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("引擎版本与任务守卫不符：" + f[0] + " 没有字段 " + f[1]
            + "；请按新版本引擎修改 GuardedCommand", e);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Class<?> owner, String name, Object command) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return (T) f.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("引擎版本与任务守卫不符：" + owner.getName() + "." + name, e);
    }
  }
}
