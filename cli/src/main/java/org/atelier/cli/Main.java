package org.atelier.cli;

import java.io.PrintWriter;
import java.util.List;
import org.atelier.format.FormatException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code atelier} command. Results go to standard output, progress and messages to standard
 * error. Exit codes: see {@link Exit}, the one place that maps failures to codes.
 */
@Command(
    name = "atelier",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Author e-learning activities once; export SCORM, xAPI, cmi5 and Moodle files.",
    subcommands = {
      NewCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      BuildCommand.class,
      PreviewCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n")
public final class Main implements java.util.concurrent.Callable<Integer> {

  /** Exit code: the input (a course file, a statement file) has problems. */
  public static final int INVALID_INPUT = Exit.INVALID_INPUT.code;

  /** Exit code: the command was called wrongly. */
  public static final int USAGE = Exit.USAGE.code;

  /** Exit code: a file or a server could not be read or written. */
  public static final int EXTERNAL = Exit.EXTERNAL.code;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** {@code atelier} alone: what the commands are, and a usage error (nothing was asked). */
  @Override
  public Integer call() {
    throw Exit.with(
        Exit.USAGE,
        "give a command: "
            + String.join(", ", spec.subcommands().keySet())
            + " (atelier --help says what each does)");
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
    cli.getCommandSpec().usageMessage().exitCodeList(Exit.helpList());
    cli.setExitCodeExceptionMapper(Exit::codeOf);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("atelier: " + words(e));
          err.println("Try `atelier " + commandName(e.getCommandLine()) + "--help`.");
          return e.getCommandLine().getExitCodeExceptionMapper().getExitCode(e);
        });
    cli.setExecutionExceptionHandler(Main::failed);
    BuildCommand.describeFormats(cli.getSubcommands().get("build"));
    return cli.execute(args);
  }

  /**
   * What picocli says, except for a choice not made between options that exclude each other ({@code
   * --lrs URL or --statements FILE}): the options as the help writes them.
   */
  private static String words(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.MissingParameterException missing
        && !missing.getMissing().isEmpty()
        && missing.getMissing().get(0).group() != null
        && missing.getMissing().get(0).group().exclusive()) {
      List<String> options = new java.util.ArrayList<>();
      for (CommandLine.Model.ArgSpec arg : missing.getMissing().get(0).group().args()) {
        if (arg instanceof CommandLine.Model.OptionSpec option) {
          options.add(option.longestName() + " " + option.paramLabel());
        }
      }
      return "give " + String.join(" or ", options);
    }
    return e.getMessage();
  }

  /** Says why a command failed, in words, and ends it with the code {@link Exit} maps it to. */
  private static int failed(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    Console console = console(commandLine);
    if (console != null) {
      console.done(err);
    }
    String prefix = ("atelier " + commandName(commandLine)).strip() + ": ";
    if (e instanceof Exit.Failure failure) {
      err.println((failure.general ? "atelier: " : prefix) + failure.getMessage());
    } else if (e instanceof CourseLoader.Problems problems) {
      problems.print(err);
    } else if (e instanceof FormatException refused) {
      err.println(prefix + BuildCommand.refusal(refused));
      err.println(prefix + "nothing was written");
    } else {
      // A bug of ours: say so plainly rather than print a trace to designers.
      err.println("atelier: internal error: " + e);
      if (console != null && console.debug) {
        e.printStackTrace(err);
      } else {
        err.println("Run again with --debug for detail, and report it with the course file.");
      }
    }
    err.flush();
    return commandLine.getExitCodeExceptionMapper().getExitCode(e);
  }

  /** The command's shared options, or null for {@code atelier} alone. */
  private static Console console(CommandLine commandLine) {
    CommandLine.Model.CommandSpec mixin = commandLine.getCommandSpec().mixins().get("console");
    return mixin == null ? null : (Console) mixin.userObject();
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
