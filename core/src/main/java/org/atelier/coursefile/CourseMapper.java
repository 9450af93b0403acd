package org.atelier.coursefile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.atelier.coursefile.Node.Location;
import org.atelier.model.ActionCard;
import org.atelier.model.Actions;
import org.atelier.model.Card;
import org.atelier.model.CardSort;
import org.atelier.model.Category;
import org.atelier.model.Choice;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Discussion;
import org.atelier.model.DiscussionCard;
import org.atelier.model.Feedback;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.Image;
import org.atelier.model.Item;
import org.atelier.model.Kind;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Page;
import org.atelier.model.Resource;
import org.atelier.model.Rules;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.SortCard;
import org.atelier.model.Survey;
import org.atelier.model.SurveyQuestion;
import org.atelier.model.Timeline;
import org.atelier.model.TimelineCard;
import org.atelier.model.TrueFalse;

/**
 * Turns a {@link Node} tree into a course, field by field, reporting every field that is unknown,
 * missing in a way the model cannot represent, or of the wrong type. It remembers where each field
 * path was written so that the validator's problems can be located too.
 */
final class CourseMapper {
  private final String file;
  private final List<Diagnostic> diagnostics;
  private final Map<String, Location> locations = new HashMap<>();
  private final java.util.Set<String> unreadable = new java.util.HashSet<>();
  private final Map<String, String> writtenNull = new HashMap<>();

  CourseMapper(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** Where a field path was written: the path itself, else its nearest written parent. */
  Location locate(String path) {
    String p = path;
    while (true) {
      Location at = locations.get(p);
      if (at != null) {
        return at;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return locations.getOrDefault("", new Location(1, 1));
      }
      p = p.substring(0, cut);
    }
  }

  /** How a field written as nothing was written ({@code ~}, {@code null}), or {@code null}. */
  String writtenNull(String path) {
    return writtenNull.get(path);
  }

  /** Whether this reader already reported a problem at {@code path} or one of its parents. */
  boolean reported(String path) {
    if (unreadable.contains(path)) {
      return true;
    }
    for (Diagnostic d : diagnostics) {
      String p = d.path();
      if (!p.isEmpty()
          && (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "["))) {
        return true;
      }
    }
    return false;
  }

  private void error(Location at, String path, String message, String fix) {
    diagnostics.add(new Diagnostic(file, at.line(), at.column(), path, message, fix));
  }

  Course.Builder course(Node root, Path mediaRoot) {
    locations.put("", root.location());
    Obj o = object(root, "", "course");
    if (o == null) {
      return null;
    }
    Course.Builder course = Course.builder(o.string("id"));
    course.title(o.string("title"));
    course.language(o.string("language"));
    course.version(o.string("version"));
    course.description(o.string("description"));
    o.strings("authors").forEach(course::author);
    course.licence(o.string("licence"));
    course.baseIri(o.string("baseIri"));
    Double mastery = o.number("masteryScore");
    if (mastery != null) {
      course.masteryScore(mastery);
    }
    o.list("modules", this::module).forEach(course::module);
    if (!o.has("modules")) {
      error(
          o.at, "modules", "the course has no modules", "add `modules:` with at least one module");
    }
    course.mediaRoot(mediaRoot);
    o.done();
    return course;
  }

  private CourseModule module(Node node, String path) {
    return read(
        node,
        path,
        "module",
        o ->
            new CourseModule(
                o.string("id"),
                o.string("title"),
                o.string("description"),
                o.number("masteryScore"),
                o.list("items", this::item)));
  }

