package org.atelier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.atelier.report.ProgressReport;
import org.atelier.report.ReportQuery;
import org.atelier.report.ReportReader;
import org.atelier.report.ReportWriter;
import org.atelier.report.StatementFiles;
import org.atelier.xapi.lrs.LrsClient;
import org.atelier.xapi.lrs.LrsException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atelier report COURSE --lrs URL | --statements FILE --out DIR}: the trainer's report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the trainer's progress report of a course, from an LRS or from a file",
      "of statements exported from one: report.html, learners.csv, activities.csv,",
      "answers.csv and report.json.",
      "Credentials: ATELIER_LRS_USERNAME and ATELIER_LRS_PASSWORD, or --credentials",
      "FILE (one line username:password); never on the command line."
    },
    footer = {
      "%nExamples:",
      "  export ATELIER_LRS_USERNAME=key ATELIER_LRS_PASSWORD=secret",
      "  atelier report course.yaml --lrs https://lrs.example.org/xapi/ -o rapport",
      "  atelier report course.yaml --statements export.json --since 2026-11-01"
    })
final class ReportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "COURSE", description = "the course file the packages were built from")
  Path course;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Where the statements come from: exactly one of the two. */
  static final class Source {
    @Option(names = "--lrs", paramLabel = "URL", description = "the LRS's xAPI endpoint")
    URI lrs;

    @Option(
        names = "--statements",
        paramLabel = "FILE",
        description = "a file of statements instead: a JSON array, or one statement per line")
    Path statements;
  }

  @Option(
      names = {"-o", "--out"},
      defaultValue = "report",
      paramLabel = "DIR",
      description = "the folder to write into (default: report)")
  Path out;

  @Option(names = "--registration", paramLabel = "ID", description = "only this registration")
  String registration;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "only statements from this day (2026-11-01) or instant (ISO 8601) on")
  String since;

  @Option(
      names = "--lang",
      defaultValue = "fr",
      paramLabel = "fr|en",
      description = "the report's language (default: fr)")
  String lang;

  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description = "a file holding username:password for the LRS")
  Path credentials;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin Console console;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    URI lrs = source.lrs;
    Path statements = source.statements;
    if (lrs != null && !isHttp(lrs)) {
      throw Exit.with(
          Exit.USAGE,
          "--lrs "
              + lrs
              + " is not an http:// or https:// address; give the LRS's xAPI endpoint, such as"
              + " https://lrs.example.org/xapi/");
    }
    if (lang != null
        && !ReportWriter.LANGUAGES.contains(
            lang.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0])) {
      throw Exit.with(
          Exit.USAGE,
          "--lang "
              + lang
              + ": the report is written in "
              + String.join(" or ", ReportWriter.LANGUAGES)
              + " (default fr)");
    }
    Instant from;
    try {
      from = since == null ? null : instant(since);
    } catch (DateTimeParseException e) {
      throw Exit.with(
          Exit.USAGE,
          "--since \""
              + since
              + "\" is not a date (2026-11-01) or an instant"
              + " (2026-11-01T09:00:00Z)");
    }
    ReportReader reader =
        ReportReader.of(
            CourseLoader.load(course),
            ReportQuery.builder().registration(registration).since(from).build());
    long started = System.nanoTime();
    LongConsumer progress =
        n -> {
          double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
          console.count(err, String.format("read %,d statements (%,.0f a second)", n, n / seconds));
        };
    ProgressReport report;
    try {
      if (lrs != null) {
        String[] login = login();
        LrsClient client = LrsClient.to(lrs.toString().endsWith("/") ? lrs : URI.create(lrs + "/"));
        if (login.length == 2) {
          client = client.credentials(login[0], login[1]);
        }
        report = reader.readLrs(client, progress);
      } else {
        report = reader.readFile(statements, progress);
      }
    } catch (LrsException e) {
      throw Exit.with(Exit.EXTERNAL, e.getMessage() + advice(e));
    } catch (StatementFiles.NotStatementsException e) {
      throw Exit.with(Exit.INVALID_INPUT, e.getMessage());
    } catch (NoSuchFileException e) {
      throw Exit.with(Exit.EXTERNAL, e.getFile() + ": no such file");
    } catch (IOException e) {
      throw Exit.with(
          Exit.INVALID_INPUT, "cannot read " + statements + ": " + Exit.reason(e, statements));
    }
    console.done(err);
    if (report.unreadableCount() > 0) {
      err.println(
          "atelier report: "
              + report.unreadableCount()
              + " statement(s) could not be understood and are not counted; the report lists"
              + " them. The first: "
              + report.unreadable().get(0).where()
              + ": "
              + report.unreadable().get(0).why());
    }
    List<Path> written;
    try {
      written = ReportWriter.language(lang).write(report, this.out);
    } catch (IOException e) {
      throw Exit.with(
          Exit.EXTERNAL, "cannot write into " + this.out + ": " + Exit.reason(e, this.out));
    }
    written.forEach(out::println);
    out.flush();
    return 0;
  }

  private static Instant instant(String text) {
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
    return OffsetDateTime.parse(text).toInstant();
  }

  private static boolean isHttp(URI uri) {
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }

  /** {username, password}, or {} when none is given; a usage error when it is half given. */
  private String[] login() {
    if (credentials != null) {
      String line;
      try {
        line = Files.readString(credentials, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw Exit.with(
            Exit.EXTERNAL,
            "cannot read the credentials file "
                + credentials
                + (Files.exists(credentials) ? "" : ": no such file"));
      }
      int colon = line.indexOf(':');
      if (colon < 1) {
        throw Exit.with(
            Exit.USAGE,
            credentials + " must hold one line username:password (it is not shown here)");
      }
      return new String[] {line.substring(0, colon), line.substring(colon + 1)};
    }
    String user = System.getenv("ATELIER_LRS_USERNAME");
    String password = System.getenv("ATELIER_LRS_PASSWORD");
    if (user == null && password == null) {
      return new String[0];
    }
    if (user == null || password == null) {
      throw Exit.with(
          Exit.USAGE, "set both ATELIER_LRS_USERNAME and ATELIER_LRS_PASSWORD, or neither");
    }
    return new String[] {user, password};
  }

  private static String advice(LrsException e) {
    if (e.status() == 401 || e.status() == 403) {
      return ". Check ATELIER_LRS_USERNAME and ATELIER_LRS_PASSWORD (or --credentials): the"
          + " LRS's key and secret for reading statements.";
    }
    if (e.status() == 0) {
      return ". Check the address (--lrs is the xAPI endpoint, often ending in /xapi/) and"
          + " that the LRS is up.";
    }
    if (e.status() == 404 || e.getMessage().contains("not an xAPI")) {
      return ". Is --lrs the LRS's xAPI endpoint (often ending in /xapi/)?";
    }
    return "";
  }
}
