package zhicheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import zhicheng.application.ApplicationIndex;
import zhicheng.application.PaymentRegister;
import zhicheng.process.ProcessFixture;
import zhicheng.calendar.HolidayCalendar;
import zhicheng.committee.SittingStore;
import zhicheng.committee.Vote;
import zhicheng.documents.CertificateRecord;
import zhicheng.documents.CertificateRegister;
import zhicheng.documents.DocumentStore;
import zhicheng.documents.StoredDocument;
import zhicheng.forwarding.RosterStore;
import zhicheng.integrity.IntegrityCorrections;
import zhicheng.integrity.IntegrityReads;
import zhicheng.integrity.IntegrityRecords;
import zhicheng.notification.Notification;
import zhicheng.notification.NotificationOutbox;

/**
 * An embedded database (./data) of a version before Flyway upgrades in place on the first start of this one: the
 * app's tables are there, with their rows, but no flyway_schema_history. Flyway baselines it at 0 and runs V1,
 * which adds what the database lacks and leaves the rest (application.yaml, spring.flyway). The database files
 * are made here from db/legacy-schema.sql, the statements the constructors ran before, and the app is started
 * on them as `mvn spring-boot:run` would (H2 file, the demo organisation; any free port, no job executor).
 */
class LegacyDatabaseUpgradeTest {

  private static final String ID = "33010619851212002X";
  private static final ClassPathResource LEGACY = new ClassPathResource("db/legacy-schema.sql");

  @Test
  void theMigrationMakesExactlyTheTablesTheConstructorsMade() throws SQLException {
    JdbcDataSource migrated = Migrations.migrate(h2("jdbc:h2:mem:upgrade-v1;DB_CLOSE_DELAY=-1"), "1");
    JdbcDataSource legacy = h2("jdbc:h2:mem:upgrade-legacy;DB_CLOSE_DELAY=-1");
    populate(legacy);

    assertThat(TableShapes.of(migrated)).hasSize(12).isEqualTo(TableShapes.of(legacy));
  }

  @Test
  void aDataFolderOfTheLastVersionBeforeFlywayUpgradesInPlaceAndKeepsItsRows(@TempDir Path data) throws SQLException {
    String url = "jdbc:h2:file:" + data.resolve("zhicheng") + ";DB_CLOSE_ON_EXIT=FALSE";
    populate(h2(url));
    Map<String, List<String>> before = TableShapes.of(h2(url));

    try (ConfigurableApplicationContext app = start(url)) {
      JdbcTemplate jdbc = new JdbcTemplate(h2(url));
      assertThat(history(jdbc)).containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true", "6 SQL true", "8 SQL true");
      // the earlier tables as they were (but V3's notification of no application), V2's application table, V3's
      // reminders, V4's portal tables, V6's archive and V8's title dates beside them
      assertThat(TableShapes.of(h2(url)))
          .containsAllEntriesOf(TableShapes.nullable(before, "zc_notification", "process_instance_id"))
          .isEqualTo(fresh()).containsKeys("zc_application", "zc_application_reader", "zc_reminder", "zc_draft", "zc_portal_upload",
              "zc_achievement", "zc_achievement_evidence", "zc_achievement_use", "zc_achievement_title")
          .hasSize(before.size() + 9);

      // the rows the earlier version wrote, read by this one
      assertThat(app.getBean(HolidayCalendar.class).current().years().get(2026).origin())
          .as("the calendar read the administrator's year on start, after the migration")
          .isEqualTo("管理员 admin 于 2025-11-05T10:00+08:00 载入");
      DocumentStore documents = app.getBean(DocumentStore.class);
      StoredDocument form = documents.list("pi-legacy").get(0);
      assertThat(form.fileName()).isEqualTo("评审表-赵六-第1版.pdf");
      assertThat(documents.content(form.id())).isEqualTo("%PDF-1".getBytes(StandardCharsets.US_ASCII));
      assertThat(app.getBean(CertificateRegister.class).byCode("ABCD-EFGH-JKLM-NPQR")).get()
          .extracting(CertificateRecord::holderName, CertificateRecord::processInstanceId)
          .containsExactly("赵六", "pi-legacy");
      assertThat(app.getBean(NotificationOutbox.class).of("pi-legacy")).singleElement()
          .extracting(Notification::subject, Notification::status).containsExactly("缴费通知", Notification.SENT);
      assertThat(app.getBean(PaymentRegister.class).find("PAY-LEGACY-1")).get().satisfies(p -> {
        assertThat(p.applicationId()).isEqualTo("pi-legacy");
        assertThat(p.paidAt()).isEqualTo(OffsetDateTime.parse("2023-11-02T15:00+08:00"));
      });
      SittingStore sittings = app.getBean(SittingStore.class);
      assertThat(sittings.rows("sitting-legacy")).singleElement()
          .extracting(SittingStore.Row::name, SittingStore.Row::state).containsExactly("赵六", SittingStore.State.PASSED);
      assertThat(sittings.votes("sitting-legacy")).containsEntry("ZC-20230820-legacy", List.of(Vote.AGREE));
      assertThat(sittings.hasVoted("sitting-legacy", "expert1")).isTrue();
      assertThat(app.getBean(RosterStore.class).forwarded("county:xihu")).containsExactly("pi-legacy");
      assertThat(app.getBean(IntegrityRecords.class).of(ID)).singleElement()
          .satisfies(r -> assertThat(r.basis()).isEqualTo("处理决定 第二条"));
      assertThat(app.getBean(IntegrityCorrections.class).history("legacy-1").changes()).singleElement()
          .satisfies(c -> assertThat(c.reason()).isEqualTo("原记录年度有误"));
      assertThat(app.getBean(IntegrityReads.class).reads(ID)).singleElement()
          .satisfies(r -> assertThat(r.applicationId()).isEqualTo("pi-legacy"));

      // and new rows go on from the old ones (identity columns)
      NotificationOutbox outbox = app.getBean(NotificationOutbox.class);
      outbox.enqueue("pi-legacy", "ZC-20230820-legacy", "zhaoliu", "短信", "评审结果", "评审通过。");
      assertThat(outbox.of("pi-legacy")).extracting(Notification::subject).containsExactly("缴费通知", "评审结果");
    }

    // the next start has nothing to do
    assertThat(Flyway.configure().dataSource(h2(url)).load().info().pending()).isEmpty();
  }

