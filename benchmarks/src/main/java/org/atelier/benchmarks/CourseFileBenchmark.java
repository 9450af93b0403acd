package org.atelier.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;
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

/** Parsing and validating the example course file, warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CourseFileBenchmark {
  private byte[] bytes;
  private Path folder;

  /** Reads the example course file once, so that the benchmark measures parsing only. */
  @Setup
  public void load() throws Exception {
    Path file = ExampleCourse.file();
    bytes = Files.readAllBytes(file);
    folder = file.getParent();
  }

  /** Parse + validate the example course. */
  @Benchmark
  public Course parseAndValidate() throws Exception {
    return CourseFileReader.read(bytes, "course.yaml", folder);
  }
}
