package org.atelier.coursefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.coursefile.Fixtures.course;
import static org.atelier.coursefile.Fixtures.problems;
import static org.atelier.coursefile.Fixtures.read;

import org.atelier.model.Course;
import org.atelier.model.FillIn;
import org.atelier.model.Kind;
import org.atelier.model.SingleChoice;
import org.atelier.model.SurveyQuestion;
import org.atelier.model.Timeline;
import org.atelier.model.TimelineCard;
import org.junit.jupiter.api.Test;

class CourseFileReaderTest {

  @Test
  void readsEveryKindOfItemWithItsDefaults() throws Exception {
    Course course =
        read(
            course(
                """
                      - type: page
                        id: accueil
                        title: Accueil
                        body: "Bienvenue *à tous*"
                      - type: single-choice
                        id: q1
                        title: Qui suis-je ?
                        prompt: Je réponds avec assurance, mais je me trompe.
                        points: 2
                        options:
                          - {id: hallucination, text: Une hallucination, correct: true}
                          - {id: biais, text: Un biais}
                      - type: multiple-response
                        id: q2
                        title: RGPD
                        prompt: Cochez les affirmations vraies.
                        options:
                          - {id: a, text: Vrai, correct: true}
                          - {id: b, text: Faux}
                      - type: true-false
                        id: q3
                        title: Vrai ou faux
                        prompt: La CNIL contrôle le RGPD en France.
                        answer: true
                      - type: fill-in
                        id: q4
                        title: Trous
                        text: "L'IA génère ses réponses {{g1}}, selon ce qui est {{g2}}."
                        gaps:
                          - {id: g1, accept: [mot par mot]}
                          - {id: g2, accept: [probable], options: [probable, certain]}
                      - type: card-sort
                        id: q5
                        title: Données
                        categories: [{id: oui, title: Je partage}, {id: non, title: Je ne partage pas}]
                        cards:
                          - {id: recette, text: Une recette, category: oui}
                      - type: sequence
                        id: q6
                        title: Crêpes
                        cards: [{id: farine, text: Farine}, {id: oeufs, text: Œufs}]
                      - type: timeline
                        id: q7
                        title: Réalité ou fiction
                        cards:
                          - {id: dartmouth, text: Dartmouth, date: 1956, nature: reality}
                          - {id: hal, text: HAL 9000, date: 1968-04, nature: fiction}
                      - type: discussion
                        id: debat
                        title: Débat
                        cards: [{id: biais, title: Biais, keyPoints: [Un point], questions: ["Une question ?"]}]
                      - type: actions
                        id: agir
                        title: Agir
                        cards: [{id: apprendre, title: Apprendre, actions: [Suivre un MOOC]}]
                      - type: survey
                        id: mur
                        title: Mur de l'IA
                        questions:
                          - {id: usage, kind: likert, prompt: "J'utilise l'IA", scale: [Jamais, Souvent]}
                          - {id: outils, kind: choice, prompt: "Quels outils ?", multiple: true, options: [{id: chatgpt, text: ChatGPT}, {id: aucun, text: Aucun}]}
                          - {id: libre, kind: text, prompt: "Un mot ?"}
                """));

    assertThat(course.language()).isEqualTo("fr");
    assertThat(course.version()).isEqualTo("1.0.0");
    assertThat(course.baseIri()).isEqualTo("urn:atelier:demo");
    assertThat(course.masteryScore()).isEqualTo(0.8);
    assertThat(course.items().map(i -> i.kind()))
        .containsExactly(
            Kind.PAGE,
            Kind.SINGLE_CHOICE,
            Kind.MULTIPLE_RESPONSE,
            Kind.TRUE_FALSE,
            Kind.FILL_IN,
            Kind.CARD_SORT,
            Kind.SEQUENCE,
            Kind.TIMELINE,
            Kind.DISCUSSION,
            Kind.ACTIONS,
            Kind.SURVEY);
    SingleChoice q1 = (SingleChoice) course.items().toList().get(1);
    assertThat(q1.rules().points()).isEqualTo(2);
    assertThat(q1.rules().attempts()).isZero();
    assertThat(q1.options()).extracting(o -> o.correct()).containsExactly(true, false);
    FillIn q4 = (FillIn) course.items().toList().get(4);
    assertThat(q4.gap("g2").isChoice()).isTrue();
    assertThat(q4.segments()).hasSize(5);
    Timeline q7 = (Timeline) course.items().toList().get(7);
    assertThat(q7.cards())
        .extracting(TimelineCard::nature)
        .containsExactly(TimelineCard.Nature.REALITY, TimelineCard.Nature.FICTION);
    assertThat(((org.atelier.model.Survey) course.items().toList().get(10)).questions())
        .extracting(SurveyQuestion::type)
        .containsExactly(
            SurveyQuestion.Type.LIKERT, SurveyQuestion.Type.CHOICE, SurveyQuestion.Type.TEXT);
  }

