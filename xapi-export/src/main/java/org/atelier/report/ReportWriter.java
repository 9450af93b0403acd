package org.atelier.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atelier.site.Messages;
import org.atelier.site.Templates;

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
  private static final String PAGE = "org/atelier/report/report.html.vm";

  private final ReportText text;

  private ReportWriter(ReportText text) {
    this.text = text;
  }

  /** The languages a report is written in. */
  public static final List<String> LANGUAGES = Messages.LANGUAGES;

  /** A writer in {@code fr} (the default) or {@code en}; any other tag gives English. */
  public static ReportWriter language(String language) {
    return new ReportWriter(new ReportText(Messages.language(language), ZoneId.systemDefault()));
  }

  /** This writer, showing dates and times in {@code zone}. */
  public ReportWriter zone(ZoneId zone) {
    return new ReportWriter(new ReportText(text.language(), zone));
  }

  /** Writes every file into {@code folder} (made if needed) and returns their paths. */
  public List<Path> write(ProgressReport report, Path folder) throws IOException {
    Files.createDirectories(folder);
    ReportCsv csv = new ReportCsv(text);
    List<Path> written = new ArrayList<>();
    written.add(save(folder.resolve("report.html"), html(report).getBytes(StandardCharsets.UTF_8)));
    written.add(save(folder.resolve("learners.csv"), csv.learners(report)));
    written.add(save(folder.resolve("activities.csv"), csv.activities(report)));
    written.add(save(folder.resolve("answers.csv"), csv.answers(report)));
    written.add(save(folder.resolve("report.json"), ReportJson.bytes(report)));
    return written;
  }

  private static Path save(Path file, byte[] content) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    Files.write(partial, content);
    return Files.move(
        partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The page, as a string. */
  public String html(ProgressReport report) {
    return Templates.render(
        PAGE, Map.of("t", text.messages(), "page", PageView.of(report, text, Instant.now())));
  }
}
