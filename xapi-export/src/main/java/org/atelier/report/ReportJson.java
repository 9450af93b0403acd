package org.atelier.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code report.json}: the report's figures as they are, indented, durations and instants ISO 8601.
 */
final class ReportJson {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .registerModule(
              new SimpleModule()
                  .addSerializer(Duration.class, ToStringSerializer.instance)
                  .addSerializer(Instant.class, ToStringSerializer.instance));

  private ReportJson() {}

  static byte[] bytes(ProgressReport report) throws JsonProcessingException {
    return JSON.writeValueAsBytes(report);
  }
}
