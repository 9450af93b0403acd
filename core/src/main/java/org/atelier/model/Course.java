package org.atelier.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A course: its description and its modules in order. Build one with {@link #builder(String)} or
 * read one from a course file. A course is always valid: its constructor, which every path goes
 * through, checks it with the {@link CourseValidator} and throws {@link InvalidCourseException}
 * with every problem found, so no exporter ever sees a course that breaks a rule.
 *
 * @param id a slug: package names and tracking ids derive from it
 * @param title the title shown to learners
 * @param language the learners' language as a BCP 47 tag, e.g. {@code fr}
 * @param version the course's version
 * @param description what the course is about (inline markup), or {@code null}
 * @param authors its authors
 * @param licence its licence, e.g. {@code CC BY-SA 4.0}, or {@code null}
 * @param baseIri the IRI that activity IRIs start with
 * @param masteryScore the share of scored points needed to pass the course (0 to 1)
 * @param modules its modules, in order
 * @param mediaRoot the folder that relative media paths resolve in, or {@code null} when the course
 *     uses no media file
 */
public record Course(
    String id,
    String title,
    String language,
    String version,
    String description,
    List<String> authors,
    String licence,
    String baseIri,
    double masteryScore,
    List<CourseModule> modules,
    Path mediaRoot) {

  /** The language of a course that names none. */
  public static final String DEFAULT_LANGUAGE = "fr";

  /** The version of a course that names none. */
  public static final String DEFAULT_VERSION = "1.0.0";

  /** The mastery score of a course that names none. */
  public static final double DEFAULT_MASTERY_SCORE = 0.8;

  /**
   * Copies the lists and validates the course.
   *
   * @throws InvalidCourseException with every problem found, if there is any
   */
  public Course(
      String id,
      String title,
      String language,
      String version,
      String description,
      List<String> authors,
      String licence,
      String baseIri,
      double masteryScore,
      List<CourseModule> modules,
      Path mediaRoot) {
    this.id = id;
    this.title = title;
    this.language = language;
    this.version = version;
    this.description = description;
    this.authors = Lists.copy(authors);
    this.licence = licence;
    this.baseIri = baseIri;
    this.masteryScore = masteryScore;
    this.modules = Lists.copy(modules);
    this.mediaRoot = mediaRoot;
    // Every field is set: the validator reads this course before anyone else can.
    List<Problem> problems = CourseValidator.validate(this);
    if (!problems.isEmpty()) {
      throw new InvalidCourseException(problems);
    }
  }

  /** Starts a course with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The base IRI of a course that names none: {@code urn:atelier:<id>}. */
  public static String defaultBaseIri(String id) {
    return "urn:atelier:" + id;
  }

  /** Every item of every module, in order. */
  public Stream<Item> items() {
    return modules.stream().flatMap(m -> m.items().stream());
  }

  /** The module with the given id. */
  public Optional<CourseModule> module(String moduleId) {
    return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
  }

  /** The mastery score that applies to a module: its own, else the course's. */
  public double masteryScoreOf(CourseModule module) {
    return module.masteryScore() != null ? module.masteryScore() : masteryScore;
  }

  /** A builder holding this course's parts, to derive a variant. */
  public Builder toBuilder() {
    Builder builder =
        builder(id)
            .title(title)
            .language(language)
            .version(version)
            .description(description)
            .licence(licence)
            .baseIri(baseIri)
            .masteryScore(masteryScore)
            .mediaRoot(mediaRoot);
    authors.forEach(builder::author);
    modules.forEach(builder::module);
    return builder;
  }

  /** Builds a {@link Course}; {@link #build()} validates the whole course. */
  public static final class Builder {
    private final String id;
    private String title;
    private String language = DEFAULT_LANGUAGE;
    private String version = DEFAULT_VERSION;
    private String description;
    private final List<String> authors = new ArrayList<>();
    private String licence;
    private String baseIri;
    private double masteryScore = DEFAULT_MASTERY_SCORE;
    private final List<CourseModule> modules = new ArrayList<>();
    private Path mediaRoot;

    Builder(String id) {
      this.id = id;
    }

    /** The title shown to learners. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The learners' language as a BCP 47 tag (default {@code fr}). */
    public Builder language(String language) {
      this.language = language == null ? DEFAULT_LANGUAGE : language;
      return this;
    }

    /** The course's version (default {@code 1.0.0}). */
    public Builder version(String version) {
      this.version = version == null ? DEFAULT_VERSION : version;
      return this;
    }

    /** What the course is about (inline markup). */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Adds an author. */
    public Builder author(String author) {
      authors.add(author);
      return this;
    }

    /** The licence, e.g. {@code CC BY-SA 4.0}. */
    public Builder licence(String licence) {
      this.licence = licence;
      return this;
    }

    /** The IRI that activity IRIs start with (default {@code urn:atelier:<id>}). */
    public Builder baseIri(String baseIri) {
      this.baseIri = baseIri;
      return this;
    }

    /** The share of scored points needed to pass, from 0 to 1 (default 0.8). */
    public Builder masteryScore(double masteryScore) {
      this.masteryScore = masteryScore;
      return this;
    }

    /** Adds a module to the end. */
    public Builder module(CourseModule module) {
      modules.add(module);
      return this;
    }

    /** The folder that relative media paths resolve in. */
    public Builder mediaRoot(Path mediaRoot) {
      this.mediaRoot = mediaRoot;
      return this;
    }

    /**
     * Builds and validates the course.
     *
     * @throws InvalidCourseException with every problem found, if there is any
     */
    public Course build() {
      return new Course(
          id,
          title,
          language,
          version,
          description,
          authors,
          licence,
          baseIri == null && id != null ? defaultBaseIri(id) : baseIri,
          masteryScore,
          modules,
          mediaRoot);
    }
  }
}
