package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.atelier.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The README's table of exit codes is the code's, and every command's failures end by it. */
class ExitCodesTest {
  private static final Path ROOT = Path.of(System.getProperty("atelier.root", ".."));
  private static final String COURSE = ROOT.resolve("examples/cafe-ia/course.yaml").toString();
  private static final String GROUP =
      ROOT.resolve("xapi-export/src/test/resources/org/atelier/report/group.jsonl").toString();

  @TempDir static Path dir;

  /** The README's table: code → meaning. */
  private static Map<Integer, String> readmeTable() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Exit codes"));
    section = section.substring(0, section.indexOf("\n## ", 4));
    Map<Integer, String> table = new LinkedHashMap<>();
    Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| (.+) \\|$").matcher(section);
    while (row.find()) {
      table.put(Integer.parseInt(row.group(1)), row.group(2));
    }
    return table;
  }

  @Test
  void theReadmeTableIsTheCodesListWordForWord() throws IOException {
    Map<Integer, String> code = new LinkedHashMap<>();
    for (Exit exit : Exit.values()) {
      code.put(exit.code, exit.meaning);
    }
    assertThat(readmeTable()).containsExactlyEntriesOf(code);
  }

  @Test
  void helpListsTheSameCodes() {
    Run r = ValidateCommandTest.run("--help");
    for (Exit exit : Exit.values()) {
      assertThat(r.out()).contains(exit.meaning.substring(0, Math.min(20, exit.meaning.length())));
    }
  }

  static Stream<Arguments> failures() throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "x");
    Path badCourse = Files.writeString(dir.resolve("bad.yaml"), "id: x\n");
    Path notExport = Files.writeString(dir.resolve("not-export.txt"), "hello\n");
    Path badLogin = Files.writeString(dir.resolve("login"), "no colon\n");
    String out = dir.resolve("out").toString();
    return Stream.of(
        Arguments.of(List.of(), Exit.USAGE),
        Arguments.of(List.of("--nope"), Exit.USAGE),
        Arguments.of(List.of("validate"), Exit.USAGE),
        Arguments.of(List.of("validate", "/nope/course.yaml"), Exit.EXTERNAL),
        Arguments.of(List.of("validate", badCourse.toString()), Exit.INVALID_INPUT),
        Arguments.of(List.of("validate", "/dev/null"), Exit.INVALID_INPUT),
        Arguments.of(List.of("build", COURSE, "--format", "pdf"), Exit.USAGE),
        Arguments.of(List.of("build", "/nope/course.yaml"), Exit.EXTERNAL),
        Arguments.of(List.of("build", badCourse.toString(), "--out", out), Exit.INVALID_INPUT),
        Arguments.of(
            List.of("build", COURSE, "--format", "site", "--out", file.toString()), Exit.EXTERNAL),
        Arguments.of(
            List.of("build", COURSE, "--format", "gift", "--out", "/proc/atelier"), Exit.EXTERNAL),
        Arguments.of(List.of("new", file.toString()), Exit.USAGE),
        Arguments.of(List.of("preview", COURSE, "--port", "70000"), Exit.USAGE),
        Arguments.of(List.of("preview", COURSE, "--port", "-1"), Exit.USAGE),
        Arguments.of(List.of("preview", "/nope/course.yaml"), Exit.EXTERNAL),
        Arguments.of(List.of("report", COURSE), Exit.USAGE),
        Arguments.of(List.of("report", COURSE, "--lrs", "ftp://lrs.example.org/xapi/"), Exit.USAGE),
        Arguments.of(List.of("report", COURSE, "--lrs", "lrs.example.org/xapi/"), Exit.USAGE),
        Arguments.of(
            List.of("report", COURSE, "--statements", GROUP, "--lang", "de", "-o", out),
            Exit.USAGE),
        Arguments.of(
            List.of("report", COURSE, "--since", "hier", "--statements", GROUP), Exit.USAGE),
        Arguments.of(List.of("report", "/nope/course.yaml", "--statements", GROUP), Exit.EXTERNAL),
        Arguments.of(List.of("report", COURSE, "--statements", "/nope.json"), Exit.EXTERNAL),
        Arguments.of(
            List.of("report", COURSE, "--statements", notExport.toString()), Exit.INVALID_INPUT),
        Arguments.of(
            List.of(
                "report", COURSE, "--lrs", "http://127.0.0.1:9/xapi/", "--credentials", "/nope"),
            Exit.EXTERNAL),
        Arguments.of(
            List.of(
                "report",
                COURSE,
                "--lrs",
                "http://127.0.0.1:9/xapi/",
                "--credentials",
                badLogin.toString()),
            Exit.USAGE),
        Arguments.of(List.of("report", COURSE, "--lrs", "http://127.0.0.1:9/xapi/"), Exit.EXTERNAL),
        Arguments.of(
            List.of("report", COURSE, "--statements", GROUP, "--out", file.toString()),
            Exit.EXTERNAL));
  }

  @ParameterizedTest(name = "atelier {0} → {1}")
  @MethodSource("failures")
  void everyFailureEndsWithItsCodeAndAMessageWithoutInternals(List<String> args, Exit expected)
      throws IOException {
    Run r = ValidateCommandTest.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(expected.code);
    assertThat(readmeTable()).containsKey(r.exit());
    assertThat(r.err())
        .isNotBlank()
        .doesNotContain("internal error")
        .doesNotContain("Exception")
        .doesNotContain(": null")
        .doesNotContainPattern("cannot write into (\\S+): \\1");
  }
}
