package org.atelier.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongConsumer;
import org.atelier.xapi.statement.Statement;

/**
 * Reads statements from a file as LRSs export them — one JSON array, or one statement per line —
 * token by token, so that a file of any size reads in a small heap. A statement that cannot be
 * understood is counted and named with its line, never dropped silently, and the rest still reads.
 */
public final class StatementFiles {
  private StatementFiles() {}

  private static final com.fasterxml.jackson.databind.ObjectReader STATEMENT =
      Statement.json().readerFor(Statement.class);

  /** The file is not a statement export at all. */
  public static final class NotStatementsException extends IOException {
    private static final long serialVersionUID = 1L;

    NotStatementsException(String message) {
      super(message);
    }
  }

  /**
   * Reads every statement of {@code file} into {@code sink}: the voided ids first (a voided
   * statement may come before the statement that voids it), then the statements in order.
   *
   * @param progress told the number of statements read so far, now and then
   * @throws NotStatementsException when the file is neither a JSON array nor JSON lines
   */
  public static void read(Path file, StatementSink sink, LongConsumer progress) throws IOException {
    // The file is read twice, and a pipe or a device cannot be: never open one (a FIFO would
    // wait for a writer forever).
    if (!Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
        .isRegularFile()) {
      throw new NotStatementsException(
          file
              + ": not a regular file (a folder, a device, a pipe or a socket): give the file of"
              + " statements exported from the LRS");
    }
    boolean array = startsWithArray(file);
    sink.voided(voidedIds(file, array));
    String name = file.getFileName().toString();
    if (array) {
      readArray(file, name, sink, progress);
    } else {
      readLines(file, name, sink, progress);
    }
  }

