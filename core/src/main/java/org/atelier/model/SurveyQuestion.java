package org.atelier.model;

import java.util.List;

/**
 * A question of a {@link Survey}: it has no right answer.
 *
 * @param id a slug unique in its survey
 * @param type Likert scale, choice or open text
 * @param prompt the question (inline markup)
 * @param scale for a Likert question, the labels from lowest to highest; empty otherwise
 * @param options for a choice question, the answers offered; empty otherwise
 * @param multiple for a choice question, whether several answers may be picked
 * @param required whether the learner must answer it
 */
public record SurveyQuestion(
    String id,
    Type type,
    String prompt,
    List<String> scale,
    List<Choice> options,
    boolean multiple,
    boolean required) {

  /** The forms a survey question takes. */
  public enum Type {
    LIKERT,
    CHOICE,
    TEXT
  }

  /** Copies the lists. */
  public SurveyQuestion {
    scale = Lists.copy(scale);
    options = Lists.copy(options);
  }

  /** A Likert question with its labels from lowest to highest. */
  public static SurveyQuestion likert(String id, String prompt, String... labels) {
    return new SurveyQuestion(
        id,
        Type.LIKERT,
        prompt,
        Lists.copy(java.util.Arrays.asList(labels)),
        List.of(),
        false,
        false);
  }

  /** A question with one answer to pick among {@code options}. */
  public static SurveyQuestion choice(String id, String prompt, Choice... options) {
    return new SurveyQuestion(
        id,
        Type.CHOICE,
        prompt,
        List.of(),
        Lists.copy(java.util.Arrays.asList(options)),
        false,
        false);
  }

  /** An open question. */
  public static SurveyQuestion text(String id, String prompt) {
    return new SurveyQuestion(id, Type.TEXT, prompt, List.of(), List.of(), false, false);
  }

  /** This question, allowing several answers. */
  public SurveyQuestion allowingSeveral() {
    return new SurveyQuestion(id, type, prompt, scale, options, true, required);
  }

  /** This question, required. */
  public SurveyQuestion asRequired() {
    return new SurveyQuestion(id, type, prompt, scale, options, multiple, true);
  }
}
