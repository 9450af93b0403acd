package org.atelier.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.atelier.report.ProgressReport.ActivityResult;
import org.atelier.report.ProgressReport.AnswerCount;
import org.atelier.report.ProgressReport.SurveyResult;
import org.atelier.xapi.XapiVocabulary;
import org.atelier.xapi.statement.Statement;

/**
 * One interaction's answers over the group. Its memory is bounded: at most {@value
 * #DISTINCT_ANSWERS} distinct answers are kept apart, each clipped to {@value #ANSWER_LENGTH}
 * characters; the rest are counted together.
 */
final class InteractionTally {
  private static final int DISTINCT_ANSWERS = 500;
  private static final int ANSWER_LENGTH = 120;
  private static final int WRONG_LISTED = 5;
  // Compiled once: String.split compiles a pattern of more than one character on every call.
  private static final Pattern LIST = Pattern.compile(XapiVocabulary.LIST, Pattern.LITERAL);
  private static final Pattern PAIR = Pattern.compile(XapiVocabulary.PAIR, Pattern.LITERAL);

  private final String iri;
  private final String type;
  private final Set<String> correctTokens = new HashSet<>();
  private final Set<String> learners = new HashSet<>();

  /** Each learner's latest answer, by timestamp: LRSs send newest first, files any order. */
  private final Map<String, Latest> latest = new HashMap<>();

  private final Map<String, Long> answers = new HashMap<>();
  private final Map<String, Long> wrong = new HashMap<>();
  private long attempts;
  private long successes;

  private record Latest(Instant when, boolean right) {}

  /** A tally of the interaction {@code first} answers, its type and right answers from it. */
  InteractionTally(Statement first) {
    this.iri = first.object().id();
    var def = first.object().definition();
    this.type =
        def == null || def.interactionType() == null ? XapiVocabulary.OTHER : def.interactionType();
    if (def != null && def.correctResponsesPattern() != null) {
      for (String pattern : def.correctResponsesPattern()) {
        correctTokens.addAll(tokens(pattern.replaceFirst("^\\{[^}]*}", "")));
      }
    }
  }

  /** Choices and card placements count one by one; other answers as a whole. */
  private List<String> tokens(String response) {
    if (response == null || response.isEmpty()) {
      return List.of();
    }
    return switch (type) {
      case XapiVocabulary.CHOICE, XapiVocabulary.MATCHING -> Arrays.asList(LIST.split(response));
      case XapiVocabulary.LIKERT, XapiVocabulary.TRUE_FALSE -> List.of(response);
      default -> List.of(clip(response.strip()));
    };
  }

  /** One answer, by the row {@code learner}, stamped {@code when}. */
  void add(String learner, Statement s, Instant when) {
    attempts++;
    learners.add(learner);
    Boolean success = s.result() == null ? null : s.result().success();
    if (Boolean.TRUE.equals(success)) {
      successes++;
    }
    Latest before = latest.get(learner);
    if (before == null
        || when != null && (before.when() == null || !when.isBefore(before.when()))) {
      latest.put(learner, new Latest(when, Boolean.TRUE.equals(success)));
    }
    String response = s.result() == null ? null : s.result().response();
    for (String token : tokens(response)) {
      count(answers, token);
      boolean tokenWrong =
          switch (type) {
            case XapiVocabulary.CHOICE, XapiVocabulary.MATCHING -> !correctTokens.contains(token);
            default -> Boolean.FALSE.equals(success);
          };
      if (tokenWrong && success != null) {
        count(wrong, token);
      }
    }
  }

  private static void count(Map<String, Long> map, String token) {
    if (map.containsKey(token) || map.size() < DISTINCT_ANSWERS) {
      map.merge(token, 1L, Long::sum);
    } else {
      map.merge("…", 1L, Long::sum);
    }
  }

  private List<AnswerCount> sorted(Map<String, Long> counts, CourseIndex.Place place) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(
            e ->
                new AnswerCount(
                    label(e.getKey(), place), e.getValue(), correctTokens.contains(e.getKey())))
        .toList();
  }

  private String label(String token, CourseIndex.Place place) {
    Map<String, String> tokens = place == null ? Map.of() : place.tokens();
    if (type.equals(XapiVocabulary.MATCHING) && token.contains(XapiVocabulary.PAIR)) {
      String[] pair = PAIR.split(token, 2);
      return tokens.getOrDefault(pair[0], pair[0]) + " → " + tokens.getOrDefault(pair[1], pair[1]);
    }
    if (type.equals(XapiVocabulary.SEQUENCING)) {
      return String.join(
          " ; ", Arrays.stream(LIST.split(token)).map(t -> tokens.getOrDefault(t, t)).toList());
    }
    return tokens.getOrDefault(token, token);
  }

  /** The figures of a question's interaction at {@code place}, in module {@code module}. */
  ActivityResult toResult(CourseIndex.Place place, String module) {
    int right = (int) latest.values().stream().filter(Latest::right).count();
    return new ActivityResult(
        iri,
        module,
        place.title(),
        place.part(),
        type,
        learners.size(),
        right,
        attempts,
        successes,
        sorted(answers, place),
        sorted(wrong, place).stream().limit(WRONG_LISTED).toList());
  }

  /**
   * The group's answers to the survey question at {@code place}: every option or scale point, in
   * the course's order, even those no one chose.
   *
   * @param tally its answers, or {@code null} when no one answered
   */
  static SurveyResult survey(CourseIndex.Place place, InteractionTally tally) {
    List<AnswerCount> answers = new ArrayList<>();
    String type =
        tally == null
            ? (place.tokens().isEmpty() ? XapiVocabulary.LONG_FILL_IN : XapiVocabulary.CHOICE)
            : tally.type;
    if (!place.tokens().isEmpty()) {
      place
          .tokens()
          .forEach(
              (id, label) ->
                  answers.add(
                      new AnswerCount(
                          label, tally == null ? 0 : tally.answers.getOrDefault(id, 0L), false)));
    } else if (tally != null) {
      answers.addAll(tally.sorted(tally.answers, place));
    }
    return new SurveyResult(
        place.iri(),
        place.title(),
        place.part(),
        type,
        tally == null ? 0 : tally.learners.size(),
        answers);
  }

  private static String clip(String text) {
    return text.length() <= ANSWER_LENGTH ? text : text.substring(0, ANSWER_LENGTH) + "…";
  }
}
