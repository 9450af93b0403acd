package org.atelier.xapi.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A choice, scale point, source, target or step of an interaction.
 *
 * @param id its id, used in response patterns
 * @param description its text by language tag
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InteractionComponent(String id, Map<String, String> description) {}
