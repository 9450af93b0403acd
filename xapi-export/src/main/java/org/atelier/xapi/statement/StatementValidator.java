package org.atelier.xapi.statement;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.atelier.xapi.XapiVocabulary;

/**
 * The rules of xAPI 1.0.3 that an LRS enforces, checked before a statement is sent or after it is
 * read: each problem names the field, e.g. {@code result.score.scaled: 1.5 is not between -1 and
 * 1}.
 */
public final class StatementValidator {
  private StatementValidator() {}

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");
  private static final Pattern DURATION =
      Pattern.compile(
          "P(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?");
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");
  private static final Map<String, Set<String>> COMPONENTS =
      Map.of(
          XapiVocabulary.CHOICE, Set.of("choices"),
          XapiVocabulary.SEQUENCING, Set.of("choices"),
          XapiVocabulary.LIKERT, Set.of("scale"),
          XapiVocabulary.MATCHING, Set.of("source", "target"),
          XapiVocabulary.PERFORMANCE, Set.of("steps"));

  /** Every problem of the statement; empty when an LRS should accept it. */
  public static List<String> validate(Statement s) {
    List<String> problems = new ArrayList<>();
    if (s.id() != null && !UUID.matcher(s.id()).matches()) {
      problems.add("id: \"" + s.id() + "\" is not a UUID");
    }
    agent(problems, "actor", s.actor());
    if (s.verb() == null) {
      problems.add("verb: missing");
    } else {
      iri(problems, "verb.id", s.verb().id());
      languageMap(problems, "verb.display", s.verb().display());
    }
    if (s.object() == null) {
      problems.add("object: missing");
    } else {
      object(problems, "object", s.object());
    }
    if (s.result() != null) {
      result(problems, s.result());
    }
    if (s.context() != null) {
      Context c = s.context();
      if (c.registration() != null && !UUID.matcher(c.registration()).matches()) {
        problems.add("context.registration: \"" + c.registration() + "\" is not a UUID");
      }
      if (c.language() != null && !LANGUAGE.matcher(c.language()).matches()) {
        problems.add("context.language: \"" + c.language() + "\" is not a language tag");
      }
      if (c.contextActivities() != null) {
        Context.ContextActivities a = c.contextActivities();
        activities(problems, "context.contextActivities.parent", a.parent());
        activities(problems, "context.contextActivities.grouping", a.grouping());
        activities(problems, "context.contextActivities.category", a.category());
        activities(problems, "context.contextActivities.other", a.other());
      }
    }
    if (s.timestamp() != null) {
      try {
        OffsetDateTime.parse(s.timestamp());
      } catch (DateTimeParseException e) {
        problems.add(
            "timestamp: \"" + s.timestamp() + "\" is not an ISO 8601 date and time with a zone");
      }
    }
    return problems;
  }

  private static void agent(List<String> problems, String path, Agent agent) {
    if (agent == null) {
      problems.add(path + ": missing");
      return;
    }
    int ifis = 0;
    if (agent.mbox() != null) {
      ifis++;
      if (!agent.mbox().startsWith("mailto:")) {
        problems.add(path + ".mbox: \"" + agent.mbox() + "\" must start with mailto:");
      }
    }
    if (agent.mboxSha1sum() != null) {
      ifis++;
    }
    if (agent.openid() != null) {
      ifis++;
    }
    if (agent.account() != null) {
      ifis++;
      if (agent.account().homePage() == null || agent.account().name() == null) {
        problems.add(path + ".account: needs homePage and name");
      }
    }
    if (ifis != 1 && !"Group".equals(agent.objectType())) {
      problems.add(
          path + ": needs exactly one of mbox, mbox_sha1sum, openid, account; has " + ifis);
    }
  }

