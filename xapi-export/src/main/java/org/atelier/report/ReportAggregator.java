package org.atelier.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.atelier.model.Course;
import org.atelier.report.ProgressReport.ActivityResult;
import org.atelier.report.ProgressReport.AnswerCount;
import org.atelier.report.ProgressReport.Learner;
import org.atelier.report.ProgressReport.ModuleProgress;
import org.atelier.report.ProgressReport.Status;
import org.atelier.report.ProgressReport.SurveyResult;
import org.atelier.report.ProgressReport.Unreadable;
import org.atelier.xapi.XapiVocabulary;
import org.atelier.xapi.lrs.LrsClient;
import org.atelier.xapi.lrs.LrsException;
import org.atelier.xapi.lrs.StatementQuery;
import org.atelier.xapi.statement.Agent;
import org.atelier.xapi.statement.Context;
import org.atelier.xapi.statement.Statement;
import org.atelier.xapi.statement.StatementObject;
import org.atelier.xapi.statement.StatementValidator;

/**
 * Reads statements one at a time and keeps only what the report needs: a row per learner and
 * registration, and a tally per interaction. Its memory grows with learners and activities, never
 * with the number of statements, so a million statements go through in a small heap.
 *
 * <pre>{@code
 * ProgressReport report = ReportAggregator.of(course).readLrs(lrs, n -> {}).result();
 * ProgressReport report = ReportAggregator.of(course).readFile(export, n -> {}).result();
 * }</pre>
 *
 * <p>Voided statements are left out: the LRS already leaves them out of its answers, and for a file
 * the voided ids are given first ({@link #voided(Set)}, see {@link StatementFiles}).
 */
public final class ReportAggregator {
  private static final String VERBS = XapiVocabulary.VERBS;
  private static final int LISTED_UNREADABLE = 100;
  private static final int DISTINCT_ANSWERS = 500;
  private static final int ANSWER_LENGTH = 120;
  // Compiled once: String.split compiles a pattern of more than one character on every call.
  private static final java.util.regex.Pattern LIST =
      java.util.regex.Pattern.compile(XapiVocabulary.LIST, java.util.regex.Pattern.LITERAL);
  private static final java.util.regex.Pattern PAIR =
      java.util.regex.Pattern.compile(XapiVocabulary.PAIR, java.util.regex.Pattern.LITERAL);

  private final Course course;
  private final CourseIndex names;
  private final String courseTitle;
  private final String registration;
  private final Instant since;
  private final Set<String> voidedIds = new HashSet<>();
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Map<String, Tally> tallies = new HashMap<>();
  private final List<Unreadable> unreadable = new ArrayList<>();
  private long unreadableCount;
  private long statements;
  private long counted;
  private long voided;

  private ReportAggregator(Course course, String registration, Instant since) {
    this.course = course;
    this.names = new CourseIndex(course);
    this.courseTitle = course.title();
    this.registration = registration;
    this.since = since;
  }

  /** An aggregator of every statement about {@code course}. */
  public static ReportAggregator of(Course course) {
    return new ReportAggregator(course, null, null);
  }

  /** This aggregator, keeping only one registration. */
  public ReportAggregator registration(String registration) {
    return new ReportAggregator(course, registration, since);
  }

  /** This aggregator, keeping only statements from {@code since} on. */
  public ReportAggregator since(Instant since) {
    return new ReportAggregator(course, registration, since);
  }

  /** Statements known to be voided: they are left out when they arrive. */
  public ReportAggregator voided(Set<String> ids) {
    voidedIds.addAll(ids);
    return this;
  }

  /**
   * Reads every statement about the course from an LRS, page by page, following {@code more}.
   *
   * @param progress told the number of statements read so far, now and then
   */
  public ReportAggregator readLrs(LrsClient lrs, LongConsumer progress) throws LrsException {
    return readLrs(lrs, 0, progress);
  }

  /**
   * Reads every statement about the course from an LRS in pages of at most {@code pageSize}
   * statements (0: the LRS's own page size).
   */
  public ReportAggregator readLrs(LrsClient lrs, int pageSize, LongConsumer progress)
      throws LrsException {
    StatementQuery query = StatementQuery.about(names.iris().course()).pages(pageSize);
    if (registration != null) {
      query = query.registration(registration);
    }
    if (since != null) {
      query = query.since(since.toString());
    }
    long[] n = {0};
    lrs.forEach(
        query,
        s -> {
          accept(s);
          if (++n[0] % 10_000 == 0) {
            progress.accept(n[0]);
          }
        });
    progress.accept(n[0]);
    return this;
  }

  /**
   * Reads every statement of a file (a JSON array, or one statement per line).
   *
   * @param progress told the number of statements read so far, now and then
   * @throws StatementFiles.NotStatementsException when the file holds no statements at all
   */
  public ReportAggregator readFile(Path file, LongConsumer progress) throws IOException {
    StatementFiles.read(file, this, progress);
    return this;
  }

  /** Counts a statement that could not be understood (a file's broken line, say). */
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

