package zhicheng.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static zhicheng.process.ProcessFixture.at;
import static zhicheng.process.ProcessFixture.setClock;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import zhicheng.committee.SittingStore;
import zhicheng.documents.CertificateRegister;
import zhicheng.documents.DocumentKind;
import zhicheng.documents.Pdfs;
import zhicheng.process.ProcessFixture;
import zhicheng.vocabulary.ProcessKeys;

/**
 * committee-session (评审会) on the plan of 杭经信人事〔2023〕63号 (seed 004) and the demo committee hz-hgqf-senior
 * (9 members; expert3 works at 杭州西湖精细化工有限公司, so he is recused for its applicants). The office opens the
 * sitting on Monday 2023-11-20 at 09:00: the pre-review publicity (四、2, 5 working days) runs 11-21 … 11-27 and
 * ends at 2023-11-27 24:00; the experts meet on 2023-11-29; the result publicity (四、3) posted that day ends at
 * 2023-12-06 24:00; the results are published on 2023-12-15. The applications wait at 等待评委会评审 (they are
 * started there: their way to it is TitleApplicationProcessTest's).
 */
@Deployment(resources = {
    "processes/committee-session.bpmn", "processes/publicity.bpmn", "processes/title-application.bpmn",
    "processes/level-review.bpmn", "forms/committee-session-start.form", "forms/committee-experts.form",
    "forms/ballot.html", "forms/committee-publication.form", "forms/objection-investigation.form",
    "forms/declaration.form", "forms/level-review.form", "forms/correction.form", "forms/paper-forms.form"})
class CommitteeSessionProcessTest {

  /** The called and waiting models are covered by their own tests. */
  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .excludeProcessDefinitionKeys("publicity", "title-application", "level-review")
      .assertClassCoverageAtLeast(1.0).build();

  static final String OFFICE = "hgqf-office";
  static final String OFFICE_GROUP = "office:hz-hgqf-senior";
  static final String OPENED = "2023-11-20T09:00:00+08:00";
  static final String PRE_REVIEW_END = "2023-11-28T00:00:00+08:00";
  static final String SITTING_DAY = "2023-11-29";
  static final String RESULT_END = "2023-12-07T00:00:00+08:00";
  static final String XIHU = "hz-xihu-chem";
  static final String XIHU_NAME = "杭州西湖精细化工有限公司（演示）";
  static final String XIAOSHAN = "hz-xiaoshan-textile";
  static final String XIAOSHAN_NAME = "杭州萧山纺织印染有限公司（演示）";
  static final List<String> ALL_EXPERTS = IntStream.rangeClosed(1, 9).mapToObj(i -> "expert" + i).toList();
  /** The variables a ballot is submitted in; no engine row may hold them after the vote (not even their name). */
  private static final List<String> BALLOT_LISTS = List.of("ballotAgree", "ballotDisagree", "ballotAbstain");

