package zhicheng.eligibility;

import java.util.List;

/** Where a person's integrity-record entries come from (the application's table, or a test's list). */
@FunctionalInterface
public interface IntegrityRecordSource {

  List<IntegrityRecord> of(String idNumber);
}
