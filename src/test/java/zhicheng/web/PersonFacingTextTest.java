package zhicheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What people read names a notice by its 文号 and clause, never by the project's own label for the file it keeps
 * (“seed 004”, “seeds/004_….txt”), which no reviewer knows. Code comments and tests may use the labels
 * (listed in zhicheng.vocabulary's package-info); everything a person reads may not: forms, models (their names and the
 * DMN tables' source column, shown in findings), plan and scoring files, pages, webapp translations, docs, and the
 * Java string literals that become messages and refusals.
 */
class PersonFacingTextTest {

  /** The labels of the notices' files (seed 004, seed004, seeds/004_….txt); “seeds N applications” is no label. */
  private static final Pattern SEED = Pattern.compile("(?i)\\bseeds?[ _/]?\\d{3}|seeds/");
  /** Text a person reads; images and fonts (static/) are not text. */
  private static final Pattern TEXT = Pattern.compile("\\.(html|js|css|json|form|bpmn|dmn|md|txt|ya?ml|svg)$");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  @Test
  void noFileAPersonReadsNamesASeed() throws IOException {
    List<String> hits = new ArrayList<>();
    for (String dir : List.of("forms", "processes", "plans", "scoring", "holidays", "src/main/resources/pages",
        "src/main/resources/organisation", "src/main/resources/META-INF/resources", "src/main/resources/templates",
        "src/main/resources/static")) {
      for (Path file : files(Path.of(dir))) {
        if (TEXT.matcher(file.getFileName().toString()).find()) {
          scan(file, Files.readString(file, StandardCharsets.UTF_8), hits);
        }
      }
    }
    for (Path doc : files(Path.of("docs"))) {
      if (!TEXT.matcher(doc.getFileName().toString()).find()) {
        continue; // docs/images
      }
      scan(doc, Files.readString(doc, StandardCharsets.UTF_8), hits);
    }
    scan(Path.of("README.md"), Files.readString(Path.of("README.md"), StandardCharsets.UTF_8), hits);
    assertThat(hits).as("person-facing text naming a seed instead of a notice's 文号").isEmpty();
  }

  @Test
  void noMessageOfTheCodeNamesASeed() throws IOException {
    List<String> hits = new ArrayList<>();
    for (Path source : files(Path.of("src/main/java"))) {
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
          continue;
        }
        Matcher literal = STRING_LITERAL.matcher(line);
        while (literal.find()) {
          if (SEED.matcher(literal.group()).find()) {
            hits.add(source + ":" + (i + 1) + ": " + literal.group());
          }
        }
      }
    }
    assertThat(hits).as("string literals (messages, refusals, findings) naming a seed").isEmpty();
  }

  @Test
  void theScanFindsWhatItLooksFor() {
    List<String> hits = new ArrayList<>();
    scan(Path.of("x"), "依据：seed 004（杭经信人事〔2023〕63号）", hits);
    scan(Path.of("y"), "\"source\": \"seeds/004_b8afa3d5b54b475e.txt\"", hits);
    scan(Path.of("z"), "依据：杭经信人事〔2023〕63号 五、申报纪律", hits);
    scan(Path.of("w"), "then seeds N applications through the engine's Java API", hits);
    assertThat(hits).hasSize(2);
  }

  private static void scan(Path file, String text, List<String> hits) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (SEED.matcher(lines[i]).find()) {
        hits.add(file + ":" + (i + 1) + ": " + lines[i].strip());
      }
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    assertThat(dir).as("run from the project's root").isDirectory();
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
