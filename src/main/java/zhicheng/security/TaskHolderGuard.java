package zhicheng.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Whoever holds a task holds the REST API, not just the form. Camunda gives a task's assignee and candidates the
 * right to work on it; with that alone they could write any process variable through the task (the application's
 * chain of levels, the review group, the trail), complete it with variables the form never shows, or hand it to
 * someone else. The process's own data must be the process's. Three engine-side locks close that door, for
 * /engine-rest, Tasklist's engine API and the Java API alike:
 * <ol>
 *   <li>engine settings (application.yaml): task holders get {@code TASK_WORK} instead of {@code UPDATE}
 *       ({@code defaultUserPermissionNameForTask}) — claim and complete, no reassigning, no identity links — and
 *       reading or writing a task's variables needs its own permission ({@code enforceSpecificVariablePermission}),
 *       of which holders get only {@code READ_VARIABLE}; {@link TaskPermissionUpgrade} moves tasks created before;</li>
 *   <li>this plugin's {@link GuardInterceptor}: a completion or start carries only what its deployed form declares,
 *       values of accepted types only, nobody claims for someone else, nobody but an administrator writes variables
 *       or moves a task, and the applicant of an application never works on one of its review tasks — each refused
 *       with a Chinese reason (403/400) and logged on {@code zhicheng.security};</li>
 *   <li>deserialization type validation with an empty allow-list, so an {@code Object} variable naming a class is
 *       never instantiated, and Java serialization off.</li>
 * </ol>
 */
@Component
public class TaskHolderGuard implements ProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    GuardedCommand.selfTest();
    // one instance per chain: an interceptor knows only one next link
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), new GuardInterceptor(configuration)));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new GuardInterceptor(configuration)));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor guard) {
    List<CommandInterceptor> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    all.add(guard);
    return all;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // nothing after the engine is configured
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // nothing after the engine is built
  }
}
