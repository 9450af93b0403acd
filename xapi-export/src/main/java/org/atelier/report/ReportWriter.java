package org.atelier.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.atelier.markup.Markup;
import org.atelier.report.ProgressReport.ActivityResult;
import org.atelier.report.ProgressReport.AnswerCount;
import org.atelier.report.ProgressReport.Learner;
import org.atelier.report.ProgressReport.ModuleProgress;
import org.atelier.report.ProgressReport.Status;
import org.atelier.report.ProgressReport.SurveyResult;
import org.atelier.report.ProgressReport.Unreadable;

/**
 * Writes a {@link ProgressReport} into a folder: {@code report.html} (one self-contained page: no
 * script, nothing fetched, charts in inline SVG each with a text alternative and its data as a
 * table), {@code learners.csv}, {@code activities.csv} and {@code answers.csv} (UTF-8 with a BOM,
 * as spreadsheets expect) and {@code report.json}. French by default, English with {@code
 * language("en")}. Each file is written whole or not at all.
 *
 * <pre>{@code
 * List<Path> written = ReportWriter.language("fr").write(report, Path.of("rapport"));
 * }</pre>
 */
public final class ReportWriter {
  private static final VelocityEngine VELOCITY = engine();
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .registerModule(
              new SimpleModule()
                  .addSerializer(Duration.class, ToStringSerializer.instance)
                  .addSerializer(Instant.class, ToStringSerializer.instance));
  private static final int LABEL_CHARACTERS = 42;

  private final String language;
  private final Map<String, String> messages;
  private final ZoneId zone;

  private ReportWriter(String language, ZoneId zone) {
    this.language = language;
    this.messages = messages(language);
    this.zone = zone;
  }

  /** The languages a report is written in. */
  public static final List<String> LANGUAGES = List.of("fr", "en");

  /** A writer in {@code fr} (the default) or {@code en}; any other tag gives English. */
  public static ReportWriter language(String language) {
    return new ReportWriter(
        language != null && language.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en",
        ZoneId.systemDefault());
  }

  /** This writer, showing dates and times in {@code zone}. */
  public ReportWriter zone(ZoneId zone) {
    return new ReportWriter(language, zone);
  }

  /** Writes every file into {@code folder} (made if needed) and returns their paths. */
  public List<Path> write(ProgressReport report, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    written.add(save(folder.resolve("report.html"), html(report).getBytes(StandardCharsets.UTF_8)));
    written.add(save(folder.resolve("learners.csv"), learnersCsv(report)));
    written.add(save(folder.resolve("activities.csv"), activitiesCsv(report)));
    written.add(save(folder.resolve("answers.csv"), answersCsv(report)));
    written.add(save(folder.resolve("report.json"), JSON.writeValueAsBytes(report)));
    return written;
  }

