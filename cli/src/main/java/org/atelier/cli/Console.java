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

  @Option(
      names = {"-v", "--verbose"},
      description = "print more detail about what is done")
  boolean verbose;

  @Option(names = "--debug", description = "print a stack trace when something fails inside")
  boolean debug;

  /** A progress line, unless quiet. */
  void progress(PrintWriter err, String message) {
    if (!quiet) {
      err.println(Ansi.AUTO.string("@|faint atelier: " + escape(message) + "|@"));
    }
  }

  /** A detail line, only when verbose. */
  void detail(PrintWriter err, String message) {
    if (verbose && !quiet) {
      err.println("atelier: " + message);
    }
  }

  /** A problem line; "error:" in red on a terminal. */
  static String problem(String line) {
    int at = line.indexOf(": error: ");
    if (at < 0) {
      return line;
    }
    return Ansi.AUTO.string(
        escape(line.substring(0, at))
            + ": @|bold,red error:|@ "
            + escape(line.substring(at + ": error: ".length())));
  }

  /** Picocli's markup uses {@code @|…|@}; author text must not be read as it. */
  private static String escape(String text) {
    return text.replace("@|", "@ |");
  }
}
