package org.atelier.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, briefly and in this JVM, so that none rots between real runs of {@code
 * benchmarks/run}. It measures nothing: timings are never asserted in tests.
 */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    Options options =
        new OptionsBuilder()
            .include("org\\.atelier\\.benchmarks\\..*")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(50))
            .param("activities", "10")
            .param("statements", "1000")
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).isNotEmpty();
    assertThat(results)
        .allSatisfy(r -> assertThat(r.getPrimaryResult().getSampleCount()).isPositive());
    // the print kit's, by far the slowest, is the one a quicker smoke run would be tempted to drop
    assertThat(results)
        .extracting(r -> r.getParams().getBenchmark())
        .contains("org.atelier.benchmarks.PrintBenchmark.printKit");
  }
}
