package org.atelier.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every way a command ends, with its exit code and what it means: the one place that maps failures
 * to codes. The README's table of exit codes is this list, word for word (a test holds them
 * together), and {@code atelier --help} prints it.
 */
enum Exit {
  DONE(0, "done"),
  INVALID_INPUT(
      1,
      "invalid input: the course (or statement) file has problems, or is not a regular file (a"
          + " device, a pipe)"),
  USAGE(
      2,
      "usage error: no command, an unknown option, or an option's value that cannot be right (an"
          + " address that is not http or https, a port over 65535, a language the report does"
          + " not speak)"),
  EXTERNAL(
      3,
      "external failure: a file or server could not be read or written (a course, statement or"
          + " credentials file that does not exist, an LRS that cannot be reached, a port in use)"),
  INTERNAL(70, "internal error: a bug in Atelier (please report it, with the course file)");

  final int code;
  final String meaning;

  Exit(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The list {@code --help} prints under "Exit codes". */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (Exit exit : values()) {
      list.put(String.valueOf(exit.code), exit.meaning);
    }
    return list;
  }

  /** A command's failure: what to print, and the code to end with. */
  static final class Failure extends RuntimeException {
    final Exit exit;

    Failure(Exit exit, String message) {
      super(message, null, false, false);
      this.exit = exit;
    }
  }

  /**
   * Why a file could not be read or written, in words: the JDK's message for some of them is only
   * the path.
   */
  static String reason(java.io.IOException e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException f) {
      return f.getFile() + " is a file, not a folder: choose another --out or move the file";
    }
    if (e instanceof java.nio.file.NoSuchFileException f) {
      return f.getFile() + ": no such file or folder";
    }
    if (e instanceof java.nio.file.NotDirectoryException f) {
      return f.getFile() + " is not a folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Ends the command with {@code exit} after printing {@code message}. */
  static Failure with(Exit exit, String message) {
    return new Failure(exit, message);
  }
}