  @Test
  void aDataFolderOfAnOlderVersionGainsTheTablesAndColumnsItLacks(@TempDir Path data) throws SQLException {
    // the first release with an integrity record: its table without basis and removed_*, no change or read log,
    // no documents, committee or forwarding tables yet
    String url = "jdbc:h2:file:" + data.resolve("zhicheng") + ";DB_CLOSE_ON_EXIT=FALSE";
    JdbcTemplate old = new JdbcTemplate(h2(url));
    old.execute("CREATE TABLE IF NOT EXISTS zc_holiday_year (holiday_year INTEGER NOT NULL PRIMARY KEY, "
        + "document VARCHAR(65535) NOT NULL, loaded_by VARCHAR(64) NOT NULL, loaded_at VARCHAR(40) NOT NULL)");
    old.execute("""
        CREATE TABLE IF NOT EXISTS zc_integrity_record (
          id VARCHAR(36) PRIMARY KEY,
          id_number VARCHAR(18) NOT NULL,
          person_name VARCHAR(60) NOT NULL,
          finding VARCHAR(1000) NOT NULL,
          round_year INTEGER NOT NULL,
          notice VARCHAR(200) NOT NULL,
          recorded_by VARCHAR(64) NOT NULL,
          recorded_at TIMESTAMP NOT NULL)""");
    old.execute("CREATE INDEX IF NOT EXISTS zc_integrity_record_id_number ON zc_integrity_record (id_number)");
    old.update("INSERT INTO zc_integrity_record (id, id_number, person_name, finding, round_year, notice, recorded_by, "
        + "recorded_at) VALUES ('first', ?, '赵六', '提供虚假论文', 2022, '杭经信人事〔2022〕号', 'xihu-hr', "
        + "TIMESTAMP '2022-10-01 10:00:00')", ID);

    try (ConfigurableApplicationContext app = start(url)) {
      assertThat(history(new JdbcTemplate(h2(url))))
          .containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true", "6 SQL true", "8 SQL true");
      assertThat(TableShapes.of(h2(url))).isEqualTo(fresh());

      IntegrityRecords records = app.getBean(IntegrityRecords.class);
      assertThat(records.of(ID)).singleElement().satisfies(r -> {
        assertThat(r.id()).isEqualTo("first");
        assertThat(r.finding()).isEqualTo("提供虚假论文");
        assertThat(r.basis()).isNull();
      });
      // the new columns and tables work on the old row
      IntegrityCorrections.History removed = app.getBean(IntegrityCorrections.class).remove("first", "复核后撤销", "admin");
      assertThat(removed.removal().reason()).isEqualTo("复核后撤销");
      assertThat(removed.changes()).singleElement().satisfies(c -> assertThat(c.before().finding()).isEqualTo("提供虚假论文"));
      assertThat(records.of(ID)).isEmpty();
    }
  }

