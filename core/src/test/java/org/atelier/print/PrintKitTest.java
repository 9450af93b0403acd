package org.atelier.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.atelier.model.Course;
import org.atelier.testing.ExampleCourses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit of the fixture with one item of every kind, read back from its PDFs. */
class PrintKitTest {
  static Course course;
  static Map<String, byte[]> kit;

  @BeforeAll
  static void build() throws Exception {
    course = ExampleCourses.everyKind();
    kit = PrintKit.render(course);
  }

  @Test
  void theThreeFilesInOrder() {
    assertThat(kit.keySet())
        .containsExactly("every-kind-cards.pdf", "every-kind-board.pdf", "every-kind-booklet.pdf");
  }

  @Test
  void pageCountsFollowFromTheCards() throws Exception {
    KitChecks.pageCounts(course, kit);
  }

  @Test
  void everyCardFaceOnceAndItsBackMirrored() throws Exception {
    KitChecks.cardsFaceAndBack(course, kit.get("every-kind-cards.pdf"));
  }

  @Test
  void taggedInTheCourseLanguageWithFontsEmbedded() throws Exception {
    String title = course.title() + " — ";
    KitChecks.taggedWithFonts(course, kit.get("every-kind-cards.pdf"), title + "Cartes");
    KitChecks.taggedWithFonts(course, kit.get("every-kind-board.pdf"), title + "Plateau");
    KitChecks.taggedWithFonts(
        course, kit.get("every-kind-booklet.pdf"), title + "Livret de l’animateur");
  }

  @Test
  void twoBuildsAreByteIdentical() throws Exception {
    Map<String, byte[]> again = PrintKit.render(course);
    for (String name : kit.keySet()) {
      assertThat(again.get(name)).as(name).isEqualTo(kit.get(name));
    }
  }

  @Test
  void inkOnlyInsideTheCutAreasAndMargins(@TempDir Path folder) throws Exception {
    KitChecks.inkInPlace(course, kit.get("every-kind-cards.pdf"), folder);
  }

  @Test
  void pdfUa(@TempDir Path folder) throws Exception {
    for (var file : kit.entrySet()) {
      assertThat(KitChecks.pdfUaFailures(file.getValue())).as(file.getKey()).isEmpty();
    }
  }

  @Test
  void authorTextIsEscaped() throws Exception {
    Course hostile =
        org.atelier.coursefile.CourseFileReader.read(
            Files.writeString(
                Files.createTempFile("hostile", ".yaml"),
                """
                id: hostile
                title: '<b>x</b> & co'
                modules:
                  - id: m
                    title: M
                    items:
                      - type: sequence
                        id: s
                        title: '</div><script>alert(1)</script>'
                        cards:
                          - {id: a, text: '<i>un</i> & deux'}
                          - {id: b, text: 'trois ]]> <!-- quatre'}
                """));
    Map<String, byte[]> files = PrintKit.render(hostile);
    try (var document = org.apache.pdfbox.Loader.loadPDF(files.get("hostile-cards.pdf"))) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text).contains("<i>un</i> & deux", "trois ]]> <!-- quatre", "</div><script>");
    }
    assertThat(List.copyOf(files.keySet())).contains("hostile-booklet.pdf");
  }

  @Test
  void bothLanguagesHaveTheSameWords() {
    assertThat(org.atelier.site.Messages.bundle(PrintKit.class, "print", "en").keySet())
        .isEqualTo(org.atelier.site.Messages.bundle(PrintKit.class, "print", "fr").keySet());
  }

  @Test
  void writesTheFiles(@TempDir Path out) throws Exception {
    List<Path> written = PrintKit.write(course, out.resolve("kit"));
    assertThat(written).hasSize(3);
    for (Path file : written) {
      assertThat(Files.readAllBytes(file)).isEqualTo(kit.get(file.getFileName().toString()));
    }
  }
}
