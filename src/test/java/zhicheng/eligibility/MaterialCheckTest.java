package zhicheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real files made by the test, judged by content: seed 003 附件3 二、1 — JPG或JPEG格式，文件大于30K且小于1M，
 * 大于215*300（宽*高）像素，照片宽高比大于等于0.65且小于等于0.8; seed 003 二、（四）1 — 材料须以PDF格式上传.
 */
class MaterialCheckTest {

  @Test
  void aPhotoOf29KbIsRefusedAnd31KbAccepted() throws IOException {
    byte[] small = TestFiles.jpeg(350, 500, 29 * 1024);
    byte[] fine = TestFiles.jpeg(350, 500, 31 * 1024);
    assertThat(small).hasSize(29 * 1024);
    assertThat(MaterialCheck.photo("small.jpg", small)).hasValueSatisfying(m -> assertThat(m)
        .isEqualTo("证件照“small.jpg”大小为29.0K，须大于30K且小于1M（" + Sources.PHOTO + "）"));
    assertThat(MaterialCheck.photo("fine.jpg", fine)).isEmpty();
  }

  @ParameterizedTest(name = "{0} bytes → {1}")
  @CsvSource({"30720, false", "30721, true", "1048575, true", "1048576, false"})
  void sizeBoundariesAre30KAnd1M(int bytes, boolean accepted) throws IOException {
    assertThat(MaterialCheck.photo("p.jpg", TestFiles.jpeg(350, 500, bytes)).isEmpty()).isEqualTo(accepted);
  }

  @ParameterizedTest(name = "{0}×{1} → {2}")
  @CsvSource({"320, 500, false", "325, 500, true", "400, 500, true", "401, 500, false", "216, 301, true",
      "215, 320, false", "228, 300, false"})
  void pixelsAndWidthToHeightRatio(int width, int height, boolean accepted) throws IOException {
    // 320/500 = 0.64, 325/500 = 0.65, 400/500 = 0.8, 401/500 = 0.802; more than 215×300 pixels
    assertThat(MaterialCheck.photo("p.jpg", TestFiles.jpeg(width, height, 40 * 1024)).isEmpty()).isEqualTo(accepted);
  }

  @Test
  void theRatioMessageSaysWhatIsWrong() throws IOException {
    assertThat(MaterialCheck.photo("wide.jpg", TestFiles.jpeg(320, 500, 40 * 1024))).hasValueSatisfying(m -> assertThat(m)
        .startsWith("证件照“wide.jpg”宽高比为0.640（320×500），须大于等于0.65且小于等于0.8"));
  }

  @Test
  void aPngNamedJpgIsNoJpeg() throws IOException {
    byte[] png = TestFiles.png(350, 500);
    assertThat(MaterialCheck.photo("photo.jpg", png)).hasValueSatisfying(m -> assertThat(m)
        .startsWith("证件照“photo.jpg”不是JPG/JPEG图片（按文件内容判断，不看扩展名）"));
  }

  @Test
  void aPdfNamedDocIsAPdfAndATextNamedPdfIsNot() throws IOException {
    assertThat(MaterialCheck.pdf("继续教育学时证明", "学时.doc", TestFiles.pdf())).isEmpty();
    assertThat(MaterialCheck.pdf("继续教育学时证明", "学时.pdf", "我的学时：270".getBytes(StandardCharsets.UTF_8)))
        .hasValueSatisfying(m -> assertThat(m).isEqualTo("继续教育学时证明“学时.pdf”不是PDF文件（按文件内容判断，不看扩展名），"
            + "材料须以PDF格式上传（" + Sources.PDF_ONLY + "）"));
  }

  @Test
  void aFileThatOnlyStartsLikeAPdfIsRefused() {
    byte[] fake = "%PDF-1.7\nnothing else here".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(MaterialCheck.pdf("年度考核登记表", "考核.pdf", fake)).hasValueSatisfying(m -> assertThat(m)
        .contains("无法作为PDF打开"));
  }
}
