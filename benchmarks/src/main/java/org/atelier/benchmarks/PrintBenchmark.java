package org.atelier.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.atelier.model.Course;
import org.atelier.print.PrintKit;
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

/**
 * Building the example course's whole day-2 kit on paper (cards, board and booklet as PDFs), warm
 * and in memory. One build takes seconds where a package takes milliseconds, so its iterations are
 * longer than the other benchmarks'.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PrintBenchmark {
  private Course course;

  /** Reads the example course once. */
  @Setup
  public void load() throws Exception {
    course = ExampleCourse.read();
  }

  /** The kit's three PDFs, by name, as {@code atelier build --format print} writes them. */
  @Benchmark
  public Map<String, byte[]> printKit() {
    return PrintKit.render(course);
  }
}
