package zhicheng.committee;

/**
 * An application before a sitting, as the sitting lists it (name and unit are published; the ID number never).
 *
 * @param applicationId the title-application process instance
 * @param businessKey   the application's number (申报编号)
 */
public record Candidate(String applicationId, String businessKey, String name, String unitCode, String unitName) {}
