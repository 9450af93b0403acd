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

  /** Where {@link #playHalfOfDay1} stops, and where the learner resumes after the update. */
  public static final String HALF_WAY = "quel-impact";

  /**
   * Plays the example course's day 1 up to « Quel impact ? », as before the update: every item
   * answered rightly but {@link #UNTOUCHED}, answered wrongly.
   */
  public static void playHalfOfDay1(PlayerDriver player) {
    while (!player.item().get("id").equals(HALF_WAY)) {
      if (player.item().get("id").equals(UNTOUCHED)) {
        player.answerWrongly();
      } else {
        player.answer();
      }
      player.next();
    }
  }

  /**
   * After the update: answers the activities that start afresh or are new, then the rest of day 1
   * from {@link #HALF_WAY} to its last item.
   */
  public static void playTheRestOfDay1(PlayerDriver player, Course after) {
    for (String id : new String[] {GAP_CHANGED, INSERTED, REORDERED}) {
      player.go(id);
      player.answer();
    }
    player.go(HALF_WAY);
    List<org.atelier.model.Item> day1 = after.modules().get(0).items();
    String last = day1.get(day1.size() - 1).id();
    while (!player.item().get("id").equals(last)) {
      player.answer();
      player.next();
    }
    player.answer();
  }

  /** Day 1's scaled score once played so: all its points but {@link #UNTOUCHED}'s. */
  public static double expectedDay1Scaled(Course after) {
    double total = 0;
    double wrong = 0;
    for (org.atelier.model.Question q : after.modules().get(0).scoredQuestions()) {
      total += q.rules().points();
      wrong += q.id().equals(UNTOUCHED) ? q.rules().points() : 0;
    }
    return (total - wrong) / total;
  }

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
