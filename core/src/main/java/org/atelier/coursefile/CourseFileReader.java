package org.atelier.coursefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.atelier.coursefile.Node.Location;
import org.atelier.model.Course;
import org.atelier.model.InvalidCourseException;
import org.atelier.model.Problem;

/**
 * Reads a course file (YAML or JSON) into a validated {@link Course}. Every problem is reported at
 * once with its file, line, column and field path; broken or hostile input never escapes as
 * anything but a {@link CourseFileException}.
 *
 * <pre>{@code
 * Course course = CourseFileReader.read(Path.of("examples/cafe-ia/course.yaml"));
 * }</pre>
 */
public final class CourseFileReader {

  /** The largest course file read: far above any real course, far below what hurts. */
  public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

  private CourseFileReader() {}

  /**
   * Reads and validates a course file; media paths resolve in the file's folder.
   *
   * @throws CourseFileException if the file has problems, with all of them
   * @throws IOException if the file cannot be read at all
   */
  public static Course read(Path file) throws CourseFileException, IOException {
    String name = file.toString();
    // Never open what is not a regular file: a FIFO blocks until a writer comes, a device such
    // as /dev/zero never ends, and both say their size is 0.
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new CourseFileException(
          List.of(
              new Diagnostic(
                  name,
                  1,
                  1,
                  "",
                  attributes.isDirectory()
                      ? "this is a folder, not a course file"
                      : "this is not a regular file (a device, a pipe or a socket): it is not read",
                  "give the path of the course file itself, e.g. mon-cours/course.yaml")));
    }
    long size = attributes.size();
    byte[] bytes = new byte[0];
    if (size <= MAX_FILE_BYTES) {
      try (InputStream in = Files.newInputStream(file)) {
        // Read one byte past the limit at most, whatever the size said (it can change, or lie).
        bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      }
      size = bytes.length;
    }
    if (size > MAX_FILE_BYTES) {
      throw new CourseFileException(
          List.of(
              new Diagnostic(
                  name,
                  1,
                  1,
                  "",
                  size == MAX_FILE_BYTES + 1
                      ? "the file is larger than 5 MB, the most a course file may be"
                      : "the file is "
                          + (size / (1024 * 1024))
                          + " MB; a course file may be at most "
                          + (MAX_FILE_BYTES / (1024 * 1024))
                          + " MB",
                  "check that this is the course file; split very large courses")));
    }
    Path folder = file.toAbsolutePath().getParent();
    return read(bytes, name, folder);
  }

  /**
   * Reads and validates course-file content.
   *
   * @param bytes the file's content, UTF-8 (a byte order mark is allowed)
   * @param name the name to show in messages
   * @param mediaRoot the folder that media paths resolve in, or {@code null}
   * @throws CourseFileException if the content has problems, with all of them
   */
  public static Course read(byte[] bytes, String name, Path mediaRoot) throws CourseFileException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (bytes.length > MAX_FILE_BYTES) {
      diagnostics.add(
          new Diagnostic(name, 1, 1, "", "the file is too large", "keep course files under 5 MB"));
      throw new CourseFileException(diagnostics);
    }
    String text = decode(bytes, name, diagnostics);
    if (text == null) {
      throw new CourseFileException(diagnostics);
    }
    Node root = new TreeParser(name, diagnostics).parse(text);
    if (root == null) {
      throw new CourseFileException(diagnostics);
    }
    CourseMapper mapper = new CourseMapper(name, diagnostics);
    Course.Builder draft = mapper.course(root, mediaRoot);
    if (draft == null) {
      throw new CourseFileException(diagnostics);
    }
    Course course = null;
    List<Problem> problems = List.of();
    try {
      course = draft.build();
    } catch (InvalidCourseException e) {
      problems = e.problems();
    }
    for (Problem problem : problems) {
      if (mapper.reported(problem.path())) {
        continue;
      }
      Location at = mapper.locate(problem.path());
      String fix = problem.fix();
      String written = mapper.writtenNull(problem.path());
      if (written != null) {
        fix +=
            " ("
                + written
                + " is YAML for « nothing »: to mean the text, write it in quotes, \""
                + written
                + "\")";
      }
      diagnostics.add(
          new Diagnostic(name, at.line(), at.column(), problem.path(), problem.message(), fix));
    }
    if (!diagnostics.isEmpty()) {
      diagnostics.sort(
          Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
      throw new CourseFileException(diagnostics);
    }
    return course;
  }

  /** Strict UTF-8: the first bad byte is reported with its line and column. */
  private static String decode(byte[] bytes, String name, List<Diagnostic> diagnostics) {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3; // a byte order mark is harmless: skip it
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      int column = 1;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      diagnostics.add(
          new Diagnostic(
              name,
              line,
              column,
              "",
              String.format("the file is not UTF-8 (byte 0x%02X)", bytes[bad] & 0xFF),
              "save the file as UTF-8 in your editor"));
      return null;
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        diagnostics.add(
            new Diagnostic(
                name, 1, 1, "", "the file contains a NUL character", "is this a text file?"));
        return null;
      }
    }
    return text;
  }
}
