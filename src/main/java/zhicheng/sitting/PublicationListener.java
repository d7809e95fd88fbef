package zhicheng.sitting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.committee.Publication;
import zhicheng.committee.SittingDay;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.vocabulary.ChinaTime;

/**
 * On completion of 发文公布: the publishing document's number, date and issuing body, checked by
 * {@link Publication} (seed 004 四、4: 审核评审结果并发文公布). They go on every certificate; a mistake is refused
 * with every finding and the task stays open.
 */
@Component("publicationEntered")
public class PublicationListener implements TaskListener {

  static final int ISSUER_MAX = 100;

  private final SittingRecord sitting;
  private final Clock clock;

  public PublicationListener(SittingRecord sitting, Clock clock) {
    this.sitting = sitting;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = SittingVariables.DOCUMENT_NUMBER.get(task);
    String date = SittingVariables.DOCUMENT_DATE.get(task);
    String issuer = SittingVariables.ISSUER.get(task);
    LocalDate reviewedOn = LocalDate.parse(SittingVariables.REVIEWED_ON.get(task));
    List<String> findings = new ArrayList<>(Publication.check(number, date, reviewedOn,
        LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE)));
    Date publicityEnd = SittingVariables.RESULT_PUBLICITY_END.get(task);
    if (findings.isEmpty() && publicityEnd != null) {
      SittingDay.publishedBeforePublicityEnded(LocalDate.parse(date.trim().substring(0, 10)), publicityEnd.toInstant())
          .ifPresent(findings::add);
    }
    if (issuer == null || issuer.isBlank() || issuer.trim().length() > ISSUER_MAX) {
      findings.add("请填写发文机关（" + ISSUER_MAX + "字以内），如 浙江省人力资源和社会保障厅");
    }
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("无法录入发文", findings);
    }
    DelegateExecution execution = task.getExecution();
    String normalized = Publication.normalized(number);
    String day = date.trim().substring(0, 10);
    SittingVariables.DOCUMENT_NUMBER.set(execution, normalized);
    SittingVariables.DOCUMENT_DATE.set(execution, day);
    SittingVariables.ISSUER.set(execution, issuer.trim());
    String actor = Actor.of(task);
    SittingVariables.PUBLISHED_BY.set(execution, actor);
    sitting.trail(execution, actor, "发文公布", issuer.trim() + " " + normalized + "（" + day + "）");
  }
}
