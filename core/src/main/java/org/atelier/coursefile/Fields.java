package org.atelier.coursefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.atelier.model.Kind;

/**
 * The fields each object of a course file may have: the reader refuses any other, and a test keeps
 * the JSON Schema of the format in agreement with this table.
 */
final class Fields {
  private Fields() {}

  private static final List<String> ITEM = List.of("type", "id", "title");
  private static final List<String> QUESTION =
      List.of(
          "prompt", "hint", "feedback", "points", "scored", "attempts", "showAnswer", "shuffle");

  /** What every activity (not a page) may have after its own fields. */
  private static final List<String> ACTIVITY = List.of("duration");

  /** Object name (as in the schema's definitions) to its fields. */
  static final Map<String, List<String>> OBJECTS = objects();

  private static Map<String, List<String>> objects() {
    Map<String, List<String>> o = new LinkedHashMap<>();
    o.put(
        "course",
        List.of(
            "id",
            "title",
            "language",
            "version",
            "description",
            "authors",
            "licence",
            "baseIri",
            "masteryScore",
            "modules"));
    o.put("module", List.of("id", "title", "description", "masteryScore", "items"));
    o.put("feedback", List.of("correct", "incorrect", "partial"));
    o.put("image", List.of("src", "alt", "decorative"));
    o.put("resource", List.of("title", "url", "description"));
    o.put("option", List.of("id", "text", "correct", "feedback"));
    o.put(
        "gap", List.of("id", "accept", "options", "caseSensitive", "accentSensitive", "feedback"));
    o.put("category", List.of("id", "title"));
    o.put("sortCard", List.of("id", "text", "category", "feedback"));
    o.put("sequenceCard", List.of("id", "text"));
    o.put("timelineCard", List.of("id", "text", "date", "nature", "explanation"));
    o.put("discussionCard", List.of("id", "title", "body", "keyPoints", "questions"));
    o.put("actionCard", List.of("id", "title", "body", "actions", "learnMore", "cautions"));
    o.put(
        "surveyQuestion",
        List.of("id", "kind", "prompt", "scale", "options", "multiple", "required"));
    o.put("surveyOption", List.of("id", "text"));
    o.put(Kind.PAGE.code(), item(List.of("body", "image", "resources")));
    o.put(Kind.SINGLE_CHOICE.code(), question(List.of("options")));
    o.put(Kind.MULTIPLE_RESPONSE.code(), question(List.of("options")));
    o.put(Kind.TRUE_FALSE.code(), question(List.of("answer", "feedbackTrue", "feedbackFalse")));
    o.put(Kind.FILL_IN.code(), question(List.of("text", "gaps")));
    o.put(Kind.CARD_SORT.code(), question(List.of("categories", "cards")));
    o.put(Kind.SEQUENCE.code(), question(List.of("cards")));
    o.put(Kind.TIMELINE.code(), question(List.of("cards")));
    o.put(Kind.DISCUSSION.code(), activity(List.of("prompt", "cards")));
    o.put(Kind.ACTIONS.code(), activity(List.of("prompt", "cards")));
    o.put(Kind.SURVEY.code(), activity(List.of("prompt", "questions")));
    return Map.copyOf(o);
  }

  private static List<String> item(List<String> own) {
    return Stream.concat(ITEM.stream(), own.stream()).toList();
  }

  private static List<String> activity(List<String> own) {
    return Stream.of(ITEM, own, ACTIVITY).flatMap(List::stream).toList();
  }

  private static List<String> question(List<String> own) {
    return Stream.of(ITEM, QUESTION, own, ACTIVITY).flatMap(List::stream).toList();
  }

  /** The fields of an object; fails for a name the table does not have (a programming error). */
  static List<String> of(String object) {
    List<String> fields = OBJECTS.get(object);
    if (fields == null) {
      throw new IllegalArgumentException("no fields for " + object);
    }
    return fields;
  }
}