  private static boolean startsWithArray(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        PushbackInputStream in = new PushbackInputStream(raw, 3)) {
      int c;
      do {
        c = in.read();
      } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB
          || c == 0xBF);
      if (c == '[') {
        return true;
      }
      if (c == '{') {
        return false;
      }
      throw new NotStatementsException(
          file
              + ": not a statement export. Expected a JSON array of statements, or one statement"
              + " (a JSON object) per line, as LRSs export them"
              + (c < 0 ? "; the file is empty" : "; it starts with " + shown(c))
              + ".");
    }
  }

  private static void readArray(Path file, String name, StatementSink sink, LongConsumer progress)
      throws IOException {
    ProgressCount count = new ProgressCount(progress);
    try (JsonParser parser = Statement.json().getFactory().createParser(file.toFile())) {
      parser.nextToken();
      while (true) {
        JsonToken token;
        int line = 0;
        try {
          token = parser.nextToken();
          line = parser.currentLocation().getLineNr();
          if (token == JsonToken.END_ARRAY || token == null) {
            break;
          }
          if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            sink.unreadable(
                name + ":" + line, "not a statement (" + kindOf(token) + ", not an object)");
            continue;
          }
          JsonNode node = parser.readValueAsTree();
          take(node, name + ":" + line, sink);
        } catch (JsonProcessingException e) {
          sink.unreadable(
              name + ":" + e.getLocation().getLineNr(),
              "the file is broken here (" + why(e) + "); the rest was not read");
          break;
        }
        count.add();
      }
    }
    count.done();
  }

  /** Longer lines are no statement an LRS exports; they are counted, not held in memory. */
  private static final int MAX_LINE = 1 << 20;

  /**
   * One statement per line, read as bytes (Jackson's UTF-8 parser is faster than decoding each line
   * to a String first). A line too long or not a statement is counted; the rest still reads.
   */
  private static void readLines(Path file, String name, StatementSink sink, LongConsumer progress)
      throws IOException {
    LineHandler lines = new LineHandler(name, sink, progress);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      byte[] carry = new byte[1 << 12];
      int carried = 0;
      boolean overlong = false;
      for (int read; (read = in.read(buffer)) > 0; ) {
        int start = 0;
        for (int i = 0; i < read; i++) {
          if (buffer[i] != '\n') {
            continue;
          }
          if (overlong) {
            lines.overlong();
          } else if (carried > 0) {
            carry = append(carry, carried, buffer, start, i - start);
            lines.line(carry, 0, carried + i - start);
          } else {
            lines.line(buffer, start, i - start);
          }
          carried = 0;
          overlong = false;
          start = i + 1;
        }
        int rest = read - start;
        if (!overlong && carried + rest > MAX_LINE) {
          overlong = true;
        } else if (!overlong) {
          carry = append(carry, carried, buffer, start, rest);
          carried += rest;
        }
      }
      if (overlong) {
        lines.overlong();
      } else if (carried > 0) {
        lines.line(carry, 0, carried);
      }
    }
    lines.count.done();
  }

  private static byte[] append(byte[] to, int used, byte[] from, int offset, int length) {
    byte[] target =
        used + length <= to.length ? to : Arrays.copyOf(to, Math.max(to.length * 2, used + length));
    System.arraycopy(from, offset, target, used, length);
    return target;
  }

  /** Reads each line as one statement. */
  private static final class LineHandler {
    private final String name;
    private final StatementSink sink;
    private final ProgressCount count;
    private int number;

    LineHandler(String name, StatementSink sink, LongConsumer progress) {
      this.name = name;
      this.sink = sink;
      this.count = new ProgressCount(progress);
    }

    void overlong() {
      number++;
      count.add();
      sink.unreadable(name + ":" + number, "longer than " + MAX_LINE + " bytes: not a statement");
    }

    void line(byte[] bytes, int offset, int length) {
      number++;
      if (number == 1
          && length >= 3
          && bytes[offset] == (byte) 0xEF
          && bytes[offset + 1] == (byte) 0xBB
          && bytes[offset + 2] == (byte) 0xBF) {
        offset += 3;
        length -= 3;
      }
      if (blank(bytes, offset, length)) {
        return;
      }
      count.add();
      Statement statement;
      try {
        statement = STATEMENT.readValue(bytes, offset, length);
      } catch (IOException e) {
        sink.unreadable(
            name + ":" + number,
            (e instanceof com.fasterxml.jackson.core.JsonParseException
                    ? "not JSON ("
                    : "not a statement (")
                + why(e)
                + ")");
        return;
      }
      sink.accept(statement, name + ":" + number);
    }

    private static boolean blank(byte[] bytes, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        byte b = bytes[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private static void take(JsonNode node, String where, StatementSink sink) {
    Statement statement;
    try {
      statement = Statement.json().treeToValue(node, Statement.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      sink.unreadable(where, "not a statement (" + why(e) + ")");
      return;
    }
    sink.accept(statement, where);
  }

  /** The first byte of a file, shown so that a control character or a blank is visible. */
  static String shown(int c) {
    return c >= 0x21 && c < 0x7F ? "'" + (char) c + "'" : String.format("the byte 0x%02X", c);
  }

  /** What a JSON token is, in words. */
  private static String kindOf(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> "not a JSON value";
    };
  }

  /** Why a statement could not be read, in a trainer's words rather than Jackson's. */
  static String why(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
      if (message.contains("end-of-input")) {
        return "it ends in the middle of a statement: the file is cut short";
      }
      var unexpected =
          java.util.regex.Pattern.compile("Unexpected character \\('(.)'").matcher(message);
      return unexpected.find()
          ? "an unexpected " + shown(unexpected.group(1).charAt(0)) + " where JSON was expected"
          : "broken JSON";
    }
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      StringBuilder field = new StringBuilder();
      for (var ref : mapping.getPath()) {
        if (ref.getFieldName() != null) {
          field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          field.append('[').append(ref.getIndex()).append(']');
        }
      }
      return field + " does not hold what xAPI says it holds";
    }
    if (e instanceof IllegalArgumentException && !message.isEmpty() && !message.contains("\n")) {
      return message;
    }
    return "not what xAPI says a statement is";
  }

  /** The ids of the statements voided in the file: a quick pass reading verbs and objects only. */
  private static Set<String> voidedIds(Path file, boolean array) throws IOException {
    Set<String> ids = new HashSet<>();
    if (array) {
      try (JsonParser parser = Statement.json().getFactory().createParser(file.toFile())) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          voidedTarget(parser, ids);
        }
      } catch (JsonProcessingException e) {
        // The main pass reports where the file is broken.
      }
      return ids;
    }
    if (!contains(file, Statement.VOIDED.getBytes(StandardCharsets.UTF_8))) {
      return ids;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.contains(Statement.VOIDED)) {
          try (JsonParser parser = Statement.json().getFactory().createParser(line)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
              voidedTarget(parser, ids);
            }
          } catch (JsonProcessingException e) {
            // Counted as unreadable by the main pass.
          }
        }
      }
    }
    return ids;
  }

  /** Whether the file holds {@code pattern} anywhere: most exports void nothing. */
  private static boolean contains(Path file, byte[] pattern) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[(1 << 16) + pattern.length];
      int kept = 0;
      for (int read; (read = in.read(buffer, kept, buffer.length - kept)) > 0; ) {
        int end = kept + read;
        for (int i = 0; i + pattern.length <= end; i++) {
          if (buffer[i] == pattern[0]
              && Arrays.equals(buffer, i, i + pattern.length, pattern, 0, pattern.length)) {
            return true;
          }
        }
        // The last bytes may begin the pattern: keep them for the next read.
        kept = Math.min(pattern.length - 1, end);
        System.arraycopy(buffer, end - kept, buffer, 0, kept);
      }
    }
    return false;
  }

  /** Reads one statement object's verb id and object id; adds the object id if it voids. */
  private static void voidedTarget(JsonParser parser, Set<String> ids) throws IOException {
    boolean voiding = false;
    String target = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (("verb".equals(field) || "object".equals(field)) && value == JsonToken.START_OBJECT) {
        String id = idOf(parser);
        if ("verb".equals(field)) {
          voiding = Statement.VOIDED.equals(id);
        } else {
          target = id;
        }
      } else {
        parser.skipChildren();
      }
    }
    if (voiding && target != null) {
      ids.add(target);
    }
  }

  private static String idOf(JsonParser parser) throws IOException {
    String id = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if ("id".equals(field)) {
        id = parser.getValueAsString();
      } else {
        parser.skipChildren();
      }
    }
    return id;
  }
}
