package org.atelier.xapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.model.Kind;

/**
 * The xAPI and cmi5 words Atelier uses, written once: verbs, activity types, context categories,
 * extensions, the response separators and prefix, interaction types, document ids. The statement
 * model, the packages' manifests and the trainer's report read them here, and the xAPI tracker
 * receives them in its settings ({@link #trackerSettings()}), so that what the browser sends and
 * what the report reads cannot drift apart. See docs/architecture.md, "xAPI statements".
 */
public final class XapiVocabulary {
  private XapiVocabulary() {}

  /** The xAPI version spoken, in the {@code X-Experience-API-Version} header. */
  public static final String VERSION = "1.0.3";

  /** ADL's verbs: the IRI of the verb {@code name} is {@code VERBS + name}. */
  public static final String VERBS = "http://adlnet.gov/expapi/verbs/";

  /** A session starts. */
  public static final String INITIALIZED = "initialized";

  /** A question checked. */
  public static final String ANSWERED = "answered";

  /** A page, discussion, action card or practice seen. */
  public static final String EXPERIENCED = "experienced";

  /** A module or the course done. */
  public static final String COMPLETED = "completed";

  /** A scored module or course passed. */
  public static final String PASSED = "passed";

  /** A scored module or course failed. */
  public static final String FAILED = "failed";

  /** A session ends. */
  public static final String TERMINATED = "terminated";

  /** Another statement voided: never sent by Atelier, honoured by the report. */
  public static final String VOIDED = "voided";

  /** The verbs the xAPI tracker sends. */
  public static final List<String> SENT_VERBS =
      List.of(INITIALIZED, ANSWERED, EXPERIENCED, COMPLETED, PASSED, FAILED, TERMINATED);

  /** The language of a verb's {@code display}, which is its name. */
  public static final String VERB_DISPLAY_LANGUAGE = "en-US";

  /** A verb's IRI. */
  public static String verb(String name) {
    return VERBS + name;
  }

  /** ADL's activity types: the IRI of the type {@code name} is {@code ACTIVITIES + name}. */
  public static final String ACTIVITIES = "http://adlnet.gov/expapi/activities/";

  /** The course. */
  public static final String COURSE = ACTIVITIES + "course";

  /** A module. */
  public static final String MODULE = ACTIVITIES + "module";

  /** A page. */
  public static final String LESSON = ACTIVITIES + "lesson";

  /** A discussion, actions, a card. */
  public static final String INTERACTION = ACTIVITIES + "interaction";

  /** A survey. */
  public static final String ASSESSMENT = ACTIVITIES + "assessment";

  /** A question, or one part of it. */
  public static final String CMI_INTERACTION = ACTIVITIES + "cmi.interaction";

  /**
   * The activity type of an item that is experienced, by the model's kind code; any other kind (a
   * practice question) is an {@link #INTERACTION}.
   */
  public static final Map<String, String> EXPERIENCED_TYPES =
      Map.of(
          Kind.PAGE.code(), LESSON,
          Kind.DISCUSSION.code(), INTERACTION,
          Kind.ACTIONS.code(), INTERACTION,
          Kind.SURVEY.code(), ASSESSMENT);

  /** cmi5's context IRIs. */
  public static final String CMI5_CONTEXT = "https://w3id.org/xapi/cmi5/context/";

  /** The category of cmi5 defined statements. */
  public static final String CATEGORY_CMI5 = CMI5_CONTEXT + "categories/cmi5";

  /** The category of the defined statements that count for moveOn. */
  public static final String CATEGORY_MOVE_ON = CMI5_CONTEXT + "categories/moveon";

  /** The extension that carries the mastery score on passed and failed. */
  public static final String EXTENSION_MASTERY_SCORE = CMI5_CONTEXT + "extensions/masteryscore";

  /** Between the tokens of a response or pattern. */
  public static final String LIST = "[,]";

  /** Between the two halves of a matching pair. */
  public static final String PAIR = "[.]";

  /** Before a fill-in pattern whose case matters. */
  public static final String CASE_MATTERS = "{case_matters=true}";

  /** Interaction type: options, by id. */
  public static final String CHOICE = "choice";

  /** Interaction type: true or false. */
  public static final String TRUE_FALSE = "true-false";

  /** Interaction type: a short text. */
  public static final String FILL_IN = "fill-in";

  /** Interaction type: a long text. */
  public static final String LONG_FILL_IN = "long-fill-in";

  /** Interaction type: pairs of a source and a target. */
  public static final String MATCHING = "matching";

  /** Interaction type: steps of a task. */
  public static final String PERFORMANCE = "performance";

  /** Interaction type: choices in order. */
  public static final String SEQUENCING = "sequencing";

  /** Interaction type: a point of a scale. */
  public static final String LIKERT = "likert";

  /** Interaction type: a number. */
  public static final String NUMERIC = "numeric";

  /** Interaction type: anything else. */
  public static final String OTHER = "other";

  /** The interaction types of xAPI 1.0.3. */
  public static final List<String> INTERACTION_TYPES =
      List.of(
          CHOICE,
          TRUE_FALSE,
          FILL_IN,
          LONG_FILL_IN,
          MATCHING,
          PERFORMANCE,
          SEQUENCING,
          LIKERT,
          NUMERIC,
          OTHER);

  /** The state document the player's progress is kept in. */
  public static final String STATE_ID = "atelier.state";

  /** cmi5's launch data, a state document the LMS writes. */
  public static final String LAUNCH_DATA = "LMS.LaunchData";

  /** cmi5's learner preferences, an agent profile. */
  public static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

  /**
   * The vocabulary as the xAPI tracker reads it, under {@code vocabulary} in its settings: {@code
   * version}, {@code verbs} (name → IRI), {@code display} (the verbs' display language), {@code
   * types} and {@code experienced} (activity types), {@code categories}, {@code extensions}, {@code
   * list}, {@code pair}, {@code caseMatters}, {@code documents}.
   */
  public static Map<String, Object> trackerSettings() {
    Map<String, Object> verbs = new LinkedHashMap<>();
    SENT_VERBS.forEach(name -> verbs.put(name, verb(name)));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("version", VERSION);
    v.put("verbs", verbs);
    v.put("display", VERB_DISPLAY_LANGUAGE);
    v.put(
        "types",
        Map.of(
            "course", COURSE,
            "module", MODULE,
            "interaction", INTERACTION,
            "cmiInteraction", CMI_INTERACTION));
    v.put("experienced", EXPERIENCED_TYPES);
    v.put("categories", Map.of("cmi5", CATEGORY_CMI5, "moveOn", CATEGORY_MOVE_ON));
    v.put("extensions", Map.of("masteryScore", EXTENSION_MASTERY_SCORE));
    v.put("list", LIST);
    v.put("pair", PAIR);
    v.put("caseMatters", CASE_MATTERS);
    v.put(
        "documents",
        Map.of(
            "state", STATE_ID,
            "launchData", LAUNCH_DATA,
            "preferences", LEARNER_PREFERENCES));
    return v;
  }
}
