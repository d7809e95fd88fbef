package zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The file form of holidays/*.json, as an administrator writes it for next year, and its refusals. */
class ArrangementReaderTest {

  private final ArrangementReader reader = new ArrangementReader();

  @Test
  void theShipped2026FileReadsAsItsNoticeSays() throws Exception {
    YearArrangement a = reader.read("holidays/2026.json", Files.readAllBytes(Path.of("holidays/2026.json")));
    assertThat(a.year()).isEqualTo(2026);
    assertThat(a.documentNumber()).isEqualTo("国办发明电〔2025〕7号");
    StatutoryHoliday spring = a.holidays().get(1);
    assertThat(spring.name()).isEqualTo("春节");
    assertThat(spring.from()).hasToString("2026-02-15");
    assertThat(spring.to()).hasToString("2026-02-23");
    assertThat(spring.workdays()).extracting(Object::toString).containsExactly("2026-02-14", "2026-02-28");
    assertThat(spring.text()).contains("共9天");
  }

  @Test
  void everyMistakeIsNamedAtOnceAndNothingIsUsed() {
    String doc = """
        {"year": 2027, "notice": "国务院办公厅关于2026年部分节假日安排的通知", "documentNumber": " ",
         "holiday": "typo",
         "holidays": [
           {"name": "春节", "from": "2027-02-12", "to": "2027-02-06", "workdays": ["2027-02-08"]},
           {"name": "国庆节", "from": "2027-10-01", "to": "2027-10-07", "workdays": ["2027-10-09"]},
           {"name": "中秋节", "from": "2027-10-05", "to": "2027-10-06", "workdays": ["2027-10-02"]},
           {"name": "端午节", "from": "2027-06-09", "to": "2027-13-01"}
         ]}
        """;
    assertThatThrownBy(() -> reader.read("PUT /api/calendar/years/2027", doc.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ArrangementException.class, e -> assertThat(e.findings()).containsExactly(
            "holiday 不是可用的字段（可用：documentNumber、holidays、note、notice、published、year）",
            "notice “国务院办公厅关于2026年部分节假日安排的通知” 应为国务院办公厅关于2027年部分节假日安排的通知",
            "documentNumber 缺少或为空（应为文字）",
            "holidays[0].workdays[0] 2027-02-08 是周一：调休上班日应为周六或周日",
            "holidays[0].to 2027-02-06 早于 from 2027-02-12",
            "holidays[3].to 日期“2027-13-01”格式错误（应为 yyyy-MM-dd）",
            "放假日期重叠：国庆节（2027-10-01）与中秋节（2027-10-05）",
            "调休上班日落在放假期间内：中秋节 的 2027-10-02 落在 国庆节 的放假期间内"))
        .hasMessageStartingWith("节假日安排 PUT /api/calendar/years/2027 无法使用：");
  }

  @Test
  void datesOutsideTheYearAndItsLastDaysOfDecemberAreRefused() {
    String doc = """
        {"year": 2027, "notice": "国务院办公厅关于2027年部分节假日安排的通知", "documentNumber": "国办发明电〔2026〕X号",
         "holidays": [{"name": "元旦", "from": "2026-12-27", "to": "2027-01-01", "workdays": []}]}
        """;
    assertThatThrownBy(() -> reader.read("x", doc.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ArrangementException.class, e -> assertThat(e.findings()).containsExactly(
            "holidays[0].from 2026-12-27 不在2027年（或其元旦前的2026年12月29日至31日）内"));
  }

  @Test
  void notJsonOrNoHolidaysIsRefused() {
    assertThatThrownBy(() -> reader.read("x", "{year: 2027".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("不是合法的 JSON");
    assertThatThrownBy(() -> reader.read("x", "[]".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("应为一个 JSON 对象");
    assertThatThrownBy(() -> reader.read("x", """
        {"year": "2027", "notice": "国务院办公厅关于2027年部分节假日安排的通知", "documentNumber": "x", "holidays": []}
        """.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ArrangementException.class, e -> assertThat(e.findings()).containsExactly(
            "year 应为 2000—2100 之间的年份（整数）", "holidays 缺少或为空（应为通知所列节假日的列表）"));
  }

  /** Issue 18: 20,000 identical holidays once exhausted the heap with a refusal growing with their square. */
  @Test
  void aHugeListIsRefusedInOneLineBeforeItsEntriesAreCompared() {
    assertThatThrownBy(() -> reader.read("x", identicalHolidays(20_000)))
        .isInstanceOfSatisfying(ArrangementException.class, e -> assertThat(e.findings()).containsExactly(
            "holidays 有 20000 项，超过 30 项：通知每年所列节假日不过七项，请核对"));
  }

  @Test
  void duplicatesWithinTheLimitAreOneShortFindingNamingAFew() {
    assertThatThrownBy(() -> reader.read("x", identicalHolidays(30)))
        .isInstanceOfSatisfying(ArrangementException.class, e -> {
          assertThat(e.findings()).hasSize(2);
          assertThat(e.findings().get(0)).startsWith("放假日期重叠：春节（2027-02-06）与春节（2027-02-06）")
              .endsWith("（等，共 435 处）").hasSizeLessThan(200);
          assertThat(e.findings().get(1)).startsWith("调休上班日重复出现：2027-02-13").endsWith("（等，共 29 处）");
        });
  }

  @Test
  void aLongValueIsQuotedCut() {
    String notice = "国".repeat(1_000_000);
    String doc = """
        {"year": 2027, "notice": "%s", "documentNumber": "x",
         "holidays": [{"name": "春节", "from": "2027-02-06", "to": "2027-02-12"}]}""".formatted(notice);
    assertThatThrownBy(() -> reader.read("x", doc.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ArrangementException.class, e -> assertThat(e.findings()).containsExactly(
            "notice “" + "国".repeat(100) + "…” 应为国务院办公厅关于2027年部分节假日安排的通知"));
  }

  private static byte[] identicalHolidays(int n) {
    String one = """
        {"name": "春节", "from": "2027-02-06", "to": "2027-02-12", "workdays": ["2027-02-13"]}""";
    return ("""
        {"year": 2027, "notice": "国务院办公厅关于2027年部分节假日安排的通知", "documentNumber": "国办发明电〔2026〕X号",
         "holidays": [%s]}""".formatted(String.join(",", java.util.Collections.nCopies(n, one))))
        .getBytes(StandardCharsets.UTF_8);
  }
}
