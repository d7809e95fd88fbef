package zhicheng.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 我的申报: an applicant's applications, their status, the reason and the review trail, in a browser.
 * Tasklist shows tasks only, so an applicant whose application was rejected or closed had nowhere to read
 * why. Served under /api so the browser asks for the same login and reuses it for /api/applications.
 */
@Tag(name = "申报", description = "我的申报页面（HTML）")
@RestController
public class MyApplicationsPage {

  private final String html;

  public MyApplicationsPage() throws IOException {
    try (InputStream in = new ClassPathResource("pages/my-applications.html").getInputStream()) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Operation(summary = "我的申报（页面）", description = "申报人查看自己申报的状态、原因与审核记录的 HTML 页面。")
  @GetMapping(value = "/api/my", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public String page() {
    return html;
  }
}
