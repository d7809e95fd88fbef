package zhicheng.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static zhicheng.process.ProcessFixture.setClock;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import zhicheng.eligibility.IdNumbers;
import zhicheng.application.PlanChainsProcessTest;
import zhicheng.documents.DocumentKind;
import zhicheng.documents.Pdfs;
import zhicheng.documents.StoredDocument;
import zhicheng.process.ProcessFixture;
import zhicheng.vocabulary.ProcessKeys;

/**
 * batch-forwarding (报送花名册) on the plan of 杭经信人事〔2023〕63号 (seed 004): 西湖区's acceptance point forwards to
 * the 高评委办公室 the applications it passed (附件3 二、2), with the 花名册 and the 委托书 (附件4 二、1–2). The
 * applications are real ones, declared on 2023-08-20 and reviewed level by level on the notice's dates; the batch is
 * made on 2023-09-22, the district's deadline.
 */
@Deployment(resources = {
    "processes/batch-forwarding.bpmn", "processes/title-application.bpmn", "processes/level-review.bpmn",
    "processes/publicity.bpmn", "forms/batch-forwarding-start.form", "forms/batch-forwarding-confirm.form",
    "forms/declaration.form", "forms/level-review.form", "forms/correction.form", "forms/objection-investigation.form",
    "forms/eligibility-fix.form", "forms/upload-materials.html", "forms/paper-forms.form",
    "processes/route-years.dmn", "processes/continuing-education.dmn"})
class BatchForwardingProcessTest {

  /** The applications' own models are covered by their own tests. */
  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .excludeProcessDefinitionKeys("title-application", "level-review", "publicity")
      .assertClassCoverageAtLeast(1.0).build();

  static final String PLAN = ProcessFixture.PLAN_ID;
  static final String XIHU_COUNTY = "county:330106";
  static final String XIHU_BODY = "西湖区发展改革和经济信息化局（职称受理点）";
  static final String OFFICE_GROUP = "office:hz-hgqf-senior";
  static final String COMMITTEE = "杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会";
  static final String ANJI_ROW = "aj-2021-titles:15";

