package zhicheng.documents;

/**
 * An applicant as the forms print them, from what was declared and accepted. Gender and month of birth are
 * read from the ID number (GB 11643-1999: birth date in digits 7–14, the 17th digit odd for men), not asked
 * again.
 */
public record Applicant(
    String name, String idNumber, String unitName, String countyName, String education, String currentTitle,
    String currentTitleDate, String route) {

  public String gender() {
    return IdFacts.gender(idNumber);
  }

  public String birthMonth() {
    return IdFacts.birthMonth(idNumber);
  }
}
