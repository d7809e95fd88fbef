package zhicheng.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The integrity record's tables on H2: an old database gains the new column, reads are logged. */
class IntegrityStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-09-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final String ID = "33010619851212002X";

  private static JdbcTemplate database(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return new JdbcTemplate(ds);
  }

  @Test
  void aDatabaseOfTheFirstReleaseKeepsItsEntriesAndGainsTheNewColumns() {
    JdbcTemplate jdbc = database("integrity-old");
    jdbc.execute("""
        CREATE TABLE zc_integrity_record (id VARCHAR(36) PRIMARY KEY, id_number VARCHAR(18) NOT NULL,
          person_name VARCHAR(60) NOT NULL, finding VARCHAR(1000) NOT NULL, round_year INTEGER NOT NULL,
          notice VARCHAR(200) NOT NULL, recorded_by VARCHAR(64) NOT NULL, recorded_at TIMESTAMP NOT NULL)""");
    jdbc.update("INSERT INTO zc_integrity_record VALUES ('old', ?, '赵六', '提供虚假论文', 2022, '杭经信人事〔2022〕号', "
        + "'xihu-hr', TIMESTAMP '2022-10-01 10:00:00')", ID);

    IntegrityRecords records = new IntegrityRecords(jdbc, CLOCK);
    new IntegrityRecords(jdbc, CLOCK); // a restart: nothing breaks

    assertThat(records.of(ID)).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo("old");
      assertThat(r.basis()).isNull();
    });
  }

  @Test
  void readsAreLoggedNewestFirst() {
    JdbcTemplate jdbc = database("integrity-reads");
    IntegrityRecords records = new IntegrityRecords(jdbc, CLOCK);
    IntegrityReads reads = new IntegrityReads(jdbc, CLOCK, null, records);
    reads.log("admin", null, 3, null, IntegrityReads.Channel.RECORDS);
    reads.log("xihu-hr", ID, 1, new IntegrityReads.Through("pi-1", "ZC-1"), IntegrityReads.Channel.ELIGIBILITY);

    assertThat(reads.reads(ID)).singleElement().satisfies(r -> {
      assertThat(r.readBy()).isEqualTo("xihu-hr");
      assertThat(r.readAt()).isEqualTo("2023-09-05T10:00+08:00");
      assertThat(r.entries()).isEqualTo(1);
      assertThat(r.applicationId()).isEqualTo("pi-1");
      assertThat(r.channelText()).isEqualTo("资格核验");
    });
    assertThat(reads.reads(null)).extracting(IntegrityReads.Read::readBy).containsExactly("xihu-hr", "admin");
  }
}
