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

    /** Whether the message is about no command in particular ({@code atelier: …}). */
    final boolean general;

    Failure(Exit exit, String message, boolean general) {
      super(message, null, false, false);
      this.exit = exit;
      this.general = general;
    }
  }

  /**
   * How a command that threw {@code e} ends: the one map from failures to codes, which picocli
   * takes as its {@link picocli.CommandLine.IExitCodeExceptionMapper}.
   */
  static Exit of(Throwable e) {
    if (e instanceof Failure failure) {
      return failure.exit;
    }
    if (e instanceof CourseLoader.Problems || e instanceof org.atelier.format.FormatException) {
      return INVALID_INPUT;
    }
    if (e instanceof picocli.CommandLine.ParameterException) {
      return USAGE;
    }
    return INTERNAL;
  }

  /** The exit code of {@link #of}. */
  static int codeOf(Throwable e) {
    return of(e).code;
  }

  /**
   * Why a file could not be read or written, in words: the JDK's message for some of them is only
   * the path.
   */
  static String reason(java.io.IOException e) {
    return reason(e, null);
  }

  /** The same, leaving out the file when it is {@code named}, which the message names already. */
  static String reason(java.io.IOException e, java.nio.file.Path named) {
    if (!(e instanceof java.nio.file.FileSystemException f)) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    String why;
    if (f instanceof java.nio.file.FileAlreadyExistsException) {
      why = "is a file, not a folder: choose another --out or move the file";
    } else if (f instanceof java.nio.file.NoSuchFileException) {
      why = "no such file or folder";
    } else if (f instanceof java.nio.file.NotDirectoryException) {
      why = "is not a folder";
    } else if (f instanceof java.nio.file.AccessDeniedException) {
      why = "permission denied";
    } else {
      why = f.getReason() == null ? "cannot be used" : f.getReason();
    }
    if (f.getFile() == null || named != null && same(f.getFile(), named)) {
      return why;
    }
    return f.getFile() + (why.startsWith("is ") ? " " : ": ") + why;
  }

  private static boolean same(String file, java.nio.file.Path named) {
    try {
      return java.nio.file.Path.of(file)
          .toAbsolutePath()
          .normalize()
          .equals(named.toAbsolutePath().normalize());
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /** Ends the command with {@code exit} after printing {@code message}. */
  static Failure with(Exit exit, String message) {
    return new Failure(exit, message, false);
  }

  /** The same, for a message printed as {@code atelier: …} whatever the command. */
  static Failure general(Exit exit, String message) {
    return new Failure(exit, message, true);
  }
}
