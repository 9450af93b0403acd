package org.atelier.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.site.Site;
import org.atelier.testing.ExampleCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.SAXException;

/** The packages, without a browser: manifests, schemas, sizes, the suspend-data budget. */
class ScormPackageTest {

  static ScormExporter exporter(ScormVersion version) {
    return version == ScormVersion.SCORM_12 ? ScormExporter.scorm12() : ScormExporter.scorm2004();
  }

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  void everyPackageShipsTheOfficialSchemaFiles(ScormVersion version) throws Exception {
    // The exporter itself validates each manifest against these schemas before writing it (a
    // second validation here could not fail); what a test can catch is a package without them.
    for (Course course : new Course[] {ExampleCourses.cafeIa(), ExampleCourses.everyKind()}) {
      for (boolean perModule : new boolean[] {false, true}) {
        Site site = exporter(version).scoPerModule(perModule).site(course);
        for (String schema : version.schemaFiles()) {
          assertThat(site.file(schema))
              .as("the official %s at the package root", schema)
              .isEqualTo(ManifestSchemas.file(version, schema));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  void theTrackerGetsItsVersionAndTokenRuleFromItsSettings(ScormVersion version) throws Exception {
    Site site = exporter(version).site(ExampleCourses.cafeIa());
    assertThat(site.paths())
        .contains("player/tracker-kit.js")
        .doesNotContain("tracker/scorm-config.js");
    String page = new String(site.file("index.html"), StandardCharsets.UTF_8);
    assertThat(page)
        .contains(
            "\"tracker\":{\"token\":{\"from\":\"-\",\"to\":\"_\"},\"version\":\""
                + version.trackerVersion()
                + "\"}");
    assertThat(page.indexOf("player/tracker-kit.js")).isLessThan(page.indexOf("tracker/scorm.js"));
    assertThat(new String(site.file("tracker/scorm.js"), StandardCharsets.UTF_8))
        .doesNotContain("window.atelierScorm");
  }

  /** The exporter's own check is worth something only if it refuses what breaks the schema. */
  @Test
  void theSchemaCheckRejectsABrokenManifest() {
    byte[] broken =
        "<manifest xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\" identifier=\"x\"><nonsense/></manifest>"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(
            catchThrowableOfType(
                SAXException.class,
                () ->
                    ManifestSchemas.schema(ScormVersion.SCORM_12)
                        .newValidator()
                        .validate(new StreamSource(new ByteArrayInputStream(broken)))))
        .isNotNull();
  }

  @Test
  void theManifestNamesStableIdentifiersAndTheMasteryScore() throws Exception {
    String manifest =
        new String(
            ScormExporter.scorm12().site(ExampleCourses.cafeIa()).file("imsmanifest.xml"),
            StandardCharsets.UTF_8);
    assertThat(manifest)
        .contains("identifier=\"atelier-cafe-ia-1.0.0\"")
        .contains("<adlcp:masteryscore>70</adlcp:masteryscore>")
        .contains("adlcp:scormtype=\"sco\"")
        .contains("<schemaversion>1.2</schemaversion>");
    String perModule =
        new String(
            ScormExporter.scorm2004()
                .scoPerModule(true)
                .site(ExampleCourses.cafeIa())
                .file("imsmanifest.xml"),
            StandardCharsets.UTF_8);
    assertThat(perModule)
        .contains("<schemaversion>2004 4th Edition</schemaversion>")
        .contains("<imsss:controlMode choice=\"true\" flow=\"true\"/>")
        .contains("<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>")
        .contains("satisfiedByMeasure=\"true\"")
        .contains("identifierref=\"sco-jour-1\" parameters=\"?module=jour-1\"")
        .contains("identifierref=\"sco-jour-2\" parameters=\"?module=jour-2\"")
        .contains("adlcp:scormType=\"sco\"");
  }

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  void theExampleCoursePackageIsByteIdenticalAndUnder300Kilobytes(
      ScormVersion version, @TempDir Path out) throws Exception {
    Path first = exporter(version).write(ExampleCourses.cafeIa(), out.resolve("a"));
    Path second = exporter(version).write(ExampleCourses.cafeIa(), out.resolve("b"));
    assertThat(first.getFileName().toString()).isEqualTo("cafe-ia-" + version.format() + ".zip");
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(Files.size(first)).isLessThan(300 * 1024);
  }

  /** A course whose typed answers alone exceed SCORM 1.2's 4,096 characters. */
  static Course tooBigFor12() {
    CourseModule.Builder module = CourseModule.builder("long").title("Beaucoup de texte");
    for (int i = 0; i < 8; i++) {
      FillIn.Builder text = FillIn.builder("texte-" + i).title("Texte " + i);
      StringBuilder passage = new StringBuilder();
      for (int g = 0; g < 5; g++) {
        passage.append("mot {{g").append(g).append("}} ");
        text.gap(Gap.typed("g" + g, "réponse"));
      }
      module.item(text.text(passage.toString()).build());
    }
    return Course.builder("trop-long").title("Trop long").module(module.build()).build();
  }

  @Test
  void aCourseTooBigForScorm12IsRefusedWithTheCostliestActivitiesAndTheWayOut() {
    SuspendDataBudgetException e =
        catchThrowableOfType(
            SuspendDataBudgetException.class, () -> ScormExporter.scorm12().site(tooBigFor12()));
    assertThat(e.getMessage())
        .contains("course trop-long: its saved state can reach")
        .contains("more than the 4,096 that SCORM 1.2 guarantees")
        .contains("texte-0 (")
        .as("the command line's words are the command line's")
        .doesNotContain("--");
    assertThat(e.format()).isEqualTo("scorm12");
    assertThat(e.scoId()).isEqualTo("trop-long");
    assertThat(e.module()).isFalse();
    assertThat(e.length()).isGreaterThan(4096);
    assertThat(e.limit()).isEqualTo(4096);
    assertThat(e.costs()).first().satisfies(c -> assertThat(c.itemId()).startsWith("texte-"));
    assertThat(e.fixes())
        .containsExactly(
            SuspendDataBudgetException.Fix.SCO_PER_MODULE,
            SuspendDataBudgetException.Fix.SCORM_2004);
    SuspendDataBudgetException perModule =
        catchThrowableOfType(
            SuspendDataBudgetException.class,
            () -> ScormExporter.scorm12().scoPerModule(true).site(tooBigFor12()));
    assertThat(perModule.module()).isTrue();
    assertThat(perModule.getMessage()).startsWith("module ");
    assertThat(perModule.fixes())
        .containsExactly(
            SuspendDataBudgetException.Fix.SPLIT_MODULE, SuspendDataBudgetException.Fix.SCORM_2004);
    assertThat(ScormExporter.scorm2004().site(tooBigFor12()).files())
        .containsKey("imsmanifest.xml");
  }

  @Test
  void theExampleCourseFitsScorm12() throws Exception {
    assertThat(org.atelier.site.StateBudget.maxLength(ExampleCourses.cafeIa()))
        .isLessThanOrEqualTo(4096);
  }

  @Test
  void nothingIsWrittenWhenTheBudgetRefusesTheCourse(@TempDir Path out) {
    catchThrowableOfType(
        SuspendDataBudgetException.class, () -> ScormExporter.scorm12().write(tooBigFor12(), out));
    assertThat(out.toFile().list()).isEmpty();
  }
}
