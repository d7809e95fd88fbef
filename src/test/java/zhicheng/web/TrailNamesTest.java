package zhicheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zhicheng.process.PersonNames;

/** 我的申报 shows who acted by name, not by login id; the id stays in the record. */
class TrailNamesTest {

  @Test
  void eachEntryCarriesThePersonsNameBesideTheId() throws Exception {
    JsonNode trail = new ObjectMapper().readTree("[{\"actor\":\"xihu-hr\",\"action\":\"通过\"},"
        + "{\"actor\":\"系统\",\"action\":\"逾期\"}]");
    PersonNames names = id -> Optional.ofNullable(Map.of("xihu-hr", "赵敏 西湖精细化工·人事").get(id));
    JsonNode shown = ApplicationController.withNames(trail, names);
    assertThat(shown.get(0).get("actorName").asText()).isEqualTo("赵敏 西湖精细化工·人事");
    assertThat(shown.get(0).get("actor").asText()).isEqualTo("xihu-hr");
    assertThat(shown.get(1).get("actorName").asText()).isEqualTo("系统");
  }
}
