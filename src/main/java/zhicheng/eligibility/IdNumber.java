package zhicheng.eligibility;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character citizen ID number of GB 11643-1999: 6-digit area code, 8-digit birth date, 3-digit
 * sequence, and a check character computed by ISO 7064 MOD 11-2. Seed 003 requires a valid ID number for
 * every applicant; a typo in it must be caught at declaration, not by a reviewer.
 */
public final class IdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdNumber() {}

  /** The problem with {@code id} in Chinese, or empty when it is a valid ID number. */
  public static Optional<String> problem(String id) {
    if (id == null || id.isBlank()) {
      return Optional.of("身份证号码不能为空");
    }
    String s = id.trim().toUpperCase();
    if (!s.matches("\\d{17}[\\dX]")) {
      return Optional.of("身份证号码“" + id.trim() + "”格式错误：应为18位，前17位为数字，末位为数字或X");
    }
    try {
      LocalDate birth = LocalDate.of(
          Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
          Integer.parseInt(s.substring(12, 14)));
      if (birth.getYear() < 1900) {
        return Optional.of("身份证号码“" + s + "”中的出生日期不合理");
      }
    } catch (DateTimeException e) {
      return Optional.of("身份证号码“" + s + "”中的出生日期不存在");
    }
    if (s.charAt(17) != checkCharacter(s.substring(0, 17))) {
      return Optional.of("身份证号码“" + s + "”校验位错误，请核对后重新填写");
    }
    return Optional.empty();
  }

  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