  private static void object(List<String> problems, String path, StatementObject o) {
    if ("StatementRef".equals(o.objectType())) {
      if (o.id() == null || !UUID.matcher(o.id()).matches()) {
        problems.add(path + ".id: a StatementRef needs a statement's UUID");
      }
      return;
    }
    iri(problems, path + ".id", o.id());
    ActivityDefinition d = o.definition();
    if (d == null) {
      return;
    }
    languageMap(problems, path + ".definition.name", d.name());
    languageMap(problems, path + ".definition.description", d.description());
    if (d.type() != null) {
      iri(problems, path + ".definition.type", d.type());
    }
    String type = d.interactionType();
    if (type == null) {
      if (d.correctResponsesPattern() != null && !d.correctResponsesPattern().isEmpty()) {
        problems.add(path + ".definition.correctResponsesPattern: only an interaction has one");
      }
      return;
    }
    if (!ActivityDefinition.INTERACTION_TYPES.contains(type)) {
      problems.add(
          path + ".definition.interactionType: \"" + type + "\" is not an xAPI interaction type");
      return;
    }
    Set<String> allowed = COMPONENTS.getOrDefault(type, Set.of());
    component(problems, path, "choices", d.choices(), allowed);
    component(problems, path, "scale", d.scale(), allowed);
    component(problems, path, "source", d.source(), allowed);
    component(problems, path, "target", d.target(), allowed);
    component(problems, path, "steps", d.steps(), allowed);
  }

  private static void component(
      List<String> problems,
      String path,
      String name,
      List<InteractionComponent> list,
      Set<String> allowed) {
    if (list == null || list.isEmpty()) {
      return;
    }
    if (!allowed.contains(name)) {
      problems.add(path + ".definition." + name + ": not allowed for this interaction type");
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id() == null || list.get(i).id().isBlank()) {
        problems.add(path + ".definition." + name + "[" + i + "].id: missing");
      }
      languageMap(
          problems,
          path + ".definition." + name + "[" + i + "].description",
          list.get(i).description());
    }
  }

  private static void activities(List<String> problems, String path, List<StatementObject> list) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      object(problems, path + "[" + i + "]", list.get(i));
    }
  }

  private static void result(List<String> problems, Result r) {
    Score score = r.score();
    if (score != null) {
      if (score.scaled() != null && (score.scaled() < -1 || score.scaled() > 1)) {
        problems.add("result.score.scaled: " + score.scaled() + " is not between -1 and 1");
      }
      if (score.min() != null && score.max() != null && score.min() >= score.max()) {
        problems.add("result.score.min: must be below max");
      }
      if (score.raw() != null
          && ((score.min() != null && score.raw() < score.min())
              || (score.max() != null && score.raw() > score.max()))) {
        problems.add("result.score.raw: " + score.raw() + " is not between min and max");
      }
    }
    if (r.duration() != null && !DURATION.matcher(r.duration()).matches()) {
      problems.add("result.duration: \"" + r.duration() + "\" is not an ISO 8601 duration");
    }
  }

  private static void iri(List<String> problems, String path, String iri) {
    if (iri == null || iri.isBlank()) {
      problems.add(path + ": missing");
      return;
    }
    if (KNOWN_IRIS.containsKey(iri)) {
      return;
    }
    try {
      if (!new URI(iri).isAbsolute()) {
        problems.add(path + ": \"" + iri + "\" is not an absolute IRI");
        return;
      }
    } catch (URISyntaxException e) {
      problems.add(path + ": \"" + iri + "\" is not an IRI");
      return;
    }
    if (KNOWN_IRIS.size() < KNOWN_IRIS_MAX) {
      KNOWN_IRIS.put(iri, Boolean.TRUE);
    }
  }

  /**
   * IRIs already found valid: statements repeat the same verbs and activities, and parsing an IRI
   * is the validator's costliest step. Bounded, so that a stream of distinct IRIs cannot grow it.
   */
  private static final Map<String, Boolean> KNOWN_IRIS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int KNOWN_IRIS_MAX = 10_000;

  private static void languageMap(List<String> problems, String path, Map<String, String> map) {
    if (map == null) {
      return;
    }
    for (String tag : map.keySet()) {
      if (!LANGUAGE.matcher(tag).matches()) {
        problems.add(path + ": \"" + tag + "\" is not a language tag");
      }
    }
  }
}
