package org.atelier.xapi.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.atelier.xapi.XapiVocabulary;

/**
 * What an activity is; for an interaction, what was asked and what the right answers are.
 *
 * @param name its name by language tag
 * @param description its description by language tag
 * @param type its type IRI
 * @param moreInfo a page about it
 * @param interactionType for a cmi.interaction: choice, true-false, fill-in, long-fill-in,
 *     matching, performance, sequencing, likert, numeric or other
 * @param correctResponsesPattern the right responses, each in the pattern of the type
 * @param choices for choice and sequencing
 * @param scale for likert
 * @param source for matching
 * @param target for matching
 * @param steps for performance
 * @param extensions other data, by IRI
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ActivityDefinition(
    Map<String, String> name,
    Map<String, String> description,
    String type,
    String moreInfo,
    String interactionType,
    List<String> correctResponsesPattern,
    List<InteractionComponent> choices,
    List<InteractionComponent> scale,
    List<InteractionComponent> source,
    List<InteractionComponent> target,
    List<InteractionComponent> steps,
    Map<String, JsonNode> extensions) {

  /** The interaction types of xAPI 1.0.3. */
  public static final List<String> INTERACTION_TYPES = XapiVocabulary.INTERACTION_TYPES;

  /** A plain definition: a name and a type. */
  public static ActivityDefinition of(Map<String, String> name, String type) {
    return new ActivityDefinition(
        name, null, type, null, null, null, null, null, null, null, null, null);
  }
}
