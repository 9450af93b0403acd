package org.atelier.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.atelier.model.Course;
import org.atelier.report.ProgressReport;
import org.atelier.report.ReportReader;
import org.junit.jupiter.api.Test;

/** The report benchmark measures real work: every generated statement is understood. */
class GeneratedStatementsTest {

  @Test
  void everyGeneratedStatementCountsInTheReport() throws Exception {
    Course course = ExampleCourse.read();
    Path file = GeneratedStatements.write(course, 3000);
    try {
      ProgressReport report = ReportReader.of(course).readFile(file, n -> {});
      assertThat(report.unreadableCount()).isZero();
      assertThat(report.counted()).isEqualTo(3000);
      assertThat(report.learners()).hasSize(1000);
    } finally {
      Files.delete(file);
    }
  }
}
