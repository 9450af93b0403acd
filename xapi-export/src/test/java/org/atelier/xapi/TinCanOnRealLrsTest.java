package org.atelier.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.atelier.model.Course;
import org.atelier.testing.Browser;
import org.atelier.testing.ExampleCourses;
import org.atelier.testing.LocalServer;
import org.atelier.testing.Lrs;
import org.atelier.testing.PlayerDriver;
import org.atelier.testing.RealParts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Tin Can package launched the way Moodle's Tin Can Launch Link plugin launches it (endpoint,
 * {@code auth}, an old-style actor, registration and {@code activity_id} in the query string),
 * straight against real LRSs: ADL's, strict about the State API's concurrency headers as it is by
 * default and lenient as xAPI 1.0.3 allows, and {@code xapi-statements}, which has no State API.
 */
class TinCanOnRealLrsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String V = "http://adlnet.gov/expapi/verbs/";
  private static Course course;
  private static LocalServer site;
  private static ActivityIris iris;

  @BeforeAll
  static void serve() throws Exception {
    course = ExampleCourses.cafeIa();
    iris = ActivityIris.of(course);
    site = LocalServer.start().files("/course/", unzip(XapiExporter.tinCan().zip(course)));
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (!e.isDirectory()) {
          files.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return files;
  }

  /** A learner as old Tin Can launchers write one: arrays of names and mailboxes (0.9). */
  private static String oldActor(String login, String name) {
    return "{\"name\":[\""
        + name
        + "\"],\"mbox\":[\"mailto:"
        + login
        + "@lms.example.org\"],\"objectType\":\"Agent\"}";
  }

  private static String launch(String endpoint, String auth, String actor, String registration) {
    return site.url("/course/index.html")
        + "?endpoint="
        + enc(endpoint)
        + "&auth="
        + enc(auth)
        + "&actor="
        + enc(actor)
        + "&registration="
        + enc(registration)
        + "&activity_id="
        + enc(iris.course());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Map<?, ?> pending(Browser browser) {
    return (Map<?, ?>) browser.script("return window.atelierTracker.pending()");
  }

  private static void delivered(Browser browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(
            d ->
                ((Number) pending(browser).get("outbox")).intValue() == 0
                    && !(Boolean) pending(browser).get("dirty"));
  }

  /** Requests the LRS refused (reading a document that does not exist yet is no refusal). */
  private static List<Browser.Response> refused(Browser browser) {
    return browser.responses().stream()
        .filter(r -> r.status() >= 400)
        .filter(r -> !(r.status() == 404 && r.url().contains("/activities/state")))
        .filter(r -> !r.url().endsWith("/favicon.ico"))
        .toList();
  }

  /** Plays half of day 1 in one browser, then resumes in another whose storage is empty. */
  private static void playsAndResumesInAnotherBrowser(ReferenceLms adl) throws Exception {
    String registration = UUID.randomUUID().toString();
    String login = "awa-" + UUID.randomUUID();
    String url =
        launch(adl.lrsEndpoint(), adl.lrsAuth(), oldActor(login, "Awa Diallo"), registration);
    String state;
    int at;
    try (Browser first = Browser.open()) {
      first.get(url);
      PlayerDriver player = new PlayerDriver(first.driver()).waitUntilReady();
      for (int i = 0; i < 6; i++) {
        player.answer();
        player.next();
      }
      delivered(first);
      state = player.state();
      at = player.current();
      assertThat(refused(first)).as("requests ADL's LRS refused").isEmpty();
    }
    try (Browser second = Browser.open()) {
      second.get(url);
      PlayerDriver player = new PlayerDriver(second.driver()).waitUntilReady();
      assertThat(player.state()).as("resumed from the LRS's state document").isEqualTo(state);
      assertThat(player.current()).isEqualTo(at);
      player.answer();
      player.next();
      delivered(second);
      assertThat(refused(second)).as("requests ADL's LRS refused on resume").isEmpty();
      assertThat(second.driver().findElements(By.cssSelector(".notice-error"))).isEmpty();
      JsonNode document =
          adl.state(
              iris.course(),
              JSON.readTree("{\"mbox\":\"mailto:" + login + "@lms.example.org\"}"),
              registration,
              "atelier.state");
      assertThat(document.path("state").asText()).isEqualTo(player.state());
    }
    List<JsonNode> statements = adl.statements(registration);
    assertThat(statements).isNotEmpty();
    assertThat(statements)
        .allSatisfy(
            s -> {
              assertThat(s.path("actor").path("mbox").asText())
                  .isEqualTo("mailto:" + login + "@lms.example.org");
              assertThat(s.path("actor").path("name").asText()).isEqualTo("Awa Diallo");
            });
    assertThat(
            statements.stream()
                .filter(s -> s.path("verb").path("id").asText().equals(V + "initialized")))
        .as("one initialized per browser session")
        .hasSize(2);
  }

  @Test
  void resumesAtTheLearnersPlaceOnAdlsStrictLrs() throws Exception {
    ReferenceLms adl = ReferenceLms.running();
    RealParts.require(adl.stateEtagRequired(), "ADL's LRS is expected in its strict State mode");
    playsAndResumesInAnotherBrowser(adl);
  }

  @Test
  void resumesAtTheLearnersPlaceOnAdlsLrsUnderXapi103LenientStateRules() throws Exception {
    Path kit = Path.of(System.getProperty("atelier.referenceLmsKit", "../../shared/reference-lms"));
    RealParts.require(
        Files.isRegularFile(kit.resolve("start")), "the reference-lms kit is not at " + kit);
    restart(kit, "0");
    try {
      ReferenceLms lenient = ReferenceLms.running();
      assertThat(lenient.stateEtagRequired()).isFalse();
      playsAndResumesInAnotherBrowser(lenient);
    } finally {
      restart(kit, "1");
    }
  }

  private static void restart(Path kit, String etagRequired) throws Exception {
    for (String step : List.of("stop", "start")) {
      ProcessBuilder run =
          new ProcessBuilder("bash", kit.resolve(step).toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      run.environment().put("REFERENCE_LMS_STATE_ETAG_REQUIRED", etagRequired);
      assertThat(run.start().waitFor()).as("reference-lms " + step).isZero();
    }
  }

  @Test
  void onAnLrsWithoutTheStateApiEveryAnswerIsSentAndTheLearnerIsToldOnceWithoutAlarm()
      throws Exception {
    try (Lrs lrs = Lrs.open();
        Browser browser = Browser.open()) {
      String registration = UUID.randomUUID().toString();
      String auth =
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString("test:test".getBytes(StandardCharsets.UTF_8));
      browser.get(launch(lrs.endpoint().toString(), auth, oldActor("noe", "Noé"), registration));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      for (int i = 0; i < 4; i++) {
        player.answer();
        player.next();
      }
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(
              d ->
                  ((Number) pending(browser).get("outbox")).intValue() == 0
                      && (Boolean) pending(browser).get("stateless"));
      assertThat(browser.driver().findElements(By.cssSelector(".notice-error")))
          .as("no « not saved » alarm")
          .isEmpty();
      assertThat(browser.driver().findElement(By.cssSelector("#notices")).getText())
          .contains("ne garde pas votre progression");
      var stored =
          org.atelier.xapi.lrs.LrsClient.to(lrs.endpoint())
              .credentials("test", "test")
              .all(
                  org.atelier.xapi.lrs.StatementQuery.about(iris.course())
                      .registration(registration)
                      .pages(1000));
      assertThat(stored.stream().filter(s -> s.verb().id().equals(V + "answered"))).isNotEmpty();
      // The reload resumes from this browser's copy.
      String state = player.state();
      browser.driver().navigate().refresh();
      assertThat(new PlayerDriver(browser.driver()).waitUntilReady().state()).isEqualTo(state);
    }
  }
}