  private static Path save(Path file, byte[] content) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    Files.write(partial, content);
    return Files.move(
        partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  // ---------- the page ----------

  /** The page, as a string. */
  public String html(ProgressReport report) {
    VelocityContext context = new VelocityContext();
    context.put("lang", language);
    context.put("t", messages);
    context.put("course", report.courseTitle());
    context.put(
        "generated",
        format(
            "generated",
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language))
                .withZone(zone)
                .format(Instant.now())));
    context.put(
        "counts",
        format(
            "counts",
            number(report.statements()),
            number(report.counted()),
            number(report.voided()),
            number(report.unreadableCount())));
    context.put("modules", modules(report));
    context.put("progressHeight", 34 * report.modules().size() + 4);
    context.put(
        "progressAlt",
        String.join(
            " ; ",
            report.modules().stream()
                .map(
                    m ->
                        format(
                            "progressAlt",
                            m.title(),
                            m.completed(),
                            m.inProgress(),
                            m.notStarted()))
                .toList()));
    context.put("learners", learners(report));
    context.put("activities", activities(report));
    context.put("surveys", surveys(report));
    List<Map<String, Object>> unreadable = new ArrayList<>();
    for (Unreadable u : report.unreadable()) {
      unreadable.add(Map.of("where", u.where(), "why", u.why()));
    }
    context.put("unreadable", unreadable);
    context.put("unreadableIntro", format("unreadableIntro", number(report.unreadableCount())));
    long more = report.unreadableCount() - report.unreadable().size();
    context.put("unreadableMore", more > 0 ? format("unreadableMore", number(more)) : "");
    EventCartridge events = new EventCartridge();
    events.addReferenceInsertionEventHandler(new EscapeEverything());
    events.attachToContext(context);
    StringWriter html = new StringWriter();
    VELOCITY.getTemplate("org/atelier/report/report.html.vm", "UTF-8").merge(context, html);
    return html.toString();
  }

  private List<Map<String, Object>> modules(ProgressReport report) {
    List<Map<String, Object>> list = new ArrayList<>();
    int y = 4;
    for (ModuleProgress m : report.modules()) {
      int total = Math.max(1, m.completed() + m.inProgress() + m.notStarted());
      int w1 = 480 * m.completed() / total;
      int w2 = 480 * m.inProgress() / total;
      Map<String, Object> v = new HashMap<>();
      v.put("title", m.title());
      v.put("short", shorten(m.title()));
      v.put("completed", m.completed());
      v.put("inProgress", m.inProgress());
      v.put("notStarted", m.notStarted());
      v.put("y", y);
      v.put("textY", y + 16);
      v.put("w1", w1);
      v.put("x2", 240 + w1);
      v.put("w2", w2);
      v.put("x3", 240 + w1 + w2);
      v.put("w3", 480 - w1 - w2);
      list.add(v);
      y += 34;
    }
    return list;
  }

  private List<Map<String, Object>> learners(ProgressReport report) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Learner l : report.learners()) {
      Map<String, Object> v = new HashMap<>();
      v.put("name", l.name());
      v.put("account", l.account());
      v.put("registration", shortId(l.registration()));
      List<Map<String, String>> statuses = new ArrayList<>();
      for (ModuleProgress m : report.modules()) {
        Status s = l.modules().getOrDefault(m.id(), Status.NOT_STARTED);
        statuses.add(Map.of("label", status(s), "css", css(s)));
      }
      v.put("statuses", statuses);
      v.put("score", l.scaled() == null ? messages.get("none") : percent(l.scaled()));
      v.put(
          "verdict",
          l.passed() == null ? "" : l.passed() ? messages.get("passed") : messages.get("failed"));
      v.put("time", duration(l.timeSpent()));
      v.put("lastSeen", l.lastSeen() == null ? messages.get("none") : dateTime(l.lastSeen()));
      v.put("lastActivity", l.lastActivity());
      v.put("answers", l.rightAnswers() + " / " + l.answers());
      list.add(v);
    }
    return list;
  }

  private String activityName(String title, String part) {
    return part == null ? title : title + " — " + part(part);
  }

  private String part(String part) {
    return part.startsWith("@") ? messages.getOrDefault("part." + part.substring(1), part) : part;
  }

  private List<Map<String, Object>> activities(ProgressReport report) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ActivityResult a : report.activities()) {
      Map<String, Object> v = new HashMap<>();
      v.put("module", a.module());
      v.put("name", activityName(a.title(), a.part()));
      v.put("learners", a.learners());
      v.put("attempts", number(a.attempts()));
      v.put("rate", percent(a.successRate()));
      v.put("rateWidth", Math.round(80 * a.successRate()));
      List<Map<String, Object>> answers = new ArrayList<>();
      for (AnswerCount c : a.answers()) {
        answers.add(
            Map.of(
                "label",
                c.label(),
                "count",
                number(c.count()),
                "right",
                messages.get(c.right() ? "yes" : "no")));
      }
      v.put("answers", answers);
      List<Map<String, Object>> wrong = new ArrayList<>();
      for (AnswerCount c : a.wrong()) {
        wrong.add(Map.of("label", c.label(), "count", number(c.count())));
      }
      v.put("wrong", wrong);
      list.add(v);
    }
    return list;
  }

  private List<Map<String, Object>> surveys(ProgressReport report) {
    List<Map<String, Object>> list = new ArrayList<>();
    int n = 0;
    for (SurveyResult q : report.surveys()) {
      Map<String, Object> v = new HashMap<>();
      v.put("id", "q" + ++n);
      v.put("survey", q.survey());
      v.put("question", q.question());
      v.put("respondents", format("respondents", q.respondents()));
      // No chart of zeros: the table still lists the options.
      v.put("answered", q.respondents() > 0 && !q.answers().isEmpty());
      long max = Math.max(1, q.maxCount());
      List<Map<String, Object>> bars = new ArrayList<>();
      List<String> alt = new ArrayList<>();
      int y = 4;
      for (AnswerCount c : q.answers()) {
        int width = (int) (360 * c.count() / max);
        Map<String, Object> b = new HashMap<>();
        b.put("label", c.label());
        b.put("short", shorten(c.label()));
        b.put("count", number(c.count()));
        b.put("y", y);
        b.put("textY", y + 15);
        b.put("width", width);
        b.put("countX", 306 + width);
        bars.add(b);
        alt.add(c.label() + " " + number(c.count()));
        y += 28;
      }
      v.put("bars", bars);
      v.put("height", y + 4);
      v.put("alt", format("chartAlt", q.question(), String.join(", ", alt)));
      list.add(v);
    }
    return list;
  }

  // ---------- the spreadsheets ----------

  private byte[] learnersCsv(ProgressReport report) {
    Csv csv = new Csv();
    List<String> header =
        new ArrayList<>(
            List.of(
                messages.get("learner"), messages.get("account"), messages.get("registration")));
    report.modules().forEach(m -> header.add(m.title()));
    header.addAll(
        List.of(
            messages.get("score"),
            messages.get("passed"),
            messages.get("time"),
            messages.get("lastSeen"),
            messages.get("lastActivity"),
            messages.get("answers"),
            messages.get("rightAnswers")));
    csv.row(header);
    for (Learner l : report.learners()) {
      List<String> row = new ArrayList<>(List.of(l.name(), l.account(), l.registration()));
      report
          .modules()
          .forEach(m -> row.add(status(l.modules().getOrDefault(m.id(), Status.NOT_STARTED))));
      row.add(l.scaled() == null ? "" : Long.toString(Math.round(l.scaled() * 100)));
      row.add(l.passed() == null ? "" : messages.get(l.passed() ? "yes" : "no"));
      row.add(Long.toString(l.timeSpent().toMinutes()));
      row.add(l.lastSeen() == null ? "" : l.lastSeen().toString());
      row.add(l.lastActivity());
      row.add(Integer.toString(l.answers()));
      row.add(Integer.toString(l.rightAnswers()));
      csv.row(row);
    }
    return csv.bytes();
  }

  private byte[] activitiesCsv(ProgressReport report) {
    Csv csv = new Csv();
    csv.row(
        List.of(
            messages.get("module"),
            messages.get("activity"),
            messages.get("part"),
            messages.get("type"),
            messages.get("learnersCount"),
            messages.get("attempts"),
            messages.get("successRate")));
    for (ActivityResult a : report.activities()) {
      csv.row(
          List.of(
              a.module(),
              a.title(),
              a.part() == null ? "" : part(a.part()),
              a.type(),
              Integer.toString(a.learners()),
              Long.toString(a.attempts()),
              Long.toString(Math.round(a.successRate() * 100))));
    }
    return csv.bytes();
  }

  private byte[] answersCsv(ProgressReport report) {
    Csv csv = new Csv();
    csv.row(
        List.of(
            messages.get("kind"),
            messages.get("module"),
            messages.get("activity"),
            messages.get("question"),
            messages.get("answer"),
            messages.get("count"),
            messages.get("right")));
    for (ActivityResult a : report.activities()) {
      for (AnswerCount c : a.answers()) {
        csv.row(
            List.of(
                messages.get("kind.activity"),
                a.module(),
                a.title(),
                a.part() == null ? "" : part(a.part()),
                c.label(),
                Long.toString(c.count()),
                messages.get(c.right() ? "yes" : "no")));
      }
    }
    for (SurveyResult q : report.surveys()) {
      for (AnswerCount c : q.answers()) {
        csv.row(
            List.of(
                messages.get("kind.survey"),
                "",
                q.survey(),
                q.question(),
                c.label(),
                Long.toString(c.count()),
                ""));
      }
    }
    return csv.bytes();
  }

  /**
   * RFC 4180 rows with a BOM; a cell a spreadsheet would run as a formula (=, +, -, @, tab, return
   * at its start) is led by an apostrophe, so that learners' text stays text.
   */
  private static final class Csv {
    private final StringBuilder text = new StringBuilder("\uFEFF");

    void row(List<String> cells) {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          text.append(',');
        }
        text.append(cell(cells.get(i)));
      }
      text.append("\r\n");
    }

    private static String cell(String value) {
      String v = value == null ? "" : printable(value);
      if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
        v = "'" + v;
      }
      if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
        v = "\"" + v.replace("\"", "\"\"") + "\"";
      }
      return v;
    }

    byte[] bytes() {
      return text.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  // ---------- words and numbers ----------

  private String status(Status s) {
    return messages.get(
        switch (s) {
          case COMPLETED -> "completed";
          case IN_PROGRESS -> "inProgress";
          case NOT_STARTED -> "notStarted";
        });
  }

  private static String css(Status s) {
    return switch (s) {
      case COMPLETED -> "completed";
      case IN_PROGRESS -> "in-progress";
      case NOT_STARTED -> "not-started";
    };
  }

  private String format(String key, Object... args) {
    return new MessageFormat(messages.get(key), Locale.forLanguageTag(language)).format(args);
  }

  private String number(long n) {
    return String.format(Locale.forLanguageTag(language), "%,d", n);
  }

  private String percent(double share) {
    return Math.round(share * 100) + (language.equals("fr") ? " %" : "%");
  }

  private String duration(Duration d) {
    long minutes = d.toMinutes();
    return minutes < 60
        ? format("minutes", minutes)
        : format("hoursMinutes", minutes / 60, String.format("%02d", minutes % 60));
  }

  private String dateTime(Instant when) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(Locale.forLanguageTag(language))
        .withZone(zone)
        .format(when);
  }

  private static String shortId(String registration) {
    return registration == null || registration.length() <= 8
        ? String.valueOf(registration == null ? "" : registration)
        : registration.substring(0, 8);
  }

  private static String shorten(String label) {
    return label.length() <= LABEL_CHARACTERS
        ? label
        : label.substring(0, LABEL_CHARACTERS - 1).stripTrailing() + "…";
  }

  private static Map<String, String> messages(String language) {
    Properties properties = new Properties();
    try (InputStream in =
        ReportWriter.class.getResourceAsStream("report_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> messages = new LinkedHashMap<>();
    properties.forEach((k, v) -> messages.put((String) k, (String) v));
    return messages;
  }

  private static VelocityEngine engine() {
    VelocityEngine engine = new VelocityEngine();
    engine.setProperty("resource.loaders", "class");
    engine.setProperty(
        "resource.loader.class.class",
        "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
    engine.setProperty("runtime.strict_mode.enable", true);
    engine.init();
    return engine;
  }

  /** Every inserted value is HTML-escaped: learners' names and answers are inert here. */
  private static final class EscapeEverything implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(
        org.apache.velocity.context.Context context, String reference, Object value) {
      return value == null ? null : Markup.escapeHtml(printable(value.toString()));
    }
  }

  /**
   * A learner's name or answer as the report may show it: an LRS stores what a launcher sent, NUL
   * and escape bytes included, which have no place in HTML or a spreadsheet; each becomes U+FFFD.
   */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
      if (control && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(control ? '\uFFFD' : c);
      }
    }
    return out == null ? text : out.toString();
  }
}
