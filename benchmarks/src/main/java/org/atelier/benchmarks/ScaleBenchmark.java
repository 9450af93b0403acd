package org.atelier.benchmarks;

import java.util.concurrent.TimeUnit;
import org.atelier.model.Course;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost against course size: generated courses of 10 to 10,000 activities, every kind mixed. Divide
 * each score by {@code activities} for the cost per activity, which must stay flat. The warm-up is
 * long on purpose: at 10,000 activities one call takes long enough that short warm-ups measured the
 * interpreter, which looked like superlinear cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScaleBenchmark {

  /** How many activities the generated course has. */
  @Param({"10", "100", "1000", "10000"})
  public int activities;

  private Course course;

  /** Generates the course once per size. */
  @Setup
  public void generate() {
    course = GeneratedCourses.of(activities);
  }

  /** The whole validator over the course: a course is validated whenever it is built. */
  @Benchmark
  public Course validate() {
    return course.toBuilder().build();
  }

  /** The site of the course: data, page and player. */
  @Benchmark
  public org.atelier.site.Site render() {
    return org.atelier.site.SiteRenderer.render(course, org.atelier.site.Tracker.local());
  }

  /** The Moodle XML of the course. */
  @Benchmark
  public org.atelier.questionbank.QuestionBankExport moodleXml() {
    return org.atelier.questionbank.MoodleXmlExporter.export(course);
  }
}
