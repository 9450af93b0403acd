package org.atelier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One list of link schemes, read the same way by every part that writes or checks a link. */
class LinkPolicyTest {

  @Test
  void allowsWebAndMailAddressesWhateverTheirCase() {
    assertThat(LinkPolicy.COURSE.allows("HTTPS://cafeia.org")).isTrue();
    assertThat(LinkPolicy.COURSE.allows(" mailto:contact@cafeia.org")).isTrue();
    assertThat(LinkPolicy.COURSE.allows("javascript:alert(1)")).isFalse();
    assertThat(LinkPolicy.COURSE.allows("images/photo.png")).isFalse();
  }

  @Test
  void tellsAnAddressFromAFilePath() {
    assertThat(LinkPolicy.COURSE.scheme("data:text/html,x")).contains("data");
    assertThat(LinkPolicy.COURSE.scheme("docs/fiche.pdf")).isEmpty();
  }

  @Test
  void onlyWebAddressesOpenANewWindow() {
    assertThat(LinkPolicy.COURSE.opensNewWindow("https://cafeia.org")).isTrue();
    assertThat(LinkPolicy.COURSE.opensNewWindow("mailto:contact@cafeia.org")).isFalse();
    assertThat(LinkPolicy.COURSE.inWords()).isEqualTo("http, https or mailto");
  }
}