  @Test
  void readsJsonToo() throws Exception {
    Course course =
        read(
            """
            {"id": "demo", "title": "Démo", "modules": [{"id": "m1", "title": "M",
              "items": [{"type": "page", "id": "p", "title": "P"}]}]}
            """);
    assertThat(course.modules()).hasSize(1);
  }

  @Test
  void suggestsTheNearestFieldForAnUnknownOne() {
    assertThat(problems(course("      - {type: page, id: p, titel: P}")))
        .contains(
            "course.yaml:7:29: error: modules[0].items[0].titel: unknown field \"titel\" — did you"
                + " mean \"title\"?");
  }

  @Test
  void suggestsTheNearestKindForAnUnknownType() {
    assertThat(problems(course("      - {type: single-choise, id: p, title: P}")))
        .singleElement()
        .asString()
        .contains("items[0].type: \"single-choise\" is not a kind of item")
        .contains("did you mean \"single-choice\"?");
  }

  @Test
  void reportsAWrongTypeWithWhatWasExpected() {
    assertThat(
            problems(
                course(
                    """
                      - type: single-choice
                        id: q
                        title: Q
                        prompt: P
                        points: beaucoup
                        options: une seule
                """)))
        .anySatisfy(p -> assertThat(p).contains("items[0].points: expected a number, found a text"))
        .anySatisfy(
            p -> assertThat(p).contains("items[0].options: expected a list (each entry starting"));
  }

  @Test
  void refusesQuotedBooleans() {
    assertThat(
            problems(
                course(
                    """
                      - type: true-false
                        id: q
                        title: Q
                        prompt: P
                        answer: "oui"
                """)))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("items[0].answer: expected true or false, found a text")
                    .contains("without quotes"));
  }

  @Test
  void reportsEveryProblemAtOnceInFileOrder() {
    assertThat(
            problems(
                course(
                    """
                      - {type: page, id: Accueil, title: A}
                      - {type: page, id: b}
                      - {type: page, id: c, title: C, couleur: rouge}
                """)))
        .extracting(p -> p.substring(0, p.indexOf(": error")))
        .containsExactly("course.yaml:7:22", "course.yaml:8:9", "course.yaml:9:39");
  }

  @Test
  void reportsADuplicateFieldWithBothLines() {
    assertThat(
            problems(
                """
                id: demo
                title: A
                title: B
                modules: []
                """))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("3:1")
                    .contains("\"title\" is written twice (first at line 2)"));
  }

  @Test
  void requiresAtLeastOneModule() {
    assertThat(problems("id: demo\ntitle: Démo\n"))
        .anySatisfy(p -> assertThat(p).contains("modules: the course has no modules"));
  }

  @Test
  void refusesADocumentThatIsNotACourse() {
    assertThat(problems("- une\n- liste\n"))
        .singleElement()
        .asString()
        .contains("expected a group of fields");
  }

  @Test
  void explainsTheFrenchQuestionMarkInAFlowList() {
    assertThat(
            problems(
                course(
                    """
                      - type: discussion
                        id: d
                        title: D
                        cards: [{id: c, title: C, questions: [Une machine peut-elle être neutre ?]}]
                """)))
        .singleElement()
        .asString()
        .contains("YAML syntax error")
        .contains("a « ? » after a space is YAML syntax: put that text in quotes");
  }
}
