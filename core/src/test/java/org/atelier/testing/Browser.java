package org.atelier.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by Selenium with the binary and driver paths set explicitly,
 * so that nothing ever downloads a browser or a driver.
 */
public final class Browser implements AutoCloseable {
  private final ChromeDriver driver;
  private final Path profile;

  /** One HTTP response the page received: its address and status. */
  public record Response(String url, int status) {}

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private final java.util.List<Response> responses = new java.util.ArrayList<>();

  private Browser(int width, int height) throws IOException {
    Path binary = Path.of(System.getProperty("atelier.chromium", "/usr/bin/chromium"));
    Path chromedriver =
        Path.of(System.getProperty("atelier.chromedriver", "/usr/bin/chromedriver"));
    RealParts.require(
        Files.isExecutable(binary) && Files.isExecutable(chromedriver),
        "Chromium or its driver is missing ("
            + binary
            + ", "
            + chromedriver
            + "): apt-get install chromium chromium-driver");
    profile = Files.createTempDirectory("atelier-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--lang=fr-FR",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** A browser with a desktop-sized window. */
  public static Browser open() {
    return open(1280, 900);
  }

  /** A browser with a window of the given size in CSS pixels. */
  public static Browser open(int width, int height) {
    try {
      return new Browser(width, height);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a browser profile", e);
    }
  }

  /** The Selenium driver. */
  public WebDriver driver() {
    return driver;
  }

  /** Opens {@code url}. */
  public Browser get(String url) {
    driver.get(url);
    return this;
  }

  /** Runs a script in the page and returns its result. */
  public Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Runs a Chrome DevTools Protocol command (e.g. {@code Accessibility.getPartialAXTree}). */
  public java.util.Map<String, Object> cdp(String command, java.util.Map<String, Object> params) {
    return driver.executeCdpCommand(command, params);
  }

  /** Everything the browser console said since the last call (errors, warnings, logs). */
  public List<String> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(e -> e.getLevel() + " " + e.getMessage())
        .toList();
  }

  /** The browser console's errors since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * Every HTTP response the pages of this browser received so far (from Chromium's network log, so
   * requests made with keepalive while a page unloads count too).
   */
  public List<Response> responses() {
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      try {
        var message = JSON.readTree(e.getMessage()).path("message");
        if (message.path("method").asText().equals("Network.responseReceived")) {
          var response = message.path("params").path("response");
          responses.add(
              new Response(response.path("url").asText(), response.path("status").asInt()));
        }
      } catch (IOException notJson) {
        // not a network event
      }
    }
    return List.copyOf(responses);
  }

  /** Saves a PNG of the window to {@code file}. */
  public Path screenshot(Path file) {
    try {
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new IllegalStateException("cannot save a screenshot to " + file, e);
    }
  }

  /** Whether {@link TakesScreenshot} works here (always, for Chromium). */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> walk = Files.walk(profile)) {
        walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // a temporary profile left behind is harmless
      }
    }
  }
}
