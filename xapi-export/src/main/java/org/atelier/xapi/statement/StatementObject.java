package org.atelier.xapi.statement;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The object of a statement, or an activity of a context: an {@code Activity} with its id and
 * definition, or a {@code StatementRef} (as in a voiding statement).
 *
 * @param objectType {@code Activity} or {@code StatementRef}
 * @param id the activity's IRI, or the referenced statement's UUID
 * @param definition the activity's definition, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementObject(String objectType, String id, ActivityDefinition definition) {

  /** An activity. */
  public static StatementObject activity(String id, ActivityDefinition definition) {
    return new StatementObject("Activity", id, definition);
  }

  /** A reference to another statement. */
  public static StatementObject statementRef(String id) {
    return new StatementObject("StatementRef", id, null);
  }
}
