package org.atelier.xapi.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.atelier.xapi.XapiVocabulary;

/**
 * What the actor did.
 *
 * @param id the verb's IRI
 * @param display its name by language tag
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Verb(String id, Map<String, String> display) {

  /** The ADL verbs Atelier uses. */
  public static final String ADL = XapiVocabulary.VERBS;

  /** A verb of the ADL vocabulary, e.g. {@code adl("answered", "en-US", "answered")}. */
  public static Verb adl(String name, String language, String label) {
    return new Verb(ADL + name, Map.of(language, label));
  }
}
