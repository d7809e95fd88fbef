package zhicheng.committee;

/**
 * A member of a committee (评委会委员), as the organisation data lists them.
 *
 * @param id       the expert's user id (Tasklist account)
 * @param unitCode code of the expert's employer; an applicant of the same unit is not theirs to vote on
 */
public record Expert(String id, String name, String unitCode, String unitName) {}
