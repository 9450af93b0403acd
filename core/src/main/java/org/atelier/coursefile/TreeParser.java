package org.atelier.coursefile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.coursefile.Node.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML (or JSON) text into a {@link Node} tree that remembers where every value was written.
 * The parser's limits are set here, explicitly, so that hostile input is refused with a message
 * rather than exhausting memory.
 */
final class TreeParser {

  /** The deepest nesting a course file needs is far below this. */
  static final int MAX_DEPTH = 40;

  static final int MAX_TEXT_LENGTH = 200_000;

  private static final YAMLFactory FACTORY = createFactory();

  private final String file;
  private final List<Diagnostic> diagnostics;
  private boolean aliasReported;
  private String text = "";

  /** Where the reader last was: SnakeYAML's own limits (nesting) throw with no place. */
  private Location lastSeen = new Location(1, 1);

  TreeParser(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  private static YAMLFactory createFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by us, with both places
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(CourseFileReader.MAX_FILE_BYTES);
    options.setAllowRecursiveKeys(false);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_TEXT_LENGTH)
            .maxNumberLength(50)
            .build());
    return factory;
  }

  /** The tree, or {@code null} when the text cannot be parsed (the reason is in diagnostics). */
  Node parse(String text) {
    this.text = text;
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        error(1, 1, "the file is empty", "start from `atelier new`, or see docs/course-format.md");
        return null;
      }
      Node root = read(parser, first, 0);
      JsonToken next = parser.nextToken();
      if (next != null) {
        Location at = location(parser.currentTokenLocation());
        error(
            at.line(),
            at.column(),
            "the file holds more than one document",
            "keep one course per file and remove the extra `---`");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Location location = at == null || at.getLineNr() < 1 ? lastSeen : location(at);
      if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        // SnakeYAML knows the exact place of the offending character; Jackson's token does not.
        location =
            new Location(
                marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
      }
      String full = String.valueOf(e.getOriginalMessage());
      String message = full.contains("TAB") || full.contains("'\\t'") ? "TAB" : firstLine(full);
      String fix = fixFor(message);
      if (message.contains("flow") && questionMarkInFlow(location.line())) {
        fix =
            "in a [ … ] or { … } list, a « ? » after a space is YAML syntax: put that text in"
                + " quotes, or write the list one entry per line starting with `- `";
      }
      error(location.line(), location.column(), explain(message), fix);
      return null;
    } catch (IOException | RuntimeException e) {
      // SnakeYAML signals some limits with unchecked exceptions; never let them escape as traces.
      String message = firstLine(String.valueOf(e.getMessage()));
      error(
          lastSeen.line(),
          lastSeen.column(),
          "the file cannot be read as YAML: " + explain(message),
          fixFor(message));
      return null;
    }
  }

  private Node read(JsonParser parser, JsonToken token, int depth) throws IOException {
    Location at = location(parser.currentTokenLocation());
    lastSeen = at;
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      if (aliasReported) {
        return new Node.Scalar(at, "", Node.Scalar.Type.NULL);
      }
      aliasReported = true;
      error(
          at.line(),
          at.column(),
          "YAML aliases (*"
              + parser.getText()
              + " here, and any others) are not allowed in a"
              + " course file",
          "write the value out in full where it is needed");
      return new Node.Scalar(at, "", Node.Scalar.Type.NULL);
    }
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Node> fields = new LinkedHashMap<>();
          Map<String, Location> keys = new LinkedHashMap<>();
          JsonToken next;
          while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Location keyAt = location(parser.currentTokenLocation());
            Node value = read(parser, parser.nextToken(), depth + 1);
            if (fields.containsKey(name)) {
              Location first = keys.get(name);
              error(
                  keyAt.line(),
                  keyAt.column(),
                  "the field \""
                      + name
                      + "\" is written twice (first at line "
                      + first.line()
                      + ")",
                  "keep one of them");
            } else {
              fields.put(name, value);
              keys.put(name, keyAt);
            }
          }
          return new Node.MapNode(at, fields, keys);
        }
      case START_ARRAY:
        {
          List<Node> elements = new ArrayList<>();
          JsonToken next;
          while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
            elements.add(read(parser, next, depth + 1));
          }
          return new Node.ListNode(at, elements);
        }
      case VALUE_STRING:
        {
          // Jackson's string-length constraint is not applied by its YAML parser: check here.
          String value = parser.getText();
          if (value.length() > MAX_TEXT_LENGTH) {
            error(
                at.line(),
                at.column(),
                "a text is longer than " + MAX_TEXT_LENGTH + " characters",
                "split the text, or move long material to a page of its own");
            return new Node.Scalar(at, null, Node.Scalar.Type.NULL);
          }
          return new Node.Scalar(at, value, Node.Scalar.Type.TEXT);
        }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.NUMBER);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.BOOLEAN);
      case VALUE_NULL:
        return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.NULL);
      case VALUE_EMBEDDED_OBJECT:
        error(
            at.line(),
            at.column(),
            "binary data (a !!binary value) has no place in a course file",
            "write the value as text, and give images as files in an `image:` field");
        return new Node.Scalar(at, null, Node.Scalar.Type.NULL);
      default:
        error(at.line(), at.column(), "unexpected " + token, "check the YAML syntax here");
        return new Node.Scalar(at, null, Node.Scalar.Type.NULL);
    }
  }

  /** Whether the flow collection ending at or before {@code line} holds a " ?" (French spacing). */
  private boolean questionMarkInFlow(int line) {
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(line, lines.length) - 1; i >= 0 && i >= line - 5; i--) {
      if (lines[i].matches(".*[\\[{].* \\?.*")) {
        return true;
      }
    }
    return false;
  }

  private static Location location(JsonLocation at) {
    return new Location(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  private void error(int line, int column, String message, String fix) {
    diagnostics.add(new Diagnostic(file, line, column, "", message, fix));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String line = message.strip();
    int end = line.indexOf('\n');
    return end < 0 ? line : line.substring(0, end).strip();
  }

  private static String explain(String message) {
    if (message.contains("'\\t'") || message.contains("\\t(TAB)") || message.contains("TAB")) {
      return "a tab character is used for indentation";
    }
    if (message.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
      return "the file is nested too deeply (more than " + MAX_DEPTH + " levels)";
    }
    if (message.contains("aliases")) {
      return "the file uses too many YAML aliases";
    }
    if (message.contains("String value length")) {
      return "a text is longer than " + MAX_TEXT_LENGTH + " characters";
    }
    if (message.contains("code points")) {
      return "the file is too large";
    }
    return "YAML syntax error: " + message;
  }

  private static String fixFor(String message) {
    if (message.contains("'\\t'") || message.contains("TAB")) {
      return "indent with spaces only (set your editor to insert spaces for tabs)";
    }
    if (message.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
      return "a course file needs only a few levels: check the indentation";
    }
    if (message.contains("String value length")) {
      return "split the text, or move long material to a page of its own";
    }
    return "check the indentation and quoting near this place (quote texts that contain `: ` or"
        + " start with a special character)";
  }
}
