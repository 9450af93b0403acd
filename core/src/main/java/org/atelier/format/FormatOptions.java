package org.atelier.format;

import java.util.Objects;

/**
 * The choices a build leaves to its caller, each with its default; a format uses those that mean
 * something to it.
 *
 * <pre>{@code
 * FormatOptions options = FormatOptions.builder().sco(FormatOptions.Sco.MODULE).build();
 * }</pre>
 *
 * @param sco SCORM: one SCO for the whole course, or one per module
 */
public record FormatOptions(Sco sco) {

  /** What a SCORM package makes a SCO of. */
  public enum Sco {
    /** One SCO for the whole course. */
    COURSE,
    /** One SCO per module, so that the LMS's table of contents lists them. */
    MODULE
  }

  /** Refuses a missing choice. */
  public FormatOptions {
    Objects.requireNonNull(sco, "sco");
  }

  /** Every default: one SCO for the course. */
  public static FormatOptions defaults() {
    return builder().build();
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FormatOptions}. */
  public static final class Builder {
    private Sco sco = Sco.COURSE;

    private Builder() {}

    /** One SCO for the course (the default) or one per module. */
    public Builder sco(Sco sco) {
      this.sco = Objects.requireNonNull(sco, "sco");
      return this;
    }

    /** The options. */
    public FormatOptions build() {
      return new FormatOptions(sco);
    }
  }
}
