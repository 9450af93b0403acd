package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.atelier.coursefile.CourseFileException;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.coursefile.LocatedProblems;
import org.atelier.format.FormatOptions;
import org.atelier.format.PackageFormat;
import org.atelier.format.PackageFormats;
import org.atelier.model.Course;
import org.atelier.model.Question;
import org.atelier.model.SingleChoice;
import org.atelier.model.TrueFalse;
import org.junit.jupiter.api.Test;

/**
 * Course files whose values take every form YAML has for a scalar (YAML 1.1's booleans, nulls,
 * numbers in other bases, {@code .nan}, dates, quoted numbers), every limit ± 1 and control
 * characters: each is refused with located problems, or is read as written and then builds in every
 * format of {@code atelier build}, in bounded time. Also: whatever the course path is (a device, a
 * pipe, a folder), {@code validate} ends, with a documented exit code.
 */
class EveryScalarFormTest {

  /** The course, each «slot:default» a place where a generated form is written. */
  private static final String TEMPLATE =
      """
      id: «id:demo»
      title: «title:Démo»
      version: «version:1.0.0»
      language: «language:fr»
      masteryScore: «masteryScore:0.8»
      licence: «licence:CC BY»
      baseIri: «baseIri:https://example.org/cours»
      authors: [«author:Ada»]
      modules:
        - id: «moduleId:m1»
          title: «moduleTitle:Jour 1»
          masteryScore: «moduleMastery:0.5»
          items:
            - type: true-false
              id: «itemId:q1»
              title: «itemTitle:Vrai ou faux»
              prompt: «prompt:La CNIL veille au RGPD.»
              answer: «answer:true»
              points: «points:1»
              attempts: «attempts:0»
              scored: «scored:true»
              shuffle: «shuffle:true»
            - type: single-choice
              id: q2
              title: Choix
              prompt: P
              options:
                - {id: a, text: «optionText:A», correct: «correct:true»}
                - {id: b, text: B}
            - type: fill-in
              id: q3
              title: Trous
              text: "Un {{g}}."
              gaps:
                - {id: g, accept: [«accept:mot»], caseSensitive: «caseSensitive:false»}
            - type: timeline
              id: q4
              title: Frise
              cards:
                - {id: a, text: A, date: «date:1956», nature: reality}
                - {id: b, text: B, date: 1968, nature: fiction}
            - type: survey
              id: s
              title: Sondage
              questions:
                - {id: q, kind: choice, prompt: P, multiple: «multiple:false», options: [{id: a, text: A}, {id: b, text: B}]}
      """;

  /** An explicit number tag: {@code !!int 3} means 3. */
  private static final Pattern NUMBER_TAG = Pattern.compile("^!!(int|float) ");

  private static final Pattern SLOT = Pattern.compile("«(\\w+):([^»]*)»");

  /** Every form of a scalar worth trying. */
  private static final List<String> FORMS =
      List.of(
          "yes",
          "no",
          "on",
          "off",
          "Yes",
          "NO",
          "On",
          "OFF",
          "y",
          "n",
          "Y",
          "N",
          "true",
          "false",
          "True",
          "FALSE",
          "~",
          "null",
          "Null",
          "''",
          "\"\"",
          ".nan",
          ".NaN",
          ".inf",
          "-.inf",
          "0x1F",
          "0o17",
          "0b101",
          "010",
          "08",
          "-010",
          "1e3",
          "1E-2",
          "1_000",
          "1.10",
          "0.5",
          ".5",
          "5.",
          "2",
          "-1",
          "0",
          "+1",
          "1e999",
          "2024-05-01",
          "2001-12-14t21:59:43.10-05:00",
          "12:30",
          "1956",
          "-500",
          "\"yes\"",
          "'1.10'",
          "\"true\"",
          "\"0.7\"",
          "[]",
          "{}",
          "!!binary aGVsbG8=",
          "!!str yes",
          "!!bool yes",
          "!!int 3",
          "é",
          "t".repeat(199),
          "t".repeat(200),
          "t".repeat(201),
          "v".repeat(19),
          "v".repeat(20),
          "v".repeat(21),
          "a".repeat(64),
          "a".repeat(65),
          "\"A\\eB\"",
          "\"\\a\"",
          "\"\\0\"",
          "\"\\x7f\"",
          "\"\\x85\"",
          "\"\\x9f\"",
          "\"\\u2028\"",
          "\"\\t\"",
          "\"\\uFFFE\"",
          "\"\\x1b[31m\"",
          "\"a\\r\\nb\"",
          "\"\\b\"",
          "\"\\v\"",
          "\"\\f\"",
          "\"\\_\"",
          "\"\\N\"",
          "\"\\L\"",
          "99999",
          "100000",
          "1e-7",
          "1e-8",
          "https://example.org/c#a",
          "https://example.org/c?a",
          "urn:x",
          "https://é.org/a b",
          "https://example.org/%zz");