  ProcessEngine processEngine;
  ProcessFixture app;
  RuntimeService runtime;
  TaskService tasks;

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(processEngine);
    app = new ProcessFixture(processEngine);
    runtime = processEngine.getRuntimeService();
    tasks = processEngine.getTaskService();
    IdentityService identity = processEngine.getIdentityService();
    ProcessFixture.member(identity, OFFICE, OFFICE_GROUP);
    ProcessFixture.member(identity, "other-office", "office:hz-other");
    ProcessFixture.member(identity, "xihu-hr", "unit:hz-xihu-chem");
    ALL_EXPERTS.forEach(e -> ProcessFixture.member(identity, e, "expert:hz-hgqf-senior"));
    setClock(OPENED);
  }

  @AfterEach
  void tearDown() {
    ProcessFixture.forgetIdentitiesAndClock(processEngine);
  }

  @Test
  void aWholeSittingWithAnObjectionARecusalTalliesAndCertificates() throws Exception {
    ProcessInstance zhang = waiting("ZC-20230820-A", "张三", XIHU, XIHU_NAME);
    ProcessInstance wang = waiting("ZC-20230820-B", "王五", XIAOSHAN, XIAOSHAN_NAME);
    ProcessInstance li = waiting("ZC-20230820-C", "李四", XIAOSHAN, XIAOSHAN_NAME);
    ProcessInstance sitting = open(OFFICE, "", "2023年度化工轻纺高级工程师评审会", SITTING_DAY);

    // the sitting took the three, recorded them for Cockpit and published the publicity list
    assertThat(sitting).isWaitingAt("CallActivity_PreReviewPublicity");
    assertThat(sitting.getBusinessKey()).isEqualTo("SITTING-hz-hgqf-senior-20231129-" + sitting.getId());
    assertThat(json(sitting, "applications")).contains("\"businessKey\":\"ZC-20230820-A\",\"name\":\"张三\",\"unit\":\"" + XIHU_NAME + "\"");
    assertThat(app.documents().documentsOf(sitting.getId())).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DocumentKind.PUBLICITY_LIST);
      assertThat(Pdfs.text(app.documents().content(d)).replace("\n", "")).contains("评前公示表：2023年度化工轻纺高级工程师评审会", "张三", "王五", "李四",
          "公示期：2023年11月20日至2023年11月27日");
    });
    // one publicity per application, under that application's business key
    Map<String, ProcessInstance> publicities = publicities(sitting);
    assertThat(publicities).containsOnlyKeys("ZC-20230820-A", "ZC-20230820-B", "ZC-20230820-C");
    assertThat(job(publicities.get("ZC-20230820-A")).getDuedate()).isEqualTo(at(PRE_REVIEW_END));
    assertThat(variables(zhang)).containsEntry("status", "PUBLICITY").containsEntry("statusText", "公示中：评前公示");
    assertThat(trail(zhang)).contains("评委会评审　列入评审会（hgqf-office）：2023年度化工轻纺高级工程师评审会（2023年11月29日）",
        "评前公示　发布公示（" + "杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会办公室）：张三 申报");

    // an objection reaches 李四's publicity alone; the office finds it true: 李四 leaves the sitting, rejected
    setClock("2023-11-22T10:00:00+08:00");
    app.object("ZC-20230820-C", "wangwu", "王五", "李四的项目验收报告系伪造");
    Task investigation = tasks.createTaskQuery().processInstanceId(publicities.get("ZC-20230820-C").getId()).singleResult();
    assertThat(investigation).hasCandidateGroup(OFFICE_GROUP).hasName("核查异议：李四 申报2023年度杭州市化工轻纺专业高级工程师职务任职资格评审");
    assertThat(runtime.getVariable(publicities.get("ZC-20230820-A").getId(), "objectionCount")).isEqualTo(0);
    app.investigate(investigation, OFFICE, "upheld", "经向主管部门核实，验收报告系伪造", false);
    assertThat(li).isEnded().hasPassed("EndEvent_CommitteeRejected");
    assertThat(historic(li)).containsEntry("status", "REJECTED").containsEntry("statusReason",
        "评前公示：公示期间收到异议，经杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会办公室核查属实：经向主管部门核实，验收报告系伪造");
    assertThat(app.sittings.rows(sitting.getId())).extracting(SittingStore.Row::state)
        .containsExactly(SittingStore.State.LISTED, SittingStore.State.LISTED, SittingStore.State.REMOVED);

    endPublicities(sitting);
    assertThat(variables(zhang)).containsEntry("status", "IN_SITTING").containsEntry("statusText", "评委会评审中：2023年度化工轻纺高级工程师评审会");
    Task choose = onlyTask(sitting, "UserTask_ChooseExperts");
    assertThat(choose).hasCandidateGroup(OFFICE_GROUP);
    // the sitting's date binds: the publicity ended on the 28th, the experts meet on the 29th
    assertThatThrownBy(() -> choose(choose, ALL_EXPERTS)).hasMessageContaining("无法确定出席评委")
        .hasMessageContaining("评审会日期为2023年11月29日（开评审会时登记），确定出席评委须在评审会当天或之后办理，今天是2023年11月28日");
    assertThat(runtime.getVariable(sitting.getId(), "attendance")).isNull();
    setClock("2023-11-29T09:00:00+08:00");
    choose(choose, ALL_EXPERTS);
    assertThat(json(sitting, "recusals")).isEqualTo("[{\"businessKey\":\"ZC-20230820-A\",\"name\":\"张三\",\"unit\":\""
        + XIHU_NAME + "\",\"experts\":[{\"id\":\"expert3\",\"name\":\"黄志强\"}],\"reason\":\"与申报人同一工作单位\"}]");

    // each expert his own ballot; expert3 (same unit as 张三) votes on 王五 only
    assertThat(tasks.createTaskQuery().processInstanceId(sitting.getId()).taskDefinitionKey("UserTask_Vote").count()).isEqualTo(9);
    assertThat(json(ballotTask(sitting, "expert3"), "ballotChoices"))
        .isEqualTo("[{\"label\":\"王五（" + XIAOSHAN_NAME + "，ZC-20230820-B）\",\"value\":\"ZC-20230820-B\"}]");
    assertThat(tasks.getVariable(ballotTask(sitting, "expert3").getId(), "ballotNote"))
        .isEqualTo("您与张三（序号1）同一工作单位，依规回避，不参与对其表决。");
    assertThat(json(ballotTask(sitting, "expert1"), "ballotChoices")).contains("ZC-20230820-A", "ZC-20230820-B");
    // the ballot table (forms/ballot.html): both applicants, numbered; expert3's row of 张三 is recused
    assertThat(json(ballotTask(sitting, "expert3"), "ballotRows")).contains(
        "{\"no\":1,\"key\":\"ZC-20230820-A\",\"name\":\"张三\",\"unitName\":\"" + XIHU_NAME + "\"",
        "\"recused\":true}", "{\"no\":2,\"key\":\"ZC-20230820-B\",\"name\":\"王五\"", "\"recused\":false}");
    // a vote the day before the sitting is refused, whatever it says, and nothing is counted
    setClock("2023-11-28T20:00:00+08:00");
    assertThatThrownBy(() -> vote(sitting, "expert1", Map.of("ZC-20230820-A", "agree", "ZC-20230820-B", "agree")))
        .hasMessageContaining("提交表决票须在评审会当天或之后办理，今天是2023年11月28日");
    assertThat(app.sittings.votes(sitting.getId())).isEmpty();
    setClock("2023-11-29T10:00:00+08:00");
    assertThatThrownBy(() -> vote(sitting, "expert1", Map.of("ZC-20230820-A", "agree")))
        .hasMessageContaining("表决票缺少对王五（ZC-20230820-B）的表决");
    assertThatThrownBy(() -> vote(sitting, "expert3", Map.of("ZC-20230820-A", "agree", "ZC-20230820-B", "agree")))
        .hasMessageContaining("表决票中的申报“ZC-20230820-A”不在您本次可表决的名单中");
    assertThatThrownBy(() -> vote(sitting, "expert1", OFFICE, Map.of("ZC-20230820-A", "agree", "ZC-20230820-B", "agree")))
        .hasMessageContaining("表决票只能由评委本人（陈建华）提交，不能代为投票");

    // 张三: 6 of 8 voting agree, 6 ≥ 2/3 of the 9 attending; 王五: 5 of 9, below
    Map<String, Map<String, String>> ballots = new LinkedHashMap<>();
    for (String e : ALL_EXPERTS) {
      Map<String, String> b = new LinkedHashMap<>();
      int n = Integer.parseInt(e.substring(6));
      if (n != 3) {
        b.put("ZC-20230820-A", n <= 7 ? "agree" : n == 8 ? "disagree" : "abstain");
      }
      b.put("ZC-20230820-B", n <= 5 ? "agree" : n == 9 ? "abstain" : "disagree");
      ballots.put(e, b);
    }
    ballots.forEach((e, b) -> vote(sitting, e, b));

    // nobody can tell who voted how: not the history, not the runtime tables, not the vote table
    assertNoBallotLinkedToAnExpert(sitting);
    assertThat(app.sittings.votes(sitting.getId()).get("ZC-20230820-A")).hasSize(8);

    assertThat(sitting).isWaitingAt("CallActivity_ResultPublicity");
    assertThat(json(sitting, "tallies")).contains(
        "{\"businessKey\":\"ZC-20230820-A\",\"name\":\"张三\",\"unit\":\"" + XIHU_NAME + "\",\"agree\":6,\"disagree\":1,"
            + "\"abstain\":1,\"recused\":1,\"attending\":9,\"passed\":true}",
        "\"businessKey\":\"ZC-20230820-B\",\"name\":\"王五\",\"unit\":\"" + XIAOSHAN_NAME + "\",\"agree\":5,\"disagree\":3,"
            + "\"abstain\":1,\"recused\":0,\"attending\":9,\"passed\":false");
    assertThat(trail(zhang)).contains("评委会评审　评审表决（系统）：评审通过：同意6票、不同意1票、弃权1票（出席评委9人，回避1人；同意票须不少于6票）");
    assertThat(variables(wang)).containsEntry("status", "AWAITING_PUBLICATION");
    // the sitting's list (the 发文公布 form) says 评审通过 once, then the count
    assertThat(String.valueOf(runtime.getVariable(sitting.getId(), "applicationsText")))
        .contains("张三　" + XIHU_NAME + "　评审通过：同意6票").doesNotContain("评审通过：评审通过");
    // the result publicity publishes who passed
    assertThat(publicities(sitting)).containsOnlyKeys("ZC-20230820-A");
    assertThat(variables(zhang)).containsEntry("statusText", "公示中：评审结果公示");
    assertThat(job(publicities(sitting).get("ZC-20230820-A")).getDuedate()).isEqualTo(at(RESULT_END));
    endPublicities(sitting);
    assertThat(variables(zhang)).containsEntry("status", "AWAITING_PUBLICATION");

    setClock("2023-12-15T16:00:00+08:00");
    Task publication = onlyTask(sitting, "UserTask_Publication");
    assertThat(tasks.getVariable(publication.getId(), "issuer")).isEqualTo("浙江省人力资源和社会保障厅　浙江省经济和信息化厅");
    assertThatThrownBy(() -> app.complete(publication, OFFICE, Map.of("documentNumber", "99号", "documentDate", "2023-12-16",
        "issuer", "浙江省人力资源和社会保障厅"))).hasMessageContaining("发文文号“99号”格式不对")
        .hasMessageContaining("发文日期2023-12-16晚于今天");
    // the result publicity ran through 12-06: a document of that day comes too early
    assertThatThrownBy(() -> app.complete(publication, OFFICE, Map.of("documentNumber", "浙人社发〔2023〕99号",
        "documentDate", "2023-12-06", "issuer", "浙江省人力资源和社会保障厅")))
        .hasMessageContaining("发文日期2023-12-06早于评审结果公示期满（2023年12月6日24时）：评审结果须公示期满无异议后方可发文公布");
    app.complete(publication, OFFICE, Map.of("documentNumber", "浙人社发[2023]99号", "documentDate", "2023-12-15",
        "issuer", "浙江省人力资源和社会保障厅"));

    // the results go out in a job of their own, each to its application by business key
    assertThat(sitting).isWaitingAt("ServiceTask_DeliverResults#multiInstanceBody");
    execute(job(sitting));
    assertThat(sitting).isEnded().hasPassed("EndEvent_SittingClosed");
    assertThat(wang).isEnded().hasPassed("EndEvent_NotPassed");
    assertThat(historic(wang)).containsEntry("status", "NOT_PASSED").containsEntry("statusReason",
        "2023年度化工轻纺高级工程师评审会　评审未通过：同意5票、不同意3票、弃权1票（出席评委9人，回避0人；同意票须不少于6票）；"
            + "浙江省人力资源和社会保障厅发文公布：浙人社发〔2023〕99号（2023-12-15）");
    execute(job(zhang));
    // certified; the district's paper-materials body returns the evaluation form to the unit (seed 004 四、5)
    assertThat(zhang).isWaitingAt("UserTask_ReturnEvaluationForm").hasPassed("ServiceTask_IssueCertificate");
    assertThat(BpmnAwareTests.task(zhang)).hasCandidateGroup("county:330106");
    assertThat((String) historic(zhang).get("certificateCode")).matches(CertificateRegister.CODE);
    assertThat(app.sittings.rows(sitting.getId())).extracting(SittingStore.Row::state)
        .containsExactly(SittingStore.State.DELIVERED, SittingStore.State.DELIVERED, SittingStore.State.REMOVED);
    assertThat(((SpinJsonNode) historicOf(sitting.getId()).get("sittingTrailText")).stringValue()).contains(
        "开评审会（hgqf-office）：2023年度化工轻纺高级工程师评审会，2023年11月29日；列入申报3件",
        "移出评审（系统）：李四（ZC-20230820-C）评前公示：公示期间收到异议",
        "确定出席评委（hgqf-office）：委员9人，出席9人：陈建华、林晓燕、黄志强",
        "回避：黄志强回避张三（同一工作单位）",
        "计票（系统）：出席评委9人全部投票；表决2人，通过1人，未通过1人",
        "发文公布（hgqf-office）：浙江省人力资源和社会保障厅 浙人社发〔2023〕99号（2023-12-15）",
        "送达评审结果（系统）：评审结果及发文已送达2份申报");
    assertNoBallotLinkedToAnExpert(sitting);
  }

  @Test
  void theSittingOpensOnlyWithTwoThirdsOfTheMembersAttending() {
    waiting("ZC-20230820-A", "张三", XIHU, XIHU_NAME);
    ProcessInstance sitting = open(OFFICE, "hz-hgqf-senior", "评审会", SITTING_DAY);
    endPublicities(sitting);
    setClock("2023-11-29T09:00:00+08:00");
    Task choose = onlyTask(sitting, "UserTask_ChooseExperts");
    // 5 of 9 is below 2/3: refused with the numbers and the rule, nothing changes
    assertThatThrownBy(() -> choose(choose, ALL_EXPERTS.subList(0, 5))).hasMessageContaining(
        "无法确定出席评委：出席评委5人，不足评委会委员9人的2/3（至少须6人出席），评审会不能召开。依据：《职称评审管理暂行规定》（人社部令第40号）第二十条");
    assertThat(onlyTask(sitting, "UserTask_ChooseExperts").getId()).isEqualTo(choose.getId());
    assertThat(runtime.getVariable(sitting.getId(), "attendance")).isNull();
    assertThatThrownBy(() -> choose(choose, List.of("expert1", "expert2", "expert4", "expert5", "expert6", "zhangsan")))
        .hasMessageContaining("“zhangsan”不是本评委会的委员");
    // 6 of 9 is exactly 2/3
    choose(choose, ALL_EXPERTS.subList(0, 6));
    // expert3 (西湖精细化工) attends but is recused for the only applicant, 张三 of his unit: no ballot for him, and
    // the count does not wait for an empty one
    assertThat(tasks.createTaskQuery().processInstanceId(sitting.getId()).taskDefinitionKey("UserTask_Vote").list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder("expert1", "expert2", "expert4", "expert5", "expert6");
    assertThat(runtime.getVariable(sitting.getId(), "attendingCount")).isEqualTo(6);
    for (String expert : List.of("expert1", "expert2", "expert4", "expert5", "expert6")) {
      vote(sitting, expert, Map.of("ZC-20230820-A", "agree"));
    }
    // 5 of 5 voting agree, of 6 attending with 1 recused: counted without expert3
    assertThat(json(sitting, "tallies")).contains("\"agree\":5,\"disagree\":0,\"abstain\":0,\"recused\":1,"
        + "\"attending\":6,\"passed\":true");
  }

  @Test
  void anObjectionUpheldDuringTheResultPublicityEndsThatApplicationRejectedAndASecondBallotIsRefused() {
    ProcessInstance zhang = waiting("ZC-20230820-A", "张三", XIHU, XIHU_NAME);
    ProcessInstance wang = waiting("ZC-20230820-B", "王五", XIAOSHAN, XIAOSHAN_NAME);
    ProcessInstance sitting = open(OFFICE, "", "评审会", SITTING_DAY);
    endPublicities(sitting);
    setClock("2023-11-29T09:00:00+08:00");
    choose(onlyTask(sitting, "UserTask_ChooseExperts"), ALL_EXPERTS.subList(0, 6));
    vote(sitting, "expert1", Map.of("ZC-20230820-A", "agree", "ZC-20230820-B", "agree"));
    // an administrator starts a second ballot for expert1 (Cockpit: modify the instance): it is refused
    String ballots = runtime.getActivityInstance(sitting.getId()).getActivityInstances("UserTask_Vote#multiInstanceBody")[0]
        .getId();
    runtime.createProcessInstanceModification(sitting.getId()).startBeforeActivity("UserTask_Vote", ballots)
        .setVariableLocal("expert", "expert1").execute();
    assertThatThrownBy(() -> vote(sitting, "expert1", Map.of("ZC-20230820-A", "disagree", "ZC-20230820-B", "disagree")))
        .hasMessageContaining("您已提交过本次评审会的表决票，不能再次投票");
    tasks.createTaskQuery().processInstanceId(sitting.getId()).taskAssignee("expert1").list()
        .forEach(t -> runtime.createProcessInstanceModification(sitting.getId())
            .cancelActivityInstance(activityInstanceOf(t)).execute());
    for (String e : List.of("expert2", "expert3", "expert4", "expert5", "expert6")) {
      Map<String, String> b = new HashMap<>(Map.of("ZC-20230820-B", "agree"));
      if (!e.equals("expert3")) {
        b.put("ZC-20230820-A", "agree");
      }
      vote(sitting, e, b);
    }
    assertThat(app.sittings.votes(sitting.getId()).get("ZC-20230820-A")).hasSize(5);
    assertThat(publicities(sitting)).containsOnlyKeys("ZC-20230820-A", "ZC-20230820-B");

    setClock("2023-12-01T10:00:00+08:00");
    app.object("ZC-20230820-B", "lisi", "李四", "王五评审期间存在请托行为");
    Task investigation = tasks.createTaskQuery().processInstanceId(publicities(sitting).get("ZC-20230820-B").getId())
        .singleResult();
    app.investigate(investigation, OFFICE, "upheld", "经查属实", false);
    assertThat(wang).isEnded().hasPassed("EndEvent_CommitteeRejected");
    assertThat(historic(wang)).containsEntry("status", "REJECTED")
        .containsEntry("statusReason", "评审结果公示：公示期间收到异议，经杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会办公室核查属实：经查属实");

    endPublicities(sitting);
    setClock("2023-12-15T16:00:00+08:00");
    app.complete(onlyTask(sitting, "UserTask_Publication"), OFFICE, Map.of("documentNumber", "浙人社发〔2023〕99号",
        "documentDate", "2023-12-15", "issuer", "浙江省人力资源和社会保障厅"));
    execute(job(sitting));
    assertThat(sitting).isEnded().hasPassed("ServiceTask_RemoveAfterResult", "EndEvent_SittingClosed");
    execute(job(zhang));
    assertThat(zhang).isWaitingAt("UserTask_ReturnEvaluationForm").hasPassed("ServiceTask_IssueCertificate");
  }

  @Test
  void whenEveryApplicationLeftDuringThePreReviewPublicityTheSittingEnds() {
    ProcessInstance zhang = waiting("ZC-20230820-A", "张三", XIHU, XIHU_NAME);
    ProcessInstance sitting = open(OFFICE, "", "评审会", SITTING_DAY);
    app.object("ZC-20230820-A", "lisi", "李四", "学历造假");
    app.investigate(tasks.createTaskQuery().taskCandidateGroup(OFFICE_GROUP).singleResult(), OFFICE, "upheld", "学历证书系伪造",
        false);
    assertThat(sitting).isEnded().hasPassed("ServiceTask_RemoveBeforeReview", "EndEvent_NothingToReview")
        .hasNotPassed("UserTask_ChooseExperts");
    assertThat(zhang).isEnded().hasPassed("EndEvent_CommitteeRejected");
  }

  @Test
  void onlyAnOfficeOpensASittingForItsOwnCommitteeWithApplicationsAndAfterThePublicity() {
    assertThatThrownBy(() -> open(OFFICE, "", "评审会", SITTING_DAY))
        .hasMessageContaining("评委会“杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会办公室”目前没有等待评审且未列入其他评审会的申报");
    ProcessInstance zhang = waiting("ZC-20230820-A", "张三", XIHU, XIHU_NAME);
    assertThatThrownBy(() -> open("xihu-hr", "", "评审会", SITTING_DAY))
        .hasMessageContaining("只有评委会办公室（office:<评委会代码> 用户组）的人员可以召开评审会");
    assertThatThrownBy(() -> open("other-office", "hz-hgqf-senior", "评审会", SITTING_DAY))
        .hasMessageContaining("您不是评委会“hz-hgqf-senior”办公室的人员，只能为本办公室的评委会（hz-other）召开评审会");
    // the pre-review publicity posted today ends at 2023-11-27 24:00: the sitting cannot meet on the 27th
    assertThatThrownBy(() -> open(OFFICE, "", "评审会", "2023-11-27"))
        .hasMessageContaining("评审会日期应在评前公示期满之后：公示自今天起5个工作日，至2023年11月27日24时");
    assertThatThrownBy(() -> open(OFFICE, "", " ", SITTING_DAY)).hasMessageContaining("请填写评审会名称");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("committee-session").count()).isZero();
    assertThat(app.sittings.taken("hz-hgqf-senior")).isEmpty();

    ProcessInstance first = open(OFFICE, "", "评审会", SITTING_DAY);
    assertThat(app.sittings.taken("hz-hgqf-senior")).containsExactly(zhang.getId());
    // a second sitting finds nothing left to take
    assertThatThrownBy(() -> open(OFFICE, "", "第二次评审会", SITTING_DAY)).hasMessageContaining("目前没有等待评审且未列入其他评审会的申报");
    // an administrator cancels the first: 张三 waits again and the next sitting takes him
    runtime.deleteProcessInstance(first.getId(), "评审会改期");
    assertThat(variables(zhang)).containsEntry("status", "AWAITING_COMMITTEE");
    assertThat(trail(zhang)).contains("评委会评审　评审会撤销（系统）：评审会已撤销，申报退回等待评委会评审");
    assertThat(open(OFFICE, "", "改期后的评审会", SITTING_DAY)).isWaitingAt("CallActivity_PreReviewPublicity");
  }

  /**
   * 200 applications in one sitting, of two units; 6 of the 9 members attend (exactly 2/3), expert3 among them, so
   * he is recused for the 100 of 西湖精细化工. Applicant i gets 3, 4 or 5 agreeing votes (i mod 3): with 6 attending,
   * 4 pass. Every application must receive exactly its own result and tally.
   */
  @Test
  void theResultsOfASittingOf200ApplicationsReachExactlyTheirOwnInstances() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String key = String.format("ZC-20230820-%03d", i);
      keys.add(key);
      boolean xihu = i % 2 == 0;
      waiting(key, "申报人" + i, xihu ? XIHU : XIAOSHAN, xihu ? XIHU_NAME : XIAOSHAN_NAME);
    }
    ProcessInstance sitting = open(OFFICE, "", "200人评审会", SITTING_DAY);
    assertThat(publicities(sitting)).hasSize(200);
    endPublicities(sitting);
    setClock("2023-11-29T09:00:00+08:00");
    List<String> attending = List.of("expert1", "expert2", "expert3", "expert4", "expert5", "expert6");
    choose(onlyTask(sitting, "UserTask_ChooseExperts"), attending);
    for (String expert : attending) {
      Map<String, String> ballot = new LinkedHashMap<>();
      for (int i = 0; i < 200; i++) {
        boolean xihu = i % 2 == 0;
        if (xihu && expert.equals("expert3")) {
          continue;
        }
        List<String> voters = attending.stream().filter(e -> !(xihu && e.equals("expert3"))).toList();
        int position = voters.indexOf(expert);
        ballot.put(keys.get(i), position < agreeing(i) ? "agree" : position % 2 == 0 ? "disagree" : "abstain");
      }
      vote(sitting, expert, ballot);
    }
    long passed = IntStream.range(0, 200).filter(i -> agreeing(i) >= 4).count();
    assertThat(publicities(sitting)).hasSize((int) passed);
    endPublicities(sitting);
    setClock("2023-12-15T16:00:00+08:00");
    app.complete(onlyTask(sitting, "UserTask_Publication"), OFFICE, Map.of("documentNumber", "浙人社发〔2023〕99号",
        "documentDate", "2023-12-15", "issuer", "浙江省人力资源和社会保障厅"));
    execute(job(sitting));
    assertThat(sitting).isEnded();

    for (int i = 0; i < 200; i++) {
      ProcessInstance application = byKey(keys.get(i));
      Map<String, Object> v = application == null ? historicByKey(keys.get(i)) : runtime.getVariables(application.getId());
      boolean shouldPass = agreeing(i) >= 4;
      int voters = i % 2 == 0 ? 5 : 6;
      // the voters after the agreeing ones alternate: even position 不同意, odd position 弃权
      long disagree = IntStream.range(agreeing(i), voters).filter(p -> p % 2 == 0).count();
      assertThat(v).as(keys.get(i)).containsEntry("committeeResult", shouldPass ? "passed" : "not-passed")
          .containsEntry("committeeTally", (shouldPass ? "评审通过" : "评审未通过") + "：同意" + agreeing(i) + "票、不同意"
              + disagree + "票、弃权" + (voters - agreeing(i) - disagree) + "票（出席评委6人，回避" + (6 - voters)
              + "人；同意票须不少于4票）");
      if (shouldPass) {
        execute(job(application));
        assertThat(historicByKey(keys.get(i))).as(keys.get(i)).containsEntry("status", "CERTIFIED")
            .containsEntry("applicantName", "申报人" + i);
      } else {
        assertThat(v).as(keys.get(i)).containsEntry("status", "NOT_PASSED");
      }
    }
  }

  /** Agreeing votes for applicant i: 3 (fails), 4 or 5 (pass) of the 6 attending. */
  private static int agreeing(int i) {
    return 3 + i % 3;
  }

  // ---- anonymity ----

  /**
   * After voting, no engine table (history, runtime, byte arrays outside deployments) holds a ballot's variables,
   * not even by name (a variable's byte array carries its name), and the vote table has no column that could name a
   * voter or a time. Fails with the history plugin (AnonymousBallots) taken out of the test engine.
   */
  private void assertNoBallotLinkedToAnExpert(ProcessInstance sitting) throws SQLException {
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().variableNameLike("ballot%").list())
        .extracting(v -> v.getName()).doesNotContainAnyElementsOf(BALLOT_LISTS).contains("ballotChoices");
    assertThat(processEngine.getHistoryService().createHistoricDetailQuery().list()).noneMatch(d ->
        d instanceof HistoricVariableUpdate u && BALLOT_LISTS.contains(u.getVariableName())
            || d instanceof HistoricFormField f && BALLOT_LISTS.contains(f.getFieldId()));
    List<String> found = new ArrayList<>();
    try (Connection c = processEngine.getProcessEngineConfiguration().getDataSource().getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, null, "ACT_%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      assertThat(tables).contains("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_RU_VARIABLE", "ACT_GE_BYTEARRAY");
      for (String table : tables) {
        if (table.startsWith("ACT_RE_")) {
          continue;
        }
        String where = table.equals("ACT_GE_BYTEARRAY") ? " WHERE DEPLOYMENT_ID_ IS NULL" : "";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + where)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int col = 1; col <= columns; col++) {
              Object value = rs.getObject(col);
              String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
              if (BALLOT_LISTS.contains(text)) {
                found.add(table + "." + rs.getMetaData().getColumnName(col) + " = " + text);
              }
            }
          }
        }
      }
    }
    assertThat(found).as("engine rows holding a ballot").isEmpty();
    JdbcTemplate documents = new JdbcTemplate(ProcessFixture.documentsDatabase());
    assertThat(documents.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = 'ZC_VOTE'",
        String.class)).containsExactlyInAnyOrder("ID", "SITTING_ID", "BUSINESS_KEY", "VOTE");
    assertThat(documents.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = 'ZC_BALLOT_CAST'",
        String.class)).containsExactlyInAnyOrder("SITTING_ID", "EXPERT_ID");
  }

  // ---- steps ----

  /** An application of the demo plan waiting for the committee, as the chain, the fee and the paper forms left it. */
  private ProcessInstance waiting(String key, String name, String unit, String unitName) {
    Map<String, Object> v = ProcessFixture.declaration();
    v.put("applicantName", name);
    v.put("unitCode", unit);
    v.put("countyCode", XIHU.equals(unit) ? "330106" : "330109");
    v.put("unitName", unitName);
    v.put("applicant", "zhangsan");
    v.put("planTitle", "2023年度杭州市化工轻纺专业高级工程师职务任职资格评审");
    v.put("committeeCode", "hz-hgqf-senior");
    v.put("committeeName", "杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会");
    return runtime.createProcessInstanceByKey("title-application").businessKey(key)
        .startBeforeActivity("ReceiveTask_AwaitCommittee").setVariables(v).execute();
  }

  private ProcessInstance open(String user, String committee, String name, String date) {
    processEngine.getIdentityService().setAuthenticatedUserId(user);
    try {
      return runtime.startProcessInstanceByKey(ProcessKeys.COMMITTEE_SESSION,
          Map.of("committeeCode", committee, "sittingName", name, "sittingDate", date));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private Map<String, ProcessInstance> publicities(ProcessInstance sitting) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(sitting.getId()).processDefinitionKey("publicity")
        .list().stream().collect(Collectors.toMap(ProcessInstance::getBusinessKey, p -> p));
  }

  /** Each running publicity of the sitting reaches its end (公示期满), as an administrator would run the timer. */
  private void endPublicities(ProcessInstance sitting) {
    for (ProcessInstance p : publicities(sitting).values()) {
      Job timer = job(p);
      ClockUtil.setCurrentTime(timer.getDuedate());
      execute(timer);
    }
  }

  private void choose(Task task, List<String> experts) {
    app.complete(task, OFFICE, Map.of("attendingExperts",
        SpinValues.jsonValue(experts.stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(",", "[", "]"))).create()));
  }

  private Task ballotTask(ProcessInstance sitting, String expert) {
    return tasks.createTaskQuery().processInstanceId(sitting.getId()).taskAssignee(expert).singleResult();
  }

  private void vote(ProcessInstance sitting, String expert, Map<String, String> ballot) {
    vote(sitting, expert, expert, ballot);
  }

  /** The ballot as Tasklist's form submits it: three lists (同意 / 不同意 / 弃权) of applicants' numbers. */
  private void vote(ProcessInstance sitting, String expert, String submitter, Map<String, String> ballot) {
    Map<String, Object> lists = new HashMap<>();
    for (String vote : List.of("agree", "disagree", "abstain")) {
      String keys = ballot.entrySet().stream().filter(e -> e.getValue().equals(vote))
          .map(e -> "\"" + e.getKey() + "\"").collect(Collectors.joining(",", "[", "]"));
      lists.put("ballot" + Character.toUpperCase(vote.charAt(0)) + vote.substring(1), SpinValues.jsonValue(keys).create());
    }
    processEngine.getIdentityService().setAuthenticatedUserId(submitter);
    try {
      processEngine.getFormService().submitTaskForm(ballotTask(sitting, expert).getId(), lists);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private String activityInstanceOf(Task t) {
    return Arrays.stream(runtime.getActivityInstance(t.getProcessInstanceId()).getActivityInstances("UserTask_Vote"))
        .filter(a -> List.of(a.getExecutionIds()).contains(t.getExecutionId())).findFirst().orElseThrow().getId();
  }

  private Task onlyTask(ProcessInstance sitting, String definitionKey) {
    return tasks.createTaskQuery().processInstanceId(sitting.getId()).taskDefinitionKey(definitionKey).singleResult();
  }

  private Job job(ProcessInstance pi) {
    return processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
  }

  private ProcessInstance byKey(String key) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("title-application").processInstanceBusinessKey(key)
        .singleResult();
  }

  private Map<String, Object> variables(ProcessInstance pi) {
    return runtime.getVariables(pi.getId());
  }

  private String trail(ProcessInstance pi) {
    return (String) runtime.getVariable(pi.getId(), "reviewTrailText");
  }

  private String json(ProcessInstance pi, String name) {
    return runtime.getVariableTyped(pi.getId(), name, false).getValue() == null ? null
        : ((SerializableValue) runtime.getVariableTyped(pi.getId(), name, false))
            .getValueSerialized();
  }

  private String json(Task task, String name) {
    return ((SerializableValue) tasks.getVariableTyped(task.getId(), name, false))
        .getValueSerialized();
  }

  private Map<String, Object> historic(ProcessInstance pi) {
    return historicOf(pi.getId());
  }

  private Map<String, Object> historicByKey(String key) {
    return historicOf(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("title-application").processInstanceBusinessKey(key).singleResult().getId());
  }

  private Map<String, Object> historicOf(String id) {
    Map<String, Object> vars = new HashMap<>();
    processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id).list()
        .forEach(v -> vars.put(v.getName(), v.getValue()));
    return vars;
  }
}