  private Item item(Node node, String path) {
    if (!(node instanceof Node.MapNode map)) {
      wrongType(node, path, "an item (with type, id and title)");
      return null;
    }
    Node typeNode = map.fields().get("type");
    String typeName = typeNode instanceof Node.Scalar s ? s.text() : null;
    Kind kind = typeName == null ? null : Kind.fromCode(typeName);
    if (kind == null) {
      List<String> codes = new ArrayList<>();
      for (Kind k : Kind.values()) {
        codes.add(k.code());
      }
      if (typeName == null) {
        error(
            map.location(),
            path + ".type",
            "the item has no type",
            "add `type:` with one of " + String.join(", ", codes));
      } else {
        String near = Suggestions.nearest(typeName, codes);
        error(
            map.keys().get("type"),
            path + ".type",
            "\"" + typeName + "\" is not a kind of item",
            near != null
                ? "did you mean \"" + near + "\"?"
                : "use one of " + String.join(", ", codes));
      }
      return null;
    }
    Obj o = new Obj(map, path, kind.code());
    o.string("type");
    Item item =
        switch (kind) {
          case PAGE ->
              new Page(
                  o.string("id"),
                  o.string("title"),
                  o.string("body"),
                  o.object("image", this::image),
                  o.list("resources", this::resource));
          case SINGLE_CHOICE ->
              new SingleChoice(
                  o.string("id"),
                  o.string("title"),
                  o.string("prompt"),
                  o.string("hint"),
                  feedback(o),
                  rules(o),
                  o.list("options", this::option),
                  o.minutes("duration"));
          case MULTIPLE_RESPONSE ->
              new MultipleResponse(
                  o.string("id"),
                  o.string("title"),
                  o.string("prompt"),
                  o.string("hint"),
                  feedback(o),
                  rules(o),
                  o.list("options", this::option),
                  o.minutes("duration"));
          case TRUE_FALSE -> trueFalse(o);
          case FILL_IN ->
              new FillIn(
                  o.string("id"),
                  o.string("title"),
                  o.string("prompt"),
                  o.string("hint"),
                  feedback(o),
                  rules(o),
                  o.string("text"),
                  o.list("gaps", this::gap),
                  o.minutes("duration"));
          case CARD_SORT ->
              new CardSort(
                  o.string("id"),
                  o.string("title"),
                  o.string("prompt"),
                  o.string("hint"),
                  feedback(o),
                  rules(o),
                  o.list("categories", this::category),
                  o.list("cards", this::sortCard),
                  o.minutes("duration"));
          case SEQUENCE ->
              new Sequence(
                  o.string("id"),
                  o.string("title"),
                  o.string("prompt"),
                  o.string("hint"),
                  feedback(o),
                  rules(o),
                  o.list("cards", this::sequenceCard),
                  o.minutes("duration"));
          case TIMELINE ->
              new Timeline(
                  o.string("id"),
                  o.string("title"),
                  o.string("prompt"),
                  o.string("hint"),
                  feedback(o),
                  rules(o),
                  o.list("cards", this::timelineCard),
                  o.minutes("duration"));
          case DISCUSSION ->
              new Discussion(
                  o.string("id"),
                  o.string("title"),
                  o.string("prompt"),
                  o.list("cards", this::discussionCard),
                  o.minutes("duration"));
          case ACTIONS ->
              new Actions(
                  o.string("id"),
                  o.string("title"),
                  o.string("prompt"),
                  o.list("cards", this::actionCard),
                  o.minutes("duration"));
          case SURVEY ->
              new Survey(
                  o.string("id"),
                  o.string("title"),
                  o.string("prompt"),
                  o.list("questions", this::surveyQuestion),
                  o.minutes("duration"));
        };
    o.done();
    return item;
  }

  private TrueFalse trueFalse(Obj o) {
    Boolean answer = o.bool("answer");
    if (answer == null && o.get("answer") == null) { // left out, or written empty or ~
      error(
          o.at, o.path + ".answer", "the statement has no answer", "add `answer: true` or `false`");
    }
    return new TrueFalse(
        o.string("id"),
        o.string("title"),
        o.string("prompt"),
        o.string("hint"),
        feedback(o),
        rules(o),
        answer != null && answer,
        o.string("feedbackTrue"),
        o.string("feedbackFalse"),
        o.minutes("duration"));
  }

  private Feedback feedback(Obj o) {
    Feedback feedback =
        o.object(
            "feedback",
            (node, path) -> {
              Obj f = object(node, path, "feedback");
              if (f == null) {
                return null;
              }
              Feedback value =
                  new Feedback(f.string("correct"), f.string("incorrect"), f.string("partial"));
              f.done();
              return value;
            });
    return feedback == null ? Feedback.NONE : feedback;
  }

  private Rules rules(Obj o) {
    Rules d = Rules.DEFAULT;
    Double points = o.number("points");
    Integer attempts = o.integer("attempts");
    return new Rules(
        o.boolOr("scored", d.scored()),
        points == null ? d.points() : points,
        attempts == null ? d.attempts() : attempts,
        o.boolOr("showAnswer", d.showAnswer()),
        o.boolOr("shuffle", d.shuffle()));
  }

  private Image image(Node node, String path) {
    return read(
        node,
        path,
        "image",
        o -> new Image(o.string("src"), o.string("alt"), o.boolOr("decorative", false)));
  }

  private Resource resource(Node node, String path) {
    return read(
        node,
        path,
        "resource",
        o -> new Resource(o.string("title"), o.string("url"), o.string("description")));
  }

  private Option option(Node node, String path) {
    return read(
        node,
        path,
        "option",
        o ->
            new Option(
                o.string("id"),
                o.string("text"),
                o.boolOr("correct", false),
                o.string("feedback")));
  }

