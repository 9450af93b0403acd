package org.atelier.coursefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.coursefile.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile course files: each gets a located message, never an escaping exception. */
class HostileInputTest {

  private static final String VALID =
      """
      id: demo
      title: Démo
      modules:
        - id: m1
          title: M
          items:
            - {type: page, id: p, title: P}
      """;

  @Test
  void aTabInTheIndentationIsNamed() {
    assertThat(problems("id: demo\n\ttitle: x\n"))
        .singleElement()
        .asString()
        .startsWith("course.yaml:2:1: error: a tab character is used for indentation")
        .contains("indent with spaces");
  }

  @Test
  void aByteOrderMarkIsAccepted() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(VALID.getBytes(StandardCharsets.UTF_8));
    assertThat(CourseFileReader.read(bytes.toByteArray(), "course.yaml", null).id())
        .isEqualTo("demo");
  }

  @Test
  void bytesThatAreNotUtf8AreLocated() {
    byte[] latin1 = "id: demo\ntitle: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(problems(latin1, null))
        .containsExactly(
            "course.yaml:2:11: error: the file is not UTF-8 (byte 0xE9) — save the file as UTF-8"
                + " in your editor");
  }

  @Test
  void anAliasBombIsRefusedWithoutExpandingIt() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char previous = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
    }
    assertThat(problems(yaml.toString()))
        .filteredOn(p -> p.contains("YAML aliases"))
        .singleElement()
        .asString()
        .startsWith("course.yaml:2:8: error:");
  }

  @Test
  void deepNestingIsRefused() {
    String yaml = "a: 1\nb: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
    assertThat(problems(yaml))
        .singleElement()
        .asString()
        .contains("nested too deeply")
        .as("located where the nesting goes too deep, not at 1:1")
        .startsWith("course.yaml:2:");
  }

  @Test
  void aFileOver5MegabytesIsRefusedBeforeReading(@TempDir Path folder) throws Exception {
    Path huge = folder.resolve("huge.yaml");
    byte[] line = "# commentaire\n".getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(huge)) {
      for (int written = 0; written < 50 * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    CourseFileException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            CourseFileException.class, () -> CourseFileReader.read(huge));
    assertThat(e.diagnostics())
        .singleElement()
        .asString()
        .contains(":1:1: error: the file is 50 MB; a course file may be at most 5 MB");
  }

  @Test
  void aDeviceSuchAsDevZeroIsRefusedWithoutReadingIt() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    assertThat(refusal(zero))
        .singleElement()
        .asString()
        .isEqualTo(
            "/dev/zero:1:1: error: this is not a regular file (a device, a pipe or a socket): it"
                + " is not read — give the path of the course file itself, e.g."
                + " mon-cours/course.yaml");
  }

  @Test
  void aFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path folder) throws Exception {
    Path fifo = folder.resolve("course.yaml");
    int made = -1;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    } catch (java.io.IOException e) {
      // no mkfifo here
    }
    assumeTrue(made == 0, "a system with mkfifo");
    assertThat(refusal(fifo)).singleElement().asString().contains("not a regular file");
  }

  /** The problems of reading {@code file}, within five seconds. */
  private static java.util.List<Diagnostic> refusal(Path file) {
    CourseFileException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () ->
                org.assertj.core.api.Assertions.catchThrowableOfType(
                    CourseFileException.class, () -> CourseFileReader.read(file)));
    assertThat(e).as("the file should have been refused").isNotNull();
    return e.diagnostics();
  }

  @Test
  void aHugeTextIsRefused() {
    String yaml = "id: demo\ntitle: \"" + "x".repeat(300_000) + "\"\n";
    assertThat(problems(yaml))
        .anySatisfy(
            p -> assertThat(p).startsWith("course.yaml:2:8:").contains("longer than 200000"));
  }

  @Test
  void anEmptyFileIsNamedEmpty() {
    assertThat(problems(""))
        .containsExactly(
            "course.yaml:1:1: error: the file is empty — start from `atelier new`, or see"
                + " docs/course-format.md");
    assertThat(problems("# rien que des commentaires\n"))
        .singleElement()
        .asString()
        .contains("empty");
  }

  @Test
  void aNulCharacterIsRefused() {
    assertThat(problems("id: demo\u0000\n")).singleElement().asString().contains("NUL");
  }

  @Test
  void twoDocumentsInOneFileAreRefused() {
    assertThat(problems(VALID + "---\nid: autre\n"))
        .singleElement()
        .asString()
        .contains("more than one document");
  }

  @Test
  void anUnterminatedQuoteIsASyntaxError() {
    assertThat(problems("id: demo\ntitle: \"pas fini\n"))
        .singleElement()
        .asString()
        .contains("YAML syntax error");
  }

  @Test
  void scalarsWhereGroupsAreExpectedAreReported() {
    assertThat(problems("id: demo\ntitle: D\nmodules: [1, \"deux\", null]\n"))
        .anySatisfy(p -> assertThat(p).contains("modules[0]: expected a group of fields"))
        .anySatisfy(p -> assertThat(p).contains("modules[1]: expected a group of fields"));
  }
}
