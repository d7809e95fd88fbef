package zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Without a usable font the app must not start, and must say which setting to fix. */
class CjkFontTest {

  @Test
  void aMissingFontIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> CjkFont.locate("/nonexistent/wqy-zenhei.ttc"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("找不到可用的中文字体")
        .hasMessageContaining("zhicheng.documents.font")
        .hasMessageContaining("/nonexistent/wqy-zenhei.ttc：文件不存在");
  }

  @Test
  void startUpWithoutAFontEndsInAShortReportNamingTheSetting() {
    FontUnavailableException missing = (FontUnavailableException) catchThrowable(() -> CjkFont.locate("/nonexistent.ttc"));
    FailureAnalysis analysis = new FontFailureAnalyzer().analyze(new IllegalStateException("bean creation", missing));
    assertThat(analysis.getDescription()).startsWith("找不到可用的中文字体");
    assertThat(analysis.getAction()).contains("zhicheng.documents.font", "fonts-wqy-zenhei");
  }

  @Test
  void aFileThatIsNotAFontIsRefused(@TempDir Path dir) throws Exception {
    Path fake = Files.writeString(dir.resolve("fake.ttf"), "not a font");
    assertThatThrownBy(() -> CjkFont.locate(fake.toString()))
        .hasMessageContaining("zhicheng.documents.font").hasMessageContaining("无法读取字体");
  }

  @Test
  void theFontThisMachineUsesHasTrueTypeOutlinesAndTheFormsCharacters() {
    assertThat(CjkFont.problem(Pdfs.FONT.file())).isNull();
  }

  @Test
  void aParsedFaceIsReusedAndGivesTheSameBytesAsAFreshOne() {
    CjkFont font = CjkFont.locate(Pdfs.FONT.file().getPath());
    // a publicity list between two forms: the reused face carries nothing of one document into the next
    byte[] fresh = new EvaluationFormRenderer(font, "水印").render(Samples.evaluationForm(3));
    new PublicityListRenderer(font).render(Samples.publicity());
    byte[] reused = new EvaluationFormRenderer(font, "水印").render(Samples.evaluationForm(3));
    assertThat(reused).isEqualTo(fresh);
    assertThat(font.parses()).isEqualTo(1);
  }
}
