package org.atelier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with gaps to fill, each marked {@code {{gap-id}}} in {@code text}.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param prompt the instruction (inline markup), or {@code null}
 * @param hint a hint, or {@code null}
 * @param feedback feedback on the whole answer
 * @param rules scoring, attempts and presentation
 * @param text the passage with its gap markers (inline markup around them)
 * @param gaps the gaps, one per marker
 * @param duration how many minutes it takes, or {@code null} when the course does not say
 */
public record FillIn(
    String id,
    String title,
    String prompt,
    String hint,
    Feedback feedback,
    Rules rules,
    String text,
    List<Gap> gaps,
    Integer duration)
    implements Question {

  /** A gap marker: {@code {{id}}}, spaces allowed inside the braces. */
  public static final Pattern MARKER = Pattern.compile("\\{\\{\\s*([^{}\\s]*)\\s*\\}\\}");

  /** Copies the list and fills in defaults. */
  public FillIn {
    feedback = feedback == null ? Feedback.NONE : feedback;
    rules = rules == null ? Rules.DEFAULT : rules;
    gaps = Lists.copy(gaps);
  }

  /** Starts a fill-in text with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Kind kind() {
    return Kind.FILL_IN;
  }

  @Override
  public <R> R accept(ItemVisitor<R> visitor) {
    return visitor.fillIn(this);
  }

  /** A piece of the text: either text (inline markup) or the id of a gap. */
  public record Segment(String text, String gapId) {
    /** Whether this piece is a gap. */
    public boolean isGap() {
      return gapId != null;
    }
  }

  /** The text cut into pieces at its gap markers, in order. */
  public List<Segment> segments() {
    List<Segment> segments = new ArrayList<>();
    if (text == null) {
      return segments;
    }
    Matcher m = MARKER.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        segments.add(new Segment(text.substring(last, m.start()), null));
      }
      segments.add(new Segment(null, m.group(1)));
      last = m.end();
    }
    if (last < text.length()) {
      segments.add(new Segment(text.substring(last), null));
    }
    return segments;
  }

  /** The gap with the given id, or {@code null}. */
  public Gap gap(String gapId) {
    for (Gap gap : gaps) {
      if (gap != null && gap.id() != null && gap.id().equals(gapId)) {
        return gap;
      }
    }
    return null;
  }

  /** Builds a {@link FillIn}. */
  public static final class Builder extends QuestionBuilder<Builder> {
    private String text;
    private final List<Gap> gaps = new ArrayList<>();

    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    /** The passage, with a {@code {{gap-id}}} marker at each gap. */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Adds a gap. */
    public Builder gap(Gap gap) {
      gaps.add(gap);
      return this;
    }

    @Override
    public FillIn build() {
      return new FillIn(id, title, prompt, hint, feedback, rules, text, gaps, duration);
    }
  }
}
