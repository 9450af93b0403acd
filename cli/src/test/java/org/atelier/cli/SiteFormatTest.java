package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.cli.ValidateCommandTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atelier build --format site}: a folder that plays from disk, its page printed. */
class SiteFormatTest {

  @Test
  void writesTheSiteFolderAndPrintsItsPage(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(
        course,
        """
        id: demo
        title: Démo
        modules:
          - id: m
            title: M
            items: [{type: true-false, id: cnil, title: CNIL, prompt: La CNIL veille., answer: true}]
        """,
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ValidateCommandTest.Run run =
        run("build", course.toString(), "--format", "site", "--out", out.toString());
    assertThat(run.exit()).isZero();
    Path page = out.resolve("demo-site/index.html");
    assertThat(run.out().lines()).containsExactly(page.toString());
    assertThat(page).content().contains("<title>Démo</title>", "player/tracker-local.js");
    assertThat(out.resolve("demo-site/player/core.js")).exists();
    assertThat(out.resolve("demo-site/player/kinds/card-sort.js")).exists();
  }
}
