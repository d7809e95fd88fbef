package zhicheng.documents;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The documents of an application as Markdown links, for the Tasklist forms (a form-js text field shows the
 * variable {@code documentLinks}). Links are relative: they open on the same server, where the Tasklist login
 * of the same browser is accepted for reading.
 */
public final class DocumentLinks {

  private DocumentLinks() {}

  public static String url(String applicationId, long documentId) {
    return "/api/applications/" + applicationId + "/documents/" + documentId;
  }

  /** Newest version of each kind first, older versions after it. */
  public static String markdown(String applicationId, List<StoredDocument> documents) {
    if (documents.isEmpty()) {
      return "（暂无文书）";
    }
    return documents.stream()
        .map(d -> "- [" + d.kind().title() + "（第" + d.version() + "版，PDF）](" + url(applicationId, d.id()) + ")")
        .collect(Collectors.joining("\n"));
  }
}
