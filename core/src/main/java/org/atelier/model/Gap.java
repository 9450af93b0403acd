package org.atelier.model;

import java.util.List;

/**
 * One gap of a {@link FillIn} text: typed by the learner, or picked from {@code options}.
 *
 * @param id the slug of the {@code {{id}}} marker in the text
 * @param accept the accepted answers; the first is shown as the right answer
 * @param options the list to pick from; empty when the answer is typed
 * @param caseSensitive whether case differences make an answer wrong
 * @param accentSensitive whether accent differences make an answer wrong
 * @param feedback shown when this gap is wrong (inline markup), or {@code null}
 */
public record Gap(
    String id,
    List<String> accept,
    List<String> options,
    boolean caseSensitive,
    boolean accentSensitive,
    String feedback) {

  /** Copies the lists. */
  public Gap {
    accept = Lists.copy(accept);
    options = Lists.copy(options);
  }

  /** A typed gap accepting any of {@code accepted}, tolerant of case and accents. */
  public static Gap typed(String id, String... accepted) {
    return new Gap(
        id, Lists.copy(java.util.Arrays.asList(accepted)), List.of(), false, false, null);
  }

  /** A gap where the learner picks {@code answer} among {@code options}. */
  public static Gap choice(String id, String answer, String... options) {
    return new Gap(
        id,
        Lists.copy(java.util.Arrays.asList(answer)),
        Lists.copy(java.util.Arrays.asList(options)),
        false,
        false,
        null);
  }

  /** Whether the learner picks from a list rather than typing. */
  public boolean isChoice() {
    return !options.isEmpty();
  }

  /** This gap with case and accent rules. */
  public Gap withSensitivity(boolean caseSensitive, boolean accentSensitive) {
    return new Gap(id, accept, options, caseSensitive, accentSensitive, feedback);
  }

  /** This gap with feedback shown when it is wrong. */
  public Gap withFeedback(String feedback) {
    return new Gap(id, accept, options, caseSensitive, accentSensitive, feedback);
  }
}
