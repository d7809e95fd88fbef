package zhicheng.committee;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文公布: the document that publishes the results (seed 004 四、4: 省人力社保厅和省经信厅审核评审结果并发文公布；
 * seed 002 十: 市人力社保局审核评审结果并发文公布). The office enters its number (文号) and date; both go on every
 * certificate, so they are checked before anything is issued.
 */
public final class Publication {

  /**
   * A 文号 as the notices write them: issuing organ's abbreviation, the year in 〔〕, the serial number and 号
   * (杭经信人事〔2023〕63号, 浙人社发〔2020〕47号). Square brackets, as some notices type them ([2007]), are accepted
   * and written as 〔〕.
   */
  private static final Pattern NUMBER = Pattern.compile("([\\p{IsHan}A-Za-z]{2,20})〔(\\d{4})〕(\\d{1,4})号");

  private Publication() {}

  /** The number as it will be printed: trimmed, brackets as 〔〕. */
  public static String normalized(String number) {
    return number == null ? "" : number.trim().replace('[', '〔').replace(']', '〕')
        .replace('［', '〔').replace('］', '〕').replace('【', '〔').replace('】', '〕');
  }

  /**
   * Findings for a number and a date (yyyy-MM-dd) entered for a sitting whose votes were counted on
   * {@code reviewedOn}, checked on {@code today} (Beijing time). Empty when both may be printed on the certificates.
   */
  public static List<String> check(String number, String date, LocalDate reviewedOn, LocalDate today) {
    List<String> findings = new ArrayList<>();
    Matcher m = NUMBER.matcher(normalized(number));
    boolean numberValid = m.matches();
    if (!numberValid) {
      findings.add("发文文号“" + (number == null ? "" : number.trim()) + "”格式不对：应为发文机关代字、〔年份〕、序号和“号”，"
          + "如 浙人社发〔2023〕99号");
    }
    LocalDate day = null;
    if (date == null || date.isBlank()) {
      findings.add("请填写发文日期");
    } else {
      try {
        day = LocalDate.parse(date.trim().substring(0, Math.min(10, date.trim().length())));
      } catch (DateTimeParseException e) {
        findings.add("发文日期“" + date + "”格式错误（应为 yyyy-MM-dd）");
      }
    }
    if (day != null) {
      if (day.isAfter(today)) {
        findings.add("发文日期" + day + "晚于今天：请在文件印发后录入");
      }
      if (day.isBefore(reviewedOn)) {
        findings.add("发文日期" + day + "早于评审表决日期" + reviewedOn + "：评审结果须经评审、公示后方可发文公布");
      }
      if (numberValid && Integer.parseInt(m.group(2)) != day.getYear()) {
        findings.add("文号中的年份〔" + m.group(2) + "〕与发文日期的年份" + day.getYear() + "不一致");
      }
    }
    return findings;
  }
}
