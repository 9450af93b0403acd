package org.atelier.report;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.atelier.report.ProgressReport.Learner;
import org.atelier.report.ProgressReport.Status;
import org.atelier.xapi.statement.Agent;
import org.atelier.xapi.statement.Statement;

/** One learner in one registration, as the statements come: a row of the report. */
final class LearnerTally {
  private final String name;
  private final String account;
  private final String registration;
  private final Map<String, ModuleTally> modules = new HashMap<>();
  private Boolean coursePassed;
  private Double courseScaled;
  private Duration sessions = Duration.ZERO;
  private boolean hadSession;
  private Instant first;
  private Instant last;
  private String lastObject;
  private int answers;
  private int right;

  LearnerTally(Agent actor, String registration) {
    this.account = account(actor);
    this.name = actor != null && actor.name() != null ? actor.name() : account;
    this.registration = registration;
  }

  /** The key of a learner's row in a registration: the same agent, however it is named. */
  static String key(Agent actor, String registration) {
    return learnerKey(actor) + "\n" + registration;
  }

  /** A statement of this row, about {@code module} (or {@code null}), stamped {@code when}. */
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

  void answered(Statement s) {
    answers++;
    if (Boolean.TRUE.equals(s.result() == null ? null : s.result().success())) {
      right++;
    }
  }

  void coursePassed(Statement s, boolean passed) {
    coursePassed = passed;
    courseScore(s);
  }

  void moduleCompleted(String module, Statement s) {
    module(module).completed = true;
    module(module).score(s);
  }

  void modulePassed(String module, Statement s, boolean passed) {
    module(module).passed = passed;
    module(module).score(s);
  }

  /** A session ended, lasting {@code d} (or {@code null}: it did not say). */
  void terminated(Duration d) {
    if (d != null) {
      sessions = sessions.plus(d);
      hadSession = true;
    }
  }

  private ModuleTally module(String id) {
    return modules.computeIfAbsent(id, k -> new ModuleTally());
  }

  /** A statement about the course that may carry its score (completed, passed, failed). */
  void courseScore(Statement s) {
    if (s.result() != null && s.result().score() != null && s.result().score().scaled() != null) {
      courseScaled = s.result().score().scaled();
    }
  }

  /**
   * The row as the report shows it.
   *
   * @param moduleIds the course's modules, in order
   * @param title the title of an IRI
   */
  Learner toLearner(List<String> moduleIds, UnaryOperator<String> title) {
    Map<String, Status> status = new LinkedHashMap<>();
    double raw = 0;
    double max = 0;
    boolean allPassed = true;
    boolean anyScored = false;
    for (String id : moduleIds) {
      ModuleTally m = modules.get(id);
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
        lastObject == null ? "" : title.apply(lastObject),
        answers,
        right);
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

  /** A module's state in one row. */
  private static final class ModuleTally {
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
}
