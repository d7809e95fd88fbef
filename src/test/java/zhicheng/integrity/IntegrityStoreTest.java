package zhicheng.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.NoSuchElementException;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import zhicheng.Migrations;
import zhicheng.eligibility.IntegrityRecord;
import zhicheng.integrity.IntegrityCorrections.Action;
import zhicheng.integrity.IntegrityCorrections.Corrected;
import zhicheng.integrity.IntegrityCorrections.History;

/**
 * The integrity record's tables on H2: an old database gains the new columns, changes keep the old values, reads
 * are logged.
 */
class IntegrityStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-09-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final String ID = "33010619851212002X";

  private static JdbcDataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  private static JdbcTemplate database(String name) {
    return new JdbcTemplate(Migrations.migrate(h2(name)));
  }

  @Test
  void aDatabaseOfTheFirstReleaseKeepsItsEntriesAndGainsTheNewColumns() {
    JdbcDataSource ds = h2("integrity-old");
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    jdbc.execute("""
        CREATE TABLE zc_integrity_record (id VARCHAR(36) PRIMARY KEY, id_number VARCHAR(18) NOT NULL,
          person_name VARCHAR(60) NOT NULL, finding VARCHAR(1000) NOT NULL, round_year INTEGER NOT NULL,
          notice VARCHAR(200) NOT NULL, recorded_by VARCHAR(64) NOT NULL, recorded_at TIMESTAMP NOT NULL)""");
    jdbc.update("INSERT INTO zc_integrity_record VALUES ('old', ?, '赵六', '提供虚假论文', 2022, '杭经信人事〔2022〕号', "
        + "'xihu-hr', TIMESTAMP '2022-10-01 10:00:00')", ID);

    Migrations.migrate(ds); // the first start of this version
    Migrations.migrate(ds); // a restart: nothing breaks
    IntegrityRecords records = new IntegrityRecords(jdbc, CLOCK);

    assertThat(records.of(ID)).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo("old");
      assertThat(r.basis()).isNull();
    });
  }

  @Test
  void aCorrectionKeepsTheOldValuesAndARemovalOnlyMarksTheEntry() {
    JdbcTemplate jdbc = database("integrity-changes");
    IntegrityRecords records = new IntegrityRecords(jdbc, CLOCK);
    IntegrityCorrections corrections = new IntegrityCorrections(jdbc, CLOCK);
    IntegrityRecord added = records.add(ID, "赵六", "提供虚假论文", 2022, "杭经信人事〔2022〕号", "处理决定 第二条", "xihu-rsj");
    assertThat(added.recordedAt()).isEqualTo("2023-09-05T10:00+08:00");

    IntegrityRecord corrected = corrections.correct(added.id(),
        new Corrected(null, null, "提供虚假业绩材料", 2021, null, null), "原记录年度和行为有误", "admin");
    assertThat(corrected.finding()).isEqualTo("提供虚假业绩材料");
    assertThat(corrected.roundYear()).isEqualTo(2021);
    assertThat(corrected.basis()).isEqualTo("处理决定 第二条");
    assertThat(corrected.recordedBy()).isEqualTo("xihu-rsj");

    History removed = corrections.remove(added.id(), "复核后撤销", "admin");
    assertThat(records.of(ID)).isEmpty();
    assertThat(records.all()).isEmpty();
    assertThat(removed.removal().removedBy()).isEqualTo("admin");
    assertThat(removed.removal().reason()).isEqualTo("复核后撤销");
    assertThat(removed.changes()).extracting(c -> c.action()).containsExactly(Action.CORRECTION, Action.REMOVAL);
    assertThat(removed.changes().get(0).before().finding()).isEqualTo("提供虚假论文");
    assertThat(removed.changes().get(0).before().roundYear()).isEqualTo(2022);
    assertThat(removed.changes().get(0).reason()).isEqualTo("原记录年度和行为有误");
    assertThat(removed.changes().get(1).before().finding()).isEqualTo("提供虚假业绩材料");

    assertThatThrownBy(() -> corrections.remove(added.id(), "再撤销一次", "admin"))
        .isInstanceOf(IntegrityCorrections.AlreadyRemovedException.class)
        .hasMessageContaining("已于2023年9月5日 10:00由admin撤销（理由：复核后撤销）");
    assertThatThrownBy(() -> corrections.correct(added.id(), new Corrected(null, "赵七", null, null, null, null),
        "改名", "admin")).isInstanceOf(IntegrityCorrections.AlreadyRemovedException.class);
    assertThatThrownBy(() -> corrections.history("no-such")).isInstanceOf(NoSuchElementException.class);
    assertThat(corrections.history(added.id()).changes()).hasSize(2);
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
