package org.atelier.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.atelier.markup.Markup;
import org.atelier.report.ProgressReport.ActivityResult;
import org.atelier.report.ProgressReport.AnswerCount;
import org.atelier.report.ProgressReport.Learner;
import org.atelier.report.ProgressReport.Status;
import org.atelier.report.ProgressReport.SurveyResult;

/**
 * The report's spreadsheets: {@code learners.csv}, {@code activities.csv} and {@code answers.csv},
 * RFC 4180 in UTF-8 with a BOM (as spreadsheets expect). Numbers are plain (minutes, percents), so
 * that a spreadsheet computes with them; words are in the report's language.
 */
final class ReportCsv {
  private final ReportText text;

  ReportCsv(ReportText text) {
    this.text = text;
  }

  byte[] learners(ProgressReport report) {
    Csv csv = new Csv();
    List<String> header =
        new ArrayList<>(
            List.of(text.get("learner"), text.get("account"), text.get("registration")));
    report.modules().forEach(m -> header.add(m.title()));
    header.addAll(
        text.get("score", "passed", "time", "lastSeen", "lastActivity", "answers", "rightAnswers"));
    csv.row(header);
    for (Learner l : report.learners()) {
      List<String> row = new ArrayList<>(List.of(l.name(), l.account(), l.registration()));
      report
          .modules()
          .forEach(m -> row.add(text.status(l.modules().getOrDefault(m.id(), Status.NOT_STARTED))));
      row.add(l.scaled() == null ? "" : Long.toString(Math.round(l.scaled() * 100)));
      row.add(l.passed() == null ? "" : text.yesNo(l.passed()));
      row.add(Long.toString(l.timeSpent().toMinutes()));
      row.add(l.lastSeen() == null ? "" : l.lastSeen().toString());
      row.add(l.lastActivity());
      row.add(Integer.toString(l.answers()));
      row.add(Integer.toString(l.rightAnswers()));
      csv.row(row);
    }
    return csv.bytes();
  }

  byte[] activities(ProgressReport report) {
    Csv csv = new Csv();
    csv.row(
        text.get("module", "activity", "part", "type", "learnersCount", "attempts", "successRate"));
    for (ActivityResult a : report.activities()) {
      csv.row(
          List.of(
              a.module(),
              a.title(),
              a.part() == null ? "" : text.part(a.part()),
              a.type(),
              Integer.toString(a.learners()),
              Long.toString(a.attempts()),
              Long.toString(Math.round(a.successRate() * 100))));
    }
    return csv.bytes();
  }

  byte[] answers(ProgressReport report) {
    Csv csv = new Csv();
    csv.row(text.get("kind", "module", "activity", "question", "answer", "count", "right"));
    for (ActivityResult a : report.activities()) {
      for (AnswerCount c : a.answers()) {
        csv.row(
            List.of(
                text.get("kind.activity"),
                a.module(),
                a.title(),
                a.part() == null ? "" : text.part(a.part()),
                c.label(),
                Long.toString(c.count()),
                text.yesNo(c.right())));
      }
    }
    for (SurveyResult q : report.surveys()) {
      for (AnswerCount c : q.answers()) {
        csv.row(
            List.of(
                text.get("kind.survey"),
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
      String v = value == null ? "" : Markup.printable(value);
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
}
