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
  void theSameBytesWhicheverXmlTransformerTheClasspathOffers() throws Exception {
    // veraPDF brings Saxon onto the test classpath: the JDK's transformer is asked for by name.
    assertThat(javax.xml.transform.TransformerFactory.newInstance().getClass().getName())
        .startsWith("net.sf.saxon");
    String key = "javax.xml.transform.TransformerFactory";
    System.setProperty(key, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
    try {
      Map<String, byte[]> withTheJdks = PrintKit.render(course);
      for (String name : kit.keySet()) {
        assertThat(withTheJdks.get(name)).as(name).isEqualTo(kit.get(name));
      }
    } finally {
      System.clearProperty(key);
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

  /** Day 2 says every activity's length (its page takes none), day 3 not the survey's. */
  private static final String TIMED =
      """
      id: timed
      title: Minutée
      language: %s
      modules:
        - id: jour-2
          title: Jour 2
          items:
            - {type: page, id: accueil, title: Accueil}
            - {type: sequence, id: recette, title: Recette, duration: 20, cards: [{id: a, text: A}, {id: b, text: B}]}
            - {type: discussion, id: debat, title: Débat, duration: 40, cards: [{id: c, title: C}]}
            - {type: actions, id: agir, title: Agir, duration: 15, cards: [{id: c, title: C}]}
        - id: jour-3
          title: Jour 3
          items:
            - {type: discussion, id: bilan, title: Bilan, duration: 30, cards: [{id: c, title: C}]}
            - {type: survey, id: avis, title: Avis, questions: [{id: q, kind: text, prompt: P}]}
      """;

  private static byte[] timedBooklet(String language) throws Exception {
    Course timed =
        org.atelier.coursefile.CourseFileReader.read(
            TIMED.formatted(language).getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "timed.yaml",
            null);
    return PrintKit.render(timed).get("timed-booklet.pdf");
  }

  private static String text(byte[] pdf) throws Exception {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      // the words hold no-break spaces (« 15 min » stays on one line), read back as spaces
      return KitChecks.normal(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
    }
  }

  @Test
  void theBookletGivesEachActivitysDurationAndTheModuleTotalWhenEveryActivityHasOne()
      throws Exception {
    byte[] booklet = timedBooklet("fr");
    String text = text(booklet);
    assertThat(text)
        .contains("CARTES À ORDONNER · 20 min", "DÉBAT · 40 min", "PASSAGE À L’ACTION · 15 min")
        .contains("DÉBAT · 30 min");
    assertThat(text.split("Durée des activités", -1))
        .as("a total for day 2 only: day 3's survey does not say how long it takes")
        .hasSize(2);
    assertThat(text.substring(text.indexOf("Jour 2"), text.indexOf("Jour 3")))
        .contains("Durée des activités : 1 h 15");
    assertThat(text.substring(text.indexOf("Avis"))).doesNotContain(" min");
    assertThat(KitChecks.pdfUaFailures(booklet)).isEmpty();
  }

  @Test
  void theBookletSaysDurationsInEnglishForAnEnglishCourse() throws Exception {
    assertThat(text(timedBooklet("en")))
        .contains("DISCUSSION · 40 min", "Time for the activities: 1 h 15 min");
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
