package zhicheng.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (both installed by {@code .ci/run}): a JUnit 5
 * extension a browser test registers as a static field,
 * <pre>
 *   &#64;RegisterExtension static final Chromium CHROMIUM = new Chromium();
 *   …
 *   Browser b = CHROMIUM.open(baseUrl, Chromium.DESKTOP);
 * </pre>
 * Each {@link #open} starts a browser of its own with a fresh profile (its own cookies: one person signed in);
 * every browser the class opened is closed after its last test, its profile deleted. Nothing is downloaded: the
 * binaries are the system's ({@code -Dzhicheng.browser.chromium}, {@code -Dzhicheng.browser.driver} to use others),
 * and every background network feature of Chromium is off, so a test talks to the app under test only.
 */
public class Chromium implements AfterAllCallback {

  /** A phone held upright (CSS pixels of a common 6.1" phone). */
  public static final Dimension PHONE = new Dimension(390, 844);
  public static final Dimension DESKTOP = new Dimension(1280, 900);

  private static final int MIN_WINDOW_WIDTH = 500;
  private static final String BINARY = System.getProperty("zhicheng.browser.chromium", "/usr/bin/chromium");
  private static final String DRIVER = System.getProperty("zhicheng.browser.driver", "/usr/bin/chromedriver");

  private final List<Browser> opened = new ArrayList<>();
  private final List<Path> profiles = new ArrayList<>();

  /** A new browser window of this size on {@code baseUrl} (e.g. {@code http://localhost:8094}). */
  public Browser open(String baseUrl, Dimension size) {
    Path profile;
    try {
      profile = Files.createTempDirectory("zhicheng-chromium-");
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a Chromium profile folder", e);
    }
    profiles.add(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + profile,
        "--window-size=" + size.getWidth() + "," + size.getHeight());
    if (size.getWidth() < MIN_WINDOW_WIDTH) {
      // a headless window is never narrower than 500 pixels: a phone's width is emulated, as DevTools does
      options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
          Map.of("width", size.getWidth(), "height", size.getHeight(), "pixelRatio", 1.0, "mobile", true)));
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    Browser browser = new Browser(driver, baseUrl);
    opened.add(browser);
    return browser;
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    for (Browser b : opened) {
      b.close();
    }
    opened.clear();
    for (Path profile : profiles) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    profiles.clear();
  }
}
