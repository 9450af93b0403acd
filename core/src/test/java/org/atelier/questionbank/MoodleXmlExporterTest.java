package org.atelier.questionbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.atelier.model.CardSort;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Discussion;
import org.atelier.model.DiscussionCard;
import org.atelier.model.Feedback;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.Survey;
import org.atelier.model.SurveyQuestion;
import org.atelier.model.Timeline;
import org.atelier.model.TrueFalse;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the Moodle XML export for what Moodle's importer (question/format/xml) reads: question
 * types, answer fractions from Moodle's list, Cloze syntax, gap and ordering structure.
 */
class MoodleXmlExporterTest {

  /** Moodle's accepted fractions, in percent (question_bank::fraction_options_full). */
  static final Set<String> MOODLE_FRACTIONS =
      Set.of(
          "100",
          "90",
          "83.33333",
          "80",
          "75",
          "70",
          "66.66667",
          "60",
          "50",
          "40",
          "33.33333",
          "30",
          "25",
          "20",
          "16.66667",
          "14.28571",
          "12.5",
          "11.11111",
          "10",
          "5",
          "0",
          "-5",
          "-10",
          "-11.11111",
          "-12.5",
          "-14.28571",
          "-16.66667",
          "-20",
          "-25",
          "-30",
          "-33.33333",
          "-40",
          "-50",
          "-60",
          "-66.66667",
          "-70",
          "-75",
          "-80",
          "-83.33333",
          "-90",
          "-100");

  static Course course(org.atelier.model.Item... items) {
    CourseModule.Builder module = CourseModule.builder("jour-1").title("Jour 1 / à distance");
    for (org.atelier.model.Item item : items) {
      module.item(item);
    }
    return Course.builder("cafe").title("Café IA").module(module.build()).build();
  }

