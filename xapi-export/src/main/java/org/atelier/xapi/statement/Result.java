package org.atelier.xapi.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The outcome of a statement.
 *
 * @param score the score, or {@code null}
 * @param success whether it succeeded, or {@code null}
 * @param completion whether it is complete, or {@code null}
 * @param response the learner's response, in the interaction's pattern
 * @param duration an ISO 8601 duration, e.g. {@code PT1M5.5S}
 * @param extensions other data, by IRI
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Result(
    Score score,
    Boolean success,
    Boolean completion,
    String response,
    String duration,
    Map<String, JsonNode> extensions) {}
