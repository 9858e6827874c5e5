package org.inkwell.cms.web.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Selenium, for looking at the public pages as a reader
 * would. Nothing is downloaded: the browser and its driver are Debian's packages (installed by
 * {@code .ci/run}), and Selenium Manager, which would otherwise fetch them, is told where they are.
 *
 * <p>Starting one takes about a second, so a test class shares one: see {@link BrowserExtension}.
 * Close it to end the browser and delete its throw-away profile.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Where screenshots go: cms-web/target/screenshots. */
  public static final Path SCREENSHOTS = targetDir().resolve("screenshots");

  /**
   * Selenium looks for a DevTools binding matching Chromium's version at every start and warns it
   * has none: this class sends its few DevTools commands through ChromeDriver instead, which works
   * for any version. Held here because java.util.logging keeps loggers only weakly.
   */
  private static final Logger CDP_VERSION_FINDER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  /** Chromium's own limit for one captured image. */
  private static final int MAX_SCREENSHOT_HEIGHT = 16_384;

  private final ChromeDriver driver;
  private final Path profile;
  private Viewport viewport;

  private Browser(ChromeDriver driver, Path profile, Viewport viewport) {
    this.driver = driver;
    this.profile = profile;
    this.viewport = viewport;
  }

  /** A browser whose pages are laid out at the desktop size. */
  public static Browser start() {
    return start(Viewport.DESKTOP);
  }

  public static Browser start(Viewport viewport) {
    requireExecutable(CHROMIUM);
    requireExecutable(CHROMEDRIVER);
    // Selenium Manager is skipped when the driver's path is known; offline in case it is not.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    System.setProperty("SE_OFFLINE", "true");
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    Path profile;
    try {
      Path profiles = Files.createDirectories(targetDir().resolve("chromium-profiles"));
      profile = Files.createTempDirectory(profiles, "profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Leaving an editor with unsaved changes asks "Leave site?": tests that leave on purpose go.
    options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // the build runs as root, where Chromium's sandbox refuses to start
        "--disable-gpu",
        "--disable-dev-shm-usage",
        // This machine reaches no network beyond package registries: stop Chromium's own traffic
        // (updates, sync, safe browsing, QUIC probes) rather than wait on refused connections.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--user-data-dir=" + profile,
        "--window-size=" + viewport.width() + "," + viewport.height());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    Browser browser = new Browser(driver, profile, viewport);
    try {
      // A bound against a hung page, not a speed promise: pages load far slower with both cores busy.
      driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
      browser.viewport(viewport);
    } catch (RuntimeException e) {
      browser.close();
      throw e;
    }
    return browser;
  }

  /** The Selenium driver, for what this class does not wrap (finding elements, clicking, typing). */
  public ChromeDriver driver() {
    return driver;
  }

  /** Loads a page ({@code http://}, {@code file://}...) and waits for its load event. */
  public Browser open(String url) {
    driver.get(url);
    return this;
  }

  /**
   * Waits until the condition holds (a value that is neither null nor false), asking again while
   * the page or part of it is being replaced: an element found earlier that went stale, or a
   * document that was left while the driver talked to it, is not a failure but a reason to look
   * again. The condition should therefore find its elements itself.
   */
  public <T> T await(Function<? super WebDriver, T> condition, Duration patience) {
    // Asked every 50 ms, not Selenium's 500: hundreds of waits a class, each mostly true soon.
    return new WebDriverWait(driver, patience, Duration.ofMillis(50))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> {
          try {
            return condition.apply(d);
          } catch (WebDriverException e) {
            if (pageWasReplaced(e)) {
              return null;
            }
            throw e;
          }
        });
  }

  /**
   * Does something that loads another document (follows a link, submits a form, a redirect after
   * an Ajax request) and waits until that document has loaded. The current document is marked
   * first, so even a reload of the same address is told apart from the old page.
   */
  public Browser navigate(Runnable action, Duration patience) {
    driver.executeScript("window.inkwellLeftPage = true;");
    action.run();
    await(d -> Boolean.TRUE.equals(driver.executeScript(
        "return document.readyState === 'complete' && window.inkwellLeftPage === undefined;")), patience);
    return this;
  }

  /**
   * ChromeDriver's answers when it reached a document that was being replaced: a node of the
   * previous document, or a script context that navigation destroyed.
   */
  private static boolean pageWasReplaced(WebDriverException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("does not belong to the document")
        || message.contains("Execution context was destroyed")
        || message.contains("Cannot find context with specified id")
        || message.contains("no such execution context")
        || message.contains("Inspected target navigated or closed");
  }

  /** Loads a local HTML file. */
  public Browser open(Path file) {
    return open(file.toAbsolutePath().toUri().toString());
  }

  public String title() {
    return driver.getTitle();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Runs JavaScript in the page and returns its {@code return} value as Selenium converts it. */
  public Object script(String javascript, Object... args) {
    return driver.executeScript(javascript, args);
  }

  public Viewport viewport() {
    return viewport;
  }

  /**
   * Lays out the current and later pages at this size. The exact CSS viewport is emulated (the
   * window's size would also include any browser frame), with mobile behaviour for phones.
   */
  public Browser viewport(Viewport viewport) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", viewport.width(),
        "height", viewport.height(),
        "deviceScaleFactor", 1,
        "mobile", viewport.mobile()));
    this.viewport = viewport;
    return this;
  }

  /**
   * Saves the whole page, not just the visible part, as {@code target/screenshots/NAME.png} and
   * returns its path. The name may contain only letters, digits, '.', '_' and '-'.
   */
  public Path screenshot(String name) {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("not a plain file name: " + name);
    }
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    double width = Math.max(viewport.width(), ((Number) content.get("width")).doubleValue());
    double height = Math.min(MAX_SCREENSHOT_HEIGHT,
        Math.max(viewport.height(), ((Number) content.get("height")).doubleValue()));
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
    try {
      Files.createDirectories(SCREENSHOTS);
      return Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  /** cms-web/target, wherever the JVM was started from (Maven sets {@code basedir}). */
  static Path targetDir() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");
  }

  private static void requireExecutable(Path file) {
    if (!Files.isExecutable(file)) {
      throw new IllegalStateException(file + " is missing: install Debian's chromium and "
          + "chromium-driver (apt-get install -y chromium chromium-driver), as .ci/run does");
    }
  }

  /** A profile is scratch: a file Chromium still holds does not fail the test. */
  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
      for (Path file : deepestFirst) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | UncheckedIOException e) {
      // left for mvn clean
    }
  }
}