  private Gap gap(Node node, String path) {
    return read(
        node,
        path,
        "gap",
        o ->
            new Gap(
                o.string("id"),
                o.strings("accept"),
                o.strings("options"),
                o.boolOr("caseSensitive", false),
                o.boolOr("accentSensitive", false),
                o.string("feedback")));
  }

  private Category category(Node node, String path) {
    return read(node, path, "category", o -> new Category(o.string("id"), o.string("title")));
  }

  private SortCard sortCard(Node node, String path) {
    return read(
        node,
        path,
        "sortCard",
        o ->
            new SortCard(
                o.string("id"), o.string("text"), o.string("category"), o.string("feedback")));
  }

  private Card sequenceCard(Node node, String path) {
    return read(node, path, "sequenceCard", o -> new Card(o.string("id"), o.string("text")));
  }

  private TimelineCard timelineCard(Node node, String path) {
    Obj o = object(node, path, "timelineCard");
    if (o == null) {
      return null;
    }
    TimelineCard.Nature nature = null;
    String natureName = o.string("nature");
    if (natureName != null) {
      switch (natureName.toLowerCase(Locale.ROOT)) {
        case "reality", "réalité", "realite" -> nature = TimelineCard.Nature.REALITY;
        case "fiction" -> nature = TimelineCard.Nature.FICTION;
        default ->
            error(
                o.valueAt("nature"),
                path + ".nature",
                "\"" + natureName + "\" is not a nature",
                "write `reality` or `fiction`");
      }
    }
    TimelineCard card =
        new TimelineCard(
            o.string("id"), o.string("text"), o.string("date"), nature, o.string("explanation"));
    o.done();
    return card;
  }

  private DiscussionCard discussionCard(Node node, String path) {
    return read(
        node,
        path,
        "discussionCard",
        o ->
            new DiscussionCard(
                o.string("id"),
                o.string("title"),
                o.string("body"),
                o.strings("keyPoints"),
                o.strings("questions")));
  }

  private ActionCard actionCard(Node node, String path) {
    return read(
        node,
        path,
        "actionCard",
        o ->
            new ActionCard(
                o.string("id"),
                o.string("title"),
                o.string("body"),
                o.strings("actions"),
                o.string("learnMore"),
                o.string("cautions")));
  }

  private SurveyQuestion surveyQuestion(Node node, String path) {
    Obj o = object(node, path, "surveyQuestion");
    if (o == null) {
      return null;
    }
    SurveyQuestion.Type type = null;
    String kind = o.string("kind");
    if (kind != null) {
      switch (kind) {
        case "likert" -> type = SurveyQuestion.Type.LIKERT;
        case "choice" -> type = SurveyQuestion.Type.CHOICE;
        case "text" -> type = SurveyQuestion.Type.TEXT;
        default ->
            error(
                o.valueAt("kind"),
                path + ".kind",
                "\"" + kind + "\" is not a kind of survey question",
                "write `likert`, `choice` or `text`");
      }
    }
    SurveyQuestion question =
        new SurveyQuestion(
            o.string("id"),
            type,
            o.string("prompt"),
            o.strings("scale"),
            o.list("options", this::surveyOption),
            o.boolOr("multiple", false),
            o.boolOr("required", false));
    o.done();
    return question;
  }

  private Choice surveyOption(Node node, String path) {
    return read(node, path, "surveyOption", o -> new Choice(o.string("id"), o.string("text")));
  }

  /**
   * Reads the group of fields at {@code node} with {@code reader}, then reports any field left
   * unread; {@code null} (with the error reported) when the node is no group of fields.
   */
  private <T> T read(
      Node node, String path, String name, java.util.function.Function<Obj, T> reader) {
    Obj o = object(node, path, name);
    if (o == null) {
      return null;
    }
    T value = reader.apply(o);
    o.done();
    return value;
  }

  private Obj object(Node node, String path, String name) {
    if (node instanceof Node.MapNode map) {
      return new Obj(map, path, name);
    }
    wrongType(node, path, "a group of fields (" + String.join(", ", Fields.of(name)) + ")");
    return null;
  }

  private void wrongType(Node node, String path, String expected) {
    error(
        node.location(),
        path,
        "expected " + expected + ", found " + node.description(),
        "check the indentation and the form of this value");
  }

  /** One object being read: its fields are taken one by one, then the rest reported unknown. */
  private final class Obj {
    final Node.MapNode map;
    final String path;
    final Location at;
    final List<String> known;

    Obj(Node.MapNode map, String path, String name) {
      this.map = map;
      this.path = path;
      this.at = map.location();
      this.known = Fields.of(name);
      locations.put(path, map.location());
      map.keys().forEach((key, location) -> locations.put(child(key), location));
    }

