package org.atelier.print;

import java.util.ArrayList;
import java.util.List;
import org.atelier.model.CardSort;
import org.atelier.model.Category;
import org.atelier.model.Course;
import org.atelier.model.Item;
import org.atelier.model.Timeline;
import org.atelier.model.TimelineCard;
import org.atelier.print.Views.Box;
import org.atelier.print.Views.Mat;
import org.atelier.print.Views.Panel;
import org.atelier.print.Views.TrackSlot;

/**
 * The board: each timeline's dated track over as many A4 landscape panels as its cards need, a
 * place for each card above its date, and each card sort's category mats, one A4 page per category.
 * Panels are joined side by side: cut each along its join marks and butt the track's ends together.
 */
final class Board {
  private Board() {}

  static final double WIDTH = 297;
  static final double HEIGHT = 210;
  static final int PER_PANEL = 4;

  /** A printed card (63 × 88 mm) lies in its place with a millimetre to spare. */
  static final double SLOT_WIDTH = 65;

  static final double SLOT_HEIGHT = 90;
  static final double SLOT_TOP = 24;
  static final double TRACK_Y = 124;

  /** Where the panel is cut to be joined to the next: inside every office printer's reach. */
  static final double JOIN = 8;

  /** The panels of every timeline of the course, in course order. */
  static List<Panel> panels(Course course, Words words) {
    List<Panel> panels = new ArrayList<>();
    for (Item item : course.items().toList()) {
      if (item instanceof Timeline timeline) {
        panels.addAll(panels(timeline, words));
      }
    }
    return panels;
  }

  static List<Panel> panels(Timeline timeline, Words words) {
    List<TimelineCard> cards = timeline.chronological();
    int count = (cards.size() + PER_PANEL - 1) / PER_PANEL;
    double inner = WIDTH - 2 * (JOIN + 4);
    double gap = (inner - PER_PANEL * SLOT_WIDTH) / (PER_PANEL - 1);
    List<Panel> panels = new ArrayList<>();
    for (int panel = 0; panel < count; panel++) {
      List<TrackSlot> slots = new ArrayList<>();
      for (int i = 0; i < PER_PANEL && panel * PER_PANEL + i < cards.size(); i++) {
        TimelineCard card = cards.get(panel * PER_PANEL + i);
        double x = JOIN + 4 + i * (SLOT_WIDTH + gap);
        slots.add(
            new TrackSlot(
                new Box(x, SLOT_TOP, SLOT_WIDTH, SLOT_HEIGHT), Decks.date(card.date(), words)));
      }
      panels.add(
          new Panel(
              words.format("board.header", timeline.title(), panel + 1, count),
              slots,
              new Box(JOIN, TRACK_Y, WIDTH - 2 * JOIN, 1.5),
              joinMarks(),
              panel == 0 ? "" : words.format("board.join.left", panel),
              panel == count - 1 ? "" : words.format("board.join.right", panel + 2)));
    }
    return panels;
  }

  /** Cut marks at both ends of the track, above and below the panel's content. */
  private static List<Box> joinMarks() {
    List<Box> marks = new ArrayList<>();
    for (double x : new double[] {JOIN - 0.1, WIDTH - JOIN - 0.1}) {
      marks.add(new Box(x, 4, 0.2, 12));
      marks.add(new Box(x, HEIGHT - 16, 0.2, 12));
    }
    return marks;
  }

  /** One mat per category of every card sort, in course order. */
  static List<Mat> mats(Course course, Words words) {
    List<Mat> mats = new ArrayList<>();
    for (Item item : course.items().toList()) {
      if (item instanceof CardSort sort) {
        int count = sort.categories().size();
        for (int i = 0; i < count; i++) {
          Category category = sort.categories().get(i);
          mats.add(
              new Mat(
                  sort.title(),
                  Views.nz(sort.prompt()),
                  category.title(),
                  words.format("mat.header", sort.title(), i + 1, count)));
        }
      }
    }
    return mats;
  }
}
