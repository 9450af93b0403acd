package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atelier.model.Course;
import org.atelier.model.Item;
import org.atelier.model.Kind;
import org.atelier.model.Question;
import org.junit.jupiter.api.Test;

/** What the renderer writes, without a browser. */
class SiteRendererTest {

  @Test
  void theSameCourseGivesTheSameSiteAndTheSameZip() throws Exception {
    Site one = SiteRenderer.render(Fixtures.everyKind(), Tracker.local());
    Site two = SiteRenderer.render(Fixtures.everyKind(), Tracker.local());
    assertThat(one.files().keySet()).isEqualTo(two.files().keySet());
    one.files().forEach((path, bytes) -> assertThat(two.file(path)).as(path).isEqualTo(bytes));
    assertThat(one.zip()).isEqualTo(two.zip());
  }

  @Test
  void writesThePlayerTheTrackerAndTheMedia() throws Exception {
    Site site = SiteRenderer.render(Fixtures.everyKind(), Tracker.local());
    assertThat(site.files().keySet())
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                        "index.html",
                        "media/images/cafe.png",
                        "player/tracker-kit.js",
                        "player/tracker-local.js"),
                    SiteRenderer.PLAYER_FILES.stream())
                .sorted()
                .toList());
    assertThat(SiteRenderer.PLAYER_FILES)
        .contains("player/core.js", "player/kinds/card-sort.js", "player/chrome.js");
    String html = new String(site.file("index.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<html lang=\"fr\">")
        .contains("<script src=\"player/tracker-local.js\">");
    // the kit, the tracker, then the core, the kinds, and last the page, which starts the player
    assertThat(html.indexOf("tracker-kit.js")).isLessThan(html.indexOf("tracker-local.js"));
    assertThat(html.indexOf("tracker-local.js")).isLessThan(html.indexOf("player/core.js"));
    assertThat(html.indexOf("player/core.js")).isLessThan(html.indexOf("player/kinds/page.js"));
    assertThat(html.indexOf("player/kinds/survey.js")).isLessThan(html.indexOf("player/chrome.js"));
  }

  @Test
  void everyTrackerLoadsTheKitFirstAndGetsItsSettingsInThePageData() throws Exception {
    Tracker tracker =
        new Tracker(
            "other",
            List.of("t/a.js", Tracker.KIT),
            Map.of("t/a.js", new byte[0]),
            Map.of("rule", "a<b"));
    assertThat(tracker.scripts()).containsExactly(Tracker.KIT, "t/a.js");
    assertThat(tracker.files()).containsKeys(Tracker.KIT, "t/a.js");
    String html =
        new String(
            SiteRenderer.render(Fixtures.everyKind(), tracker).file("index.html"),
            StandardCharsets.UTF_8);
    assertThat(html).contains("\"tracker\":{\"rule\":\"a\\u003Cb\"}");
  }

  @Test
  void theProblemsPageShowsEachProblemAsText() {
    Site site =
        SiteRenderer.problems(
            "<b>course</b>.yaml",
            List.of(
                new org.atelier.coursefile.Diagnostic(
                    "course.yaml", 3, 1, "modules[0].id", "<script>alert(1)</script>", "fix <it>"),
                new org.atelier.coursefile.Diagnostic("course.yaml", 7, 2, "", "no path", null)));
    assertThat(site.files().keySet()).containsExactly("index.html");
    String html = new String(site.file("index.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains(
            "line 3, column 1 · modules[0].id</span><br>&lt;script&gt;alert(1)&lt;/script&gt;"
                + " — fix &lt;it&gt;</li>")
        .contains("line 7, column 2</span><br>no path</li>")
        .contains("<h1>&lt;b&gt;course&lt;/b&gt;.yaml has problems</h1>")
        .doesNotContain("<script>");
  }

  @Test
  void theProblemsPageSaysWhyAFileCannotBeRead() {
    String html =
        new String(
            SiteRenderer.problems("course.yaml", "permission <denied>").file("index.html"),
            StandardCharsets.UTF_8);
    assertThat(html).contains("<p>permission &lt;denied&gt;</p>").doesNotContain("<ol>");
  }

  @Test
  void theTemplateEscapesAuthorTextButNotTheDataBlock() throws Exception {
    Site site =
        SiteRenderer.render(
            Fixtures.everyKind().toBuilder().title("</title><script>x()</script>").build(),
            Tracker.local());
    String html = new String(site.file("index.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>")
        .contains("<script type=\"application/json\" id=\"atelier-data\">{\"course\":")
        .contains("\\u003C/title\\u003E\\u003Cscript\\u003E");
  }

  @Test
  void thePageLoadsNothingFromOutsideThePackage() throws Exception {
    Site site = SiteRenderer.render(Fixtures.cafeIa(), Tracker.local());
    String html = new String(site.file("index.html"), StandardCharsets.UTF_8);
    Matcher reference = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
    while (reference.find()) {
      assertThat(reference.group(1)).matches("data:,|#main|player/(kinds/)?[a-z-]+\\.(js|css)");
    }
    List<String> own = new java.util.ArrayList<>(SiteRenderer.PLAYER_FILES);
    own.add(Tracker.KIT);
    own.add("player/tracker-local.js");
    for (String file : own) {
      assertThat(new String(site.file(file), StandardCharsets.UTF_8))
          .as(file)
          .doesNotContainPattern("(?i)https?:|//[a-z]|@import|url\\(|fetch\\(|XMLHttpRequest");
    }
  }

  @Test
  void followsTheCourseLanguage() throws Exception {
    Site site =
        SiteRenderer.render(
            Fixtures.everyKind().toBuilder().language("en").build(), Tracker.local());
    String html = new String(site.file("index.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"en\">").contains("Skip to content");
  }

  @Test
  void bothMessageBundlesHaveTheSameKeys() {
    assertThat(Messages.load("en").keySet()).isEqualTo(Messages.load("fr").keySet());
  }

  @Test
  void thePageDataCarriesTheRulesTheJavaSideOwns() throws Exception {
    Course course = Fixtures.everyKind();
    JsonNode rules =
        new ObjectMapper()
            .readTree(PlayerData.json(course, Map.of(), Map.of(), Map.of()))
            .get("rules");
    assertThat(rules.get("gapMax").asInt()).isEqualTo(StateBudget.GAP_MAX_LENGTH);
    assertThat(rules.get("textMax").asInt()).isEqualTo(StateBudget.TEXT_MAX_LENGTH);
    assertThat(rules.get("maxAttempts").asInt()).isEqualTo(StateBudget.MAX_ATTEMPTS_STORED);
    List<String> questions = new ArrayList<>();
    rules.get("questions").forEach(kind -> questions.add(kind.asText()));
    // every kind is in the fixture: the kinds said to be questions are those of its questions
    assertThat(course.items().map(Item::kind).distinct()).hasSize(Kind.values().length);
    assertThat(questions)
        .containsExactlyInAnyOrderElementsOf(
            course
                .items()
                .filter(item -> item instanceof Question)
                .map(item -> item.kind().code())
                .distinct()
                .toList());
  }

  @Test
  void aResourceOpensInANewWindowOnlyWhenItIsAWebAddress() throws Exception {
    JsonNode data =
        new ObjectMapper()
            .readTree(
                PlayerData.json(Fixtures.cafeIa(), Map.of(), Map.of("x", "media/x"), Map.of()));
    List<String> opened = new ArrayList<>();
    for (JsonNode module : data.get("modules")) {
      for (JsonNode item : module.get("items")) {
        for (JsonNode resource : item.path("resources")) {
          if (resource.has("url")) {
            String url = resource.get("url").asText();
            assertThat(resource.get("newWindow").asBoolean())
                .as(url)
                .isEqualTo(url.startsWith("http"));
            opened.add(url);
          }
        }
      }
    }
    assertThat(opened)
        .anyMatch(url -> url.startsWith("https:"))
        .anyMatch(url -> url.startsWith("mailto:"));
  }

  @Test
  void thePlayersOwnJavaScriptAndCssStayUnder74Kilobytes() {
    // 60 KB until the keyboard and screen-reader aids of issue 17 (typed positions, places after
    // a picked card, errors beside their question, names with context) took about 12 KB
    assertThat(SiteRenderer.playerSize()).isLessThan(74 * 1024);
  }
}