  private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
  private static final Set<String> FALSE = Set.of("false", "False", "FALSE");
  private static final Set<String> NOTHING = Set.of("~", "null", "Null", "''", "\"\"");

  /** A plain scalar that every YAML reader keeps as it is written when a text is expected. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9é+.-][^\"'\\[\\]{}#,!]*");

  /** One generated case: the forms written in some slots, and the SCO option. */
  record Case(Map<String, String> forms, String sco) {
    String yaml() {
      Matcher m = SLOT.matcher(TEMPLATE);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(
            out, Matcher.quoteReplacement(forms.getOrDefault(m.group(1), m.group(2))));
      }
      return m.appendTail(out).toString();
    }

    @Override
    public String toString() {
      return forms + " --sco " + sco;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Map.Entry<String, String>> one =
        Combinators.combine(Arbitraries.of(slots()), Arbitraries.of(FORMS)).as(Map::entry);
    return Combinators.combine(
            one.list().ofMinSize(0).ofMaxSize(3), Arbitraries.of("course", "module"))
        .as(
            (entries, sco) -> {
              Map<String, String> forms = new LinkedHashMap<>();
              entries.forEach(e -> forms.put(e.getKey(), e.getValue()));
              return new Case(forms, sco);
            });
  }

  @Property(tries = 250)
  void everyFormIsRefusedWhereItIsOrMeansWhatIsWrittenAndBuildsInEveryFormat(
      @ForAll("cases") Case c) {
    Statistics.collect(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(c)));
  }

  /**
   * Every form alone in every slot, read only: the random cases above draw a few hundred of the
   * combinations, so a form one seed never draws would wait for another run to show its failure.
   */
  @Test
  void everyFormAloneInEverySlotIsRefusedWhereItIsOrMeansWhatIsWritten() {
    List<String> failures = new ArrayList<>();
    for (String slot : slots()) {
      for (String form : FORMS) {
        Case c = new Case(Map.of(slot, form), "course");
        try {
          read(c);
        } catch (AssertionError | RuntimeException e) {
          failures.add(slot + ": " + form + " → " + e.getMessage().strip());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** Checks one case; says how it ended. */
  private static String check(Case c) throws Exception {
    Course course = read(c);
    if (course == null) {
      return "refused, located";
    }
    Path out = Files.createTempDirectory("atelier-fuzz-");
    try {
      FormatOptions options =
          FormatOptions.builder()
              .sco(FormatOptions.Sco.valueOf(c.sco().toUpperCase(java.util.Locale.ROOT)))
              .build();
      for (PackageFormat format : PackageFormats.all()) {
        List<Path> written = format.write(course, out, options);
        assertThat(format.notes(course, options)).as(format.name()).doesNotContainNull();
        assertThat(written).as(format.name()).isNotEmpty().allSatisfy(p -> assertThat(p).exists());
        for (Path path : written) {
          if (path.toString().endsWith(".xml")) {
            // Moodle XML is not checked by a schema when written: it must at least be XML.
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(path.toFile());
          }
        }
      }
    } finally {
      try (var files = Files.walk(out)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return "read, then built in every format";
  }

  /** Reads one case: a refusal must be located (then null), a course must hold what was written. */
  private static Course read(Case c) {
    Course course;
    try {
      course = CourseFileReader.read(c.yaml().getBytes(StandardCharsets.UTF_8), "fuzz.yaml", null);
    } catch (CourseFileException e) {
      LocatedProblems.assertLocated(e, "fuzz.yaml");
      return null;
    }
    assertMeansWhatIsWritten(c.forms(), course);
    return course;
  }

  /** The slots of the template, in order. */
  private static List<String> slots() {
    List<String> slots = new ArrayList<>();
    Matcher m = SLOT.matcher(TEMPLATE);
    while (m.find()) {
      slots.add(m.group(1));
    }
    return slots;
  }

  /** A course that was read holds, in each changed slot, what the designer wrote there. */
  private static void assertMeansWhatIsWritten(Map<String, String> forms, Course course) {
    List<Question> questions =
        course.items().filter(Question.class::isInstance).map(Question.class::cast).toList();
    TrueFalse q1 = (TrueFalse) questions.get(0);
    SingleChoice q2 = (SingleChoice) questions.get(1);
    Map<String, Object> read = new LinkedHashMap<>();
    read.put("answer", q1.answer());
    read.put("scored", q1.rules().scored());
    read.put("shuffle", q1.rules().shuffle());
    read.put("correct", q2.options().get(0).correct());
    read.put("points", q1.rules().points());
    read.put("title", course.title());
    read.put("version", course.version());
    read.put("licence", course.licence());
    read.put("moduleTitle", course.modules().get(0).title());
    read.put("itemTitle", q1.title());
    read.put("prompt", q1.prompt());
    forms.forEach(
        (slot, form) -> {
          if (!read.containsKey(slot) || NOTHING.contains(form)) {
            return;
          }
          Object value = read.get(slot);
          if (value instanceof Boolean b) {
            assertThat(TRUE.contains(form) || FALSE.contains(form))
                .as(slot + ": " + form + " was taken for a boolean")
                .isTrue();
            assertThat(b).as(slot + ": " + form).isEqualTo(TRUE.contains(form));
          } else if (value instanceof Double d) {
            assertThat(d)
                .as(slot + ": " + form)
                .isEqualTo(
                    Double.parseDouble(NUMBER_TAG.matcher(form).replaceFirst("").replace("_", "")));
          } else if (PLAIN.matcher(form).matches()) {
            assertThat(value).as(slot + ": " + form).isEqualTo(form);
          }
        });
  }

  /** What a course path can be other than a course file. */
  enum PathKind {
    DEV_ZERO,
    DEV_NULL,
    DEV_URANDOM,
    FIFO,
    FOLDER,
    LINK_TO_DEV_ZERO,
    MISSING,
    EMPTY_FILE,
    COURSE
  }

  @Property(tries = 30)
  void validateAndReportEndWithADocumentedCodeWhateverThePathIs(@ForAll PathKind kind)
      throws Exception {
    Path dir = Files.createTempDirectory("atelier-path-");
    try {
      Path path = pathOf(kind, dir);
      if (path == null) {
        return; // this system has no such thing
      }
      Path course = Files.writeString(dir.resolve("ok.yaml"), new Case(Map.of(), "course").yaml());
      String[][] commands = {
        {"validate", path.toString()},
        {"report", course.toString(), "--statements", path.toString(), "--out", dir + "/r"}
      };
      for (String[] command : commands) {
        ValidateCommandTest.Run run =
            assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> ValidateCommandTest.run(command));
        assertThat(run.exit()).as(kind + " " + command[0]).isIn(0, 1, 3);
        assertThat(run.err())
            .as(kind + " " + command[0])
            .doesNotContain("internal error")
            .doesNotContain("Exception")
            .doesNotContain("Error:")
            .doesNotContain("\tat ");
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Path pathOf(PathKind kind, Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    switch (kind) {
      case DEV_ZERO, DEV_NULL, DEV_URANDOM -> {
        Path device =
            Path.of("/dev/" + kind.name().substring(4).toLowerCase(java.util.Locale.ROOT));
        return Files.exists(device) ? device : null;
      }
      case FIFO -> {
        try {
          return new ProcessBuilder("mkfifo", course.toString()).start().waitFor() == 0
              ? course
              : null;
        } catch (java.io.IOException e) {
          return null;
        }
      }
      case FOLDER -> {
        return Files.createDirectory(course);
      }
      case LINK_TO_DEV_ZERO -> {
        return Files.exists(Path.of("/dev/zero"))
            ? Files.createSymbolicLink(course, Path.of("/dev/zero"))
            : null;
      }
      case MISSING -> {
        return course;
      }
      case EMPTY_FILE -> {
        return Files.createFile(course);
      }
      default -> {
        return Files.writeString(course, new Case(Map.of(), "course").yaml());
      }
    }
  }
}
