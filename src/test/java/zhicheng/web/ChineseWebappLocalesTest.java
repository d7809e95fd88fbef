package zhicheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps' zh-CN locale is translated here from the en.json Camunda ships in its webjar; the webjar on the
 * classpath is the reference, so an upgrade of Camunda that adds a label fails this test until the label is
 * translated (a missing label would show as its key, e.g. CREATE_TASK, in the middle of the Chinese pages).
 */
class ChineseWebappLocalesTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{4,}");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyShippedLabelHasAChineseTranslationWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> english = leaves(read(APP + app + "/locales/en.json"));
    Map<String, String> chinese = leaves(read(APP + app + "/locales/zh-CN.json"));
    assertThat(english).as("the webjar's en.json of %s", app).hasSizeGreaterThan(100);

    List<String> missing = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    for (Map.Entry<String, String> label : english.entrySet()) {
      String translated = chinese.get(label.getKey());
      if (translated == null || (translated.isBlank() && !label.getValue().isBlank())) {
        missing.add(label.getKey());
      } else if (!placeholders(label.getValue()).equals(placeholders(translated))) {
        placeholders.add(label.getKey() + ": " + label.getValue() + " → " + translated);
      }
    }
    assertThat(missing).as("labels of %s/locales/en.json without a zh-CN translation", app).isEmpty();
    assertThat(placeholders).as("translations that lose or add a {{placeholder}}").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseIsTheDefaultLocale(String app) throws IOException {
    String config = text(APP + app + "/scripts/config.js");
    assertThat(config).contains("fallbackLocale: 'zh-CN'").contains("'zh-CN'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreWrittenTheChineseWay(String app) throws IOException {
    JsonNode dates = read(APP + app + "/locales/zh-CN.json").path("dateLocales");
    assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("YYYY-MM-DD");
    assertThat(dates.path("longDateFormat").path("LLL").asText()).isEqualTo("YYYY年M月D日 HH:mm");
    assertThat(dates.path("relativeTime").path("future").asText()).isEqualTo("%s后");
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("星期一");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void peopleFacingLabelsAreChinese(String app) throws IOException {
    // names such as Camunda, ID, LDAP, Optimize may stay; whole English sentences may not
    List<String> english = new ArrayList<>();
    leaves(read(APP + app + "/locales/zh-CN.json")).forEach((key, value) -> {
      String withoutMarkup = value.replaceAll("<[^>]*>", "").replaceAll("\\{\\{[^}]*}}", "");
      Matcher words = LATIN_WORD.matcher(withoutMarkup.replaceAll("Camunda|LDAP|Optimize|Promise|null", ""));
      int count = 0;
      while (words.find()) {
        count++;
      }
      if (count >= 3) {
        english.add(key + ": " + value);
      }
    });
    assertThat(english).as("labels still in English").isEmpty();
  }

  private JsonNode read(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the classpath").isNotNull();
      return json.readTree(in);
    }
  }

  private String text(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> leaves(JsonNode root) {
    Map<String, String> leaves = new TreeMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
