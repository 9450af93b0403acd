package org.atelier.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.atelier.markup.Markup;
import org.atelier.model.ActionCard;
import org.atelier.model.Actions;
import org.atelier.model.Card;
import org.atelier.model.CardSort;
import org.atelier.model.Category;
import org.atelier.model.Choice;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Discussion;
import org.atelier.model.DiscussionCard;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.Item;
import org.atelier.model.ItemVisitor;
import org.atelier.model.Kind;
import org.atelier.model.LinkPolicy;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Page;
import org.atelier.model.Question;
import org.atelier.model.Resource;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.SortCard;
import org.atelier.model.Survey;
import org.atelier.model.SurveyQuestion;
import org.atelier.model.Timeline;
import org.atelier.model.TimelineCard;
import org.atelier.model.TrueFalse;
import org.atelier.update.AnswerContent;

/**
 * The course as the player reads it: one JSON document embedded in {@code index.html}. Author text
 * arrives either as safe HTML from {@link Markup} or as plain text (inserted as text), never
 * anything else. The HTML fields are those whose name ends in {@code Html} ({@code promptHtml},
 * {@code feedbackTrueHtml}, the {@code feedbackHtml} object of a question's three verdicts, a
 * card's {@code keyPointsHtml}, {@code questionsHtml} and {@code actionsHtml} lists…) and the
 * {@code html} of an option, a gap's passage segment or a card; every other text is plain.
 */
