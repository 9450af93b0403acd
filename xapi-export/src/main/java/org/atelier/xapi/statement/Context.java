package org.atelier.xapi.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Where a statement happened: the registration (one attempt), the activities around it, the
 * language.
 *
 * @param registration the registration UUID
 * @param contextActivities parent, grouping, category and other activities
 * @param language the language tag of the experience
 * @param platform the platform
 * @param extensions other data, by IRI
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Context(
    String registration,
    ContextActivities contextActivities,
    String language,
    String platform,
    Map<String, JsonNode> extensions) {

  /**
   * The activities around a statement.
   *
   * @param parent the direct parent (a module for an activity)
   * @param grouping further up (the course)
   * @param category profiles and categories (cmi5's)
   * @param other anything else
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ContextActivities(
      List<StatementObject> parent,
      List<StatementObject> grouping,
      List<StatementObject> category,
      List<StatementObject> other) {}
}
