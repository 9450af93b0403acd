package org.atelier.model;

/**
 * How a question is scored, retried and presented.
 *
 * @param scored whether it counts towards the module's score; a question that is not scored is
 *     practice, tracked as experienced
 * @param points its weight in the module's score, greater than zero
 * @param attempts how many checks the learner gets; 0 is unlimited
 * @param showAnswer whether the right answer is shown once the attempts are used up (or on request
 *     when they are unlimited)
 * @param shuffle whether options or cards are presented in a shuffled order
 */
public record Rules(
    boolean scored, double points, int attempts, boolean showAnswer, boolean shuffle) {

  /** Scored, one point, unlimited attempts, answer shown, shuffled. */
  public static final Rules DEFAULT = new Rules(true, 1, 0, true, true);

  /** These rules, not scored. */
  public Rules practice() {
    return new Rules(false, points, attempts, showAnswer, shuffle);
  }

  /** These rules with another weight. */
  public Rules withPoints(double points) {
    return new Rules(scored, points, attempts, showAnswer, shuffle);
  }

  /** These rules with another number of attempts (0 is unlimited). */
  public Rules withAttempts(int attempts) {
    return new Rules(scored, points, attempts, showAnswer, shuffle);
  }

  /** These rules, showing the answer or not. */
  public Rules withShowAnswer(boolean showAnswer) {
    return new Rules(scored, points, attempts, showAnswer, shuffle);
  }

  /** These rules, shuffling or not. */
  public Rules withShuffle(boolean shuffle) {
    return new Rules(scored, points, attempts, showAnswer, shuffle);
  }
}
