package org.atelier.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.atelier.model.Course;
import org.atelier.xapi.lrs.LrsClient;
import org.atelier.xapi.lrs.LrsException;
import org.atelier.xapi.lrs.StatementQuery;

/**
 * Reads a course's statements, from an LRS or from a file, into its {@link ProgressReport}. What is
 * counted is fixed when the reader is made ({@link ReportQuery}); each read starts afresh, so one
 * reader reads as often as asked and always gives the same figures for the same statements.
 *
 * <pre>{@code
 * ProgressReport report = ReportReader.of(course).readLrs(lrs, n -> {});
 * ProgressReport report =
 *     ReportReader.of(course, ReportQuery.builder().registration(id).build()).readFile(export, n -> {});
 * }</pre>
 *
 * <p>Voided statements are left out: the LRS already leaves them out of its answers, and a file's
 * voided ids are read first (see {@link StatementFiles}).
 */
public final class ReportReader {
  private final CourseIndex names;
  private final ReportQuery query;

  private ReportReader(CourseIndex names, ReportQuery query) {
    this.names = names;
    this.query = query;
  }

  /** A reader of every statement about {@code course}. */
  public static ReportReader of(Course course) {
    return of(course, ReportQuery.all());
  }

  /** A reader of the statements about {@code course} that {@code query} selects. */
  public static ReportReader of(Course course, ReportQuery query) {
    return new ReportReader(new CourseIndex(course), query);
  }

  /**
   * Reads every statement about the course from an LRS, page by page, following {@code more}.
   *
   * @param progress told the number of statements read so far, now and then
   */
  public ProgressReport readLrs(LrsClient lrs, LongConsumer progress) throws LrsException {
    return readLrs(lrs, 0, progress);
  }

  /**
   * Reads every statement about the course from an LRS in pages of at most {@code pageSize}
   * statements (0: the LRS's own page size).
   */
  public ProgressReport readLrs(LrsClient lrs, int pageSize, LongConsumer progress)
      throws LrsException {
    StatementQuery asked = StatementQuery.about(names.iris().course()).pages(pageSize);
    if (query.registration() != null) {
      asked = asked.registration(query.registration());
    }
    if (query.since() != null) {
      asked = asked.since(query.since().toString());
    }
    ReportAggregator sink = new ReportAggregator(names, query);
    ProgressCount count = new ProgressCount(progress);
    long[] n = {0};
    lrs.forEach(
        asked,
        s -> {
          n[0]++;
          sink.accept(s, s.id() == null ? "statement " + n[0] : s.id());
          count.add();
        });
    count.done();
    return sink.result();
  }

  /**
   * Reads every statement of a file (a JSON array, or one statement per line).
   *
   * @param progress told the number of statements read so far, now and then
   * @throws StatementFiles.NotStatementsException when the file holds no statements at all
   */
  public ProgressReport readFile(Path file, LongConsumer progress) throws IOException {
    ReportAggregator sink = new ReportAggregator(names, query);
    StatementFiles.read(file, sink, progress);
    return sink.result();
  }
}
