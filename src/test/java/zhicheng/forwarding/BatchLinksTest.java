package zhicheng.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import zhicheng.documents.DocumentKind;
import zhicheng.documents.StoredDocument;

/**
 * The links a review or paper-form task shows to the batches of its application, engine-free: only the batches its
 * groups may read (the body that forwarded, the levels it went to; DocumentAccess asks the same), each with its
 * documents.
 */
class BatchLinksTest {

  /** 安吉: the department's roster to the county's HR bureau, then the bureau's roster and letter to the office. */
  private static final List<RosterEntry> BATCHES = List.of(
      new RosterEntry("dept:330523-jxj", List.of("hr:330523"), "安吉县经济和信息化局（行业主管部门）", "ROSTER-dept-1", "b1",
          1, 1, null),
      new RosterEntry("hr:330523", List.of("office:huz-arts-crafts-mid"), "安吉县人力资源和社会保障局", "ROSTER-hr-1", "b2",
          1, 3, null));

  @Test
  void eachReaderSeesTheBatchesItForwardedOrReceivedAndNoOther() {
    String office = ApplicationBatches.markdown(BATCHES, List.of("office:huz-arts-crafts-mid"), BatchLinksTest::documents);
    assertThat(office).isEqualTo("- 安吉县人力资源和社会保障局花名册第1批第3号："
        + "<a href=\"/api/applications/b2/documents/21\" target=\"_blank\">花名册（第1版，PDF）</a>　"
        + "<a href=\"/api/applications/b2/documents/22\" target=\"_blank\">申报专业技术职务资格评审委托书（第1版，PDF）</a>");
    String bureau = ApplicationBatches.markdown(BATCHES, List.of("hr:330523"), BatchLinksTest::documents);
    assertThat(bureau).contains("安吉县经济和信息化局（行业主管部门）花名册第1批第1号", "/api/applications/b1/documents/11",
        "安吉县人力资源和社会保障局花名册第1批第3号").doesNotContain("ROSTER-");
    // the applicant's and the unit's groups read no batch: no links at all
    assertThat(ApplicationBatches.markdown(BATCHES, List.of("unit:aj-chair"), BatchLinksTest::documents)).isNull();
    assertThat(ApplicationBatches.markdown(List.of(), List.of("office:huz-arts-crafts-mid"), BatchLinksTest::documents))
        .isNull();
  }

  private static List<StoredDocument> documents(String batchId) {
    OffsetDateTime at = OffsetDateTime.parse("2021-07-20T10:00:00+08:00");
    return batchId.equals("b1")
        ? List.of(doc(11, batchId, DocumentKind.ROSTER, at))
        : List.of(doc(21, batchId, DocumentKind.ROSTER, at), doc(22, batchId, DocumentKind.ENTRUSTMENT, at));
  }

  private static StoredDocument doc(long id, String owner, DocumentKind kind, OffsetDateTime at) {
    return new StoredDocument(id, owner, "ROSTER-" + owner, kind, 1, kind.code() + ".pdf", at, "sha", 100);
  }
}
