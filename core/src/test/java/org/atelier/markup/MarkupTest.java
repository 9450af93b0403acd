package org.atelier.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allow-list: what author text may format, and everything else rendered as inert text. */
class MarkupTest {

  @Test
  void rendersTheAllowedInlineMarkup() {
    assertThat(Markup.inline("Le **RGPD** protège vos *données* et `code`."))
        .isEqualTo("Le <strong>RGPD</strong> protège vos <em>données</em> et <code>code</code>.");
  }

  @Test
  void rendersListsAndParagraphsAsBlocks() {
    assertThat(Markup.block("Deux points :\n\n- un\n- deux"))
        .isEqualTo("<p>Deux points :</p>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>");
  }

  @Test
  void keepsWebAndMailLinksAndOpensWebLinksAside() {
    assertThat(Markup.inline("[CNIL](https://www.cnil.fr) ou [nous](mailto:a@b.fr)"))
        .isEqualTo(
            "<a href=\"https://www.cnil.fr\" rel=\"noopener noreferrer\" target=\"_blank\">CNIL</a>"
                + " ou <a href=\"mailto:a@b.fr\">nous</a>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[clic](javascript:alert(1))",
        "[clic](JAVASCRIPT:alert(1))",
        "[clic]( javascript:alert(1))",
        "[clic](data:text/html;base64,PHNjcmlwdD4=)",
        "[clic](vbscript:msgbox)",
        "[clic](/admin)",
        "[clic](//evil.example)"
      })
  void dropsLinksToOtherSchemesButKeepsTheirText(String text) {
    assertThat(Markup.inline(text)).isEqualTo("clic");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>window.pwned=1</script>",
        "<img src=x onerror=\"window.pwned=1\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<div>\n<script>alert(1)</script>\n</div>"
      })
  void escapesRawHtml(String text) {
    String html = Markup.block(text);
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg");
    assertThat(html).doesNotContain("<a ").doesNotContain("<div");
  }

  @Test
  void rendersImagesAsTheirAltText() {
    assertThat(Markup.inline("Voir ![un schéma](https://x.example/a.png)"))
        .isEqualTo("Voir un schéma");
  }

  @Test
  void leavesHeadingsQuotesAndCodeBlocksAsText() {
    assertThat(Markup.block("# Titre")).isEqualTo("<p># Titre</p>");
    assertThat(Markup.block("> citation")).isEqualTo("<p>&gt; citation</p>");
    assertThat(Markup.block("```\ncode\n```")).doesNotContain("<pre");
  }

  @Test
  void escapesAttributeBreakingCharactersInLinks() {
    assertThat(Markup.inline("[x](https://a.example/?q=\"><script>)"))
        .doesNotContain("\"><script>");
  }

  @Test
  void givesPlainTextWithoutMarkup() {
    assertThat(Markup.plain("Le **RGPD** et [la CNIL](https://www.cnil.fr)"))
        .isEqualTo("Le RGPD et la CNIL");
  }

  @Test
  void keepsFrenchTypography() {
    assertThat(Markup.inline("« Café IA » : l\u2019IA\u00a0?"))
        .isEqualTo("« Café IA » : l\u2019IA\u00a0?");
  }

  @Test
  void escapesForHtmlAndXml() {
    assertThat(Markup.escapeHtml("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void treatsNothingAsEmpty() {
    assertThat(Markup.block(null)).isEmpty();
    assertThat(Markup.inline("  ")).isEmpty();
  }
}