  @Test
  void applicationsOfAnEarlierVersionGetTheirRowsOnTheFirstStartAndHoldTheirPlace(@TempDir Path data)
      throws SQLException {
    String url = "jdbc:h2:file:" + data.resolve("zhicheng") + ";DB_CLOSE_ON_EXIT=FALSE";
    String id;
    String businessKey;
    Map<String, Object> declaration = ProcessFixture.declaration();
    declaration.put("planId", DEMO_PLAN);
    try (ConfigurableApplicationContext app = start(url)) {
      id = declare(app, declaration).getId();
      businessKey = app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(id)
          .singleResult().getBusinessKey();
    }
    // the database as the version before the application table left it: no table, no V2 (nor the later V3) in
    // Flyway's history
    JdbcTemplate jdbc = new JdbcTemplate(h2(url));
    // (nor the later V4's portal tables, V6's achievement archive and V8's title dates)
    jdbc.execute("DROP TABLE zc_application_reader");
    jdbc.execute("DROP TABLE zc_application");
    jdbc.execute("DROP TABLE zc_reminder");
    jdbc.execute("DROP TABLE zc_portal_upload");
    jdbc.execute("DROP TABLE zc_draft");
    jdbc.execute("DROP TABLE zc_achievement_use");
    jdbc.execute("DROP TABLE zc_achievement_evidence");
    jdbc.execute("DROP TABLE zc_achievement");
    jdbc.execute("DROP TABLE zc_achievement_title");
    jdbc.update("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('2', '3', '4', '6', '8')");

    try (ConfigurableApplicationContext app = start(url)) {
      assertThat(history(jdbc)).containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true", "6 SQL true", "8 SQL true");
      ApplicationIndex index = app.getBean(ApplicationIndex.class);
      assertThat(index.find(id)).get().satisfies(e -> {
        assertThat(e.businessKey()).isEqualTo(businessKey);
        assertThat(e.applicant()).isEqualTo("zhangsan");
        assertThat(e.applicantName()).isEqualTo("张三");
        assertThat(e.idNumber()).isEqualTo(ProcessFixture.VALID_ID);
        assertThat(e.planId()).isEqualTo(DEMO_PLAN);
        assertThat(e.unitCode()).isEqualTo("hz-xihu-chem");
        assertThat(e.countyName()).isEqualTo("西湖区");
        assertThat(e.status()).isEqualTo("AWAITING_MATERIALS");
        assertThat(e.statusText()).isEqualTo("待上传申报材料");
        assertThat(e.dueAt()).isNotNull();
      });
      assertThat(index.search(ApplicationIndex.Viewer.applicant("zhangsan"), ApplicationIndex.Filter.NONE, 0, 20)
          .items()).extracting(ApplicationIndex.Entry::id).containsExactly(id);
      // it holds its place in the plan: the same person cannot declare to it again
      assertThatThrownBy(() -> declare(app, declaration)).hasMessageContaining("已向本计划申报，申报编号 " + businessKey);
    }
    // and the next start has nothing to write
    try (ConfigurableApplicationContext app = start(url)) {
      assertThat(app.getBean(ApplicationIndex.class).count()).isEqualTo(1);
    }
  }

  private static final String DEMO_PLAN = "hz-2023-hgqf-senior-engineer-demo";

  private static org.camunda.bpm.engine.runtime.ProcessInstance declare(ConfigurableApplicationContext app,
      Map<String, Object> declaration) {
    IdentityService identity = app.getBean(IdentityService.class);
    identity.setAuthentication("zhangsan", List.of("applicant"));
    try {
      return app.getBean(RuntimeService.class).startProcessInstanceByKey("title-application", declaration);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    // as command-line arguments: these win over application.yaml (the builder's properties() would not)
    return new SpringApplicationBuilder(ZhichengApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--camunda.bpm.job-execution.enabled=false",
        // not "default": other tests' engines in this JVM keep theirs
        "--camunda.bpm.process-engine-name=legacyUpgrade");
  }

  /** What Flyway recorded, versions only (not its marker of the table's creation): version, type, success. */
  private static List<String> history(JdbcTemplate jdbc) {
    return jdbc.query("SELECT \"version\", \"type\", \"success\" FROM \"flyway_schema_history\" "
        + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
        (rs, n) -> rs.getString("version") + " " + rs.getString("type") + " " + rs.getBoolean("success"));
  }

  /** The tables of a new database. */
  private static Map<String, List<String>> fresh() throws SQLException {
    return TableShapes.of(Migrations.migrate(h2("jdbc:h2:mem:upgrade-fresh;DB_CLOSE_DELAY=-1")));
  }

  private static void populate(JdbcDataSource database) {
    new ResourceDatabasePopulator(false, false, StandardCharsets.UTF_8.name(), LEGACY).execute(database);
  }

  private static JdbcDataSource h2(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    return ds;
  }
}
