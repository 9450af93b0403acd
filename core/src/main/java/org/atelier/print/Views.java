package org.atelier.print;

import java.util.List;

/**
 * What the print templates receive: laid-out sheets in millimetres and texts still in author markup
 * (the templates pass those through {@code $markup}), every other text escaped on insertion. Public
 * records because the templates read them through reflection; the class itself is not API.
 */
final class Views {
  private Views() {}

  /** A titled part of a card side or a booklet entry: a list, a text, or both. */
  public record Section(String title, List<String> items, boolean ordered, String text) {
    static Section list(String title, List<String> items) {
      return new Section(title, List.copyOf(items), false, "");
    }

    static Section numbered(String title, List<String> items) {
      return new Section(title, List.copyOf(items), true, "");
    }

    static Section text(String title, String text) {
      return new Section(title, List.of(), false, text == null ? "" : text);
    }
  }

  /**
   * One side of a card: an optional big number (a sequence card's back), a heading (plain), a tag
   * (« réalité »), a body in author markup and sections; empty strings for what it has not.
   */
  public record Side(
      String number, String heading, String tag, String body, List<Section> sections) {
    static Side of(String heading, String body) {
      return new Side("", nz(heading), "", nz(body), List.of());
    }

    Side withTag(String tag) {
      return new Side(number, heading, nz(tag), body, sections);
    }

    Side withNumber(String number) {
      return new Side(number, heading, tag, body, sections);
    }

    Side withSections(List<Section> sections) {
      return new Side(number, heading, tag, body, List.copyOf(sections));
    }
  }

  /** A card: its id (to find it again in tests and in the booklet), face and back. */
  public record PrintCard(String id, Side face, Side back) {}

  /** A box on a sheet, in millimetres from the sheet's top left corner. */
  public record Box(double x, double y, double w, double h) {
    /** The part of a card that may hold ink: {@link Layout#SAFE} inside each cut. */
    public Box safe() {
      return new Box(x + Layout.SAFE, y + Layout.SAFE, w - 2 * Layout.SAFE, h - 2 * Layout.SAFE);
    }
  }

  /** A card side placed on a sheet. */
  public record Slot(Box box, Side side, String cardId) {}

  /**
   * One printed page of a deck: its header line, the slots and the cut marks; {@code front} tells
   * which side of the paper it is.
   */
  public record Sheet(String header, boolean front, List<Slot> slots, List<Box> marks) {}

  /** A deck laid out: its title and sheets, fronts and backs alternating. */
  public record DeckSheets(String title, String size, List<Sheet> sheets) {}

  /** A place on the board's track, for one card, with its date. */
  public record TrackSlot(Box box, String date) {}

  /** One A4 landscape panel of the board. */
  public record Panel(
      String header,
      List<TrackSlot> slots,
      Box track,
      List<Box> marks,
      String joinLeft,
      String joinRight) {}

  /** A category mat of a card sort: one page, its category's title in large. */
  public record Mat(String activity, String prompt, String category, String header) {}

  /** A survey question as the paper questionnaire shows it. */
  public record PaperQuestion(
      String prompt, List<String> boxes, boolean row, boolean lines, boolean several) {}

  /**
   * One item in the facilitator's booklet; {@code duration} in words (« 15 min »), or empty when
   * the course does not say.
   */
  public record Entry(
      String title,
      String kind,
      String duration,
      String prompt,
      List<Section> sections,
      List<PaperQuestion> questions,
      boolean newPage) {}

  /**
   * One module in the facilitator's booklet; {@code duration} the line giving its activities' total
   * time, or empty unless every activity says how long it takes.
   */
  public record Part(String title, String description, String duration, List<Entry> entries) {}

  static String nz(String text) {
    return text == null ? "" : text;
  }
}
