package org.atelier.report;

import java.time.Instant;

/**
 * Which of a course's statements a report counts, fixed before anything is read: one registration
 * or all, and those from an instant on or all. The LRS is asked for those only; a file's other
 * statements are read and left out of the figures.
 *
 * <pre>{@code
 * ReportQuery query = ReportQuery.builder().registration(id).since(monday).build();
 * ProgressReport report = ReportReader.of(course, query).readFile(export, n -> {});
 * }</pre>
 *
 * @param registration the one registration counted, or {@code null} for all
 * @param since the first instant counted, or {@code null} for all (a statement without a readable
 *     timestamp is counted)
 */
public record ReportQuery(String registration, Instant since) {
  private static final ReportQuery ALL = new ReportQuery(null, null);

  /** Every statement about the course. */
  public static ReportQuery all() {
    return ALL;
  }

  /** A query to build, from every statement about the course. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether a statement of {@code registration} ("" for none) stamped {@code when} is counted. */
  boolean counts(String registration, Instant when) {
    return (this.registration == null || this.registration.equals(registration))
        && (since == null || when == null || !when.isBefore(since));
  }

  /** Builds a {@link ReportQuery}; the order of the calls does not matter. */
  public static final class Builder {
    private String registration;
    private Instant since;

    private Builder() {}

    /** Only this registration. */
    public Builder registration(String registration) {
      this.registration = registration;
      return this;
    }

    /** Only statements from {@code since} on. */
    public Builder since(Instant since) {
      this.since = since;
      return this;
    }

    /** The query. */
    public ReportQuery build() {
      return new ReportQuery(registration, since);
    }
  }
}
