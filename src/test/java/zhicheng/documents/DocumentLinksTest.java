package zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reviewer sees the newest 评审表, marked so, with the older versions one click away. */
class DocumentLinksTest {

  private static StoredDocument doc(long id, DocumentKind kind, int version) {
    return new StoredDocument(id, "a1", "ZC-1", kind, version, kind.code() + ".pdf",
        OffsetDateTime.parse("2023-09-01T10:00:00+08:00"), "sha", 100);
  }

  @Test
  void theNewestVersionLeadsAndTheOlderFollowOnItsLine() {
    String links = DocumentLinks.markdown("a1", List.of(doc(15, DocumentKind.EVALUATION_FORM, 3),
        doc(9, DocumentKind.EVALUATION_FORM, 2), doc(4, DocumentKind.EVALUATION_FORM, 1),
        doc(12, DocumentKind.PUBLICITY_LIST, 1)));
    String kind = DocumentKind.EVALUATION_FORM.title();
    assertThat(links.lines()).containsExactly(
        "- <a href=\"/api/applications/a1/documents/15\" target=\"_blank\">" + kind + "（第3版，最新，PDF）</a>"
            + "　较早版本：<a href=\"/api/applications/a1/documents/9\" target=\"_blank\">第2版</a>、"
            + "<a href=\"/api/applications/a1/documents/4\" target=\"_blank\">第1版</a>",
        "- <a href=\"/api/applications/a1/documents/12\" target=\"_blank\">" + DocumentKind.PUBLICITY_LIST.title()
            + "（第1版，PDF）</a>");
  }

  @Test
  void aSingleVersionIsJustItselfAndNoDocumentsSaySo() {
    assertThat(DocumentLinks.markdown("a1", List.of(doc(4, DocumentKind.EVALUATION_FORM, 1))))
        .isEqualTo("- <a href=\"/api/applications/a1/documents/4\" target=\"_blank\">"
            + DocumentKind.EVALUATION_FORM.title() + "（第1版，PDF）</a>");
    assertThat(DocumentLinks.markdown("a1", List.of())).isEqualTo("（暂无文书）");
  }
}
