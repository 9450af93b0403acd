package org.atelier.benchmarks;

import java.util.concurrent.TimeUnit;
import org.atelier.model.Course;
import org.atelier.questionbank.GiftExporter;
import org.atelier.questionbank.MoodleXmlExporter;
import org.atelier.questionbank.QuestionBankExport;
import org.atelier.scorm.ScormExporter;
import org.atelier.site.Site;
import org.atelier.site.SiteRenderer;
import org.atelier.site.Tracker;
import org.atelier.xapi.XapiExporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Rendering the example course and building each format from it, warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExportBenchmark {
  private Course course;

  /** Reads the example course once. */
  @Setup
  public void load() throws Exception {
    course = ExampleCourse.read();
  }

  /** The site: index.html, the player, the data. */
  @Benchmark
  public Site renderSite() {
    return SiteRenderer.render(course, Tracker.local());
  }

  /** A SCORM 1.2 package, zipped, manifest validated. */
  @Benchmark
  public byte[] scorm12() {
    return ScormExporter.scorm12().zip(course);
  }

  /** A SCORM 2004 package, zipped, manifest validated. */
  @Benchmark
  public byte[] scorm2004() {
    return ScormExporter.scorm2004().zip(course);
  }

  /** A Tin Can package, zipped. */
  @Benchmark
  public byte[] xapi() {
    return XapiExporter.tinCan().zip(course);
  }

  /** A cmi5 package, zipped, course structure validated. */
  @Benchmark
  public byte[] cmi5() {
    return XapiExporter.cmi5().zip(course);
  }

  /** Moodle XML. */
  @Benchmark
  public QuestionBankExport moodleXml() {
    return MoodleXmlExporter.export(course);
  }

  /** GIFT. */
  @Benchmark
  public QuestionBankExport gift() {
    return GiftExporter.export(course);
  }

  /** Every format at once, as `atelier build --format all` does. */
  @Benchmark
  public void allFormats(Blackhole sink) {
    sink.consume(SiteRenderer.render(course, Tracker.local()).zip());
    sink.consume(ScormExporter.scorm12().zip(course));
    sink.consume(ScormExporter.scorm2004().zip(course));
    sink.consume(XapiExporter.tinCan().zip(course));
    sink.consume(XapiExporter.cmi5().zip(course));
    sink.consume(MoodleXmlExporter.export(course));
    sink.consume(GiftExporter.export(course));
  }
}