  static Document parse(QuestionBankExport export) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(export.content()));
  }

  static List<Element> questions(Document doc, String type) {
    List<Element> found = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("question");
    for (int i = 0; i < all.getLength(); i++) {
      Element q = (Element) all.item(i);
      if (q.getAttribute("type").equals(type)) {
        found.add(q);
      }
    }
    return found;
  }

  static String child(Element parent, String path) {
    Element current = parent;
    for (String name : path.split("/")) {
      current = children(current, name).get(0);
    }
    return current.getTextContent();
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  @Test
  void putsEachModuleInItsOwnCategoryUnderTheCourse() throws Exception {
    Document doc =
        parse(
            MoodleXmlExporter.export(
                course(
                    TrueFalse.builder("cnil")
                        .title("CNIL")
                        .prompt("La CNIL veille au RGPD.")
                        .answer(true)
                        .build())));
    Element category = questions(doc, "category").get(0);
    assertThat(child(category, "category/text"))
        .isEqualTo("$course$/top/Café IA/Jour 1 // à distance");
    assertThat(child(category, "idnumber")).isEqualTo("cafe-jour-1");
  }

  @Test
  void singleChoiceIsAMultichoiceWithOneRightAnswerAndFeedbackOnEach() throws Exception {
    Document doc =
        parse(
            MoodleXmlExporter.export(
                course(
                    SingleChoice.builder("qui-suis-je")
                        .title("Qui suis-je ?")
                        .prompt("Je me trompe avec **assurance**.")
                        .option(Option.correct("h", "Une hallucination").withFeedback("Oui."))
                        .option(Option.wrong("b", "Un biais").withFeedback("Non."))
                        .shuffle(false)
                        .build())));
    Element q = questions(doc, "multichoice").get(0);
    assertThat(child(q, "single")).isEqualTo("true");
    assertThat(child(q, "shuffleanswers")).isEqualTo("false");
    assertThat(child(q, "idnumber")).isEqualTo("qui-suis-je");
    assertThat(child(q, "questiontext/text")).contains("<strong>assurance</strong>");
    assertThat(children(q, "answer"))
        .extracting(a -> a.getAttribute("fraction"))
        .containsExactly("100", "0");
    assertThat(children(q, "answer"))
        .extracting(a -> child(a, "feedback/text"))
        .containsExactly("<p>Oui.</p>", "<p>Non.</p>");
  }

  @Test
  void multipleResponseFractionsComeFromMoodlesListAndAddUpTo100() throws Exception {
    for (int right = 1; right <= Fractions.MAX_PARTS; right++) {
      MultipleResponse.Builder b =
          MultipleResponse.builder("rgpd").title("RGPD").prompt("Cochez les vraies.");
      for (int i = 0; i < right; i++) {
        b.correct("v" + i, "Vraie " + i);
      }
      b.wrong("f", "Fausse");
      Element q =
          questions(parse(MoodleXmlExporter.export(course(b.build()))), "multichoice").get(0);
      List<String> fractions =
          children(q, "answer").stream().map(a -> a.getAttribute("fraction")).toList();
      assertThat(MOODLE_FRACTIONS).containsAll(fractions);
      double positive =
          fractions.stream().mapToDouble(Double::parseDouble).filter(f -> f > 0).sum();
      assertThat(positive).isCloseTo(100, org.assertj.core.data.Offset.offset(0.001));
      assertThat(child(q, "single")).isEqualTo("false");
    }
  }

  @Test
  void tooManyRightOptionsAreLeftOutWithTheReason() {
    MultipleResponse.Builder b = MultipleResponse.builder("trop").title("Trop").prompt("P");
    for (int i = 0; i < 11; i++) {
      b.correct("v" + i, "V" + i);
    }
    QuestionBankExport export = MoodleXmlExporter.export(course(b.build()));
    assertThat(export.questions()).isZero();
    assertThat(export.skipped()).singleElement().asString().contains("between 11 right options");
  }

  /** A Cloze sub-question: {weight:TYPE:answers}, answers separated by unescaped ~. */
  static final Pattern CLOZE =
      Pattern.compile("\\{(\\d*):(SHORTANSWER|SHORTANSWER_C|MULTICHOICE):((?:\\\\.|[^\\\\}])*)\\}");

  @Test
  void typedGapsBecomeClozeSubquestionsThatFollowTheirCaseAndAccentRules() throws Exception {
    FillIn text =
        FillIn.builder("ia-genere")
            .title("L'IA génère")
            .text("L'IA génère ses réponses {{mot}}, selon ce qui est {{proba}} ; {{pays}}.")
            .gap(Gap.typed("mot", "mot par mot").withFeedback("Pensez au texte prédit."))
            .gap(Gap.choice("proba", "probable", "probable", "certain"))
            .gap(Gap.typed("pays", "Européenne").withSensitivity(true, true))
            .build();
    Element q = questions(parse(MoodleXmlExporter.export(course(text))), "multianswer").get(0);
    Matcher m = CLOZE.matcher(child(q, "questiontext/text"));
    List<String> codes = new ArrayList<>();
    while (m.find()) {
      codes.add(m.group(2) + ":" + m.group(3));
    }
    assertThat(codes)
        .containsExactly(
            "SHORTANSWER:=mot par mot~*#Pensez au texte prédit.",
            "MULTICHOICE:=probable~certain",
            "SHORTANSWER_C:=Européenne");
  }

  @Test
  void clozeTextKeepsTheSpacesAndPunctuationAroundEachGapAsAuthored() throws Exception {
    FillIn text =
        FillIn.builder("espaces")
            .title("Espaces")
            .prompt("Complétez.")
            .text("Ses réponses {{mot}} en choisissant, d'{{alea}} - *{{proba}}* ; {{fin}}.")
            .gap(Gap.typed("mot", "mot par mot"))
            .gap(Gap.typed("alea", "aléatoire"))
            .gap(Gap.choice("proba", "probable", "probable", "certain"))
            .gap(Gap.typed("fin", "fin"))
            .build();
    Element q = questions(parse(MoodleXmlExporter.export(course(text))), "multianswer").get(0);
    assertThat(CLOZE.matcher(child(q, "questiontext/text")).replaceAll("[]"))
        .isEqualTo(
            "<p>Complétez.</p><p>Ses réponses [] en choisissant, d'[] - <em>[]</em> ; [].</p>");
  }

  @Test
  void marksAreInTheProportionOfThePointsWithEveryClozeGapWeighingTheSame() throws Exception {
    // Moodle makes a Cloze question's mark the sum of its gaps' whole weights: 4 and 5 gaps at 1
    // point each need a scale of 20 for every gap to weigh the same.
    FillIn four = typedGaps("quatre", 4, 1);
    FillIn five = typedGaps("cinq", 5, 2);
    TrueFalse half =
        TrueFalse.builder("vf").title("VF").prompt("P").answer(true).points(0.5).build();
    Timeline timeline =
        Timeline.builder("frise")
            .title("Frise")
            .reality("a", "1956", "A", null)
            .fiction("b", "1968", "B", null)
            .build();
    Document doc = parse(MoodleXmlExporter.export(course(four, five, half, timeline)));
    assertThat(weights(questions(doc, "multianswer").get(0))).containsOnly("5").hasSize(4);
    assertThat(weights(questions(doc, "multianswer").get(1))).containsOnly("8").hasSize(5);
    assertThat(child(questions(doc, "multianswer").get(1), "defaultgrade")).isEqualTo("40");
    assertThat(child(questions(doc, "truefalse").get(0), "defaultgrade")).isEqualTo("10");
    assertThat(child(questions(doc, "ordering").get(0), "defaultgrade")).isEqualTo("10");
    assertThat(child(questions(doc, "match").get(0), "defaultgrade")).isEqualTo("10");
  }

  @Test
  void withoutClozeEachQuestionIsWorthItsPoints() throws Exception {
    Document doc =
        parse(
            MoodleXmlExporter.export(
                course(
                    TrueFalse.builder("vf")
                        .title("VF")
                        .prompt("P")
                        .answer(true)
                        .points(1.5)
                        .build(),
                    FillIn.builder("choix")
                        .title("Choix")
                        .text("{{a}}")
                        .gap(Gap.choice("a", "x", "x", "y"))
                        .build())));
    assertThat(child(questions(doc, "truefalse").get(0), "defaultgrade")).isEqualTo("1.5");
    assertThat(child(questions(doc, "gapselect").get(0), "defaultgrade")).isEqualTo("1");
  }

  /** A text of {@code gaps} typed gaps, g1 to gN, each accepting its own name. */
  static FillIn typedGaps(String id, int gaps, double points) {
    FillIn.Builder text = FillIn.builder(id).title(id).points(points);
    StringBuilder passage = new StringBuilder();
    for (int i = 1; i <= gaps; i++) {
      passage.append(" {{g").append(i).append("}}");
      text.gap(Gap.typed("g" + i, "g" + i));
    }
    return text.text(passage.toString().strip()).build();
  }

  static List<String> weights(Element cloze) {
    Matcher m = CLOZE.matcher(child(cloze, "questiontext/text"));
    List<String> weights = new ArrayList<>();
    while (m.find()) {
      weights.add(m.group(1));
    }
    return weights;
  }

  @Test
  void accentTolerantGapsAlsoAcceptAnswersWithoutAccents() {
    assertThat(
            Cloze.subquestion(
                Gap.typed("g", "européenne", "données personnelles"), 1, Feedback.NONE))
        .isEqualTo(
            "{1:SHORTANSWER:=européenne~=données personnelles~=europeenne~=donnees personnelles}");
  }

  @Test
  void clozeSpecialCharactersAreEntitiesThatMoodleDecodesAfterCuttingTheAnswers() {
    // Moodle cuts at ~ # } and undoes only \} and \#: a \~ or \/ would stay in the answer.
    assertThat(Cloze.subquestion(Gap.typed("g", "a}b#c~d/e\"f\\g<h&"), 1, Feedback.NONE))
        .isEqualTo("{1:SHORTANSWER:=a&#125;b&#35;c&#126;d/e\"f&#92;g&lt;h&amp;}");
  }

  @Test
  void eachGapKeepsItsFeedbackAndTheQuestionsForARightOrAWrongAnswer() throws Exception {
    FillIn text =
        FillIn.builder("ia")
            .title("L'IA")
            .text("Mot {{mot}}, le plus {{proba}}.")
            .gap(Gap.typed("mot", "mot par mot").withFeedback("Un mot *après* l'autre."))
            .gap(Gap.choice("proba", "probable", "probable", "vrai").withFeedback("Probable."))
            .feedback(Feedback.of("Exactement.", "Relisez."))
            .build();
    Element q = questions(parse(MoodleXmlExporter.export(course(text))), "multianswer").get(0);
    Matcher m = CLOZE.matcher(child(q, "questiontext/text"));
    List<String> codes = new ArrayList<>();
    while (m.find()) {
      codes.add(m.group(3));
    }
    assertThat(codes)
        .containsExactly(
            "=mot par mot#Exactement.~*#Un mot &lt;em&gt;après&lt;/em&gt; l'autre. Relisez.",
            "=probable#Exactement.~vrai#Probable. Relisez.");
  }

  @Test
  void gapsChosenFromListsBecomeAGapselectWhosePlaceholdersNameTheRightOption() throws Exception {
    FillIn text =
        FillIn.builder("rgpd")
            .title("Le RGPD")
            .text("À l'échelle {{echelle}}, il protège les {{donnees}}.")
            .gap(Gap.choice("echelle", "européenne", "nationale", "européenne"))
            .gap(
                Gap.choice(
                    "donnees", "données personnelles", "données publiques", "données personnelles"))
            .build();
    Element q = questions(parse(MoodleXmlExporter.export(course(text))), "gapselect").get(0);
    List<Element> options = children(q, "selectoption");
    Matcher m = Pattern.compile("\\[\\[(\\d+)]]").matcher(child(q, "questiontext/text"));
    List<String> rightAnswers = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    while (m.find()) {
      Element option = options.get(Integer.parseInt(m.group(1)) - 1);
      rightAnswers.add(child(option, "text"));
      groups.add(child(option, "group"));
    }
    assertThat(rightAnswers).containsExactly("européenne", "données personnelles");
    assertThat(groups).containsExactly("1", "2");
    assertThat(options)
        .extracting(o -> child(o, "text") + "/" + child(o, "group"))
        .containsExactlyInAnyOrder(
            "européenne/1", "nationale/1", "données personnelles/2", "données publiques/2");
  }

  @Test
  void gapselectTextKeepsTheSpacesAndPunctuationAroundEachGapAsAuthored() throws Exception {
    FillIn text =
        FillIn.builder("rgpd")
            .title("Le RGPD")
            .text("À l'échelle {{echelle}}, des {{donnees}} ; - fin.")
            .gap(Gap.choice("echelle", "européenne", "nationale", "européenne"))
            .gap(Gap.choice("donnees", "personnelles", "publiques", "personnelles"))
            .build();
    Element q = questions(parse(MoodleXmlExporter.export(course(text))), "gapselect").get(0);
    assertThat(child(q, "questiontext/text"))
        .isEqualTo("<p>À l'échelle [[1]], des [[3]] ; - fin.</p>");
  }

  @Test
  void aCardSortIsAMatchWithThePilesAsAnswers() throws Exception {
    CardSort sort =
        CardSort.builder("donnees")
            .title("Données")
            .category("oui", "Je partage")
            .category("non", "Je ne partage pas")
            .category("peut-etre", "Ça dépend")
            .card("recette", "Une recette de crêpes", "oui")
            .card("sante", "Mon dossier médical", "non")
            .build();
    Element q = questions(parse(MoodleXmlExporter.export(course(sort))), "match").get(0);
    assertThat(children(q, "subquestion"))
        .extracting(s -> child(s, "text") + " -> " + child(s, "answer/text"))
        .containsExactly(
            "Une recette de crêpes -> Je partage",
            "Mon dossier médical -> Je ne partage pas",
            " -> Ça dépend");
  }

  @Test
  void aSequenceIsAnOrderingWithItsCardsInTheRightOrder() throws Exception {
    Sequence crepes =
        Sequence.builder("crepes")
            .title("Crêpes")
            .card("farine", "Verser la farine")
            .card("oeufs", "Ajouter les œufs")
            .card("lait", "Délayer avec le lait")
            .build();
    Element q = questions(parse(MoodleXmlExporter.export(course(crepes))), "ordering").get(0);
    assertThat(children(q, "answer"))
        .extracting(a -> a.getAttribute("fraction") + ":" + child(a, "text"))
        .containsExactly("1:Verser la farine", "2:Ajouter les œufs", "3:Délayer avec le lait");
    assertThat(child(q, "selecttype")).isEqualTo("ALL");
    assertThat(child(q, "gradingtype")).isEqualTo("ABSOLUTE_POSITION");
  }

  @Test
  void aTimelineBecomesAnOrderingByDateAndAMatchForRealityOrFiction() throws Exception {
    Timeline timeline =
        Timeline.builder("frise")
            .title("Réalité ou fiction ?")
            .fiction("hal", "1968", "HAL 9000", null)
            .reality("dartmouth", "1956", "Dartmouth", null)
            .build();
    Document doc = parse(MoodleXmlExporter.export(course(timeline)));
    Element order = questions(doc, "ordering").get(0);
    assertThat(child(order, "idnumber")).isEqualTo("frise-ordre");
    assertThat(children(order, "answer"))
        .extracting(a -> child(a, "text"))
        .containsExactly("Dartmouth", "HAL 9000");
    Element nature = questions(doc, "match").get(0);
    assertThat(child(nature, "idnumber")).isEqualTo("frise-nature");
    assertThat(children(nature, "subquestion"))
        .extracting(s -> child(s, "answer/text"))
        .containsExactly("Fiction", "Réalité");
  }

  @Test
  void surveysAndCardsAreLeftOutAndNamed() {
    QuestionBankExport export =
        MoodleXmlExporter.export(
            course(
                Survey.builder("mur")
                    .title("Mur de l'IA")
                    .add(SurveyQuestion.text("q", "Un mot ?"))
                    .build(),
                Discussion.builder("debat")
                    .title("Débat")
                    .add(new DiscussionCard("biais", "Biais", null, List.of(), List.of()))
                    .build()));
    assertThat(export.skipped()).extracting(Skipped::itemId).containsExactly("mur", "debat");
    assertThat(export.questions()).isZero();
  }

  @Test
  void practiceQuestionsAreLeftOutAndNamedLikeSurveys() throws Exception {
    QuestionBankExport export =
        MoodleXmlExporter.export(
            course(
                Sequence.builder("recette")
                    .title("Recette inratable")
                    .scored(false)
                    .card("cadre", "Posez le cadre")
                    .card("conclure", "Concluez")
                    .build(),
                TrueFalse.builder("cnil").title("CNIL").prompt("P").answer(true).build()));
    assertThat(export.questions()).isEqualTo(1);
    assertThat(export.skipped())
        .extracting(Object::toString)
        .containsExactly(
            "recette (\"Recette inratable\"): a practice question (scored: false) does not count"
                + " in the course, and a Moodle quiz would grade it");
    assertThat(questions(parse(export), "ordering")).isEmpty();
  }

  @Test
  void authorTextIsEscapedAndFrenchTypographySurvives() throws Exception {
    SingleChoice q =
        SingleChoice.builder("echap")
            .title("« Guillemets » & <balises> ]]>")
            .prompt("Texte avec <script>alert(1)</script> et l\u2019apostrophe\u00a0?")
            .correct("a", "a < b & c > d")
            .wrong("b", "]]> fin de CDATA")
            .build();
    QuestionBankExport export = MoodleXmlExporter.export(course(q));
    String xml = new String(export.content(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    Element question = questions(parse(export), "multichoice").get(0);
    assertThat(child(question, "name/text")).isEqualTo("« Guillemets » & <balises> ]]>");
    assertThat(child(question, "questiontext/text"))
        .contains("&lt;script&gt;")
        .doesNotContain("<script>")
        .contains("l\u2019apostrophe\u00a0?");
    assertThat(children(question, "answer"))
        .extracting(a -> child(a, "text"))
        .containsExactly("a &lt; b &amp; c &gt; d", "]]&gt; fin de CDATA");
  }

  @Test
  void theSameCourseGivesTheSameBytes() {
    Course c = course(TrueFalse.builder("t").title("T").prompt("P").answer(false).build());
    assertThat(MoodleXmlExporter.export(c).content())
        .isEqualTo(MoodleXmlExporter.export(c).content());
  }
}
