package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.format.FormatOptions;
import org.atelier.format.PackageFormat;
import org.atelier.format.PackageFormats;
import org.atelier.model.Course;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formats every module lists in its {@code META-INF/services}, found together here where all
 * modules are on the class path: every format, in the documented order, each writing what it says.
 */
class PackageFormatsTest {
  private static final Path ROOT = Path.of(System.getProperty("atelier.root", ".."));

  /** What each format writes for the Café IA course, and an entry its zip must hold. */
  private static final Map<String, List<String>> WRITES =
      Map.of(
          "site", List.of("cafe-ia-site/index.html"),
          "scorm12", List.of("cafe-ia-scorm12.zip", "imsmanifest.xml"),
          "scorm2004", List.of("cafe-ia-scorm2004.zip", "imsmanifest.xml"),
          "xapi", List.of("cafe-ia-xapi.zip", "tincan.xml"),
          "cmi5", List.of("cafe-ia-cmi5.zip", "cmi5.xml"),
          "moodle-xml", List.of("cafe-ia-questions.xml"),
          "gift", List.of("cafe-ia-questions.gift.txt"));

  private static Course course;

  @BeforeAll
  static void read() throws Exception {
    course = CourseFileReader.read(ROOT.resolve("examples/cafe-ia/course.yaml"));
  }

  @Test
  void allFindsTheFormatsInTheOrderAllBuildsThem() {
    List<PackageFormat> all = PackageFormats.all();
    assertThat(all)
        .extracting(PackageFormat::name)
        .containsExactly(
            "site", "scorm12", "scorm2004", "xapi", "cmi5", "moodle-xml", "gift", "print");
    assertThat(all)
        .filteredOn(f -> !f.inAll())
        .extracting(PackageFormat::name)
        .as("built when named only")
        .containsExactly("print");
    List<Integer> ranks = all.stream().map(PackageFormat::rank).toList();
    assertThat(ranks).isSorted().doesNotHaveDuplicates();
    assertThat(all).allSatisfy(f -> assertThat(f.description()).as(f.name()).isNotBlank());
  }

  @Test
  void namedFindsAFormatAndNothingElse() {
    assertThat(PackageFormats.named("cmi5"))
        .get()
        .extracting(PackageFormat::name)
        .isEqualTo("cmi5");
    assertThat(PackageFormats.named("pdf")).isEmpty();
  }

  /** The packages and files (the print kit, several PDFs, has its own tests in core). */
  static Stream<PackageFormat> formats() {
    return PackageFormats.all().stream().filter(PackageFormat::inAll);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void eachFormatWritesWhatItSaysAndNothingBeside(PackageFormat format, @TempDir Path out)
      throws Exception {
    List<String> expected = WRITES.get(format.name());
    List<Path> written = format.write(course, out, FormatOptions.defaults());
    assertThat(written).containsExactly(out.resolve(expected.get(0)));
    assertThat(written.get(0)).isRegularFile();
    if (expected.size() > 1) {
      try (ZipFile zip = new ZipFile(written.get(0).toFile())) {
        assertThat(zip.getEntry(expected.get(1))).as(expected.get(1)).isNotNull();
        assertThat(zip.getEntry("index.html")).isNotNull();
      }
    }
    List<Path> left = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      files.forEach(left::add);
    }
    assertThat(left)
        .as("no temporary file left beside")
        .containsExactly(out.resolve(expected.get(0).split("/")[0]));
  }

  @Test
  void notesAreDataTheFormatsReturn() {
    FormatOptions perModule = FormatOptions.builder().sco(FormatOptions.Sco.MODULE).build();
    assertThat(PackageFormats.named("scorm2004").orElseThrow().notes(course, perModule))
        .singleElement()
        .asString()
        .startsWith("note: in Moodle");
    assertThat(
            PackageFormats.named("scorm2004").orElseThrow().notes(course, FormatOptions.defaults()))
        .isEmpty();
    assertThat(PackageFormats.named("gift").orElseThrow().notes(course, perModule))
        .allSatisfy(note -> assertThat(note).startsWith("left out "));
  }
}
