package org.atelier.print;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atelier.model.ActionCard;
import org.atelier.model.Actions;
import org.atelier.model.CardSort;
import org.atelier.model.Category;
import org.atelier.model.Course;
import org.atelier.model.Discussion;
import org.atelier.model.DiscussionCard;
import org.atelier.model.Item;
import org.atelier.model.Sequence;
import org.atelier.model.SortCard;
import org.atelier.model.Timeline;
import org.atelier.model.TimelineCard;
import org.atelier.print.Views.DeckSheets;
import org.atelier.print.Views.PrintCard;
import org.atelier.print.Views.Section;
import org.atelier.print.Views.Side;

/**
 * The card decks of a course, one per card activity, in course order: what each card says on its
 * face and on its back. The texts are the course's own, so that the printed cards and the cards on
 * the screen never disagree.
 */
final class Decks {
  private Decks() {}

  /** A deck before it is laid out. */
  record Deck(String id, String title, Layout layout, List<PrintCard> cards) {}

  static List<Deck> of(Course course, Words words) {
    List<Deck> decks = new ArrayList<>();
    for (Item item : course.items().toList()) {
      if (item instanceof CardSort sort) {
        decks.add(new Deck(sort.id(), sort.title(), Layout.SMALL, sortCards(sort)));
      } else if (item instanceof Sequence sequence) {
        decks.add(new Deck(sequence.id(), sequence.title(), Layout.SMALL, sequenceCards(sequence)));
      } else if (item instanceof Timeline timeline) {
        decks.add(
            new Deck(
                timeline.id(), timeline.title(), Layout.SMALL, timelineCards(timeline, words)));
      } else if (item instanceof Discussion discussion) {
        decks.add(
            new Deck(
                discussion.id(),
                discussion.title(),
                Layout.LARGE,
                discussionCards(discussion, words)));
      } else if (item instanceof Actions actions) {
        decks.add(
            new Deck(actions.id(), actions.title(), Layout.LARGE, actionCards(actions, words)));
      }
    }
    return decks;
  }

  /** Every deck laid out on sheets, with its header line. */
  static List<DeckSheets> sheets(List<Deck> decks, Words words) {
    List<DeckSheets> laidOut = new ArrayList<>();
    for (Deck deck : decks) {
      String count = words.cards(deck.cards().size());
      laidOut.add(
          new DeckSheets(
              deck.title(),
              deck.layout().name().toLowerCase(java.util.Locale.ROOT),
              deck.layout()
                  .sheets(
                      deck.cards(),
                      (sheet, sheets, front) ->
                          words.format(
                              "sheet.header",
                              deck.title(),
                              count,
                              sheet,
                              sheets,
                              words.get(front ? "sheet.front" : "sheet.back")))));
    }
    return laidOut;
  }

  /** Face: the card; back: its category and the card's feedback, for checking after the sort. */
  private static List<PrintCard> sortCards(CardSort sort) {
    Map<String, String> categories =
        sort.categories().stream().collect(Collectors.toMap(Category::id, Category::title));
    List<PrintCard> cards = new ArrayList<>();
    for (SortCard card : sort.cards()) {
      cards.add(
          new PrintCard(
              card.id(),
              Side.of("", card.text()),
              Side.of(categories.get(card.category()), card.feedback())));
    }
    return cards;
  }

  /** Face: the step; back: its place in the right order, large. */
  private static List<PrintCard> sequenceCards(Sequence sequence) {
    List<PrintCard> cards = new ArrayList<>();
    int total = sequence.cards().size();
    for (int i = 0; i < total; i++) {
      var card = sequence.cards().get(i);
      cards.add(
          new PrintCard(
              card.id(),
              Side.of("", card.text()),
              Side.of("", "").withNumber((i + 1) + " / " + total)));
    }
    return cards;
  }

  /** Face: the event; back: its date, « réalité » or « fiction », and the explanation. */
  private static List<PrintCard> timelineCards(Timeline timeline, Words words) {
    List<PrintCard> cards = new ArrayList<>();
    for (TimelineCard card : timeline.cards()) {
      String nature =
          words.get(card.nature() == TimelineCard.Nature.REALITY ? "reality" : "fiction");
      cards.add(
          new PrintCard(
              card.id(),
              Side.of("", card.text()),
              Side.of(date(card.date(), words), card.explanation()).withTag(nature)));
    }
    return cards;
  }

  /** Face: the title, the situation and the questions to debate; back: the key points. */
  private static List<PrintCard> discussionCards(Discussion discussion, Words words) {
    List<PrintCard> cards = new ArrayList<>();
    for (DiscussionCard card : discussion.cards()) {
      List<Section> face = new ArrayList<>();
      if (!card.questions().isEmpty()) {
        face.add(Section.list(words.get("questions"), card.questions()));
      }
      List<Section> back = new ArrayList<>();
      if (!card.keyPoints().isEmpty()) {
        back.add(Section.list(words.get("keyPoints"), card.keyPoints()));
      }
      cards.add(
          new PrintCard(
              card.id(),
              Side.of(card.title(), card.body()).withSections(face),
              Side.of(card.title(), "").withSections(back)));
    }
    return cards;
  }

  /** Face: the title and what it is about; back: the actions, where to learn more, cautions. */
  private static List<PrintCard> actionCards(Actions actions, Words words) {
    List<PrintCard> cards = new ArrayList<>();
    for (ActionCard card : actions.cards()) {
      List<Section> back = new ArrayList<>();
      if (!card.actions().isEmpty()) {
        back.add(Section.list(words.get("actions"), card.actions()));
      }
      addText(back, words.get("learnMore"), card.learnMore());
      addText(back, words.get("cautions"), card.cautions());
      cards.add(
          new PrintCard(
              card.id(),
              Side.of(card.title(), card.body()),
              Side.of(card.title(), "").withSections(back)));
    }
    return cards;
  }

  private static void addText(List<Section> sections, String title, String text) {
    if (text != null && !text.isBlank()) {
      sections.add(Section.text(title, text));
    }
  }

  /**
   * A timeline date as people say it: « 1818 », « mars 1818 », « 12 mars 1818 », « 300 av. J.-C. »
   * (a negative year is before Christ, as in the course file).
   */
  static String date(String date, Words words) {
    boolean bc = date.startsWith("-");
    String[] parts = (bc ? date.substring(1) : date).split("-");
    String year = String.valueOf(Integer.parseInt(parts[0]));
    if (bc) {
      year = year + " " + words.get("bc");
    }
    if (parts.length == 1) {
      return year;
    }
    String month =
        Month.of(Integer.parseInt(parts[1]))
            .getDisplayName(TextStyle.FULL_STANDALONE, words.locale());
    if (parts.length == 2) {
      return month + " " + year;
    }
    return Integer.parseInt(parts[2]) + " " + month + " " + year;
  }
}