final class PlayerData {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * {@code <}, {@code >}, {@code &} and the JavaScript line separators escaped as \\u: safe in a
   * script element.
   */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
  }

  private PlayerData() {}

  /**
   * The player's data for the course, as JSON text safe to embed in a script element; {@code
   * tracker} is the tracker's settings, which the player hands to the tracker's {@code start}.
   */
  static String json(
      Course course,
      Map<String, String> messages,
      Map<String, String> media,
      Map<String, Object> tracker) {
    ObjectNode root = JSON.objectNode();
    ObjectNode c = root.putObject("course");
    c.put("id", course.id());
    c.put("title", course.title());
    c.put("language", course.language());
    c.put("masteryScore", course.masteryScore());
    c.put("descriptionHtml", Markup.block(course.description()));
    ArrayNode modules = root.putArray("modules");
    for (CourseModule module : course.modules()) {
      ObjectNode m = modules.addObject();
      m.put("id", module.id());
      m.put("title", module.title());
      m.put("descriptionHtml", Markup.block(module.description()));
      m.put("masteryScore", course.masteryScoreOf(module));
      ArrayNode items = m.putArray("items");
      for (Item item : module.items()) {
        ObjectNode i = items.addObject();
        i.put("id", item.id());
        i.put("kind", item.kind().code());
        i.put("title", item.title());
        // saved beside the item's answers: a new build that changes them is seen (StateBudget)
        i.put("fp", AnswerContent.fingerprint(item));
        item.accept(new ItemData(i, media));
      }
    }
    rules(root.putObject("rules"));
    ObjectNode texts = root.putObject("messages");
    messages.forEach(texts::put);
    root.set("tracker", MAPPER.valueToTree(tracker));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The rules the player follows and the Java side owns: text limits, which kinds are questions.
   */
  private static void rules(ObjectNode rules) {
    rules.put("gapMax", StateBudget.GAP_MAX_LENGTH);
    rules.put("textMax", StateBudget.TEXT_MAX_LENGTH);
    rules.put("maxAttempts", StateBudget.MAX_ATTEMPTS_STORED);
    ArrayNode questions = rules.putArray("questions");
    for (Kind kind : Kind.values()) {
      if (kind.isQuestion()) {
        questions.add(kind.code());
      }
    }
  }

  /** Fills in what is particular to each kind of item. */
  private static final class ItemData implements ItemVisitor<Void> {
    private final ObjectNode node;
    private final Map<String, String> media;

    ItemData(ObjectNode node, Map<String, String> media) {
      this.node = node;
      this.media = media;
    }

    private void question(Question q) {
      node.put("promptHtml", Markup.block(q.prompt()));
      node.put("prompt", Markup.plain(q.prompt()));
      node.put("hintHtml", Markup.block(q.hint()));
      ObjectNode feedback = node.putObject("feedbackHtml");
      feedback.put("correct", Markup.block(q.feedback().correct()));
      feedback.put("incorrect", Markup.block(q.feedback().incorrect()));
      feedback.put("partial", Markup.block(q.feedback().forPartial()));
      node.put("scored", q.rules().scored());
      node.put("points", q.rules().points());
      node.put("attempts", q.rules().attempts());
      node.put("showAnswer", q.rules().showAnswer());
      node.put("shuffle", q.rules().shuffle());
    }

    private void experienced(String prompt) {
      node.put("promptHtml", Markup.block(prompt));
      node.put("prompt", Markup.plain(prompt));
      node.put("scored", false);
    }

    private static ArrayNode texts(ObjectNode parent, String name, List<String> markup) {
      ArrayNode array = parent.putArray(name);
      markup.forEach(text -> array.add(Markup.inline(text)));
      return array;
    }

    @Override
    public Void page(Page page) {
      node.put("bodyHtml", Markup.block(page.body()));
      node.put("scored", false);
      if (page.image() != null) {
        ObjectNode image = node.putObject("image");
        image.put("src", media.getOrDefault(page.image().src(), page.image().src()));
        image.put("alt", page.image().decorative() ? "" : page.image().alt());
      }
      ArrayNode resources = node.putArray("resources");
      for (Resource resource : page.resources()) {
        ObjectNode r = resources.addObject();
        r.put("title", resource.title());
        if (resource.url() != null) {
          r.put("url", media.getOrDefault(resource.url(), resource.url()));
          r.put("newWindow", LinkPolicy.COURSE.opensNewWindow(resource.url()));
        }
        r.put("descriptionHtml", Markup.inline(resource.description()));
      }
      return null;
    }

    private void options(List<Option> options) {
      ArrayNode array = node.putArray("options");
      for (Option option : options) {
        ObjectNode o = array.addObject();
        o.put("id", option.id());
        o.put("html", Markup.inline(option.text()));
        o.put("text", Markup.plain(option.text()));
        o.put("correct", option.correct());
        o.put("feedbackHtml", Markup.inline(option.feedback()));
      }
    }

    @Override
    public Void singleChoice(SingleChoice q) {
      question(q);
      options(q.options());
      return null;
    }

    @Override
    public Void multipleResponse(MultipleResponse q) {
      question(q);
      options(q.options());
      return null;
    }

    @Override
    public Void trueFalse(TrueFalse q) {
      question(q);
      node.put("answer", q.answer());
      node.put("feedbackTrueHtml", Markup.inline(q.feedbackTrue()));
      node.put("feedbackFalseHtml", Markup.inline(q.feedbackFalse()));
      return null;
    }

    @Override
    public Void fillIn(FillIn q) {
      question(q);
      ArrayNode segments = node.putArray("segments");
      for (FillIn.Segment segment : q.segments()) {
        ObjectNode s = segments.addObject();
        if (segment.isGap()) {
          s.put("gap", segment.gapId());
        } else {
          s.put("html", Markup.inline(segment.text()));
        }
      }
      ArrayNode gaps = node.putArray("gaps");
      for (Gap gap : q.gaps()) {
        ObjectNode g = gaps.addObject();
        g.put("id", gap.id());
        ArrayNode accept = g.putArray("accept");
        gap.accept().forEach(accept::add);
        ArrayNode options = g.putArray("options");
        gap.options().forEach(options::add);
        g.put("caseSensitive", gap.caseSensitive());
        g.put("accentSensitive", gap.accentSensitive());
        g.put("feedbackHtml", Markup.inline(gap.feedback()));
      }
      return null;
    }

    /** A card of a game: its id, and its text as HTML and as plain text. */
    private ObjectNode textCard(ArrayNode cards, String id, String text) {
      return cards
          .addObject()
          .put("id", id)
          .put("html", Markup.inline(text))
          .put("text", Markup.plain(text));
    }

    /** A card to read: its id, title and body. */
    private ObjectNode titledCard(ArrayNode cards, String id, String title, String body) {
      return cards
          .addObject()
          .put("id", id)
          .put("title", title)
          .put("bodyHtml", Markup.block(body));
    }

    @Override
    public Void cardSort(CardSort q) {
      question(q);
      ArrayNode categories = node.putArray("categories");
      for (Category category : q.categories()) {
        categories.addObject().put("id", category.id()).put("title", category.title());
      }
      ArrayNode cards = node.putArray("cards");
      for (SortCard card : q.cards()) {
        textCard(cards, card.id(), card.text())
            .put("category", card.category())
            .put("feedbackHtml", Markup.inline(card.feedback()));
      }
      return null;
    }

    @Override
    public Void sequence(Sequence q) {
      question(q);
      ArrayNode cards = node.putArray("cards");
      for (Card card : q.cards()) {
        textCard(cards, card.id(), card.text());
      }
      return null;
    }

    @Override
    public Void timeline(Timeline q) {
      question(q);
      ArrayNode cards = node.putArray("cards");
      for (TimelineCard card : q.cards()) {
        textCard(cards, card.id(), card.text())
            .put("date", card.date())
            .put("nature", card.nature() == TimelineCard.Nature.REALITY ? "reality" : "fiction")
            .put("explanationHtml", Markup.inline(card.explanation()));
      }
      ArrayNode order = node.putArray("order");
      q.chronological().forEach(card -> order.add(card.id()));
      return null;
    }

    @Override
    public Void discussion(Discussion activity) {
      experienced(activity.prompt());
      ArrayNode cards = node.putArray("cards");
      for (DiscussionCard card : activity.cards()) {
        ObjectNode c = titledCard(cards, card.id(), card.title(), card.body());
        texts(c, "keyPointsHtml", card.keyPoints());
        texts(c, "questionsHtml", card.questions());
      }
      return null;
    }

    @Override
    public Void actions(Actions activity) {
      experienced(activity.prompt());
      ArrayNode cards = node.putArray("cards");
      for (ActionCard card : activity.cards()) {
        ObjectNode c = titledCard(cards, card.id(), card.title(), card.body());
        texts(c, "actionsHtml", card.actions());
        c.put("learnMoreHtml", Markup.block(card.learnMore()));
        c.put("cautionsHtml", Markup.block(card.cautions()));
      }
      return null;
    }

    @Override
    public Void survey(Survey survey) {
      experienced(survey.prompt());
      ArrayNode questions = node.putArray("questions");
      for (SurveyQuestion question : survey.questions()) {
        ObjectNode q = questions.addObject();
        q.put("id", question.id());
        q.put("type", question.type().name().toLowerCase(java.util.Locale.ROOT));
        q.put("promptHtml", Markup.inline(question.prompt()));
        q.put("prompt", Markup.plain(question.prompt()));
        ArrayNode scale = q.putArray("scale");
        question.scale().forEach(scale::add);
        ArrayNode options = q.putArray("options");
        for (Choice choice : question.options()) {
          options.addObject().put("id", choice.id()).put("text", choice.text());
        }
        q.put("multiple", question.multiple());
        q.put("required", question.required());
      }
      return null;
    }
  }

  /** Escapes what could end a script element or a JavaScript string early. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private final int[] escapes;

    ScriptSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return new SerializedString("\\u2028");
      }
      if (ch == 0x2029) {
        return new SerializedString("\\u2029");
      }
      return null;
    }
  }
}
