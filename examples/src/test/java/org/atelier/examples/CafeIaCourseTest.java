package org.atelier.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Actions;
import org.atelier.model.CardSort;
import org.atelier.model.Course;
import org.atelier.model.Discussion;
import org.atelier.model.FillIn;
import org.atelier.model.Item;
import org.atelier.model.Kind;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.Survey;
import org.atelier.model.Timeline;
import org.atelier.model.TimelineCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Café IA training is the acceptance test in the open: every passage that the content map
 * (training-content.md) turns into an activity is in the course file, and it validates.
 */
class CafeIaCourseTest {

  static final Path FILE =
      Path.of(System.getProperty("atelier.root", ".."), "examples/cafe-ia/course.yaml");

  private static Course course;
  private static Map<String, Item> items;

  @BeforeAll
  static void read() throws Exception {
    course = CourseFileReader.read(FILE);
    items = course.items().collect(Collectors.toMap(Item::id, Function.identity()));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Item> T item(String id, Class<T> type) {
    assertThat(items).containsKey(id);
    assertThat(items.get(id)).isInstanceOf(type);
    return (T) items.get(id);
  }

  @Test
  void isTheTwoDayTrainingInFrench() {
    assertThat(course.id()).isEqualTo("cafe-ia");
    assertThat(course.language()).isEqualTo("fr");
    assertThat(course.modules()).extracting(m -> m.id()).containsExactly("jour-1", "jour-2");
    assertThat(course.items().map(Item::kind).distinct()).containsExactlyInAnyOrder(Kind.values());
  }

  @Test
  void hasBothFillInTextsWithTheirGaps() {
    assertThat(item("ia-genere-ses-reponses", FillIn.class).gaps()).hasSize(4);
    FillIn rgpd = item("rgpd-texte", FillIn.class);
    assertThat(rgpd.gaps()).hasSize(5);
    assertThat(rgpd.gaps())
        .extracting(g -> g.accept().get(0))
        .containsExactly(
            "européenne", "données personnelles", "droits", "responsabilisation", "CNIL");
  }

  @Test
  void hasTheThreeRiddlesWithFourOptionsAndFeedbackOnEach() {
    for (String id :
        new String[] {
          "qui-suis-je-hallucination", "qui-suis-je-biais", "qui-suis-je-variabilite"
        }) {
      SingleChoice riddle = item(id, SingleChoice.class);
      assertThat(riddle.options())
          .hasSize(4)
          .allSatisfy(o -> assertThat(o.feedback()).isNotBlank());
    }
  }

  @Test
  void hasTheSixRgpdStatementsAndTheThreeSituationsWithFeedbackOnEveryOption() {
    assertThat(item("rgpd-affirmations", MultipleResponse.class).options()).hasSize(6);
    for (String id : new String[] {"situation-78-ans", "situation-35-ans", "situation-42-ans"}) {
      assertThat(item(id, MultipleResponse.class).options())
          .extracting(Option::feedback)
          .allSatisfy(f -> assertThat(f).isNotBlank());
    }
  }

  @Test
  void hasBothCardSorts() {
    CardSort donnees = item("donnees", CardSort.class);
    assertThat(donnees.categories()).hasSize(2);
    assertThat(donnees.cards()).hasSize(10);
    assertThat(item("ia-autour-de-moi", CardSort.class).categories()).hasSizeGreaterThan(2);
  }

  @Test
  void hasTheCrepeAndCafeIaSequences() {
    assertThat(item("algorithme-crepes", Sequence.class).cards()).hasSize(10);
    Sequence recette = item("recette-inratable", Sequence.class);
    assertThat(recette.cards()).hasSize(5);
    assertThat(recette.rules().scored()).as("day 2 is tracked, not scored").isFalse();
  }

  @Test
  void hasThe18CardTimelineMixingRealityAndFiction() {
    Timeline timeline = item("realite-ou-fiction", Timeline.class);
    assertThat(timeline.cards()).hasSize(18);
    assertThat(timeline.cards())
        .extracting(TimelineCard::nature)
        .contains(TimelineCard.Nature.REALITY, TimelineCard.Nature.FICTION);
  }

  @Test
  void hasTheSixDebateCardsAndTheNineActionCards() {
    assertThat(item("impacts-des-ia", Discussion.class).cards())
        .hasSize(6)
        .allSatisfy(card -> assertThat(card.questions()).isNotEmpty());
    assertThat(item("je-passe-a-l-action", Actions.class).cards())
        .extracting(c -> c.title())
        .containsExactly(
            "Apprendre",
            "Écouter",
            "Me protéger",
            "Encadrer",
            "Informer",
            "Transmettre",
            "Former",
            "Contribuer",
            "Expérimenter");
  }

  @Test
  void hasTheMurDeLiaAndTheClosingQuestionnaire() {
    assertThat(item("mur-de-l-ia", Survey.class).questions()).hasSize(14);
    assertThat(item("questionnaire-de-satisfaction", Survey.class).questions()).isNotEmpty();
  }

  @Test
  void dayTwoTimesTheDebateAndTheActionsAsTheMalletteDoes() {
    assertThat(item("impacts-des-ia", Discussion.class).duration()).isEqualTo(40);
    assertThat(item("je-passe-a-l-action", Actions.class).duration()).isEqualTo(15);
    assertThat(course.module("jour-2").orElseThrow().duration())
        .as("no day-2 total: the Mallette times neither the recipe nor the surveys")
        .isNull();
  }

  @Test
  void dayOneIsScoredAndDayTwoIsNot() {
    assertThat(course.module("jour-1").orElseThrow().scoredQuestions()).hasSizeGreaterThan(10);
    assertThat(course.module("jour-2").orElseThrow().scoredQuestions()).isEmpty();
  }
}
