package zhicheng.portal;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import zhicheng.eligibility.Material;
import zhicheng.eligibility.MaterialCheck;
import zhicheng.vocabulary.ChinaTime;

/**
 * Files an applicant uploads one at a time for a task (table {@code zc_portal_upload}, db/migration V4): each is
 * judged by its content on arrival by the same {@link MaterialCheck} the process runs, kept only when it passes,
 * replaceable until the task (上传申报材料, or 修改申报材料 after a 退回) is submitted, then handed to the engine with the completion and removed. A file that
 * fails is not kept, and the one uploaded before it for the same material stays.
 */
@Component
@DependsOnDatabaseInitialization
public class Uploads {

  /** The limit stated beside every PDF field (the photo's own limit is MaterialCheck's: under 1M). */
  static final int MAX_MB = 20;
  static final long MAX_BYTES = MAX_MB * 1024L * 1024L;

  public record Upload(Material material, String fileName, String mimeType, int size, OffsetDateTime uploadedAt) {
    public String sizeText() {
      return size >= 1024 * 1024 ? String.format("%.1fMB", size / 1048576.0) : String.format("%.0fK", size / 1024.0);
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public Uploads(DataSource dataSource, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
  }

  /** The limits as the pages state them (and check them before sending, portal.js). */
  public long maxBytes() {
    return MAX_BYTES;
  }

  public int maxMb() {
    return MAX_MB;
  }

  /** The problem with this file for this material, judged by content; empty when it is kept. */
  public static Optional<String> problem(Material material, String fileName, long size, byte[] content) {
    if (size == 0) {
      return Optional.of("请选择要上传的文件");
    }
    if (!material.isPhoto() && size > MAX_BYTES) {
      return Optional.of(material.label() + "“" + fileName + "”超过" + MAX_MB + "MB，请压缩或分拆后上传");
    }
    return material.isPhoto() ? MaterialCheck.photo(fileName, content)
        : MaterialCheck.pdf(material.label(), fileName, content);
  }

  /**
   * One file posted to a page of the task ({@code page}: materials, correction): received as {@link #receive} does,
   * the page told by a flash message what became of it ({@code kept} ends the sentence of a kept file), and the
   * address to return to, at the material's field. An unknown material is not found.
   */
  public String answer(String owner, String applicationId, String taskId, String page, String material,
      MultipartFile file, RedirectAttributes redirect, String kept)
      throws IOException {
    Material m = material(material);
    if (m == null) {
      throw new NotFound();
    }
    Optional<String> problem = receive(owner, taskId, m, file);
    if (problem.isPresent()) {
      redirect.addFlashAttribute("uploadError", Map.of(m.variable(), problem.get()));
    } else {
      redirect.addFlashAttribute("uploaded", m.label() + "“" + file.getOriginalFilename() + "”" + kept);
    }
    return "redirect:/portal/applications/" + applicationId + "/tasks/" + taskId + "/" + page + "#" + m.variable();
  }

  /**
   * One file as a page receives it for the task: judged by its content, kept when it passes (replacing the earlier
   * upload of the same material); the reason it was refused otherwise, and nothing kept.
   */
  public Optional<String> receive(String owner, String taskId, Material material, MultipartFile file)
      throws IOException {
    String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    long size = file == null ? 0 : file.getSize();
    byte[] content = size == 0 || size > MAX_BYTES ? new byte[0] : file.getBytes();
    Optional<String> problem = problem(material, name, size, content);
    if (problem.isEmpty()) {
      keep(owner, taskId, material, name, content);
    }
    return problem;
  }

  /** The task's kept files as the engine takes them with the completion: one File variable per material. */
  public VariableMap files(String owner, String taskId) {
    VariableMap files = Variables.createVariables();
    of(owner, taskId).values().forEach(u -> files.putValueTyped(u.material().variable(),
        Variables.fileValue(u.fileName()).file(content(owner, taskId, u.material())).mimeType(u.mimeType()).create()));
    return files;
  }

  /** Keeps the file for the task, replacing an earlier upload of the same material. */
  public void keep(String owner, String taskId, Material material, String fileName, byte[] content) {
    String mime = material.isPhoto() ? "image/jpeg" : "application/pdf";
    jdbc.update("DELETE FROM zc_portal_upload WHERE owner = ? AND target = ? AND material = ?",
        owner, taskId, material.variable());
    jdbc.update("INSERT INTO zc_portal_upload (owner, target, material, file_name, mime_type, size_bytes, content,"
        + " uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", owner, taskId, material.variable(), fileName, mime,
        content.length, content, OffsetDateTime.now(clock).withOffsetSameInstant(ChinaTime.OFFSET));
  }

  public Map<Material, Upload> of(String owner, String taskId) {
    Map<Material, Upload> uploads = new LinkedHashMap<>();
    jdbc.query("SELECT material, file_name, mime_type, size_bytes, uploaded_at FROM zc_portal_upload"
        + " WHERE owner = ? AND target = ?", rs -> {
          Material m = material(rs.getString(1));
          if (m != null) {
            uploads.put(m, new Upload(m, rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getObject(5, OffsetDateTime.class).withOffsetSameInstant(ChinaTime.OFFSET)));
          }
        }, owner, taskId);
    return uploads;
  }

  public byte[] content(String owner, String taskId, Material material) {
    List<byte[]> found = jdbc.query("SELECT content FROM zc_portal_upload WHERE owner = ? AND target = ?"
        + " AND material = ?", (rs, i) -> rs.getBytes(1), owner, taskId, material.variable());
    return found.isEmpty() ? null : found.get(0);
  }

  /** After the task was submitted: its files are the process's now. */
  public void clear(String owner, String taskId) {
    jdbc.update("DELETE FROM zc_portal_upload WHERE owner = ? AND target = ?", owner, taskId);
  }

  static Material material(String variable) {
    for (Material m : Material.values()) {
      if (m.variable().equals(variable)) {
        return m;
      }
    }
    return null;
  }
}
