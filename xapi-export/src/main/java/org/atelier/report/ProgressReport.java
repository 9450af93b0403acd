package org.atelier.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The trainer's report of one course: who is where, how each scored activity went, what the group
 * answered, and what could not be read. Read by {@link ReportReader}; written by {@link
 * ReportWriter}.
 *
 * @param courseTitle the course's title
 * @param courseIri the course's IRI
 * @param statements the statements read
 * @param counted the statements about this course that the figures count
 * @param voided the statements left out because voided
 * @param unreadable the statements that could not be understood (counted; the first ones listed)
 * @param unreadableCount how many could not be understood
 * @param modules each module's progress over the group
 * @param learners one row per learner and registration
 * @param activities each answered interaction of a question, in course order
 * @param surveys each survey question with the group's answers, in course order
 */
public record ProgressReport(
    String courseTitle,
    String courseIri,
    long statements,
    long counted,
    long voided,
    List<Unreadable> unreadable,
    long unreadableCount,
    List<ModuleProgress> modules,
    List<Learner> learners,
    List<ActivityResult> activities,
    List<SurveyResult> surveys) {

  /** Copies the lists. */
  public ProgressReport {
    unreadable = List.copyOf(unreadable);
    modules = List.copyOf(modules);
    learners = List.copyOf(learners);
    activities = List.copyOf(activities);
    surveys = List.copyOf(surveys);
  }

  /** Where a learner is in a module. */
  public enum Status {
    /** Completed (the module's completed statement arrived). */
    COMPLETED,
    /** Some statement about the module, not yet completed. */
    IN_PROGRESS,
    /** Nothing about the module yet. */
    NOT_STARTED
  }

  /**
   * A statement that could not be understood.
   *
   * @param where where it was: a file's line, or a statement id
   * @param why what was wrong
   */
  public record Unreadable(String where, String why) {}

  /**
   * A module's progress over the group.
   *
   * @param id its id
   * @param title its title
   * @param completed learners (registrations) who completed it
   * @param inProgress those who started it
   * @param notStarted those with nothing about it
   */
  public record ModuleProgress(
      String id, String title, int completed, int inProgress, int notStarted) {}

  /**
   * One learner in one registration.
   *
   * @param name the name the LMS gave, or the account name
   * @param account the account, mailbox or other identifier
   * @param registration the registration, or an empty string
   * @param modules each module's status, by module id
   * @param scaled the course score (0 to 1), or {@code null} when there is none yet
   * @param passed whether the course (or every scored module) is passed, or {@code null}
   * @param timeSpent the sum of the sessions' durations, else first to last statement
   * @param lastSeen the latest statement's timestamp
   * @param lastActivity the title of what the latest statement was about
   * @param answers answers given
   * @param rightAnswers answers that were right
   */
  public record Learner(
      String name,
      String account,
      String registration,
      Map<String, Status> modules,
      Double scaled,
      Boolean passed,
      Duration timeSpent,
      Instant lastSeen,
      String lastActivity,
      int answers,
      int rightAnswers) {

    /** Copies the map. */
    public Learner {
      modules = Map.copyOf(modules);
    }
  }

  /**
   * An answer and how many gave it.
   *
   * @param label the answer, named as in the course
   * @param count how many times it was given
   * @param right whether it is a right answer (or part of one)
   */
  public record AnswerCount(String label, long count, boolean right) {}

  /**
   * One interaction of a scored or practice question.
   *
   * @param iri its IRI
   * @param module its module's title
   * @param title the activity's title
   * @param part the part (a gap, a timeline's order or nature), or {@code null}
   * @param type the interaction type
   * @param learners learners who answered it
   * @param learnersRight those whose last answer was right
   * @param attempts answers given in all
   * @param successes answers that were right
   * @param answers the answers given, most frequent first
   * @param wrong the wrong answers, most frequent first
   */
  public record ActivityResult(
      String iri,
      String module,
      String title,
      String part,
      String type,
      int learners,
      int learnersRight,
      long attempts,
      long successes,
      List<AnswerCount> answers,
      List<AnswerCount> wrong) {

    /** Copies the lists. */
    public ActivityResult {
      answers = List.copyOf(answers);
      wrong = List.copyOf(wrong);
    }

    /** The share of answers that were right, 0 to 1. */
    public double successRate() {
      return attempts == 0 ? 0 : (double) successes / attempts;
    }
  }

  /**
   * One survey question and the group's answers.
   *
   * @param iri its IRI
   * @param survey the survey's title
   * @param question the question
   * @param type likert, choice or long-fill-in
   * @param respondents learners who answered
   * @param answers each option or scale point with its count, in the course's order (open answers:
   *     each text, most frequent first)
   */
  public record SurveyResult(
      String iri,
      String survey,
      String question,
      String type,
      int respondents,
      List<AnswerCount> answers) {

    /** Copies the list. */
    public SurveyResult {
      answers = List.copyOf(answers);
    }

    /** The largest count, for scaling bars. */
    public long maxCount() {
      return answers.stream().mapToLong(AnswerCount::count).max().orElse(0);
    }
  }
}
