package org.atelier.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures that need no timing: written from the example course and the kept key counts. */
class ReportTest {

  @Test
  void theFiguresGiveEveryOutputsSizeAndTheKeysKeptForEachActivity(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("figures.md");
    Report.main(new String[] {"--figures", out.toString()});
    String md = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(md)
        .contains("| cafe-ia-scorm2004.zip | ", "| print kit (the three PDFs) | ")
        .contains("## Keys with the keyboard alone");
    String kept = Files.readString(Path.of(System.getProperty("atelier.root"), Report.KEPT_KEYS));
    String timeline =
        kept.lines().filter(l -> l.startsWith("timeline\t18\t")).findFirst().orElseThrow();
    String[] cells = timeline.split("\t");
    assertThat(md)
        .contains("| " + cells[4] + " | timeline | 18 | " + cells[2] + " | " + cells[3] + " |");
  }
}
