package zhicheng.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationVariables;
import zhicheng.process.ProcessVariable;

/**
 * The Tasklist filter 我的待办 shows 申报人 and 工作单位 beside each task. Tasklist fetches them with the task list,
 * where the engine returns only variables the caller may read: a reviewer may read its task, not the application's
 * process instance (and should not). So every user task gets, when it is created, its own copies of the two:
 * task variables {@code listApplicantName} and {@code listUnitName}, taken from the nearest process instance up the call chain
 * that has them (the application for its levels and publicities; a committee sitting's tasks get none). Their own
 * names, so that a form submitting {@code applicantName} still changes the application, not the task's copy.
 *
 * <p>A parse listener rather than a listener in each model: it is how Tasklist lists tasks, not a step of any
 * process, and a user task added in Modeler gets it too.
 */
@Component
public class TaskListColumns extends AbstractProcessEnginePlugin implements TaskListener {

  /** The filter's column 申报人. */
  public static final ProcessVariable<String> APPLICANT = ProcessVariable.string("listApplicantName");
  /** The filter's column 工作单位. */
  public static final ProcessVariable<String> UNIT = ProcessVariable.string("listUnitName");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, TaskListColumns.this);
      }
    });
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution instance = task.getExecution() == null ? null : task.getExecution().getProcessInstance();
    while (instance != null && ApplicationVariables.APPLICANT_NAME.get(instance) == null) {
      instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance();
    }
    if (instance == null) {
      return;
    }
    APPLICANT.setLocal(task, ApplicationVariables.APPLICANT_NAME.get(instance));
    String unit = ApplicationVariables.UNIT_NAME.get(instance);
    if (unit != null) {
      UNIT.setLocal(task, unit);
    }
  }
}
