package zhicheng.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import zhicheng.eligibility.Material;
import zhicheng.eligibility.TestFiles;

/**
 * The rules the pages answer beside a field before anything reaches the engine: the same code the process runs
 * (MaterialCheck, IdNumber, the statement's limit), so a page never accepts what the process would refuse.
 */
class PortalRulesTest {

  @Test
  void aFileIsJudgedByContentOnArrival() {
    assertThat(Uploads.problem(Material.PHOTO, "证件照.jpg", TestFiles.goodPhoto().length, TestFiles.goodPhoto()))
        .isEmpty();
    assertThat(Uploads.problem(Material.PHOTO, "证件照.jpg", TestFiles.pdf().length, TestFiles.pdf()))
        .hasValueSatisfying(p -> assertThat(p).contains("不是JPG/JPEG图片"));
    assertThat(Uploads.problem(Material.CE_CERTIFICATE, "学时.pdf", TestFiles.pdf().length, TestFiles.pdf())).isEmpty();
    assertThat(Uploads.problem(Material.CE_CERTIFICATE, "学时.pdf", TestFiles.goodPhoto().length,
        TestFiles.goodPhoto())).hasValueSatisfying(p -> assertThat(p).contains("不是PDF文件"));
    // over the stated limit: refused before the content is even read
    assertThat(Uploads.problem(Material.CE_CERTIFICATE, "扫描.pdf", Uploads.MAX_BYTES + 1, new byte[0]))
        .hasValueSatisfying(p -> assertThat(p).contains("超过20MB"));
    assertThat(Uploads.problem(Material.PHOTO, "", 0, new byte[0])).hasValue("请选择要上传的文件");
  }

  @Test
  void theCorrectionAnswersBesideEachField() {
    Map<String, String> values = new LinkedHashMap<>();
    CorrectionPage.FIELDS.forEach(f -> values.put(f, "x"));
    values.put("applicantName", "张三");
    values.put("idNumber", "11010519491231002X");
    values.put("statement", "述".repeat(1000));
    assertThat(CorrectionPage.fieldErrors(values)).isEmpty();

    values.put("idNumber", "110105194912310021");
    values.put("statement", "述".repeat(1001));
    Map<String, String> errors = CorrectionPage.fieldErrors(values);
    assertThat(errors).containsOnlyKeys("idNumber", "statement");
    assertThat(errors.get("statement")).startsWith("本人述职限1000字以内，现为1001字（依据：");
    // characters as a person counts them: a character outside the BMP is one, not two
    values.put("idNumber", "11010519491231002X");
    values.put("statement", "𠀀".repeat(1000));
    assertThat(CorrectionPage.fieldErrors(values)).isEmpty();
  }
}
