package org.atelier.questionbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.questionbank.MoodleXmlExporterTest.course;

import java.nio.charset.StandardCharsets;
import org.atelier.model.CardSort;
import org.atelier.model.Feedback;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.TrueFalse;
import org.junit.jupiter.api.Test;

/** The GIFT export writes what GIFT can express, escaped, and names what it leaves out. */
class GiftExporterTest {

  static String gift(QuestionBankExport export) {
    return new String(export.content(), StandardCharsets.UTF_8);
  }

  @Test
  void escapesEveryGiftSpecialCharacter() {
    assertThat(GiftExporter.escape("a~b=c#d{e}f:g\\h\ni"))
        .isEqualTo("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
  }

  @Test
  void writesTheCategoryThenASingleChoiceWithTheIdnumberMoodleReads() {
    String gift =
        gift(
            GiftExporter.export(
                course(
                    SingleChoice.builder("qui")
                        .title("Qui suis-je : 1 ?")
                        .prompt("Je me trompe = souvent")
                        .option(Option.correct("h", "Hallucination").withFeedback("Oui {bravo}"))
                        .wrong("b", "Biais #1")
                        .build())));
    assertThat(gift)
        .contains("$CATEGORY: $course$/top/Café IA/Jour 1 // à distance\n")
        .contains("// [id:qui]\n::Qui suis-je")
        .contains("::Qui suis-je \\: 1 ?::[html]<p>Je me trompe \\= souvent</p>{\n")
        .contains("  =Hallucination#<p>Oui \\{bravo\\}</p>\n")
        .contains("  ~Biais \\#1\n}");
  }

  @Test
  void multipleResponseWeightsAddUpTo100() {
    String gift =
        gift(
            GiftExporter.export(
                course(
                    MultipleResponse.builder("rgpd")
                        .title("RGPD")
                        .prompt("Cochez")
                        .correct("a", "A")
                        .correct("b", "B")
                        .correct("c", "C")
                        .wrong("d", "D")
                        .build())));
    assertThat(gift).contains("~%33.33333%A").contains("~%33.33333%C").contains("~%-33.33333%D");
  }

  @Test
  void trueFalsePutsTheWrongAnswersFeedbackFirst() {
    String gift =
        gift(
            GiftExporter.export(
                course(
                    TrueFalse.builder("cnil")
                        .title("CNIL")
                        .prompt("La CNIL veille au RGPD.")
                        .answer(true)
                        .choiceFeedback("Exact.", "Si, c'est son rôle.")
                        .build())));
    assertThat(gift).contains("{TRUE#<p>Si, c'est son rôle.</p>#<p>Exact.</p>}");
  }

  @Test
  void aOneGapTextIsAMissingWordQuestion() {
    String gift =
        gift(
            GiftExporter.export(
                course(
                    FillIn.builder("cnil")
                        .title("CNIL")
                        .text("Le RGPD est contrôlé par la {{g}} en France.")
                        .gap(Gap.typed("g", "CNIL"))
                        .build())));
    assertThat(gift)
        .contains("::CNIL::[html]<p>Le RGPD est contrôlé par la {=CNIL } en France.</p>");
  }

  @Test
  void theGapKeepsTheSpacesAndPunctuationAroundItAsAuthored() {
    String gift =
        gift(
            GiftExporter.export(
                course(
                    FillIn.builder("alea")
                        .title("Aléa")
                        .prompt("Complétez.")
                        .text("Une part d'{{g}}. - Voilà")
                        .gap(Gap.typed("g", "aléatoire"))
                        .build())));
    assertThat(gift)
        .contains(
            "::Aléa::[html]<p>Complétez.</p><p>Une part d'{=aléatoire =aleatoire }. - Voilà</p>");
  }

  @Test
  void theGapsAnswersCarryItsFeedbackAndTheQuestions() {
    String gift =
        gift(
            GiftExporter.export(
                course(
                    FillIn.builder("cnil")
                        .title("CNIL")
                        .text("Contrôlé par la {{g}}.")
                        .gap(Gap.typed("g", "CNIL").withFeedback("C'est la *CNIL*."))
                        .feedback(Feedback.of("Exact.", "Non."))
                        .build(),
                    FillIn.builder("alea")
                        .title("Aléa")
                        .text("Une part d'{{g}}.")
                        .gap(Gap.choice("g", "aléatoire", "aléatoire", "certitude"))
                        .feedback(Feedback.of("Oui.", "Non."))
                        .build())));
    assertThat(gift)
        .contains("la {=CNIL#Exact. =%0%*#C'est la <em>CNIL</em>. Non. }.")
        .contains("d'{=aléatoire#Oui. ~certitude#Non. }.");
  }

  @Test
  void aCardSortIsAMatching() {
    String gift =
        gift(
            GiftExporter.export(
                course(
                    CardSort.builder("donnees")
                        .title("Données")
                        .category("oui", "Je partage")
                        .category("non", "Je ne partage pas")
                        .card("a", "Une recette", "oui")
                        .card("b", "Mon IBAN", "non")
                        .card("c", "Mon film préféré", "oui")
                        .build())));
    assertThat(gift).contains("  =Une recette -> Je partage\n  =Mon IBAN -> Je ne partage pas\n");
  }

  @Test
  void practiceQuestionsAreLeftOutAndNamed() {
    QuestionBankExport export =
        GiftExporter.export(
            course(
                TrueFalse.builder("essai")
                    .title("Pour s'entraîner")
                    .prompt("P")
                    .answer(true)
                    .scored(false)
                    .build()));
    assertThat(export.questions()).isZero();
    assertThat(export.skipped()).extracting(Skipped::itemId).containsExactly("essai");
    assertThat(gift(export)).doesNotContain("::Pour s'entraîner::");
  }

  @Test
  void whatGiftCannotExpressIsNamedWithTheReason() {
    QuestionBankExport export =
        GiftExporter.export(
            course(
                FillIn.builder("deux")
                    .title("Deux trous")
                    .text("{{a}} et {{b}}")
                    .gap(Gap.typed("a", "x"))
                    .gap(Gap.typed("b", "y"))
                    .build(),
                Sequence.builder("crepes").title("Crêpes").card("a", "A").card("b", "B").build()));
    assertThat(export.skipped())
        .extracting(Object::toString)
        .containsExactly(
            "deux (\"Deux trous\"): GIFT allows one gap per question, this text has 2; the Moodle"
                + " XML export (--format moodle-xml) keeps it",
            "crepes (\"Crêpes\"): GIFT has no ordering question; the Moodle XML export (--format"
                + " moodle-xml) keeps it");
    assertThat(gift(export)).doesNotContain("::Deux trous::");
  }
}
