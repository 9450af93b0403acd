package org.atelier.model;

/**
 * What every question's builder shares: title, prompt, hint, feedback and rules.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class QuestionBuilder<B extends QuestionBuilder<B>> {
  final String id;
  String title;
  String prompt;
  String hint;
  Feedback feedback = Feedback.NONE;
  Rules rules = Rules.DEFAULT;
  Integer duration;

  QuestionBuilder(String id) {
    this.id = id;
  }

  abstract B self();

  /** Builds the question; the course's builder validates it with the rest of the course. */
  public abstract Question build();

  /** The title shown to learners. */
  public B title(String title) {
    this.title = title;
    return self();
  }

  /** The question or instruction (inline markup). */
  public B prompt(String prompt) {
    this.prompt = prompt;
    return self();
  }

  /** A hint shown on request (inline markup). */
  public B hint(String hint) {
    this.hint = hint;
    return self();
  }

  /** Feedback on the whole answer. */
  public B feedback(Feedback feedback) {
    this.feedback = feedback == null ? Feedback.NONE : feedback;
    return self();
  }

  /** Feedback for a right and for a wrong answer (inline markup). */
  public B feedback(String correct, String incorrect) {
    return feedback(Feedback.of(correct, incorrect));
  }

  /** All the rules at once. */
  public B rules(Rules rules) {
    this.rules = rules == null ? Rules.DEFAULT : rules;
    return self();
  }

  /** The question's weight in its module's score (default 1). */
  public B points(double points) {
    this.rules = rules.withPoints(points);
    return self();
  }

  /** Whether the question counts towards the score (default true). */
  public B scored(boolean scored) {
    this.rules =
        scored
            ? new Rules(true, rules.points(), rules.attempts(), rules.showAnswer(), rules.shuffle())
            : rules.practice();
    return self();
  }

  /** How many checks the learner gets; 0 (the default) is unlimited. */
  public B attempts(int attempts) {
    this.rules = rules.withAttempts(attempts);
    return self();
  }

  /** Whether the right answer is shown once attempts are used up (default true). */
  public B showAnswer(boolean showAnswer) {
    this.rules = rules.withShowAnswer(showAnswer);
    return self();
  }

  /** Whether options or cards are shuffled (default true). */
  public B shuffle(boolean shuffle) {
    this.rules = rules.withShuffle(shuffle);
    return self();
  }

  /** How many minutes it takes (none by default). */
  public B duration(int minutes) {
    this.duration = minutes;
    return self();
  }
}
