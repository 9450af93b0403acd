package org.atelier.scorm;

import org.atelier.model.CourseValidator;

/**
 * The one mapping of author ids (options, cards, categories, scale points) to the tokens SCORM puts
 * inside interaction patterns and responses. SCORM 2004 reads those tokens as short identifiers,
 * and Moodle's run-time holds them to {@code [A-Za-z0-9_.]} (a hyphen is refused with error 406);
 * author ids are {@linkplain CourseValidator#SLUG slugs} ({@code [a-z0-9-]}), which never hold
 * {@code _}, so writing {@code -} as {@code _} is lossless and reversible: {@code jour-1} is {@code
 * jour_1}, and {@link #id} gives the author's id back. Both SCORM versions use it, so one rule
 * serves every LMS; interaction ids keep the author's hyphens (they are long identifiers, where
 * hyphens are allowed).
 */
public final class ScormTokens {
  /** The character author ids have and SCORM tokens may not. */
  public static final char AUTHOR = '-';

  /** What it becomes in a token. */
  public static final char SCORM = '_';

  private ScormTokens() {}

  /** The token of an author id. */
  public static String token(String authorId) {
    return authorId.replace(AUTHOR, SCORM);
  }

  /** The author id of a token read back from an LMS. */
  public static String id(String token) {
    return token.replace(SCORM, AUTHOR);
  }
}
