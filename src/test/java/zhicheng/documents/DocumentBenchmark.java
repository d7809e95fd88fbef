package zhicheng.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * How long the documents take, against a baseline measured in the same run: an empty one-page PDF in the same
 * font (which already pays for opening the font and embedding it). Not a test and not part of `mvn verify`:
 *
 * <pre>mvn -Pbenchmark test-compile exec:exec@documents-benchmark</pre>
 *
 * Prints the median of several timed runs after warm-up, and each document's ratio to the baseline.
 */
public final class DocumentBenchmark {

  private DocumentBenchmark() {}

  public static void main(String[] args) throws IOException {
    CjkFont font = CjkFont.locate(System.getProperty("zhicheng.documents.font"));
    EvaluationFormRenderer form = new EvaluationFormRenderer(font, "zhicheng 职称评审平台");
    RosterRenderer roster = new RosterRenderer(font);
    EvaluationFormData formData = Samples.evaluationForm(3);
    RosterData rosterData = Samples.roster(1000);
    DocumentMeta meta = new DocumentMeta("基准", "基准", OffsetDateTime.parse("2023-09-05T10:00:00+08:00"), "基准", "", "");
    Supplier<byte[]> baseline = () -> Pdf.render(font, PdfCanvas.A4, Pdf.MARGIN, meta, c -> c.centered("基准", 12));

    System.out.println("machine: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + ", font " + font.file());
    String[] names = {"baseline: empty one-page PDF, same font", "evaluation form, 3 copies (seed 004)",
        "roster, 1,000 rows"};
    @SuppressWarnings("unchecked")
    Supplier<byte[]>[] work = new Supplier[] {baseline, () -> form.render(formData), () -> roster.render(rosterData)};
    // rounds interleave the three, so a slower moment of a shared machine hits all of them alike
    int warmUp = 10;
    int rounds = 30;
    double[][] ms = new double[work.length][rounds];
    int[] bytes = new int[work.length];
    for (int round = -warmUp; round < rounds; round++) {
      for (int w = 0; w < work.length; w++) {
        long t0 = System.nanoTime();
        bytes[w] = work[w].get().length;
        if (round >= 0) {
          ms[w][round] = (System.nanoTime() - t0) / 1e6;
        }
      }
    }
    double base = median(ms[0]);
    for (int w = 0; w < work.length; w++) {
      double[] sorted = ms[w].clone();
      Arrays.sort(sorted);
      System.out.printf("%-42s median %7.1f ms  (min %7.1f, max %7.1f; %d runs)  %7d bytes  = %.2f × baseline%n",
          names[w], median(ms[w]), sorted[0], sorted[rounds - 1], rounds, bytes[w], median(ms[w]) / base);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }
}
