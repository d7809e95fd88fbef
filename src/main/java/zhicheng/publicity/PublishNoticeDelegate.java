package zhicheng.publicity;

import static zhicheng.publicity.PublicityVariables.GROUP;
import static zhicheng.publicity.PublicityVariables.OBJECTION_COUNT;
import static zhicheng.publicity.PublicityVariables.OPEN_OBJECTIONS;
import static zhicheng.publicity.PublicityVariables.PLACE;
import static zhicheng.publicity.PublicityVariables.RESTART_PENDING;
import static zhicheng.publicity.PublicityVariables.SUBJECT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.calendar.ChineseTime;
import zhicheng.calendar.Period;

/**
 * 发布公示: records who published what, where and when, in the application's review trail, starts the period
 * now and stores the 公示表 ({@link PublicityDocuments}). Seed 004 四、1 and 附件3 一、4: 导出公示表……进行不少于5个工作日的
 * 公示，公示情况录入职称管理服务平台.
 */
@Component("publishNotice")
public class PublishNoticeDelegate implements JavaDelegate {

  private final ApplicationRecord record;
  private final PublicityDocuments documents;
  private final PublicityPeriods periods;

  public PublishNoticeDelegate(ApplicationRecord record, PublicityDocuments documents, PublicityPeriods periods) {
    this.record = record;
    this.documents = documents;
    this.periods = periods;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String subject = Publicity.required(execution, SUBJECT, "公示内容");
    Publicity.required(execution, GROUP, "发布公示并核查异议的用户组");
    String place = Publicity.required(execution, PLACE, "公示地点");
    int days = Publicity.days(execution);

    Period period = periods.start(execution, days);
    OPEN_OBJECTIONS.set(execution, 0);
    RESTART_PENDING.set(execution, false);
    OBJECTION_COUNT.set(execution, 0);
    record.addTrail(execution, Publicity.name(execution), Publicity.publisher(execution), "发布公示",
        subject + "；公示地点：" + place + "；公示期" + days + "个工作日，至" + ChineseTime.end(period.end()));
    documents.publish(execution, period);
  }
}
