package org.atelier.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.atelier.model.Course;
import org.atelier.questionbank.GiftExporter;
import org.atelier.questionbank.MoodleXmlExporter;
import org.atelier.questionbank.QuestionBankExport;
import org.atelier.questionbank.Skipped;
import org.atelier.scorm.ScormExporter;
import org.atelier.scorm.SuspendDataBudgetException;
import org.atelier.site.SiteRenderer;
import org.atelier.site.Tracker;
import org.atelier.xapi.XapiExporter;

/**
 * The output formats of {@code atelier build}, by name, in the order {@code all} builds them. Each
 * entry only calls the exporter's Java API: the command line holds no export logic of its own.
 */
final class Formats {
  private Formats() {}

  /** A question-bank format: writes the file and notes each item left out. */
  private static FormatWriter questionBank(Function<Course, QuestionBankExport> export) {
    return (course, out, options) -> {
      QuestionBankExport result = export.apply(course);
      for (Skipped skipped : result.skipped()) {
        options.notes().accept("left out " + skipped);
      }
      return List.of(result.writeTo(out));
    };
  }

  static final Map<String, FormatWriter> ALL = formats();

  private static Map<String, FormatWriter> formats() {
    Map<String, FormatWriter> formats = new LinkedHashMap<>();
    formats.put(
        "site",
        (course, out, options) -> {
          // A folder that opens from disk: index.html plays with the local tracker.
          Path folder = out.resolve(course.id() + "-site");
          SiteRenderer.render(course, Tracker.local()).write(folder);
          return List.of(folder.resolve("index.html"));
        });
    for (ScormExporter scorm : List.of(ScormExporter.scorm12(), ScormExporter.scorm2004())) {
      formats.put(
          scorm.version().format(),
          (course, out, options) -> {
            try {
              ScormExporter exporter = scorm.scoPerModule(options.sco().equals("module"));
              for (String note : exporter.platformNotes(course)) {
                options.notes().accept("note: " + note);
              }
              return List.of(exporter.write(course, out));
            } catch (SuspendDataBudgetException e) {
              throw new BuildRefusedException("atelier build: " + e.getMessage());
            }
          });
    }
    for (XapiExporter xapi : List.of(XapiExporter.tinCan(), XapiExporter.cmi5())) {
      formats.put(xapi.format(), (course, out, options) -> List.of(xapi.write(course, out)));
    }
    formats.put("moodle-xml", questionBank(MoodleXmlExporter::export));
    formats.put("gift", questionBank(GiftExporter::export));
    return formats;
  }
}
