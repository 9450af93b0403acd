package org.atelier.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.atelier.report.ProgressReport.ActivityResult;
import org.atelier.report.ProgressReport.AnswerCount;
import org.atelier.report.ProgressReport.Learner;
import org.atelier.report.ProgressReport.ModuleProgress;
import org.atelier.report.ProgressReport.Status;
import org.atelier.report.ProgressReport.SurveyResult;
import org.atelier.report.ProgressReport.Unreadable;

/**
 * What {@code report.html} shows, worked out in Java: every text in the report's language, every
 * chart's geometry in pixels. The template only places it. The records are public because Velocity
 * reads only public types; the class around them keeps them out of the package's API.
 */
final class PageView {
  private PageView() {}

  /**
   * The whole page.
   *
   * @param lang the page's language
   * @param course the course's title
   * @param generated when the report was made, in words
   * @param counts the statements read, counted, voided and unreadable, in words
   * @param modules the course's modules and their progress, for the table under the chart
   * @param progress the group's progress per module
   * @param learners one row per learner and registration
   * @param activities the scored activities
   * @param surveys the survey questions
   * @param unreadable the unreadable statements listed
   * @param unreadableIntro the words before them
   * @param unreadableMore how many more there are, in words, or ""
   */
  public record Page(
      String lang,
      String course,
      String generated,
      String counts,
      List<ModuleProgress> modules,
      BarChart progress,
      List<LearnerRow> learners,
      List<ActivityRow> activities,
      List<SurveyView> surveys,
      List<Unreadable> unreadable,
      String unreadableIntro,
      String unreadableMore) {}

  /**
   * A chart of horizontal bars in inline SVG, 720 pixels wide.
   *
   * @param alt its text alternative
   * @param height its height in pixels
   * @param barHeight each bar's height
   * @param bars one row each, top to bottom
   */
  public record BarChart(String alt, int height, int barHeight, List<Bar> bars) {
    private static final int TOP = 4;
    private static final int LABEL_CHARACTERS = 42;
    private static final int COUNT_GAP = 6;

    /**
     * The group's progress: a row of 34 pixels per module, its three segments (completed, in
     * progress, not started) filling 480 pixels from x 240 together; not started takes what
     * rounding down leaves, so a module no one started is all grey.
     */
    static BarChart progress(String alt, List<ModuleProgress> modules) {
      int x = 240;
      int span = 480;
      List<Row> rows = new ArrayList<>();
      for (ModuleProgress m : modules) {
        int learners = m.completed() + m.inProgress() + m.notStarted();
        int total = Math.max(1, learners);
        int done = span * m.completed() / total;
        int started = span * m.inProgress() / total;
        rows.add(
            new Row(
                m.title(),
                Integer.toString(learners),
                List.of(
                    new Segment(x, done, "#1f7a3a"),
                    new Segment(x + done, started, "#f0a020"),
                    new Segment(x + done + started, span - done - started, "#e4e4e4"))));
      }
      return place(alt, 34, 22, 16, 0, rows);
    }

    /**
     * A survey question's answers: a row of 28 pixels per answer, its bar from x 300 and 360 pixels
     * long for the most frequent answer, its count written just after the bar.
     *
     * @param number how a count is written
     */
    static BarChart answers(String alt, List<AnswerCount> answers, LongFunction<String> number) {
      int x = 300;
      int span = 360;
      long max = Math.max(1, answers.stream().mapToLong(AnswerCount::count).max().orElse(0));
      List<Row> rows = new ArrayList<>();
      for (AnswerCount c : answers) {
        int width = (int) (span * c.count() / max);
        rows.add(
            new Row(c.label(), number.apply(c.count()), List.of(new Segment(x, width, "#2b5fa8"))));
      }
      return place(alt, 28, 20, 15, 4, rows);
    }

    private record Row(String label, String count, List<Segment> segments) {}

    /**
     * Rows from the top, {@code pitch} apart, the label's baseline {@code drop} below the bar's
     * top.
     */
    private static BarChart place(
        String alt, int pitch, int barHeight, int drop, int bottom, List<Row> rows) {
      List<Bar> bars = new ArrayList<>();
      int y = TOP;
      for (Row row : rows) {
        Segment last = row.segments().get(row.segments().size() - 1);
        bars.add(
            new Bar(
                row.label(),
                shorten(row.label()),
                row.count(),
                y,
                y + drop,
                last.x() + last.width() + COUNT_GAP,
                row.segments()));
        y += pitch;
      }
      return new BarChart(alt, y + bottom, barHeight, List.copyOf(bars));
    }

    private static String shorten(String label) {
      return label.length() <= LABEL_CHARACTERS
          ? label
          : label.substring(0, LABEL_CHARACTERS - 1).stripTrailing() + "…";
    }
  }

  /**
   * One row of a bar chart.
   *
   * @param label its label in full (the table's)
   * @param shortLabel its label as the chart shows it
   * @param count its count, written
   * @param y the top of its bar
   * @param textY the baseline of its label and count
   * @param countX where its count is written, after the bar
   * @param segments its bar, in one or more segments from left to right
   */
  public record Bar(
      String label,
      String shortLabel,
      String count,
      int y,
      int textY,
      int countX,
      List<Segment> segments) {}

