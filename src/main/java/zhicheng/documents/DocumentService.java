package zhicheng.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a document from its data record and stores it with the application (or the batch) it belongs to.
 * Engine-free: delegates translate process variables into the records and call one method here.
 *
 * <p>Where each is called (README 文书 has the table): the application's own forms (evaluation form, exceptional
 * approval, expert recommendation, post table) at acceptance, on each resubmission and on each level's decision
 * (ApplicationDocumentsListener); a level's publicity list when its publicity starts (PublicityDocuments) and the
 * sitting's when it opens (OpenSittingDelegate); the roster and entrustment letter when a body forwards its batch
 * (BatchCollector, batch-forwarding); the certificate at publication (IssueCertificateDelegate).
 */
@Service
public class DocumentService {

  private final DocumentStore store;
  private final CertificateRegister certificates;
  private final EvaluationFormRenderer evaluationForm;
  private final ExceptionalApprovalRenderer exceptionalApproval;
  private final ExpertRecommendationRenderer expertRecommendation;
  private final PostInfoRenderer postInfo;
  private final PublicityListRenderer publicityList;
  private final RosterRenderer roster;
  private final EntrustmentRenderer entrustment;
  private final CertificateRenderer certificate;
  private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

  private final String publicUrl;
  private final Clock clock;

  public DocumentService(CjkFont font, DocumentStore store, CertificateRegister certificates, Clock clock,
      @Value("${zhicheng.documents.watermark}") String watermark,
      @Value("${zhicheng.public-url}") String publicUrl) {
    this.store = store;
    this.certificates = certificates;
    this.evaluationForm = new EvaluationFormRenderer(font, watermark);
    this.exceptionalApproval = new ExceptionalApprovalRenderer(font);
    this.expertRecommendation = new ExpertRecommendationRenderer(font);
    this.postInfo = new PostInfoRenderer(font);
    this.publicityList = new PublicityListRenderer(font);
    this.roster = new RosterRenderer(font);
    this.entrustment = new EntrustmentRenderer(font);
    this.certificate = new CertificateRenderer(font);
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.clock = clock;
    if (this.publicUrl.matches("https?://(localhost|127\\.0\\.0\\.1)([:/].*)?")) {
      // a certificate is printed once: its QR code would lead everyone who scans it to their own machine
      LOG.warn("zhicheng.public-url 为 {}：电子证书的二维码和验证网址将指向本机，仅适用于演示；"
          + "对外使用请设置 ZHICHENG_PUBLIC_URL（README，docs/operations.md）", this.publicUrl);
    }
  }

  public StoredDocument evaluationForm(String applicationId, EvaluationFormData d) {
    return store.save(applicationId, d.businessKey(), DocumentKind.EVALUATION_FORM,
        DocumentKind.EVALUATION_FORM.title() + "-" + d.applicant().name(), evaluationForm.render(d));
  }

  public StoredDocument exceptionalApproval(String applicationId, ExceptionalApprovalData d) {
    return store.save(applicationId, d.businessKey(), DocumentKind.EXCEPTIONAL_APPROVAL,
        ExceptionalApprovalRenderer.title(d.grade()) + "-" + d.applicant().name(), exceptionalApproval.render(d));
  }

  public StoredDocument expertRecommendation(String applicationId, ExpertRecommendationData d) {
    return store.save(applicationId, d.businessKey(), DocumentKind.EXPERT_RECOMMENDATION,
        DocumentKind.EXPERT_RECOMMENDATION.title() + "-" + d.nomineeName(), expertRecommendation.render(d));
  }

  public StoredDocument postInfo(String ownerId, PostInfoData d) {
    return store.save(ownerId, d.ownerKey(), DocumentKind.POST_INFO,
        DocumentKind.POST_INFO.title() + "-" + d.unitName(), postInfo.render(d));
  }

  /** When a publicity starts: {@code ownerId} is the instance that runs it. */
  public StoredDocument publicityList(String ownerId, PublicityListData d) {
    return store.save(ownerId, d.ownerKey(), DocumentKind.PUBLICITY_LIST, d.title(), publicityList.render(d));
  }

  /** When a level forwards its batch: {@code ownerId} is the instance that forwards it. */
  public StoredDocument roster(String ownerId, RosterData d) {
    return store.save(ownerId, d.ownerKey(), DocumentKind.ROSTER, d.title() + "-" + d.submitter(), roster.render(d));
  }

  /** With the roster, when a level forwards its batch to the committee. */
  public StoredDocument entrustment(String ownerId, EntrustmentData d) {
    return store.save(ownerId, d.ownerKey(), DocumentKind.ENTRUSTMENT,
        DocumentKind.ENTRUSTMENT.title() + "-" + d.entrustingBody(), entrustment.render(d));
  }

  /**
   * At publication: registers the application's certificate (keeping its code if it was issued before) and
   * stores the PDF. Issuing again with the same data changes nothing; with changed data (a corrected document
   * number) the register is updated and a new version stored, under the same code.
   */
  @Transactional
  public IssuedCertificate certificate(String applicationId, String businessKey, CertificateRequest r) {
    String code = certificates.byProcessInstance(applicationId).map(CertificateRecord::code)
        .orElseGet(certificates::newCode);
    String url = verifyUrl(code);
    certificates.put(new CertificateRecord(code, applicationId, r.name(), IdFacts.masked(r.idNumber()),
        r.qualification(), r.specialty(), r.committeeName(), r.approvedOn(), r.documentNumber(), r.issuer(),
        OffsetDateTime.now(clock)));
    CertificateData data = new CertificateData(code, url, r.name(), r.idNumber(), r.unitName(), r.qualification(),
        r.specialty(), r.committeeName(), r.approvedOn(), r.documentNumber(), r.issuer());
    StoredDocument pdf = store.save(applicationId, businessKey, DocumentKind.CERTIFICATE,
        DocumentKind.CERTIFICATE.title() + "-" + r.name(), certificate.render(data));
    return new IssuedCertificate(code, url, pdf);
  }

  public String verifyUrl(String code) {
    return publicUrl + "/api/certificates/" + code;
  }

  public Optional<CertificateRecord> verify(String code) {
    return certificates.byCode(code);
  }

  public List<StoredDocument> documentsOf(String ownerId) {
    return store.list(ownerId);
  }

  public Optional<StoredDocument> document(String ownerId, long id) {
    return store.find(ownerId, id);
  }

  public byte[] content(StoredDocument d) {
    return store.content(d.id());
  }
}
