package org.atelier.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Question;
import org.atelier.xapi.ActivityIris;
import org.atelier.xapi.statement.Statement;

/**
 * Writes a file of statements as an LRS exports them (one per line) for the example course: a
 * thousand learners answering its questions in turn, each finishing a module now and then.
 */
final class GeneratedStatements {
  private GeneratedStatements() {}

  private static final String VERBS = "http://adlnet.gov/expapi/verbs/";
  private static final int LEARNERS = 1000;

  static Path write(Course course, int count) throws IOException {
    ActivityIris iris = ActivityIris.of(course);
    List<String[]> questions = new ArrayList<>();
    for (CourseModule m : course.modules()) {
      for (var item : m.items()) {
        if (item instanceof Question) {
          questions.add(new String[] {iris.item(m.id(), item.id()), iris.module(m.id())});
        }
      }
    }
    Path file = Files.createTempFile("atelier-statements-" + count + "-", ".jsonl");
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator json = Statement.json().getFactory().createGenerator(out)) {
      json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (int i = 0; i < count; i++) {
        int learner = i % LEARNERS;
        int step = i / LEARNERS;
        String[] q = questions.get(step % questions.size());
        boolean finishes = step % questions.size() == questions.size() - 1;
        json.writeStartObject();
        json.writeStringField(
            "id", new UUID(0x1234_0000_0000_4000L, 0x8000_0000_0000_0000L | i).toString());
        json.writeObjectFieldStart("actor");
        json.writeStringField("name", "Learner " + learner);
        json.writeObjectFieldStart("account");
        json.writeStringField("homePage", "https://moodle.example.org");
        json.writeStringField("name", "learner-" + learner);
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("verb");
        json.writeStringField("id", VERBS + (finishes ? "completed" : "answered"));
        json.writeEndObject();
        json.writeObjectFieldStart("object");
        json.writeStringField("id", finishes ? q[1] : q[0]);
        json.writeObjectFieldStart("definition");
        json.writeStringField("type", "http://adlnet.gov/expapi/activities/cmi.interaction");
        json.writeStringField("interactionType", "choice");
        json.writeArrayFieldStart("correctResponsesPattern");
        json.writeString("a");
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("result");
        boolean right = (i * 7 + learner) % 3 != 0;
        json.writeStringField("response", right ? "a" : "b");
        json.writeBooleanField("success", right);
        json.writeStringField("duration", "PT" + (5 + i % 40) + "S");
        json.writeEndObject();
        json.writeObjectFieldStart("context");
        json.writeStringField(
            "registration",
            new UUID(0x5678_0000_0000_4000L, 0x8000_0000_0000_0000L | learner).toString());
        json.writeObjectFieldStart("contextActivities");
        json.writeArrayFieldStart("grouping");
        json.writeStartObject();
        json.writeStringField("id", iris.course());
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeStringField(
            "timestamp", java.time.Instant.ofEpochSecond(1_790_000_000L + i).toString());
        json.writeEndObject();
      }
    }
    return file;
  }
}
