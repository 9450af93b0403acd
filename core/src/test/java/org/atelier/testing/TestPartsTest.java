package org.atelier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The real test parts work, and the accessibility check can fail. */
class TestPartsTest {

  @Test
  void theBrowserOpensALoopbackPageAndAxeJudgesIt() {
    try (LocalServer server = LocalServer.start();
        Browser browser = Browser.open()) {
      server.file(
          "/bad.html",
          "<!doctype html><html lang=fr><head><title>x</title></head><body><main><img src=a.png></main></body></html>"
              .getBytes(StandardCharsets.UTF_8));
      server.file(
          "/good.html",
          "<!doctype html><html lang=fr><head><title>Bonjour</title></head><body><main><h1>Bonjour</h1></main></body></html>"
              .getBytes(StandardCharsets.UTF_8));
      browser.get(server.url("/good.html"));
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Bonjour");
      assertThat(Axe.violations(browser.driver())).isEmpty();
      browser.get(server.url("/bad.html"));
      assertThat(Axe.violations(browser.driver())).extracting(r -> r.getId()).contains("image-alt");
    }
  }

  @Test
  void theScormRuntimeIsInstalled() {
    assertThat(NodePackages.path("scorm-again/dist/scorm12.min.js")).isRegularFile();
    assertThat(NodePackages.path("scorm-again/dist/scorm2004.min.js")).isRegularFile();
  }
}
