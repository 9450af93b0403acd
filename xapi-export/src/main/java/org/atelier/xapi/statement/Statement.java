package org.atelier.xapi.statement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.atelier.xapi.XapiVocabulary;

/**
 * An xAPI 1.0.3 statement: actor, verb, object, and optionally result and context. The LRS adds
 * {@code stored}, {@code authority} and {@code version}.
 *
 * @param id the statement's UUID (set by the player before it is sent, so a retry is no duplicate)
 * @param actor who
 * @param verb did what
 * @param object to what
 * @param result with what outcome, or {@code null}
 * @param context in which registration and activities, or {@code null}
 * @param timestamp when, ISO 8601
 * @param stored when the LRS stored it
 * @param authority who vouches for it
 * @param version the xAPI version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Statement(
    String id,
    Agent actor,
    Verb verb,
    StatementObject object,
    Result result,
    Context context,
    String timestamp,
    String stored,
    Agent authority,
    String version) {

  /** The verb that voids another statement. */
  public static final String VOIDED = XapiVocabulary.verb(XapiVocabulary.VOIDED);

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** The mapper that reads and writes statements. */
  public static ObjectMapper json() {
    return JSON;
  }

  /** Reads a statement from JSON. */
  public static Statement parse(String json) throws JsonProcessingException {
    return JSON.readValue(json, Statement.class);
  }

  /** This statement as JSON. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether this statement voids another one. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isVoiding() {
    return verb != null && VOIDED.equals(verb.id());
  }

  /** This statement as sent by a client: without what the LRS adds. */
  public Statement asSent() {
    return new Statement(id, actor, verb, object, result, context, timestamp, null, null, null);
  }
}
