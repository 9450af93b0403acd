package org.atelier.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.atelier.model.Course;
import org.atelier.print.PrintKit;
import org.atelier.questionbank.GiftExporter;
import org.atelier.questionbank.MoodleXmlExporter;
import org.atelier.scorm.ScormExporter;
import org.atelier.site.SiteRenderer;
import org.atelier.site.Tracker;
import org.atelier.xapi.XapiExporter;

/**
 * Writes BENCHMARKS.md from JMH's JSON results, the sizes of the example course's packages and
 * print kit, the keys each activity takes with the keyboard alone (as KeyboardOnlyTest keeps them),
 * and the cold-start timings measured by {@code benchmarks/run}.
 *
 * <p>Usage: {@code Report <jmh.json> <cold-start ms, comma-separated> <machine> <output.md>}, or
 * {@code Report --figures <output.md>} for the sizes and keys alone: they are the same on every
 * machine, so they can be written again without timing anything.
 */
public final class Report {
  /** The keys KeyboardOnlyTest keeps, from the project's root. */
  static final String KEPT_KEYS = "core/src/test/resources/org/atelier/site/keyboard-counts.tsv";

  private Report() {}

  /** Writes the report. */
  public static void main(String[] args) throws Exception {
    if (args[0].equals("--figures")) {
      StringBuilder md = new StringBuilder();
      figures(md);
      Files.writeString(Path.of(args[1]), md.toString(), StandardCharsets.UTF_8);
      return;
    }
    JsonNode results = new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[0])));
    List<Long> cold =
        java.util.Arrays.stream(args[1].split(","))
            .map(String::trim)
            .map(Long::parseLong)
            .sorted()
            .toList();
    String machine = args[2];
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n")
        .append("Measured on ")
        .append(machine)
        .append(", ")
        .append(LocalDate.now())
        .append(
            ", with `benchmarks/run` (JMH, one fork, each benchmark's own warm-up and measured iterations; the")
        .append(" error is JMH's 99.9 % interval). Reproduce: `benchmarks/run`.\n\n");
    md.append(
        "## Speed\n\n| benchmark | parameter | score | error | unit |\n| --- | --- | --- | --- | --- |\n");
    for (JsonNode r : results) {
      String name = r.path("benchmark").asText().replace("org.atelier.benchmarks.", "");
      String param = "";
      for (var p : (Iterable<java.util.Map.Entry<String, JsonNode>>) r.path("params")::fields) {
        param = p.getValue().asText() + " " + p.getKey();
      }
      JsonNode metric = r.path("primaryMetric");
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.3f | ± %.3f | %s |%n",
              name,
              param,
              metric.path("score").asDouble(),
              metric.path("scoreError").asDouble(),
              metric.path("scoreUnit").asText()));
    }
    md.append(
            "\nCost per activity (ScaleBenchmark score ÷ activities) shows whether cost stays flat")
        .append(" from 10 to 10,000 activities.\n\n");
    reportThroughput(md, results);
    md.append("## Cold start\n\n`./atelier build examples/cafe-ia/course.yaml --format all`")
        .append(" (the launcher: `java -XX:SharedArchiveFile=cli/target/atelier.jsa")
        .append(" -XX:TieredStopAtLevel=1 -jar cli/target/atelier.jar`; the class-data-sharing")
        .append(" archive is recorded on first use), whole process, ")
        .append(cold.size())
        .append(" runs: median **")
        .append(cold.get(cold.size() / 2))
        .append(" ms** (min ")
        .append(cold.get(0))
        .append(", max ")
        .append(cold.get(cold.size() - 1))
        .append(").\n\n");
    figures(md);
    Files.writeString(Path.of(args[3]), md.toString(), StandardCharsets.UTF_8);
  }

  /** The sizes of the example course's outputs and the keys of its activities. */
  private static void figures(StringBuilder md) throws Exception {
    Course course = ExampleCourse.read();
    md.append("## Sizes (the example course)\n\n| file | bytes |\n| --- | --- |\n");
    size(md, "player JS + CSS (unminified)", SiteRenderer.playerSize());
    size(md, "site (zipped)", SiteRenderer.render(course, Tracker.local()).zip().length);
    size(md, "cafe-ia-scorm12.zip", ScormExporter.scorm12().zip(course).length);
    size(md, "cafe-ia-scorm2004.zip", ScormExporter.scorm2004().zip(course).length);
    size(md, "cafe-ia-xapi.zip", XapiExporter.tinCan().zip(course).length);
    size(md, "cafe-ia-cmi5.zip", XapiExporter.cmi5().zip(course).length);
    size(md, "cafe-ia-questions.xml", MoodleXmlExporter.export(course).content().length);
    size(md, "cafe-ia-questions.gift.txt", GiftExporter.export(course).content().length);
    long kit = 0;
    for (var pdf : PrintKit.render(course).entrySet()) {
      size(md, pdf.getKey(), pdf.getValue().length);
      kit += pdf.getValue().length;
    }
    size(md, "print kit (the three PDFs)", kit);
    keys(md);
  }

  /**
   * The keys kept for each activity of the example course with the keyboard alone, from the file
   * KeyboardOnlyTest holds every run against.
   */
  private static void keys(StringBuilder md) throws Exception {
    Path kept = Path.of(System.getProperty("atelier.root", "."), KEPT_KEYS);
    md.append("\n## Keys with the keyboard alone (the example course)\n\n")
        .append("Kept in `")
        .append(KEPT_KEYS)
        .append("`: KeyboardOnlyTest fails when an activity needs more.\n\n")
        .append("| activity | kind | cards or questions | keys | of which natures |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (String line : Files.readAllLines(kept, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t");
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s |%n",
              cells[4],
              cells[0],
              cells[1],
              cells[2],
              cells[3]));
    }
  }

  /** Statements per second and the heap held, from ReportBenchmark and its memory file. */
  private static void reportThroughput(StringBuilder md, JsonNode results) throws Exception {
    Path memory = Path.of(System.getProperty("atelier.root", "."), "target", "report-memory.csv");
    java.util.Map<String, String> held = new java.util.HashMap<>();
    if (Files.isRegularFile(memory)) {
      for (String line : Files.readAllLines(memory)) {
        String[] cells = line.split(",");
        held.put(cells[0], cells[1]);
      }
    }
    md.append("## Trainer's report (heap capped at 256 MB)\n\n")
        .append("| statements | time | statements per second | heap held after |\n")
        .append("| --- | --- | --- | --- |\n");
    for (JsonNode r : results) {
      if (!r.path("benchmark").asText().endsWith("ReportBenchmark.aggregate")) {
        continue;
      }
      String n = r.path("params").path("statements").asText();
      double ms = r.path("primaryMetric").path("score").asDouble();
      String heap = held.get(n);
      md.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,.0f ms | %,.0f | %s |%n",
              Long.parseLong(n),
              ms,
              Long.parseLong(n) / (ms / 1000),
              heap == null
                  ? "—"
                  : String.format(Locale.ROOT, "%.1f MB", Long.parseLong(heap) / 1e6)));
    }
    md.append("\n");
  }

  private static void size(StringBuilder md, String what, long bytes) {
    md.append(String.format(Locale.ROOT, "| %s | %,d |%n", what, bytes));
  }
}
