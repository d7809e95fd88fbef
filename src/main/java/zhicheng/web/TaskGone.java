package zhicheng.web;

import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.util.EngineUtil;

import zhicheng.process.Causes;

/**
 * A completion that lost to another one can fail later than at finding the task: on PostgreSQL the loser reads the
 * task before the winner commits and what hangs on it after, when the winner's completion has deleted it with the
 * task — the task's grants (the engine's authorization check refuses, 403) or its execution (the engine's own code
 * fails on the missing execution tree with a NullPointerException, 500). Both found by the two-node test,
 * TwoNodesIntegrationTest. Whether the task is still there decides: gone, the person came second (409,
 * {@link LostRace}); still there, the failure stands, so a reviewer acting on another unit's task is still told no.
 */
final class TaskGone {

  private TaskGone() {}

  /** Whether {@code t}, failing a request to {@code path}, is a refusal or a failure on a task already gone. */
  static boolean after(Throwable t, String path) {
    Optional<String> task = LostRace.actedOnTask(path);
    if (task.isEmpty() || Causes.find(t, AuthorizationException.class).isEmpty()
        && Causes.find(t, NullPointerException.class).isEmpty()) {
      return false;
    }
    String taskId = task.get();
    ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
    // read by id as the engine does before its checks, without the signed-in user's authorizations: only whether
    // the row exists is answered, never what it holds
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.getTaskManager().findTaskById(taskId) == null);
  }
}
