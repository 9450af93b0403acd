package org.atelier.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.atelier.cli.Main;
import org.atelier.model.Course;
import org.atelier.print.KitChecks;
import org.atelier.testing.ExampleCourses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Café IA's whole day-2 kit, built as a mediator builds it ({@code atelier build … --format
 * print}), read back, and pictured for the README.
 */
class PrintKitExampleTest {
  @TempDir static Path out;
  static Course course;
  static Map<String, byte[]> kit = new LinkedHashMap<>();

  @BeforeAll
  static void build() throws Exception {
    course = ExampleCourses.cafeIa();
    StringWriter stdout = new StringWriter();
    long start = System.nanoTime();
    int code =
        Main.run(
            new String[] {
              "build",
              ExampleCourses.root().resolve("examples/cafe-ia/course.yaml").toString(),
              "--format",
              "print",
              "--out",
              out.toString(),
              "--quiet"
            },
            new PrintWriter(stdout, true),
            new PrintWriter(new StringWriter(), true));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(code).isZero();
    long size = 0;
    for (String line : stdout.toString().lines().toList()) {
      Path file = Path.of(line);
      kit.put(file.getFileName().toString(), Files.readAllBytes(file));
      size += Files.size(file);
    }
    // the figures the benchmarks will record
    System.out.printf("print kit: %d files, %d bytes, built in %d ms%n", kit.size(), size, millis);
  }

  @Test
  void theThreeFiles() {
    assertThat(kit.keySet())
        .containsExactly("cafe-ia-cards.pdf", "cafe-ia-board.pdf", "cafe-ia-booklet.pdf");
  }

  @Test
  void everyDeckAndTheBoardHaveTheirPages() throws Exception {
    KitChecks.pageCounts(course, kit);
  }

  @Test
  void everyCardFaceOnceAndItsBackMirrored() throws Exception {
    KitChecks.cardsFaceAndBack(course, kit.get("cafe-ia-cards.pdf"));
  }

  @Test
  void taggedFrenchWithFontsEmbedded() throws Exception {
    KitChecks.taggedWithFonts(course, kit.get("cafe-ia-cards.pdf"), course.title() + " — Cartes");
    KitChecks.taggedWithFonts(
        course, kit.get("cafe-ia-booklet.pdf"), course.title() + " — Livret de l’animateur");
  }

  @Test
  void inkOnlyInsideTheCutAreasAndMargins(@TempDir Path folder) throws Exception {
    KitChecks.inkInPlace(course, kit.get("cafe-ia-cards.pdf"), folder);
  }

  @Test
  void pdfUa() throws Exception {
    for (var file : kit.entrySet()) {
      assertThat(KitChecks.pdfUaFailures(file.getValue())).as(file.getKey()).isEmpty();
    }
  }

  @Test
  void theBookletHasTheAnswersTheQuestionnairesAndTheDurations() throws Exception {
    String text = KitChecks.normal(text("cafe-ia-booklet.pdf"));
    assertThat(text)
        .contains("mot par mot", "Je ne partage pas", "Cochez une case.", "Points clés")
        .contains("DÉBAT · 40 min", "PASSAGE À L’ACTION · 15 min");
  }

  /** The README's pictures: a sheet of each kind, small. */
  @Test
  void picturesForTheReadme(@TempDir Path folder) throws Exception {
    Path screenshots = ExampleCourses.root().resolve("docs/screenshots");
    picture("cafe-ia-cards.pdf", 13, folder, screenshots.resolve("print-cards-front.png"));
    picture("cafe-ia-cards.pdf", 14, folder, screenshots.resolve("print-cards-back.png"));
    picture("cafe-ia-cards.pdf", 19, folder, screenshots.resolve("print-discussion.png"));
    picture("cafe-ia-board.pdf", 1, folder, screenshots.resolve("print-board.png"));
    picture("cafe-ia-board.pdf", 6, folder, screenshots.resolve("print-mat.png"));
    picture(
        "cafe-ia-booklet.pdf",
        firstPageWith("cafe-ia-booklet.pdf", "Cochez"),
        folder,
        screenshots.resolve("print-booklet.png"));
  }

  private static void picture(String file, int page, Path folder, Path target) throws Exception {
    List<Path> pages = KitChecks.png(kit.get(file), folder.resolve(file), 40);
    Files.copy(pages.get(page - 1), target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static int firstPageWith(String file, String words) throws Exception {
    try (PDDocument document = Loader.loadPDF(kit.get(file))) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        if (stripper.getText(document).contains(words)) {
          return page;
        }
      }
    }
    throw new AssertionError("no page with " + words);
  }

  private static String text(String file) throws Exception {
    try (PDDocument document = Loader.loadPDF(kit.get(file))) {
      return new PDFTextStripper().getText(document);
    }
  }
}
