package zhicheng.achievements;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An archive row as the applicant writes it (POST creates, PUT replaces). {@code evidence}: new files as
 * {@code {"fileName", "content"}} (content in Base64), files already kept as {@code {"id"}}; on PUT, absent means
 * the files stay as they are.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AchievementInput(String kind, String item, String title, String work, String date, String grade,
    String status, String role, String note, List<EvidenceInput> evidence) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record EvidenceInput(Long id, String fileName, String content) {}
}
