package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;
import org.atelier.testing.Browser;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A course whose every text field holds script, event-handler, javascript: and template payloads:
 * played through in Chromium, it shows them as text and runs none of them.
 */
class InjectionTest {

  static final String PAYLOAD =
      "<script>window.pwned=1</script><img src=x onerror=\\\"window.pwned=2\\\">"
          + "[lien](javascript:window.pwned=3) </script><b>gras</b> $title #set($x = 1) ${title}"
          + " {x} \\u2028 <!--";

  static Course hostile() throws Exception {
    String p = PAYLOAD;
    String yaml =
        """
        id: hostile
        title: "T %1$s"
        description: "D %1$s"
        modules:
          - id: m
            title: "M %1$s"
            description: "MD %1$s"
            items:
              - {type: page, id: p, title: "P %1$s", body: "B %1$s", resources: [{title: "R %1$s", url: "https://example.org/?q=%%22%%3E", description: "RD %1$s"}]}
              - type: single-choice
                id: q
                title: "Q %1$s"
                prompt: "QP %1$s"
                hint: "QH %1$s"
                feedback: {correct: "FC %1$s", incorrect: "FI %1$s"}
                options:
                  - {id: a, text: "A %1$s", correct: true, feedback: "AF %1$s"}
                  - {id: b, text: "B %1$s", feedback: "BF %1$s"}
              - type: fill-in
                id: f
                title: "F %1$s"
                text: "avant %1$s {{g}} après"
                gaps: [{id: g, accept: ["x %1$s"], options: ["x %1$s", "y %1$s"], feedback: "GF %1$s"}]
              - type: card-sort
                id: s
                title: "S %1$s"
                categories: [{id: c1, title: "C1 %1$s"}, {id: c2, title: "C2 %1$s"}]
                cards: [{id: k, text: "K %1$s", category: c1, feedback: "KF %1$s"}]
              - type: timeline
                id: t
                title: "TL %1$s"
                cards:
                  - {id: a, text: "TA %1$s", date: 1950, nature: reality, explanation: "TE %1$s"}
                  - {id: b, text: "TB %1$s", date: 1960, nature: fiction}
              - type: discussion
                id: d
                title: "D %1$s"
                cards: [{id: c, title: "DC %1$s", body: "DB %1$s", keyPoints: ["K %1$s"], questions: ["Q %1$s"]}]
              - type: actions
                id: ac
                title: "AC %1$s"
                cards: [{id: c, title: "ACT %1$s", body: "B %1$s", actions: ["X %1$s"], learnMore: "L %1$s", cautions: "W %1$s"}]
              - type: survey
                id: v
                title: "V %1$s"
                questions:
                  - {id: l, kind: likert, prompt: "L %1$s", scale: ["S1 %1$s", "S2 %1$s"]}
                  - {id: c, kind: choice, prompt: "C %1$s", options: [{id: o, text: "O %1$s"}, {id: p, text: "P %1$s"}]}
        """
            .formatted(p);
    return CourseFileReader.read(yaml.getBytes(StandardCharsets.UTF_8), "hostile.yaml", null);
  }

  @Test
  void hostileAuthorTextRendersAsInertText() throws Exception {
    Course course = hostile();
    Site site = SiteRenderer.render(course, Tracker.local());
    String html = new String(site.file("index.html"), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script>window.pwned").doesNotContain("onerror=\"window");
    assertThat(html.indexOf("</script>"))
        .as("no early end of the data block")
        .isGreaterThan(html.indexOf("id=\"atelier-data\""));
    try (LocalServer server = LocalServer.start().files("/", site.files());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      for (int i = 0; i < player.count(); i++) {
        // open every hint and answer, to show every text the player can show
        for (var hint :
            browser.driver().findElements(By.cssSelector("button[aria-controls^=hint]"))) {
          hint.sendKeys(org.openqa.selenium.Keys.ENTER);
        }
        player.answer();
        assertThat(browser.script("return window.pwned")).as("payload ran on item " + i).isNull();
        assertThat(
                browser
                    .driver()
                    .findElements(
                        By.cssSelector(
                            "#main script, #main img[onerror], #main a[href^=javascript]")))
            .isEmpty();
        if (i < player.count() - 1) {
          player.next();
        }
      }
      assertThat(browser.driver().findElement(By.tagName("body")).getText())
          .contains("<script>window.pwned=1</script>");
      assertThat(browser.driver().getTitle()).startsWith("T <script>");
    }
  }
}
