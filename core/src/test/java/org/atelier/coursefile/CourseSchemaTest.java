package org.atelier.coursefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.atelier.model.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON Schema that editors use and the reader's field table say the same thing. */
class CourseSchemaTest {
  private static JsonNode schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        CourseFileReader.class.getResourceAsStream("/org/atelier/coursefile/course.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
  }

  private static List<String> names(JsonNode properties) {
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void everyObjectHasExactlyTheFieldsTheReaderReads() {
    for (Map.Entry<String, List<String>> object : Fields.OBJECTS.entrySet()) {
      JsonNode definition =
          object.getKey().equals("course") ? schema : schema.path("$defs").path(object.getKey());
      assertThat(definition.isMissingNode())
          .as("schema definition of " + object.getKey())
          .isFalse();
      assertThat(names(definition.path("properties")))
          .as("fields of " + object.getKey())
          .containsExactlyInAnyOrderElementsOf(object.getValue());
      assertThat(definition.path("additionalProperties").asBoolean(true))
          .as(object.getKey() + " refuses unknown fields, as the reader does")
          .isFalse();
    }
  }

  @Test
  void theSchemaHasTheValidatorsLimits() {
    JsonNode module = schema.path("$defs").path("module").path("properties");
    assertThat(schema.path("properties").path("title").path("maxLength").asInt())
        .isEqualTo(org.atelier.model.CourseValidator.MAX_TITLE);
    assertThat(module.path("title").path("maxLength").asInt())
        .isEqualTo(org.atelier.model.CourseValidator.MAX_TITLE);
    assertThat(schema.path("properties").path("version").path("maxLength").asInt())
        .isEqualTo(org.atelier.model.CourseValidator.MAX_VERSION);
    JsonNode points = schema.path("$defs").path("true-false").path("properties").path("points");
    assertThat(points.path("maximum").asDouble())
        .isEqualTo(org.atelier.model.CourseValidator.MAX_POINTS);
    assertThat(points.path("minimum").asDouble())
        .isEqualTo(org.atelier.model.CourseValidator.MIN_POINTS);
    for (Kind kind : Kind.values()) {
      JsonNode duration =
          schema.path("$defs").path(kind.code()).path("properties").path("duration");
      if (kind == Kind.PAGE) {
        assertThat(duration.isMissingNode()).as("a page has no duration").isTrue();
        continue;
      }
      assertThat(duration.path("minimum").asInt()).as(kind.code()).isEqualTo(1);
      assertThat(duration.path("maximum").asInt())
          .as(kind.code())
          .isEqualTo(org.atelier.model.CourseValidator.MAX_DURATION);
    }
  }

  @Test
  void everyKindOfItemIsInTheSchema() {
    List<String> refs = new ArrayList<>();
    schema.path("$defs").path("item").path("oneOf").forEach(r -> refs.add(r.path("$ref").asText()));
    for (Kind kind : Kind.values()) {
      assertThat(refs).contains("#/$defs/" + kind.code());
      assertThat(
              schema
                  .path("$defs")
                  .path(kind.code())
                  .path("properties")
                  .path("type")
                  .path("const")
                  .asText())
          .isEqualTo(kind.code());
    }
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(schema, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/$defs/");
      assertThat(schema.path("$defs").has(ref.substring("#/$defs/".length())))
          .as("definition of " + ref)
          .isTrue();
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      collectRefs(it.next(), refs);
    }
  }
}
