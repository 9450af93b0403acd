package org.atelier.xapi.statement;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A score: scaled between -1 and 1; raw between min and max.
 *
 * @param scaled the share, -1 to 1
 * @param raw the points
 * @param min the fewest points
 * @param max the most points
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(Double scaled, Double raw, Double min, Double max) {}
