package zhicheng.sitting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.committee.Candidate;
import zhicheng.committee.SittingDay;
import zhicheng.committee.Expert;
import zhicheng.committee.Quorum;
import zhicheng.committee.Recusal;
import zhicheng.committee.SittingStore;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.vocabulary.ChinaTime;

/**
 * On completion of 确定出席评委: the attending experts must be members of the committee and at least 2/3 of them
 * ({@link Quorum}, 人社部令第40号 第二十条); otherwise the completion is refused with the numbers and the rule, and
 * nothing changes. Then recusals are fixed: an expert of an applicant's own unit does not vote on that applicant
 * ({@link Recusal}). Both go on the sitting's record.
 */
@Component("expertsChosen")
public class ExpertsChosenListener implements TaskListener {

  private final Clock clock;

  private final OrganisationRepository organisation;
  private final SittingStore store;
  private final SittingRecord sitting;

  public ExpertsChosenListener(OrganisationRepository organisation, SittingStore store, SittingRecord sitting,
      Clock clock) {
    this.clock = clock;
    this.organisation = organisation;
    this.store = store;
    this.sitting = sitting;
  }

  @Override
  public void notify(DelegateTask task) {
    SittingDay.tooEarly("确定出席评委", SittingRecord.sittingDay(task), LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE))
        .ifPresent(r -> {
          throw new DeclarationRefusedException("无法确定出席评委", List.of(r));
        });
    String code = SittingVariables.COMMITTEE_CODE.get(task);
    Organisation.Committee committee = organisation.get().committee(code).orElseThrow();
    Map<String, Expert> members = committee.members().stream()
        .collect(Collectors.toMap(Expert::id, e -> e, (a, b) -> a, LinkedHashMap::new));
    List<String> chosen = SittingVariables.ATTENDING_EXPERTS.get(task, List.of()).stream().distinct().toList();
    List<String> unknown = chosen.stream().filter(id -> !members.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw new DeclarationRefusedException("无法确定出席评委", List.of("“" + String.join("、", unknown)
          + "”不是本评委会的委员，只能从委员名单中选择出席评委"));
    }
    Quorum quorum = new Quorum(members.size(), chosen.size());
    quorum.refusal().ifPresent(r -> {
      throw new DeclarationRefusedException("无法确定出席评委", List.of(r));
    });
    List<Expert> attending = members.values().stream().filter(e -> chosen.contains(e.id())).toList();
    DelegateExecution execution = task.getExecution();
    List<SittingVariables.Recused> recusals = new ArrayList<>();
    List<String> recusalText = new ArrayList<>();
    for (SittingStore.Row row : store.rows(SittingRecord.sittingId(execution))) {
      Candidate c = row.candidate();
      List<Expert> recused = row.state() == SittingStore.State.LISTED ? Recusal.recusedFor(c, attending) : List.of();
      if (!recused.isEmpty()) {
        recusals.add(new SittingVariables.Recused(c.businessKey(), c.name(), c.unitName(),
            recused.stream().map(e -> new SittingVariables.ExpertName(e.id(), e.name())).toList(), "与申报人同一工作单位"));
        recusalText.add(recused.stream().map(Expert::name).collect(Collectors.joining("、")) + "回避" + c.name()
            + "（同一工作单位）");
      }
    }
    SittingVariables.ATTENDANCE.set(execution, attending);
    SittingVariables.ATTENDING_COUNT.set(execution, attending.size());
    SittingVariables.RECUSALS.set(execution, recusals);
    sitting.trail(execution, Actor.of(task), "确定出席评委", "委员" + members.size() + "人，出席" + attending.size() + "人："
        + attending.stream().map(Expert::name).collect(Collectors.joining("、"))
        + (recusalText.isEmpty() ? "；无回避" : "；回避：" + String.join("；", recusalText)));
  }
}