  ProcessEngine processEngine;
  ProcessFixture app;
  RuntimeService runtime;

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(processEngine);
    app = new ProcessFixture(processEngine);
    runtime = processEngine.getRuntimeService();
    IdentityService identity = processEngine.getIdentityService();
    ProcessFixture.member(identity, "xihu-jxj", XIHU_COUNTY);
    ProcessFixture.member(identity, "xiaoshan-jxj", "county:330109");
    ProcessFixture.member(identity, "xihu-hr", "unit:hz-xihu-chem");
    ProcessFixture.member(identity, "hgqf-office", OFFICE_GROUP);
    ProcessFixture.member(identity, "liandu-rsj", "hr:331102");
    ProcessFixture.member(identity, "two-districts", XIHU_COUNTY);
    ProcessFixture.member(identity, "two-districts", "county:330109");
    setClock("2023-08-20T10:00:00+08:00");
  }

  @AfterEach
  void tearDown() {
    ProcessFixture.forgetIdentitiesAndClock(processEngine);
  }

  @Test
  void aDistrictForwardsWhatItPassedInTheOrderOfTheApplicationsAndConfirmsItSent() throws Exception {
    ProcessInstance zhang = application("张三", "hz-xihu-chem");
    ProcessInstance li = application("李四", "hz-xihu-chem");
    ProcessInstance wang = application("王五", "hz-xihu-chem");
    ProcessInstance zhao = application("赵六", "hz-xiaoshan-textile");
    setClock("2023-09-20T15:30:00+08:00");
    passCounty(zhang, "xihu-jxj");
    passCounty(li, "xihu-jxj");
    passCounty(zhao, "xiaoshan-jxj");
    // 王五 is still at the district, 赵六 is 萧山's: neither is in 西湖区's batch

    // the batch numbers its applications in the order of their 申报编号 (declaration day, then instance)
    boolean zhangFirst = zhang.getBusinessKey().compareTo(li.getBusinessKey()) < 0;
    ProcessInstance first = zhangFirst ? zhang : li;
    ProcessInstance next = zhangFirst ? li : zhang;
    String firstName = zhangFirst ? "张三" : "李四";
    String nextName = zhangFirst ? "李四" : "张三";

    setClock("2023-09-22T16:00:00+08:00");
    ProcessInstance batch = forward("xihu-jxj", PLAN, null);
    assertThat(batch).isWaitingAt("UserTask_ConfirmSent");
    assertThat(batch.getBusinessKey()).isEqualTo("ROSTER-" + XIHU_COUNTY + "-" + PLAN + "-1");
    assertThat(runtime.getVariables(batch.getId())).containsEntry("forwardingGroup", XIHU_COUNTY)
        .containsEntry("forwardingBody", XIHU_BODY).containsEntry("forwardingLevel", "区县（市）职称受理点审核")
        .containsEntry("receivingGroups", OFFICE_GROUP)
        .containsEntry("receivingBodies", "杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会办公室")
        .containsEntry("batchNumber", 1).containsEntry("batchSize", 2)
        .containsEntry("batchTitle", XIHU_BODY + "花名册第1批（2人）");
    assertThat(json(batch.getId(), "batchMembers")).containsSubsequence(
        "\"seq\":1,\"businessKey\":\"" + first.getBusinessKey() + "\",\"name\":\"" + firstName + "\"",
        "\"seq\":2,\"businessKey\":\"" + next.getBusinessKey() + "\",\"name\":\"" + nextName + "\"");

    // the roster and the letter, stored with the batch
    List<StoredDocument> docs = app.documents().documentsOf(batch.getId());
    assertThat(docs).extracting(StoredDocument::kind, StoredDocument::version)
        .containsExactly(tuple(DocumentKind.ROSTER, 1), tuple(DocumentKind.ENTRUSTMENT, 1));
    assertThat(docs.get(0).fileName()).isEqualTo("申报评审高级工程师资格人员花名册-" + XIHU_BODY + "-第1版.pdf");
    byte[] roster = app.documents().content(docs.get(0));
    String rosterText = Pdfs.squeezed(Pdfs.text(roster));
    assertThat(rosterText).containsSubsequence("申报评审高级工程师资格人员花名册", "2023年度杭州市化工轻纺专业高级工程师职务任职资格评审",
        "报送单位（盖章）：" + XIHU_BODY, "共2人", "报送日期：2023年9月22日", "评审表排序与本花名册序号一致",
        "序号", "申报编号", "姓名", "申报资格", "1", first.getBusinessKey(), firstName, "女", "1949年12月",
        "杭州西湖精细化工有限公司（演示）", "大学本科", "工程师", "2017-06-30", "高级工程师", "正常申报", "2", next.getBusinessKey(),
        nextName);
    assertThat(rosterText).doesNotContain("王五").doesNotContain("赵六");
    assertThat(Pdfs.assertEveryPageRendersWithInk(roster)).isEqualTo(1);
    // the batch goes to the committee's office: the letter entrusts the committee (附件4 二、1)
    assertThat(Pdfs.squeezed(Pdfs.text(app.documents().content(docs.get(1))))).containsSubsequence(
        "申报专业技术职务资格评审委托书", COMMITTEE + "：", "根据杭经信人事〔2023〕63号要求",
        "现委托贵委员会对下列2名申报人员进行2023年度杭州市化工轻纺专业高级工程师职务任职资格评审，申报资格：高级工程师。",
        "1", firstName, "杭州西湖精细化工有限公司（演示）", "高级工程师", "2", nextName,
        "委托单位（盖章）：" + XIHU_BODY, "2023年9月22日");
    // what the confirmation form says for this plan: the papers, and the plan's copies with the clause
    assertThat(runtime.getVariables(batch.getId())).containsEntry("batchPapers", "《花名册》和《委托书》")
        .containsEntry("evaluationFormCopies", 3).containsEntry("evaluationFormCopiesSource",
            "杭经信人事〔2023〕63号 附件2 二、8. 导出带有水印的评审表（一式 3 份）；附件4 二、3. 评审表一式3份");

    // each application records its batch and number, in its variable and its trail
    assertThat(json(first.getId(), "rosterBatches")).contains("\"group\":\"" + XIHU_COUNTY + "\"",
        "\"batchKey\":\"" + batch.getBusinessKey() + "\"", "\"batchNumber\":1", "\"seq\":1");
    assertThat(json(next.getId(), "rosterBatches")).contains("\"seq\":2");
    assertThat(runtime.getVariable(wang.getId(), "rosterBatches")).isNull();
    assertThat(trail(next)).contains("区县（市）职称受理点审核　编入花名册（xihu-jxj）：" + XIHU_BODY + "花名册第1批第2号（共2人），2023年9月22日报送杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会办公室");
    // the applications go on at the office, untouched; the office's review task links the roster and the letter
    assertThat(zhang).isWaitingAt("CallActivity_LevelReview");
    String officeLinks = rosterLinks(task(first));
    assertThat(officeLinks).containsSubsequence(XIHU_BODY + "花名册第1批第1号",
        "/api/applications/" + batch.getId() + "/documents/" + docs.get(0).id(), "花名册（第1版，PDF）",
        "/documents/" + docs.get(1).id(), "申报专业技术职务资格评审委托书（第1版，PDF）");
    assertThat(rosterLinks(task(next))).contains("花名册第1批第2号");
    // a task variable of the office's task only: not on the application, nor on its level's instance
    assertThat(runtime.getVariable(first.getId(), "rosterLinks")).isNull();
    assertThat(processEngine.getTaskService().getVariableLocal(task(first).getId(), "rosterLinks")).isEqualTo(officeLinks);
    assertThat(rosterLinks(task(wang))).isNull();

    // the district prints and confirms; the task shows the documents and each form in the roster's order
    Task confirm = task(batch);
    assertThat(confirm).hasCandidateGroup(XIHU_COUNTY).hasName("打印盖章并报送：" + XIHU_BODY + "花名册第1批（2人）");
    assertThat((String) processEngine.getTaskService().getVariable(confirm.getId(), "documentLinks")).containsSubsequence(
        "/api/applications/" + batch.getId() + "/documents/" + docs.get(0).id(), "花名册（第1版，PDF）",
        "/documents/" + docs.get(1).id(), "申报专业技术职务资格评审委托书（第1版，PDF）");
    StoredDocument firstForm = app.documents().documentsOf(first.getId()).get(0);
    assertThat(firstForm.kind()).isEqualTo(DocumentKind.EVALUATION_FORM);
    assertThat(json(batch.getId(), "batchMembersText")).containsSubsequence("第1号", first.getBusinessKey(), firstName,
        "/api/applications/" + first.getId() + "/documents/" + firstForm.id(), "评审表（第" + firstForm.version() + "版）",
        "第2号", next.getBusinessKey(), nextName);
    assertThatThrownBy(() -> app.complete(confirm, "xihu-jxj", Map.of("sent", false)))
        .hasMessageContaining("勾选“已报送”");
    assertThat(task(batch).getId()).isEqualTo(confirm.getId());
    setClock("2023-09-25T09:00:00+08:00");
    app.complete(confirm, "xihu-jxj", Map.of("sent", true));
    assertThat(batch).isEnded().hasPassed("EndEvent_Sent");
    assertThat(trail(zhang)).contains("区县（市）职称受理点审核　已报送（xihu-jxj）：" + XIHU_BODY + "花名册第1批（2人）已报送杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会办公室");
    assertThat(historic(batch.getId())).containsEntry("sentBy", "xihu-jxj").doesNotContainKey("sent");

    // 王五 passes later: the next batch takes him alone, as number 2
    passCounty(wang, "xihu-jxj");
    ProcessInstance second = forward("xihu-jxj", PLAN, XIHU_COUNTY);
    assertThat(second.getBusinessKey()).isEqualTo("ROSTER-" + XIHU_COUNTY + "-" + PLAN + "-2");
    assertThat(runtime.getVariables(second.getId())).containsEntry("batchNumber", 2).containsEntry("batchSize", 1);
    assertThat(json(wang.getId(), "rosterBatches")).contains("\"batchNumber\":2", "\"seq\":1");
    assertThat(Pdfs.squeezed(Pdfs.text(app.documents().content(app.documents().documentsOf(second.getId()).get(0)))))
        .contains("共1人").contains("王五").doesNotContain("张三");

    // nothing left: refused, nothing made
    assertThatThrownBy(() -> forward("xihu-jxj", PLAN, null))
        .hasMessageContaining("无法报送花名册：" + XIHU_BODY + "在“2023年度杭州市化工轻纺专业高级工程师职务任职资格评审”中没有可报送的申报");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.BATCH_FORWARDING).count()).isEqualTo(2);
  }

  @Test
  void whoMayForwardForWhichPlanIsCheckedAndARefusalLeavesNothing() {
    ProcessInstance zhang = application("张三", "hz-xihu-chem");
    setClock("2023-09-20T15:30:00+08:00");
    passCounty(zhang, "xihu-jxj");

    assertThatThrownBy(() -> forward("hgqf-office", PLAN, null))
        .hasMessageContaining("您所在的单位不是“2023年度杭州市化工轻纺专业高级工程师职务任职资格评审”审核链中向下一级报送的审核层级");
    assertThatThrownBy(() -> forward("liandu-rsj", PLAN, null)).hasMessageContaining("不能报送该计划的花名册");
    assertThatThrownBy(() -> forward("xihu-jxj", " ", null)).hasMessageContaining("请选择申报计划");
    assertThatThrownBy(() -> forward("xihu-jxj", "hz-2024-unknown", null))
        .hasMessageContaining("申报计划“hz-2024-unknown”不存在");
    assertThatThrownBy(() -> forward("xihu-jxj", "aj-2021-titles", null)).hasMessageContaining("按计划表分行申报");
    assertThatThrownBy(() -> forward("two-districts", PLAN, null))
        .hasMessageContaining("您属于该计划的多个报送单位（" + XIHU_BODY + "、萧山区经济和信息化局（职称受理点）），请选择报送单位")
        .hasMessageNotContaining("county:");
    assertThatThrownBy(() -> forward("xihu-jxj", PLAN, "county:330109"))
        .hasMessageContaining("您不是“萧山区经济和信息化局（职称受理点）”的人员");
    assertThatThrownBy(() -> forward("xiaoshan-jxj", PLAN, null)).hasMessageContaining("没有可报送的申报");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ProcessKeys.BATCH_FORWARDING, Map.of("planId", PLAN)))
        .hasMessageContaining("无法确定报送人");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.BATCH_FORWARDING).count()).isZero();
    assertThat(runtime.getVariable(zhang.getId(), "rosterBatches")).isNull();

    // the user of two districts names one, and 萧山 has nothing: refused; 西湖区 has 张三
    assertThatThrownBy(() -> forward("two-districts", PLAN, "county:330109")).hasMessageContaining("没有可报送的申报");
    assertThat(forward("two-districts", PLAN, XIHU_COUNTY)).isWaitingAt("UserTask_ConfirmSent");
  }

  @Test
  void aBatchCancelledBeforeItWasSentGivesItsApplicationsToTheNextBatch() throws Exception {
    ProcessInstance zhang = application("张三", "hz-xihu-chem");
    setClock("2023-09-20T15:30:00+08:00");
    passCounty(zhang, "xihu-jxj");
    ProcessInstance first = forward("xihu-jxj", PLAN, null);
    assertThat(json(zhang.getId(), "rosterBatches")).contains(first.getId());

    assertThat(rosterLinks(task(zhang))).contains("/api/applications/" + first.getId() + "/documents/")
        .doesNotContain("ROSTER-");

    runtime.deleteProcessInstance(first.getId(), "报送前发现遗漏，撤销重编");

    assertThat(json(zhang.getId(), "rosterBatches")).isEqualTo("[]");
    // the withdrawn batch's links leave the office's form with it
    assertThat(rosterLinks(task(zhang))).isNull();
    assertThat(trail(zhang)).contains("区县（市）职称受理点审核　花名册撤销（系统）：" + XIHU_BODY + "花名册第1批（1人）未报送即已撤销，可编入下一批花名册");
    ProcessInstance again = forward("xihu-jxj", PLAN, null);
    // the withdrawn batch keeps its number
    assertThat(again.getBusinessKey()).endsWith("-2");
    assertThat(json(zhang.getId(), "rosterBatches")).contains(again.getId()).doesNotContain(first.getId());
    assertThat(rosterLinks(task(zhang))).contains("花名册第2批第1号", "/api/applications/" + again.getId() + "/")
        .doesNotContain("/api/applications/" + first.getId() + "/");
  }

  @Test
  void theOfficeFindsTheBatchOnItsPaperFormsTaskToo() {
    ProcessInstance zhang = application("张三", "hz-xihu-chem");
    setClock("2023-09-20T15:30:00+08:00");
    passCounty(zhang, "xihu-jxj");
    ProcessInstance batch = forward("xihu-jxj", PLAN, null);
    // the office passes, the fee is paid: 确认收到纸质评审表 is created with the batch's links (seed 004 附件4 二、3:
    // the paper forms come in the roster's order)
    setClock("2023-10-30T10:00:00+08:00");
    app.complete(task(zhang), "hgqf-office", Map.of("decision", "pass", "opinion", "资格审查通过"));
    setClock("2023-11-02T14:00:00+08:00");
    app.payments.pay(zhang.getId(), "P20231102-0001", new BigDecimal("300"), "payment-gateway");
    Task paper = task(zhang);
    assertThat(paper).hasDefinitionKey("UserTask_ConfirmPaperForms").hasCandidateGroup(OFFICE_GROUP);
    assertThat(rosterLinks(paper)).contains(XIHU_BODY + "花名册第1批第1号",
        "/api/applications/" + batch.getId() + "/documents/", "花名册（第1版，PDF）", "申报专业技术职务资格评审委托书");
  }

  @Test
  void anAnjiDepartmentForwardsTheRosterOnlyAndTheCountyHrBureauAlsoTheLetterToTheCommittee() {
    // 安人社通〔2021〕9号 二、（三）: 行业主管部门、人力社保部门审核并逐级上报相应评委会; 附件1 第15行, the applicant declares
    // 工艺美术师 (所评)
    ProcessFixture.member(processEngine.getIdentityService(), "aj-jxj", "dept:330523-jxj");
    ProcessFixture.member(processEngine.getIdentityService(), "aj-rsj", "hr:330523");
    setClock("2021-07-01T10:00:00+08:00");
    Map<String, Object> d = ProcessFixture.declaration();
    d.put("planId", ANJI_ROW);
    d.put("unitCode", "aj-chair");
    d.put("applicantName", "赵一");
    d.put("currentTitle", "助理工艺美术师");
    d.put("currentTitleDate", "2015-07-01");
    d.put("profile", ProcessFixture.json(PlanChainsProcessTest.ANJI_PROFILE));
    ProcessInstance zhao = app.declareAndUpload(d);
    app.complete(task(zhao), "aj-chair-hr", Map.of("decision", "pass", "opinion", "同意推荐"));
    ProcessInstance publicity = runtime.createProcessInstanceQuery().superProcessInstanceId(zhao.getId())
        .processDefinitionKey("publicity").singleResult();
    ClockUtil.setCurrentTime(job(publicity).getDuedate());
    execute(job(publicity));
    app.complete(task(zhao), "aj-jxj", Map.of("decision", "pass", "opinion", "同意推荐"));
    assertThat(task(zhao)).hasCandidateGroup("hr:330523");
    // every level's review form shows the declared title (read-only field 申报资格)
    assertThat(processEngine.getTaskService().getVariable(task(zhao).getId(), "targetTitle")).isEqualTo("工艺美术师");

    // the department sends to the county's HR bureau: a roster, no letter (the bureau evaluates nothing)
    ProcessInstance toBureau = forward("aj-jxj", ANJI_ROW, null);
    assertThat(app.documents().documentsOf(toBureau.getId())).extracting(StoredDocument::kind)
        .containsExactly(DocumentKind.ROSTER);
    assertThat(runtime.getVariables(toBureau.getId())).containsEntry("receivingGroups", "hr:330523")
        .containsEntry("batchPapers", "《花名册》").containsEntry("evaluationFormCopies", 3);
    assertThat((String) runtime.getVariable(toBureau.getId(), "evaluationFormCopiesSource"))
        .startsWith("安人社通〔2021〕9号 二、（四）2 《专业技术职务任职资格评审表》(中级一式三份");
    String roster = Pdfs.squeezed(Pdfs.text(app.documents().content(app.documents().documentsOf(toBureau.getId())
        .get(0))));
    assertThat(roster).containsSubsequence("申报评审工艺美术师资格人员花名册", "申报资格", "赵一", "工艺美术师");
    String bureauLinks = rosterLinks(task(zhao));
    assertThat(bureauLinks).contains("花名册第1批第1号", "花名册（第1版，PDF）")
        .doesNotContain("委托书");

    // the bureau passes and sends to the committee's office: the roster and the letter to the row's committee
    app.complete(task(zhao), "aj-rsj", Map.of("decision", "pass", "opinion", "同意推荐"));
    assertThat(task(zhao)).hasCandidateGroup("office:huz-arts-crafts-mid");
    ProcessInstance toOffice = forward("aj-rsj", ANJI_ROW, null);
    List<StoredDocument> docs = app.documents().documentsOf(toOffice.getId());
    assertThat(docs).extracting(StoredDocument::kind).containsExactly(DocumentKind.ROSTER, DocumentKind.ENTRUSTMENT);
    String letter = Pdfs.squeezed(Pdfs.text(app.documents().content(docs.get(1))));
    assertThat(letter).containsSubsequence("市工艺美术专业中级职务评审委员会：", "根据安人社通〔2021〕9号要求",
        "现委托贵委员会对下列1名申报人员进行2021年度安吉县专业技术资格评审（推荐），申报资格：工艺美术师。", "序号", "申报资格",
        "1", "赵一", "工艺美术师", "委托单位（盖章）：安吉县人力资源和社会保障局");
    assertThat(letter).doesNotContain("第15行");
    assertThat(runtime.getVariables(toOffice.getId())).containsEntry("batchPapers", "《花名册》和《委托书》");
    // the office reads its own batch on its form, not the department's roster to the bureau
    assertThat(rosterLinks(task(zhao))).contains("/api/applications/" + toOffice.getId() + "/documents/",
        "申报专业技术职务资格评审委托书").doesNotContain("/api/applications/" + toBureau.getId() + "/");
  }

  // ---- steps ----

  /** Declared, the materials uploaded, passed by its unit and through the unit's publicity: at the district. */
  private int people;

  private ProcessInstance application(String name, String unit) {
    Map<String, Object> d = ProcessFixture.declaration();
    d.put("applicantName", name);
    d.put("idNumber", IdNumbers.person(people++)); // one application per person per plan
    d.put("unitCode", unit);
    setClock("2023-08-20T10:00:00+08:00");
    ProcessInstance pi = app.declareAndUpload(d);
    app.complete(task(pi), unit.equals("hz-xihu-chem") ? "xihu-hr" : "xiaoshan-hr",
        Map.of("decision", "pass", "opinion", "同意推荐"));
    ProcessInstance publicity = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("publicity").singleResult();
    ClockUtil.setCurrentTime(job(publicity).getDuedate());
    execute(job(publicity));
    assertThat(task(pi).getName()).startsWith("区县（市）职称受理点审核");
    return pi;
  }

  private void passCounty(ProcessInstance pi, String user) {
    app.complete(task(pi), user, Map.of("decision", "pass", "opinion", "材料齐全，同意推荐"));
    assertThat(task(pi).getName()).startsWith("高评委办公室资格审查");
  }

  /** 报送花名册 started in Tasklist by {@code user}: the plan and, optionally, the forwarding group. */
  private ProcessInstance forward(String user, String planId, String group) {
    Map<String, Object> v = new HashMap<>();
    v.put("planId", planId);
    if (group != null) {
      v.put("forwardingGroup", group);
    }
    processEngine.getIdentityService().setAuthenticatedUserId(user);
    try {
      return runtime.startProcessInstanceByKey(ProcessKeys.BATCH_FORWARDING, v);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private Task task(ProcessInstance pi) {
    return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .singleResult();
  }

  /** The links to its batches' documents the task's form shows (a task variable). */
  private String rosterLinks(Task t) {
    return (String) processEngine.getTaskService().getVariable(t.getId(), "rosterLinks");
  }

  private String trail(ProcessInstance pi) {
    return (String) runtime.getVariable(pi.getId(), "reviewTrailText");
  }

  private String json(String instanceId, String name) {
    return ((SerializableValue) runtime.getVariableTyped(instanceId, name, false)).getValueSerialized();
  }

  private Map<String, Object> historic(String instanceId) {
    Map<String, Object> vars = new HashMap<>();
    processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId).list()
        .forEach(v -> vars.put(v.getName(), v.getValue()));
    return vars;
  }

}
