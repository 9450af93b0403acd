package org.atelier.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atelier.testing.Lrs;
import org.atelier.xapi.lrs.LrsClient;
import org.atelier.xapi.lrs.LrsException;
import org.atelier.xapi.lrs.StatementQuery;
import org.atelier.xapi.statement.ActivityDefinition;
import org.atelier.xapi.statement.Agent;
import org.atelier.xapi.statement.Context;
import org.atelier.xapi.statement.InteractionComponent;
import org.atelier.xapi.statement.Result;
import org.atelier.xapi.statement.Score;
import org.atelier.xapi.statement.Statement;
import org.atelier.xapi.statement.StatementObject;
import org.atelier.xapi.statement.StatementValidator;
import org.atelier.xapi.statement.Verb;
import org.junit.jupiter.api.Test;

/** The statement model and the LRS client against a real LRS on 127.0.0.1. */
class LrsClientTest {
  static final String COURSE = "urn:atelier:cafe-ia";

  static Statement answered(String learner, String registration, int n) {
    ActivityDefinition riddle =
        new ActivityDefinition(
            Map.of("fr-FR", "Qui suis-je ? " + n),
            Map.of("fr-FR", "Je me trompe avec assurance."),
            "http://adlnet.gov/expapi/activities/cmi.interaction",
            null,
            "choice",
            List.of("hallucination"),
            List.of(
                new InteractionComponent("hallucination", Map.of("fr-FR", "Une hallucination")),
                new InteractionComponent("biais", Map.of("fr-FR", "Un biais"))),
            null,
            null,
            null,
            null,
            null);
    return new Statement(
        UUID.randomUUID().toString(),
        Agent.account(learner, "https://moodle.example.org", learner),
        Verb.adl("answered", "fr-FR", "a répondu"),
        StatementObject.activity(COURSE + "/jour-1/qui-suis-je-" + n, riddle),
        new Result(new Score(1.0, 1.0, 0.0, 1.0), true, true, "hallucination", "PT4.5S", null),
        new Context(
            registration,
            new Context.ContextActivities(
                List.of(StatementObject.activity(COURSE + "/jour-1", null)),
                List.of(StatementObject.activity(COURSE, null)),
                null,
                null),
            "fr-FR",
            null,
            null),
        "2026-11-24T10:00:0" + (n % 10) + ".000Z",
        null,
        null,
        null);
  }

  @Test
  void statementsTheModelBuildsAreValidAcceptedAndReadBackUnchanged() throws Exception {
    try (Lrs lrs = Lrs.open()) {
      LrsClient client = LrsClient.to(lrs.endpoint()).credentials("test", "test");
      String registration = UUID.randomUUID().toString();
      List<Statement> sent = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        Statement s = answered("Camille", registration, i);
        assertThat(StatementValidator.validate(s)).isEmpty();
        sent.add(s);
      }
      List<String> ids = client.post(sent);
      assertThat(ids).containsExactlyElementsOf(sent.stream().map(Statement::id).toList());

      List<Statement> read =
          client.all(StatementQuery.about(COURSE).registration(registration).pages(2));
      assertThat(read).hasSize(5);
      assertThat(read.stream().map(Statement::asSent).toList())
          .containsExactlyInAnyOrderElementsOf(sent);
      assertThat(read).allSatisfy(s -> assertThat(s.stored()).isNotNull());
    }
  }

  @Test
  void aBrokenStatementIsRefusedWithTheOffendingFields() throws Exception {
    try (Lrs lrs = Lrs.open()) {
      Statement broken =
          new Statement(
              null,
              Agent.mbox("A", "a@b.fr"),
              new Verb("answered", null),
              StatementObject.activity("x", null),
              null,
              null,
              null,
              null,
              null,
              null);
      assertThat(StatementValidator.validate(broken))
          .containsExactly(
              "verb.id: \"answered\" is not an absolute IRI",
              "object.id: \"x\" is not an absolute IRI");
      LrsException e =
          catchThrowableOfType(
              LrsException.class, () -> LrsClient.to(lrs.endpoint()).post(List.of(broken)));
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.body()).contains("verb.id").contains("object.id");
    }
  }

  @Test
  void anUnreachableLrsIsAClearFailure() throws Exception {
    Lrs lrs = Lrs.open();
    lrs.stop();
    LrsException e =
        catchThrowableOfType(
            LrsException.class,
            () -> LrsClient.to(lrs.endpoint()).all(StatementQuery.about(COURSE)));
    assertThat(e.status()).isZero();
    assertThat(e.getMessage()).startsWith("cannot reach the LRS at http://127.0.0.1:");
  }

  @Test
  void theValidatorNamesEachBrokenField() {
    Statement s = answered("Camille", "not-a-uuid", 1);
    Statement bad =
        new Statement(
            "1234",
            new Agent("Agent", "A", "a@b.fr", null, null, null),
            s.verb(),
            s.object(),
            new Result(new Score(1.5, 3.0, 0.0, 2.0), true, true, "x", "4 seconds", null),
            s.context(),
            "hier",
            null,
            null,
            null);
    assertThat(StatementValidator.validate(bad))
        .contains(
            "id: \"1234\" is not a UUID",
            "actor.mbox: \"a@b.fr\" must start with mailto:",
            "result.score.scaled: 1.5 is not between -1 and 1",
            "result.score.raw: 3.0 is not between min and max",
            "result.duration: \"4 seconds\" is not an ISO 8601 duration",
            "context.registration: \"not-a-uuid\" is not a UUID",
            "timestamp: \"hier\" is not an ISO 8601 date and time with a zone");
  }
}
