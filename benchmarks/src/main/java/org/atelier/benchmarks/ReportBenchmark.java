package org.atelier.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.atelier.model.Course;
import org.atelier.report.ProgressReport;
import org.atelier.report.ReportReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The trainer's report over 10,000 to 1,000,000 statements read from an export file, in a heap
 * capped at 256 MB: statements per second is {@code statements ÷ score}, and the heap still in use
 * once the report is made (written to {@code target/report-memory.csv}) must stay flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ReportBenchmark {

  /** How many statements the file holds. */
  @Param({"10000", "100000", "1000000"})
  public int statements;

  private Course course;
  private Path file;

  /** Writes the statement file once per size. */
  @Setup(Level.Trial)
  public void write() throws Exception {
    course = ExampleCourse.read();
    file = GeneratedStatements.write(course, statements);
  }

  /** Reads the whole file and makes the report's figures. */
  @Benchmark
  public ProgressReport aggregate() throws IOException {
    return ReportReader.of(course).readFile(file, n -> {});
  }

  /** Records the heap in use while a finished report is held, then deletes the file. */
  @TearDown(Level.Trial)
  public void measureAndDelete() throws IOException {
    ProgressReport held = aggregate();
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = runtime.totalMemory() - runtime.freeMemory();
    Path out = Path.of(System.getProperty("atelier.root", "."), "target", "report-memory.csv");
    Files.createDirectories(out.getParent());
    Files.writeString(
        out,
        statements + "," + used + "," + held.learners().size() + "\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    Files.deleteIfExists(file);
  }
}
