package zhicheng.eligibility;

/**
 * What an applicant declares on the start form (and may change in a correction). Plain strings, exactly as
 * the form sends them; {@link DeclarationCheck} says what is wrong with them.
 */
public record Declaration(
    String planId,
    String applicantName,
    String idNumber,
    String unitCode,
    String route,
    String education,
    String currentTitle,
    String currentTitleDate,
    String statement) {}
