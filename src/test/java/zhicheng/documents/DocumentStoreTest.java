package zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import zhicheng.Migrations;

/** Storage of documents and certificates on H2 (the PostgreSQL side runs in DocumentsIntegrationTest). */
class DocumentStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-09-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  private static JdbcDataSource database(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return Migrations.migrate(ds);
  }

  @Test
  void changedBytesAddAVersionTheSameBytesAddNothingAndEveryVersionIsKept() {
    JdbcDataSource ds = database("store-versions");
    DocumentStore store = new DocumentStore(ds, CLOCK);
    Migrations.migrate(ds); // a restart: the table exists, nothing breaks
    byte[] first = {'%', 'P', 'D', 'F', 1};
    byte[] second = {'%', 'P', 'D', 'F', 2};

    StoredDocument v1 = store.save("pi-1", "ZC-20230820-1", DocumentKind.EVALUATION_FORM, "评审表-张三", first);
    assertThat(store.save("pi-1", "ZC-20230820-1", DocumentKind.EVALUATION_FORM, "评审表-张三", first)).isEqualTo(v1);
    StoredDocument v2 = store.save("pi-1", "ZC-20230820-1", DocumentKind.EVALUATION_FORM, "评审表-张三", second);
    StoredDocument other = store.save("pi-2", "ZC-20230820-2", DocumentKind.EVALUATION_FORM, "评审表-李四", first);

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.fileName()).isEqualTo("评审表-张三-第1版.pdf");
    assertThat(v1.createdAt()).hasToString("2023-09-05T10:00+08:00");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(other.version()).isEqualTo(1);
    assertThat(store.list("pi-1")).containsExactly(v2, v1);
    assertThat(store.content(v1.id())).isEqualTo(first);
    assertThat(store.find("pi-2", v1.id())).isEmpty();
    assertThat(v1.sha256()).hasSize(64);
  }

  @Test
  void aCertificateKeepsItsCodeAndShowsTheIdNumberMaskedOnly() {
    CertificateRegister register = new CertificateRegister(database("certificates"));
    String code = register.newCode();
    assertThat(code).matches(CertificateRegister.CODE);
    assertThat(register.newCode()).isNotEqualTo(code);
    register.put(new CertificateRecord(code, "pi-1", "张三", IdFacts.masked("11010519491231002X"), "高级工程师",
        "化工轻纺工程", "杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会", java.time.LocalDate.of(2023, 12, 15),
        "浙人社发〔2023〕99号（演示）", "浙江省人力资源和社会保障厅（演示）", java.time.OffsetDateTime.now(CLOCK)));
    assertThat(register.byCode(code)).get().extracting(CertificateRecord::holderName, CertificateRecord::idNumberMasked)
        .containsExactly("张三", "110***********002X");
    assertThat(register.byProcessInstance("pi-1")).get().extracting(CertificateRecord::code).isEqualTo(code);
    assertThat(register.byCode("AAAA-BBBB-CCCC-DDDD")).isEmpty();
  }

  @Test
  void genderAndBirthMonthComeFromTheIdNumber() {
    // GB 11643-1999: 17th digit odd for men; the notices' sample number 11010519491231002X is a woman's
    assertThat(IdFacts.gender("11010519491231002X")).isEqualTo("女");
    assertThat(IdFacts.gender("330523199001010018")).isEqualTo("男");
    assertThat(IdFacts.birthMonth("330523199001010018")).isEqualTo("1990年1月");
    assertThat(IdFacts.gender("12345")).isNull();
    assertThat(IdFacts.masked("330523199001010018")).isEqualTo("330***********0018");
  }
}
