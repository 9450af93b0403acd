package org.atelier.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code atelier} command. Results go to standard output, progress and messages to standard
 * error. Exit codes: 0 done, 1 invalid input, 2 usage error, 3 external failure (a file that cannot
 * be read or written, a server that cannot be reached).
 */
@Command(
    name = "atelier",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Author e-learning activities once; export SCORM, xAPI, cmi5 and Moodle files.",
    subcommands = {
      NewCommand.class,
      ValidateCommand.class,
      BuildCommand.class,
      PreviewCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:invalid input (the course file has problems)",
      "2:usage error",
      "3:external failure (a file or server could not be read or written)",
      "70:internal error (a bug: please report it)"
    })
public final class Main implements Runnable {

  /** Exit code: the input (a course file, a statement file) has problems. */
  public static final int INVALID_INPUT = 1;

  /** Exit code: the command was called wrongly. */
  public static final int USAGE = 2;

  /** Exit code: a file or a server could not be read or written. */
  public static final int EXTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("atelier: " + e.getMessage());
          err.println("Try `atelier " + commandName(e.getCommandLine()) + "--help`.");
          return USAGE;
        });
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // A bug of ours: say so plainly rather than print a trace to designers.
          err.println("atelier: internal error: " + e);
          if (debug) {
            e.printStackTrace(err);
          } else {
            err.println("Run again with --debug for detail, and report it with the course file.");
          }
          return 70;
        });
    return cli.execute(args);
  }

  private static String commandName(CommandLine commandLine) {
    String name = commandLine.getCommandName();
    return "atelier".equals(name) ? "" : name + " ";
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      java.util.Properties build = new java.util.Properties();
      try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
        build.load(in);
      } catch (java.io.IOException | NullPointerException e) {
        return new String[] {"atelier (unknown version)"};
      }
      return new String[] {
        "atelier " + build.getProperty("version"),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }
  }
}
