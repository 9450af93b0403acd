package org.atelier.report;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.atelier.report.ProgressReport.ActivityResult;
import org.atelier.report.ProgressReport.Learner;
import org.atelier.report.ProgressReport.ModuleProgress;
import org.atelier.report.ProgressReport.SurveyResult;
import org.atelier.report.ProgressReport.Unreadable;
import org.atelier.xapi.XapiVocabulary;
import org.atelier.xapi.statement.Context;
import org.atelier.xapi.statement.Statement;
import org.atelier.xapi.statement.StatementObject;
import org.atelier.xapi.statement.StatementValidator;

/**
 * Takes statements one at a time and keeps only what the report needs: a {@link LearnerTally} per
 * learner and registration, and an {@link InteractionTally} per interaction. Its memory grows with
 * learners and activities, never with the number of statements, so a million statements go through
 * in a small heap. What it counts is fixed when it is made (its {@link ReportQuery}); {@link
 * #result()} gives the figures so far.
 */
final class ReportAggregator implements StatementSink {
  private static final String VERBS = XapiVocabulary.VERBS;
  private static final int LISTED_UNREADABLE = 100;

  private final CourseIndex names;
  private final ReportQuery query;
  private final Set<String> voidedIds = new HashSet<>();
  private final Map<String, LearnerTally> rows = new LinkedHashMap<>();
  private final Map<String, InteractionTally> tallies = new HashMap<>();
  private final List<Unreadable> unreadable = new ArrayList<>();
  private long unreadableCount;
  private long statements;
  private long counted;
  private long voided;

  ReportAggregator(CourseIndex names, ReportQuery query) {
    this.names = names;
    this.query = query;
  }

  @Override
  public void voided(Set<String> ids) {
    voidedIds.addAll(ids);
  }

  @Override
  public void unreadable(String where, String why) {
    statements++;
    refuse(where, why);
  }

  private void refuse(String where, String why) {
    unreadableCount++;
    if (unreadable.size() < LISTED_UNREADABLE) {
      unreadable.add(new Unreadable(where, why));
    }
  }

  @Override
  public void accept(Statement s, String where) {
    statements++;
    List<String> problems = StatementValidator.validate(s);
    if (!problems.isEmpty()) {
      refuse(where, String.join("; ", problems));
      return;
    }
    if (s.isVoiding()) {
      voidedIds.add(s.object().id());
      voided++;
      return;
    }
    if (voidedIds.contains(s.id())) {
      voided++;
      return;
    }
    Context context = s.context();
    String reg = context == null || context.registration() == null ? "" : context.registration();
    Instant when = parsed(s.timestamp(), t -> OffsetDateTime.parse(t).toInstant());
    if (!query.counts(reg, when)) {
      return;
    }
    String module = moduleOf(s);
    String object = s.object() == null ? null : s.object().id();
    if (module == null && !names.iris().course().equals(object) && !mentionsCourse(s)) {
      refuse(where, "not about this course (" + object + ")");
      return;
    }
    counted++;
    String key = LearnerTally.key(s.actor(), reg);
    LearnerTally row = rows.computeIfAbsent(key, k -> new LearnerTally(s.actor(), reg));
    row.seen(s, when, module);
    String verb = s.verb().id().startsWith(VERBS) ? s.verb().id().substring(VERBS.length()) : "";
    boolean aboutCourse = names.iris().course().equals(object);
    boolean aboutModule = module != null && (names.iris().module(module).equals(object) || isAu(s));
    switch (verb) {
      case XapiVocabulary.ANSWERED -> {
        row.answered(s);
        tallies.computeIfAbsent(object, k -> new InteractionTally(s)).add(key, s, when);
      }
      case XapiVocabulary.COMPLETED -> {
        if (aboutCourse) {
          row.courseScore(s);
        } else if (aboutModule) {
          row.moduleCompleted(module, s);
        }
      }
      case XapiVocabulary.PASSED, XapiVocabulary.FAILED -> {
        boolean passed = verb.equals(XapiVocabulary.PASSED);
        if (aboutCourse) {
          row.coursePassed(s, passed);
        } else if (aboutModule) {
          row.modulePassed(module, s, passed);
        }
      }
      case XapiVocabulary.TERMINATED ->
          row.terminated(
              s.result() == null ? null : parsed(s.result().duration(), Duration::parse));
      default -> {}
    }
  }

  /** cmi5: the AU's own statements name the AU; the module is in their context. */
  private boolean isAu(Statement s) {
    return s.context() != null
        && s.context().contextActivities() != null
        && s.context().contextActivities().category() != null
        && s.context().contextActivities().category().stream()
            .anyMatch(c -> XapiVocabulary.CATEGORY_CMI5.equals(c.id()));
  }

  private Stream<String> ids(Statement s) {
    Stream<String> object = Stream.of(s.object() == null ? null : s.object().id());
    if (s.context() == null || s.context().contextActivities() == null) {
      return object;
    }
    var ca = s.context().contextActivities();
    return Stream.concat(
        object,
        Stream.of(ca.parent(), ca.grouping(), ca.other())
            .filter(l -> l != null)
            .flatMap(List::stream)
            .map(StatementObject::id));
  }

  private String moduleOf(Statement s) {
    // Most statements name their module in their object's IRI: no need to look further.
    String module = s.object() == null ? null : names.moduleOf(s.object().id());
    return module != null
        ? module
        : ids(s).map(names::moduleOf).filter(m -> m != null).findFirst().orElse(null);
  }

  private boolean mentionsCourse(Statement s) {
    return ids(s).anyMatch(names.iris().course()::equals);
  }

  /** The figures so far. */
  ProgressReport result() {
    List<String> moduleIds = new ArrayList<>(names.moduleTitles().keySet());
    List<Learner> learners = new ArrayList<>();
    for (LearnerTally row : rows.values()) {
      learners.add(row.toLearner(moduleIds, names::title));
    }
    learners.sort(
        Comparator.comparing(Learner::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Learner::registration));
    List<ModuleProgress> modules = new ArrayList<>();
    for (String id : moduleIds) {
      int done = 0;
      int started = 0;
      for (Learner l : learners) {
        switch (l.modules().get(id)) {
          case COMPLETED -> done++;
          case IN_PROGRESS -> started++;
          default -> {}
        }
      }
      modules.add(
          new ModuleProgress(
              id, names.moduleTitles().get(id), done, started, learners.size() - done - started));
    }
    List<ActivityResult> activities = new ArrayList<>();
    List<SurveyResult> surveys = new ArrayList<>();
    for (String iri : names.placesInOrder()) {
      InteractionTally t = tallies.get(iri);
      CourseIndex.Place place = names.place(iri);
      if (place.survey()) {
        surveys.add(InteractionTally.survey(place, t));
      } else if (t != null) {
        activities.add(t.toResult(place, names.moduleTitles().get(place.moduleId())));
      }
    }
    return new ProgressReport(
        names.title(names.iris().course()),
        names.iris().course(),
        statements,
        counted,
        voided,
        unreadable,
        unreadableCount,
        modules,
        learners,
        activities,
        surveys);
  }

  /** A timestamp or a duration, or {@code null} when there is none or it is not ISO 8601. */
  private static <T> T parsed(String text, Function<String, T> parse) {
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