  /** Takes one statement into the figures. */
  public void accept(Statement s) {
    accept(s, s.id() == null ? "statement " + (statements + 1) : s.id());
  }

  /** Takes one statement into the figures; {@code where} names it if it cannot be understood. */
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
    Instant when = instant(s.timestamp());
    if ((registration != null && !registration.equals(reg))
        || (since != null && when != null && when.isBefore(since))) {
      return;
    }
    String module = moduleOf(s);
    String object = s.object() == null ? null : s.object().id();
    if (module == null && !names.iris().course().equals(object) && !mentionsCourse(s)) {
      refuse(where, "not about this course (" + object + ")");
      return;
    }
    counted++;
    Row row =
        rows.computeIfAbsent(learnerKey(s.actor()) + "\n" + reg, k -> new Row(s.actor(), reg));
    row.seen(s, when, module);
    String verb = s.verb().id().startsWith(VERBS) ? s.verb().id().substring(VERBS.length()) : "";
    boolean aboutCourse = names.iris().course().equals(object);
    boolean aboutModule = module != null && (names.iris().module(module).equals(object) || isAu(s));
    switch (verb) {
      case XapiVocabulary.ANSWERED -> answered(s, row, when);
      case XapiVocabulary.COMPLETED -> {
        if (aboutCourse) {
          row.courseCompleted = true;
          row.courseScore(s);
        } else if (aboutModule) {
          row.module(module).completed = true;
          row.module(module).score(s);
        }
      }
      case XapiVocabulary.PASSED, XapiVocabulary.FAILED -> {
        boolean passed = verb.equals(XapiVocabulary.PASSED);
        if (aboutCourse) {
          row.coursePassed = passed;
          row.courseScore(s);
        } else if (aboutModule) {
          row.module(module).passed = passed;
          row.module(module).score(s);
        }
      }
      case XapiVocabulary.TERMINATED -> row.addSession(s);
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

  private void answered(Statement s, Row row, Instant when) {
    row.answers++;
    Boolean success = s.result() == null ? null : s.result().success();
    if (Boolean.TRUE.equals(success)) {
      row.right++;
    }
    String iri = s.object().id();
    Tally t = tallies.computeIfAbsent(iri, k -> new Tally(k, s));
    t.add(row.key, s, when);
  }

  /** The figures so far. */
  public ProgressReport result() {
    List<String> moduleIds = new ArrayList<>(names.moduleTitles().keySet());
    List<Learner> learners = new ArrayList<>();
    for (Row row : rows.values()) {
      learners.add(row.toLearner(moduleIds));
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
      Tally t = tallies.get(iri);
      CourseIndex.Place place = names.place(iri);
      if (place.survey()) {
        surveys.add(surveyResult(place, t));
      } else if (t != null) {
        activities.add(t.toResult(place));
      }
    }
    return new ProgressReport(
        courseTitle,
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

  private SurveyResult surveyResult(CourseIndex.Place place, Tally t) {
    List<AnswerCount> answers = new ArrayList<>();
    String type =
        t == null
            ? (place.tokens().isEmpty() ? XapiVocabulary.LONG_FILL_IN : XapiVocabulary.CHOICE)
            : t.type;
    if (!place.tokens().isEmpty()) {
      place
          .tokens()
          .forEach(
              (id, label) ->
                  answers.add(
                      new AnswerCount(
                          label, t == null ? 0 : t.answers.getOrDefault(id, 0L), false)));
    } else if (t != null) {
      answers.addAll(t.sorted(t.answers, place));
    }
    return new SurveyResult(
        place.iri(), place.title(), place.part(), type, t == null ? 0 : t.learners.size(), answers);
  }

  private static Instant instant(String timestamp) {
    if (timestamp == null) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(timestamp).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration duration(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return Duration.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String learnerKey(Agent a) {
    if (a == null) {
      return "?";
    }
    if (a.account() != null) {
      return a.account().homePage() + "|" + a.account().name();
    }
    return a.mbox() != null ? a.mbox() : a.mboxSha1sum() != null ? a.mboxSha1sum() : a.openid();
  }

  private static String account(Agent a) {
    if (a == null) {
      return "";
    }
    if (a.account() != null) {
      return a.account().name();
    }
    return a.mbox() != null
        ? a.mbox().replaceFirst("^mailto:", "")
        : a.mboxSha1sum() != null ? a.mboxSha1sum() : String.valueOf(a.openid());
  }

  /** One learner in one registration, as the statements come. */
  private final class Row {
    final String key;
    final String name;
    final String account;
    final String registration;
    final Map<String, ModuleState> modules = new HashMap<>();
    boolean courseCompleted;
    Boolean coursePassed;
    Double courseScaled;
    Duration sessions = Duration.ZERO;
    boolean hadSession;
    Instant first;
    Instant last;
    String lastObject;
    int answers;
    int right;

    Row(Agent actor, String registration) {
      this.key = learnerKey(actor) + "\n" + registration;
      this.account = account(actor);
      this.name = actor != null && actor.name() != null ? actor.name() : account;
      this.registration = registration;
    }

    ModuleState module(String id) {
      return modules.computeIfAbsent(id, k -> new ModuleState());
    }

    void seen(Statement s, Instant when, String module) {
      if (module != null) {
        module(module).seen = true;
      }
      if (when != null) {
        if (first == null || when.isBefore(first)) {
          first = when;
        }
        if (last == null || !when.isBefore(last)) {
          last = when;
          lastObject = s.object().id();
        }
      }
    }

    void courseScore(Statement s) {
      if (s.result() != null && s.result().score() != null && s.result().score().scaled() != null) {
        courseScaled = s.result().score().scaled();
      }
    }

    void addSession(Statement s) {
      Duration d = s.result() == null ? null : duration(s.result().duration());
      if (d != null) {
        sessions = sessions.plus(d);
        hadSession = true;
      }
    }

    Learner toLearner(List<String> moduleIds) {
      Map<String, Status> status = new LinkedHashMap<>();
      double raw = 0;
      double max = 0;
      boolean allPassed = true;
      boolean anyScored = false;
      for (String id : moduleIds) {
        ModuleState m = modules.get(id);
        status.put(
            id,
            m == null || !m.seen && !m.completed
                ? Status.NOT_STARTED
                : m.completed ? Status.COMPLETED : Status.IN_PROGRESS);
        if (m != null && m.max > 0) {
          anyScored = true;
          raw += m.raw;
          max += m.max;
          allPassed &= Boolean.TRUE.equals(m.passed);
        }
      }
      Double scaled = courseScaled != null ? courseScaled : anyScored ? raw / max : null;
      Boolean passed = coursePassed != null ? coursePassed : anyScored ? allPassed : null;
      Duration time =
          hadSession ? sessions : first == null ? Duration.ZERO : Duration.between(first, last);
      return new Learner(
          name,
          account,
          registration,
          status,
          scaled,
          passed,
          time,
          last,
          lastObject == null ? "" : names.title(lastObject),
          answers,
          right);
    }
  }

  /** A module's state for one row. */
  private static final class ModuleState {
    boolean seen;
    boolean completed;
    Boolean passed;
    double raw;
    double max;

    void score(Statement s) {
      if (s.result() != null && s.result().score() != null) {
        var score = s.result().score();
        if (score.raw() != null && score.max() != null && score.max() > 0) {
          raw = score.raw();
          max = score.max();
        } else if (score.scaled() != null) {
          raw = score.scaled();
          max = 1;
        }
      }
    }
  }

  private record Latest(Instant when, boolean right) {}

  /** One interaction's answers. */
  private final class Tally {
    final String iri;
    final String type;
    final Set<String> correctTokens = new HashSet<>();
    final Set<String> learners = new HashSet<>();

    /** Each learner's latest answer, by timestamp: LRSs send newest first, files any order. */
    final Map<String, Latest> latest = new HashMap<>();

    final Map<String, Long> answers = new HashMap<>();
    final Map<String, Long> wrong = new HashMap<>();
    long attempts;
    long successes;

    Tally(String iri, Statement first) {
      this.iri = iri;
      var def = first.object().definition();
      this.type =
          def == null || def.interactionType() == null
              ? XapiVocabulary.OTHER
              : def.interactionType();
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

    void add(String rowKey, Statement s, Instant when) {
      attempts++;
      learners.add(rowKey);
      Boolean success = s.result() == null ? null : s.result().success();
      if (Boolean.TRUE.equals(success)) {
        successes++;
      }
      Latest before = latest.get(rowKey);
      if (before == null
          || when != null && (before.when() == null || !when.isBefore(before.when()))) {
        latest.put(rowKey, new Latest(when, Boolean.TRUE.equals(success)));
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

    private void count(Map<String, Long> map, String token) {
      if (map.containsKey(token) || map.size() < DISTINCT_ANSWERS) {
        map.merge(token, 1L, Long::sum);
      } else {
        map.merge("…", 1L, Long::sum);
      }
    }

    List<AnswerCount> sorted(Map<String, Long> counts, CourseIndex.Place place) {
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
        return tokens.getOrDefault(pair[0], pair[0])
            + " → "
            + tokens.getOrDefault(pair[1], pair[1]);
      }
      if (type.equals(XapiVocabulary.SEQUENCING)) {
        return String.join(
            " ; ", Arrays.stream(LIST.split(token)).map(t -> tokens.getOrDefault(t, t)).toList());
      }
      return tokens.getOrDefault(token, token);
    }

    ActivityResult toResult(CourseIndex.Place place) {
      int right = (int) latest.values().stream().filter(Latest::right).count();
      return new ActivityResult(
          iri,
          names.moduleTitles().get(place.moduleId()),
          place.title(),
          place.part(),
          type,
          learners.size(),
          right,
          attempts,
          successes,
          sorted(answers, place),
          sorted(wrong, place).stream().limit(5).toList());
    }
  }

  private static String clip(String text) {
    return text.length() <= ANSWER_LENGTH ? text : text.substring(0, ANSWER_LENGTH) + "…";
  }
}
