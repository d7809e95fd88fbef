package zhicheng.application;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.calendar.ChineseTime;
import zhicheng.documents.CertificateRequest;
import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.documents.IssuedCertificate;
import zhicheng.notification.NotificationOutbox;
import zhicheng.plan.CertificateTerms;
import zhicheng.plan.Plan;

/**
 * 发放电子证书: seed 004 四、4–5 (文件公布后，生成电子证书信息；取得资格人员登录平台下载电子证书) and seed 001 三、(七)
 * (不再发放纸质证书……自行下载打印本人电子证书). Runs in a job of its own (asynchronous before), so a sitting's hundreds of
 * certificates never hold up the sitting and a failing one shows as an incident on its own application.
 */
@Component("issueCertificate")
public class IssueCertificateDelegate implements JavaDelegate {

  private final PlanTerms terms;
  private final DocumentService documents;
  private final ApplicationRecord record;
  private final NotificationOutbox outbox;

  public IssueCertificateDelegate(PlanTerms terms, DocumentService documents, ApplicationRecord record,
      NotificationOutbox outbox) {
    this.terms = terms;
    this.documents = documents;
    this.record = record;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Plan plan = terms.plan(execution);
    CertificateTerms certificate = plan.certificate();
    String applicationId = execution.getProcessInstanceId();
    String documentNumber = ApplicationVariables.DOCUMENT_NUMBER.get(execution);
    LocalDate approvedOn = LocalDate.parse(ApplicationVariables.DOCUMENT_DATE.get(execution));
    IssuedCertificate issued = documents.certificate(applicationId, execution.getProcessBusinessKey(),
        new CertificateRequest(ApplicationVariables.APPLICANT_NAME.get(execution), ApplicationVariables.ID_NUMBER.get(execution),
            ApplicationVariables.UNIT_NAME.get(execution),
            // 资格名称: the title declared from a plan-table row (seed 003 附件1), else what the plan confers
            Optional.ofNullable(DocumentData.appliedQualification(EligibilityStep.profile(execution), plan))
                .orElse(plan.title()),
            certificate == null ? "" : certificate.specialty(),
            ApplicationVariables.COMMITTEE_NAME.get(execution), approvedOn, documentNumber,
            ApplicationVariables.ISSUER.get(execution)));
    String url = DocumentLinks.url(applicationId, issued.document().id());
    ApplicationVariables.CERTIFICATE_CODE.set(execution, issued.code());
    ApplicationVariables.CERTIFICATE_VERIFY_URL.set(execution, issued.verifyUrl());
    ApplicationVariables.CERTIFICATE_URL.set(execution, url);
    ApplicationVariables.DOCUMENT_LINKS.set(execution,
        DocumentLinks.markdown(applicationId, documents.documentsOf(applicationId)));
    String text = "电子证书验证码 " + issued.code() + "（" + documentNumber + "，" + ChineseTime.date(approvedOn)
        + "）；可在“我的申报”下载，任何人可凭验证码核验：" + issued.verifyUrl();
    record.addTrail(execution, ApplicationRecord.COMMITTEE_LEVEL, "系统", "发放电子证书", text);
    record.set(execution, ApplicationStatus.CERTIFIED, text);
    outbox.enqueue(applicationId, execution.getProcessBusinessKey(), ApplicationVariables.APPLICANT.get(execution),
        NotifyFeeDelegate.CHANNEL, "职称评审结果通知", ApplicationVariables.APPLICANT_NAME.get(execution) + "：您申报的"
            + plan.title() + "评审通过，" + text + "。");
  }
}
