package zhicheng.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.documents.StoredDocument;
import zhicheng.security.CurrentUser;

/**
 * An application's documents (every version) and each PDF, for the applicant, the reviewers of its chain and
 * administrators ({@link DocumentAccess}); anyone else gets 404, as for an application that does not exist.
 * The PDF opens in the browser (inline) under its Chinese file name (RFC 5987 {@code filename*}).
 */
@Tag(name = "文书", description = "申报的评审表、公示表、花名册等 PDF 文书，仅限有权查看该申报的用户")
@RestController
@RequestMapping("/api/applications/{id}/documents")
public class DocumentController {

  private final DocumentService documents;
  private final DocumentAccess access;

  public DocumentController(DocumentService documents, DocumentAccess access) {
    this.documents = documents;
    this.access = access;
  }

  public record DocumentView(long id, String kind, String title, int version, String fileName,
      OffsetDateTime createdAt, String sha256, int size, String url) {}

  @Operation(summary = "一项申报的文书列表", description = "每份文书的各个版本。")
  @GetMapping
  public List<DocumentView> list(@PathVariable String id, HttpServletRequest request) {
    check(id, request);
    return documents.documentsOf(id).stream()
        .map(d -> new DocumentView(d.id(), d.kind().code(), d.kind().title(), d.version(), d.fileName(),
            d.createdAt(), d.sha256(), d.size(), DocumentLinks.url(id, d.id())))
        .toList();
  }

  @Operation(summary = "下载一份文书（PDF）", description = "在浏览器中打开，文件名为中文。")
  @GetMapping("/{documentId}")
  public ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable long documentId,
      HttpServletRequest request) {
    check(id, request);
    StoredDocument d = documents.document(id, documentId)
        .orElseThrow(() -> new NotFoundException("申报 " + id + " 没有编号为 " + documentId + " 的文书"));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(d))
        .eTag("\"" + d.sha256() + "\"")
        .body(documents.content(d));
  }

  /**
   * RFC 6266: an ASCII name for old clients ("evaluation-form-v2.pdf") and the Chinese name in RFC 5987's
   * {@code filename*}, which browsers prefer.
   */
  static String contentDisposition(StoredDocument d) {
    String ascii = d.kind().code() + "-v" + d.version() + ".pdf";
    return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + UriUtils.encode(d.fileName(), StandardCharsets.UTF_8);
  }

  private void check(String id, HttpServletRequest request) {
    if (!access.mayRead(CurrentUser.of(request), id)) {
      throw new NotFoundException("未找到申报 " + id + "，或您无权查看其文书");
    }
  }
}
