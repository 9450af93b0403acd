package org.atelier.coursefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A value of a course file with the place it was read from: a map, a list or a scalar. */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

  /** Where the value starts. */
  Location location();

  /** How the value is named in messages: "a text", "a list"… */
  String description();

  /** A line and column, from 1. */
  record Location(int line, int column) {}

  /** A mapping of field names to values; {@code keys} holds where each name was written. */
  record MapNode(Location location, Map<String, Node> fields, Map<String, Location> keys)
      implements Node {
    public MapNode {
      fields = new LinkedHashMap<>(fields);
      keys = new LinkedHashMap<>(keys);
    }

    @Override
    public String description() {
      return "a group of fields";
    }
  }

  /** A list of values. */
  record ListNode(Location location, List<Node> elements) implements Node {
    public ListNode {
      elements = List.copyOf(elements);
    }

    @Override
    public String description() {
      return "a list";
    }
  }

  /**
   * A scalar as written, with the kind the parser gave it; a {@code NULL} keeps how it was written
   * ({@code ~}, {@code null} or nothing).
   */
  record Scalar(Location location, String text, Type type) implements Node {
    /** The kinds of scalar. */
    enum Type {
      TEXT,
      NUMBER,
      BOOLEAN,
      NULL
    }

    @Override
    public String description() {
      return switch (type) {
        case TEXT -> "a text";
        case NUMBER -> "a number";
        case BOOLEAN -> "true or false";
        case NULL -> text == null || text.isEmpty() ? "nothing" : "nothing (" + text + ")";
      };
    }
  }
}
