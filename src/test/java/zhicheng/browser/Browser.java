package zhicheng.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser window on the app under test, with the few steps a page test takes: open a path, fill and click by
 * element id, read text, wait for something to appear. Waiting is for the page to be ready, never an assertion about
 * time: a test asserts on what the page shows once it is there.
 */
public class Browser {

  /** How long a page may take to show what is awaited on a loaded CI machine; not a claim about speed. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final String baseUrl;

  Browser(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  private boolean closed;

  public WebDriver driver() {
    return driver;
  }

  /** Closes the browser as a person closes it: its session cookies are gone. Closing twice does nothing. */
  public void close() {
    if (!closed) {
      closed = true;
      driver.quit();
    }
  }

  /** Opens a path of the app ({@code /portal}) and waits for the page to load. */
  public Browser open(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
  }

  public WebElement element(String id) {
    return waitFor(By.id(id));
  }

  public WebElement waitFor(By by) {
    return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(by));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  /** Replaces the field's value as a person typing would (input events fire). */
  public Browser fill(String id, String text) {
    WebElement field = element(id);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Sets a long value at once (typing 1000 characters one by one would only slow the suite). */
  public Browser paste(String id, String text) {
    WebElement field = element(id);
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        field, text);
    return this;
  }

  /** Chooses the option with this value (the label may be long: a plan's title, notice and deadline). */
  public Browser choose(String id, String value) {
    new Select(element(id)).selectByValue(value);
    return this;
  }

  /** Sets the fields named {@code name} (the rows of a repeated group), first to last, to these values. */
  public Browser fillAll(String name, String... values) {
    List<WebElement> fields = driver.findElements(By.name(name));
    if (fields.size() < values.length) {
      throw new IllegalStateException(name + ": " + fields.size() + " fields for " + values.length + " values");
    }
    for (int i = 0; i < values.length; i++) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", fields.get(i), values[i]);
    }
    return this;
  }

  public Browser select(String id, String visibleText) {
    new Select(element(id)).selectByVisibleText(visibleText);
    return this;
  }

  /** Chooses a file on an {@code <input type=file>}. */
  public Browser attach(String id, Path file) {
    element(id).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /**
   * Clicks; when that leaves the page (a link, a form's submit button), waits until the next page is there, so
   * what the test reads next is never the page it left.
   */
  public Browser click(String id) {
    WebElement e = element(id);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    boolean leaves = ("a".equals(e.getTagName()) && e.getAttribute("href") != null)
        || "submit".equals(e.getAttribute("type"));
    WebElement page = driver.findElement(By.tagName("html"));
    e.click();
    if (leaves) {
      new WebDriverWait(driver, PATIENCE).until(d -> left(page));
    }
    return this;
  }

  /**
   * Whether {@code page} is no longer the document. Chromium answers a question about a node of a page it has just
   * left either as a stale element or, while the next page is being attached, as "Node with given id does not belong
   * to the document" (a plain WebDriverException, which ExpectedConditions.stalenessOf lets through): both mean gone.
   */
  private static boolean left(WebElement page) {
    try {
      page.isEnabled();
      return false;
    } catch (WebDriverException gone) {
      return true;
    }
  }

  public String text(String id) {
    return element(id).getText();
  }

  /** The whole visible text of the page. */
  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Waits until an element with this id shows text containing {@code expected}, then returns its text. */
  public String waitForText(String id, String expected) {
    new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
    return text(id);
  }

  public Cookie cookie(String name) {
    return driver.manage().getCookieNamed(name);
  }

  public Browser resize(Dimension size) {
    driver.manage().window().setSize(size);
    return this;
  }

  /**
   * A screenshot of the window into {@code <dir>/<name>.png}, only when {@code -Dzhicheng.screenshots=<dir>} asks
   * for it (docs/images for docs/applicants.md): a normal build writes nothing, so CI never rewrites the docs.
   */
  public Browser screenshot(String name) {
    String dir = System.getProperty("zhicheng.screenshots");
    if (dir == null || dir.isBlank()) {
      return this;
    }
    try {
      Path target = Path.of(dir, name + ".png");
      Files.createDirectories(target.getParent());
      Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the screenshot " + name, e);
    }
    return this;
  }
}
