package zhicheng.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * The documents of an application as a Markdown list of links, for the Tasklist forms (a form-js text field
 * shows the variable {@code documentLinks}). The links are HTML anchors opening a new tab, so the task stays
 * open beside the PDF (form-js keeps {@code target="_blank"}; a Markdown link would leave Tasklist). They are
 * relative: they open on the same server, where the Tasklist login of the same browser is accepted for reading.
 */
public final class DocumentLinks {

  private DocumentLinks() {}

  public static String url(String applicationId, long documentId) {
    return "/api/applications/" + applicationId + "/documents/" + documentId;
  }

  /**
   * A batch an application was forwarded in (报送花名册), with the batch's documents (花名册, and 委托书 for a batch to
   * the committee's office), for the forms of the levels that may read them.
   *
   * @param title e.g. 西湖区发展改革和经济信息化局（职称受理点）花名册第1批第2号（ROSTER-…）
   */
  public record BatchDocuments(String batchId, String title, List<StoredDocument> documents) {}

  /** One line per batch, its title, then a link per document (newest version first). */
  public static String batches(List<BatchDocuments> batches) {
    return batches.stream()
        .map(b -> "- " + HtmlUtils.htmlEscape(b.title()) + "：" + b.documents().stream()
            .map(d -> "<a href=\"" + url(b.batchId(), d.id()) + "\" target=\"_blank\">"
                + HtmlUtils.htmlEscape(d.kind().title() + "（第" + d.version() + "版，PDF）") + "</a>")
            .collect(Collectors.joining("　")))
        .collect(Collectors.joining("\n"));
  }

  /**
   * One line per kind of document: its newest version, marked 最新 when there are older ones, and the older versions
   * one click away after it (较早版本：第4版、第3版…), so a reviewer opens the current 评审表 without guessing among five.
   * {@code documents} come newest first within each kind ({@link DocumentStore#list}).
   */
  public static String markdown(String applicationId, List<StoredDocument> documents) {
    if (documents.isEmpty()) {
      return "（暂无文书）";
    }
    Map<DocumentKind, List<StoredDocument>> byKind = documents.stream()
        .collect(Collectors.groupingBy(StoredDocument::kind, LinkedHashMap::new, Collectors.toList()));
    return byKind.values().stream().map(versions -> {
      StoredDocument newest = versions.get(0);
      String line = "- " + anchor(applicationId, newest, newest.kind().title() + "（第" + newest.version() + "版"
          + (versions.size() > 1 ? "，最新" : "") + "，PDF）");
      if (versions.size() > 1) {
        line += "　较早版本：" + versions.subList(1, versions.size()).stream()
            .map(d -> anchor(applicationId, d, "第" + d.version() + "版")).collect(Collectors.joining("、"));
      }
      return line;
    }).collect(Collectors.joining("\n"));
  }

  private static String anchor(String applicationId, StoredDocument d, String text) {
    return "<a href=\"" + url(applicationId, d.id()) + "\" target=\"_blank\">" + HtmlUtils.htmlEscape(text) + "</a>";
  }
}
