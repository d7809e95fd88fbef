package zhicheng.forwarding;

import java.util.List;

/**
 * One batch an application was forwarded in, as the application records it: an entry of its variable
 * {@code rosterBatches} (JSON, for Cockpit and the links on its forms).
 *
 * @param group           the group of the body that forwarded it
 * @param receivingGroups the groups of the levels it went to: with the body, they read the batch's documents
 * @param body            the body's name (报送单位)
 * @param batchKey        the batch's business key
 * @param batchId         the batch's process instance, which owns its documents
 * @param batchNumber     第1批, 第2批 … of the body for the plan
 * @param seq             the application's 序号 in the batch's roster
 * @param at              when the batch was made (ISO-8601, Beijing time)
 */
public record RosterEntry(String group, List<String> receivingGroups, String body, String batchKey, String batchId,
    int batchNumber, int seq, String at) {

  public RosterEntry {
    receivingGroups = receivingGroups == null ? List.of() : List.copyOf(receivingGroups);
  }

  /** How the forms name it: 西湖区…花名册第1批第2号 (the business key is the engine's, not a reader's). */
  String title() {
    return body + "花名册第" + batchNumber + "批第" + seq + "号";
  }
}