  /**
   * A part of a bar.
   *
   * @param x where it starts
   * @param width its width
   * @param fill its colour
   */
  public record Segment(int x, int width, String fill) {}

  /** A learner's row: what the page shows of a {@link Learner}, in words. */
  public record LearnerRow(
      String name,
      String account,
      String registration,
      List<StatusCell> statuses,
      String score,
      String verdict,
      String time,
      String lastSeen,
      String lastActivity,
      String answers) {}

  /** A learner's status in one module, and its class in the page's style sheet. */
  public record StatusCell(String label, String css) {}

  /** A scored activity's row and its answers. */
  public record ActivityRow(
      String module,
      String name,
      int learners,
      String attempts,
      String rate,
      long rateWidth,
      List<AnswerRow> answers,
      List<AnswerRow> wrong) {}

  /** An answer, how many gave it, and whether it is right ("" where the page does not say). */
  public record AnswerRow(String label, String count, String right) {}

  /** A survey question, its respondents and its chart ({@code answered}: worth a chart). */
  public record SurveyView(
      String id,
      String survey,
      String question,
      String respondents,
      boolean answered,
      BarChart chart) {}

  /** The page of {@code report}, made at {@code now}. */
  static Page of(ProgressReport report, ReportText text, Instant now) {
    long more = report.unreadableCount() - report.unreadable().size();
    return new Page(
        text.language(),
        report.courseTitle(),
        text.generated(now),
        text.format(
            "counts",
            text.number(report.statements()),
            text.number(report.counted()),
            text.number(report.voided()),
            text.number(report.unreadableCount())),
        report.modules(),
        BarChart.progress(
            String.join(
                " ; ",
                report.modules().stream()
                    .map(
                        m ->
                            text.format(
                                "progressAlt",
                                m.title(),
                                m.completed(),
                                m.inProgress(),
                                m.notStarted()))
                    .toList()),
            report.modules()),
        report.learners().stream().map(l -> learner(l, report.modules(), text)).toList(),
        report.activities().stream().map(a -> activity(a, text)).toList(),
        surveys(report.surveys(), text),
        report.unreadable(),
        text.format("unreadableIntro", text.number(report.unreadableCount())),
        more > 0 ? text.format("unreadableMore", text.number(more)) : "");
  }

  private static LearnerRow learner(Learner l, List<ModuleProgress> modules, ReportText text) {
    List<StatusCell> statuses = new ArrayList<>();
    for (ModuleProgress m : modules) {
      Status s = l.modules().getOrDefault(m.id(), Status.NOT_STARTED);
      statuses.add(new StatusCell(text.status(s), css(s)));
    }
    return new LearnerRow(
        l.name(),
        l.account(),
        shortId(l.registration()),
        List.copyOf(statuses),
        l.scaled() == null ? text.get("none") : text.percent(l.scaled()),
        l.passed() == null ? "" : l.passed() ? text.get("passed") : text.get("failed"),
        text.duration(l.timeSpent()),
        l.lastSeen() == null ? text.get("none") : text.dateTime(l.lastSeen()),
        l.lastActivity(),
        l.rightAnswers() + " / " + l.answers());
  }

  private static ActivityRow activity(ActivityResult a, ReportText text) {
    return new ActivityRow(
        a.module(),
        text.activityName(a.title(), a.part()),
        a.learners(),
        text.number(a.attempts()),
        text.percent(a.successRate()),
        Math.round(80 * a.successRate()),
        a.answers().stream()
            .map(c -> new AnswerRow(c.label(), text.number(c.count()), text.yesNo(c.right())))
            .toList(),
        a.wrong().stream().map(c -> new AnswerRow(c.label(), text.number(c.count()), "")).toList());
  }

  private static List<SurveyView> surveys(List<SurveyResult> surveys, ReportText text) {
    List<SurveyView> views = new ArrayList<>();
    for (SurveyResult q : surveys) {
      String alt =
          text.format(
              "chartAlt",
              q.question(),
              String.join(
                  ", ",
                  q.answers().stream()
                      .map(c -> c.label() + " " + text.number(c.count()))
                      .toList()));
      views.add(
          new SurveyView(
              "q" + (views.size() + 1),
              q.survey(),
              q.question(),
              text.format("respondents", q.respondents()),
              // No chart of zeros: the table still lists the options.
              q.respondents() > 0 && !q.answers().isEmpty(),
              BarChart.answers(alt, q.answers(), text::number)));
    }
    return List.copyOf(views);
  }

  private static String css(Status s) {
    return switch (s) {
      case COMPLETED -> "completed";
      case IN_PROGRESS -> "in-progress";
      case NOT_STARTED -> "not-started";
    };
  }

  private static String shortId(String registration) {
    return registration == null || registration.length() <= 8
        ? String.valueOf(registration == null ? "" : registration)
        : registration.substring(0, 8);
  }
}
