package org.atelier.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

/**
 * The options every command shares, and the one place that writes messages: progress on stderr
 * (none with {@code --quiet}), problems on stderr in colour only on a terminal, results on stdout.
 */
final class Console {

  @Option(
      names = {"-q", "--quiet"},
      description = "print no progress, only results and problems")
  boolean quiet;

  @Option(names = "--debug", description = "print a stack trace when something fails inside")
  boolean debug;

  /** A progress line, unless quiet. */
  void progress(PrintWriter err, String message) {
    if (!quiet) {
      err.println(Ansi.AUTO.string("@|faint atelier: " + escape(message) + "|@"));
    }
  }

  /** Whether stderr is a terminal that can redraw a line (a bar then; plain lines otherwise). */
  boolean interactive = System.console() != null && !"dumb".equals(System.getenv("TERM"));

  private boolean lineOpen;

  /**
   * Step {@code done} of {@code total} of a long task: a bar redrawn in place on a terminal, else a
   * plain line; nothing when quiet.
   */
  void step(PrintWriter err, int done, int total, String message) {
    if (!interactive) {
      progress(err, message + " (" + done + "/" + total + ")");
      return;
    }
    int width = 20;
    int filled = total <= 0 ? width : Math.min(width, width * done / total);
    redraw(
        err,
        "["
            + "#".repeat(filled)
            + " ".repeat(width - filled)
            + "] "
            + done
            + "/"
            + total
            + " "
            + message);
  }

  /** A running count (statements read, say): redrawn in place on a terminal, else a line. */
  void count(PrintWriter err, String message) {
    if (interactive) {
      redraw(err, message);
    } else {
      progress(err, message);
    }
  }

  private void redraw(PrintWriter err, String message) {
    if (quiet) {
      return;
    }
    err.print("\r\033[2K" + Ansi.AUTO.string("@|faint atelier: " + escape(message) + "|@"));
    err.flush();
    lineOpen = true;
  }

  /** Ends a redrawn line, so that what follows starts on its own line. */
  void done(PrintWriter err) {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
  }

  /** A problem line; "error:" in red on a terminal. */
  static String problem(String raw) {
    String line = visible(raw);
    int at = line.indexOf(": error: ");
    if (at < 0) {
      return line;
    }
    return Ansi.AUTO.string(
        escape(line.substring(0, at))
            + ": @|bold,red error:|@ "
            + escape(line.substring(at + ": error: ".length())));
  }

  /**
   * Text from a course file as it may be printed on a terminal: a control character (an ESC would
   * start a terminal sequence, a NUL or BEL would hide or ring) or a bidirectional override is
   * shown as its code, {@code <U+001B>}, never sent as it is.
   */
  static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
              boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
              if (control || bidi) {
                out.append(String.format("<U+%04X>", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** Picocli's markup uses {@code @|…|@}; author text must not be read as it. */
  private static String escape(String text) {
    return text.replace("@|", "@ |");
  }
}
