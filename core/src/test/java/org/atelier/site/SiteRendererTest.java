package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