    String child(String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
      return map.fields().containsKey(field);
    }

    Location valueAt(String field) {
      Node node = map.fields().get(field);
      return node == null ? at : node.location();
    }

    /** The field's value; {@code null} when it is left out or written as nothing (~, null, ""). */
    Node get(String field) {
      if (!known.contains(field)) {
        throw new IllegalStateException(field + " is read but not declared in Fields");
      }
      Node node = map.fields().get(field);
      if (node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL) {
        if (s.text() != null && !s.text().isEmpty()) {
          writtenNull.put(child(field), s.text());
        }
        return null;
      }
      if (node instanceof Node.Scalar s
          && s.type() == Node.Scalar.Type.TEXT
          && s.text().isEmpty()) {
        return null; // `answer:` at the end of a group reads as an empty text: it is nothing too
      }
      return node;
    }

    String string(String field) {
      Node node = get(field);
      if (node == null) {
        return null;
      }
      if (node instanceof Node.Scalar s) {
        return s.text();
      }
      wrongType(node, child(field), "a text");
      return null;
    }

    Double number(String field) {
      return scalar(field, ScalarForms::number, "a number");
    }

    Integer integer(String field) {
      return scalar(field, ScalarForms::integer, "a whole number");
    }

    /** A duration in whole minutes ({@link ScalarForms#minutes}). */
    Integer minutes(String field) {
      return scalar(field, ScalarForms::minutes, "a whole number of minutes");
    }

    Boolean bool(String field) {
      return scalar(field, ScalarForms::bool, "true or false");
    }

    /** A boolean or a number, in a form {@link ScalarForms} takes; else the refusal, located. */
    private <T> T scalar(
        String field,
        java.util.function.Function<Node.Scalar, ScalarForms.Read<T>> form,
        String expected) {
      Node node = get(field);
      if (node == null) {
        return null;
      }
      if (!(node instanceof Node.Scalar s)) {
        wrongType(node, child(field), expected);
        return null;
      }
      ScalarForms.Read<T> read = form.apply(s);
      if (read.value() == null) {
        error(node.location(), child(field), read.message(), read.fix());
      }
      return read.value();
    }

    boolean boolOr(String field, boolean fallback) {
      Boolean value = bool(field);
      return value == null ? fallback : value;
    }

    List<String> strings(String field) {
      Node node = get(field);
      if (node == null) {
        return List.of();
      }
      if (!(node instanceof Node.ListNode list)) {
        wrongType(node, child(field), "a list of texts (each line starting with `- `)");
        return List.of();
      }
      List<String> values = new ArrayList<>();
      for (int i = 0; i < list.elements().size(); i++) {
        Node element = list.elements().get(i);
        String at = child(field) + "[" + i + "]";
        locations.put(at, element.location());
        if (element instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
          values.add(s.text());
        } else if (element instanceof Node.Scalar s) {
          error(
              element.location(),
              at,
              "expected a text, found " + element.description(),
              s.text() == null || s.text().isEmpty()
                  ? "write the text, or remove the entry"
                  : "remove the entry, or write \"" + s.text() + "\" in quotes to mean the text");
          values.add(null);
        } else {
          wrongType(element, at, "a text");
          values.add(null);
        }
      }
      return values;
    }

    <T> List<T> list(String field, BiFunction<Node, String, T> reader) {
      Node node = get(field);
      if (node == null) {
        return List.of();
      }
      if (!(node instanceof Node.ListNode list)) {
        wrongType(node, child(field), "a list (each entry starting with `- `)");
        return List.of();
      }
      List<T> values = new ArrayList<>();
      for (int i = 0; i < list.elements().size(); i++) {
        Node element = list.elements().get(i);
        String at = child(field) + "[" + i + "]";
        locations.put(at, element.location());
        // A null keeps the indexes of the validator's paths equal to the file's.
        T value = reader.apply(element, at);
        if (value == null) {
          unreadable.add(at);
        }
        values.add(value);
      }
      return values;
    }

    <T> T object(String field, BiFunction<Node, String, T> reader) {
      Node node = get(field);
      return node == null ? null : reader.apply(node, child(field));
    }

    void done() {
      for (String field : map.fields().keySet()) {
        if (!known.contains(field)) {
          String near = Suggestions.nearest(field, known);
          error(
              map.keys().get(field),
              child(field),
              "unknown field \"" + field + "\"",
              near != null
                  ? "did you mean \"" + near + "\"?"
                  : "the fields here are: " + String.join(", ", known));
        }
      }
    }
  }
}
