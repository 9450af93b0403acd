package org.atelier.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;

/**
 * The Café IA course as a designer changes it half-way through day 1: a typo fixed in a prompt, the
 * options of one question reordered, an activity inserted before it, one removed, a gap's accepted
 * answers changed. The tests of every tracker resume a learner's state under it.
 */
public final class UpdatedCourse {
  private UpdatedCourse() {}

  /** A prompt's typo fixed: answers kept. */
  public static final String TYPO_FIXED = "qui-suis-je-hallucination";

  /** Untouched, answered wrongly before the update: kept, and its wrong answer still counts. */
  public static final String UNTOUCHED = "qui-suis-je-biais";

  /** Its options reordered: starts afresh. */
  public static final String REORDERED = "qui-suis-je-variabilite";

  /** Inserted before {@link #REORDERED}: new, unanswered. */
  public static final String INSERTED = "nouvelle-question";

  /** Removed: its answer is dropped. */
  public static final String REMOVED = "le-saviez-vous";

  /** A gap's accepted answers changed: starts afresh. */
  public static final String GAP_CHANGED = "ia-genere-ses-reponses";

  /** The changed build of the example course. */
  public static Course course() throws Exception {
    Path file = ExampleCourses.root().resolve("examples/cafe-ia/course.yaml");
    String yaml = Files.readString(file, StandardCharsets.UTF_8);
    yaml =
        replaceOnce(yaml, "dans la traduction. Il s'agit :", "dans la traduction. Il s'agit là :");
    yaml =
        replaceOnce(
            yaml,
            "      - mot par mot\n      - mot à mot\n",
            "      - mot par mot\n      - mot à mot\n      - un mot après l'autre\n");
    List<String> lines = new ArrayList<>(yaml.lines().toList());
    moveFirstOptionLast(lines, REORDERED);
    remove(lines, REMOVED);
    int before = lines.indexOf("    id: " + REORDERED) - 1;
    lines.addAll(
        before,
        List.of(
            "  - type: true-false",
            "    id: " + INSERTED,
            "    title: Nouvelle question",
            "    prompt: Une IA peut se tromper avec assurance.",
            "    answer: true"));
    byte[] changed = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return CourseFileReader.read(changed, "course.yaml", file.getParent());
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalStateException(
          "the example course changed: \"" + from + "\" not found once");
    }
    return text.replace(from, to);
  }

  private static void moveFirstOptionLast(List<String> lines, String itemId) {
    int at = lines.indexOf("    id: " + itemId);
    while (!lines.get(at).equals("    options:")) {
      at++;
    }
    int start = at + 1;
    int end = start + 1;
    while (!lines.get(end).startsWith("    - id:")) {
      end++;
    }
    List<String> first = new ArrayList<>(lines.subList(start, end));
    int last = end;
    while (lines.get(last).startsWith("    - ") || lines.get(last).startsWith("      ")) {
      last++;
    }
    lines.addAll(last, first);
    lines.subList(start, end).clear();
  }

  private static void remove(List<String> lines, String itemId) {
    int start = lines.indexOf("    id: " + itemId) - 1;
    int end = start + 1;
    while (!lines.get(end).startsWith("  - ") && !lines.get(end).startsWith("  #")) {
      end++;
    }
    lines.subList(start, end).clear();
  }
}
