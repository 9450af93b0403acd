package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atelier.pack.ZipWriter;
import org.junit.jupiter.api.Test;

/** What the renderer writes, without a browser. */
class SiteRendererTest {

  @Test
  void theSameCourseGivesTheSameSiteAndTheSameZip() throws Exception {
    Site one = SiteRenderer.render(Fixtures.everyKind(), Tracker.local());
    Site two = SiteRenderer.render(Fixtures.everyKind(), Tracker.local());
    assertThat(one.files().keySet()).isEqualTo(two.files().keySet());
    one.files().forEach((path, bytes) -> assertThat(two.file(path)).as(path).isEqualTo(bytes));
    assertThat(ZipWriter.zip(one)).isEqualTo(ZipWriter.zip(two));
  }

  @Test
  void writesThePlayerTheTrackerAndTheMedia() throws Exception {
    Site site = SiteRenderer.render(Fixtures.everyKind(), Tracker.local());
    assertThat(site.files().keySet())
        .containsExactly(
            "index.html",
            "media/images/cafe.png",
            "player/player.css",
            "player/player.js",
            "player/tracker-local.js");
    String html = new String(site.file("index.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<html lang=\"fr\">")
        .contains("<script src=\"player/tracker-local.js\">");
    assertThat(html.indexOf("tracker-local.js")).isLessThan(html.indexOf("player/player.js"));
  }

  @Test
  void theProblemsPageShowsEachProblemAsText() {
    Site site =
        SiteRenderer.problems(
            "<b>course</b>.yaml", List.of("course.yaml:3:1: error: <script>alert(1)</script>"));
    assertThat(site.files().keySet()).containsExactly("index.html");
    String html = new String(site.file("index.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<li>course.yaml:3:1: error: &lt;script&gt;alert(1)&lt;/script&gt;</li>")
        .contains("<h1>&lt;b&gt;course&lt;/b&gt;.yaml has problems</h1>")
        .doesNotContain("<script>");
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
      assertThat(reference.group(1)).matches("data:,|#main|player/[a-z-]+\\.(js|css)");
    }
    for (String own : List.of("player/player.js", "player/player.css", "player/tracker-local.js")) {
      assertThat(new String(site.file(own), StandardCharsets.UTF_8))
          .as(own)
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
  void thePlayersOwnJavaScriptAndCssStayUnder60Kilobytes() {
    assertThat(SiteRenderer.playerSize()).isLessThan(60 * 1024);
  }
}
