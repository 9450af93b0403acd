package org.atelier.print;

import java.util.ArrayList;
import java.util.List;
import org.atelier.print.Views.Box;
import org.atelier.print.Views.PrintCard;
import org.atelier.print.Views.Sheet;
import org.atelier.print.Views.Slot;

/**
 * Where cards go on A4 portrait sheets. Fronts and backs alternate, so that a printer set to
 * double-sided, long-edge flip puts each card's back behind its face: turning the sheet over its
 * long (vertical) edge swaps left and right, so a back sheet holds its columns mirrored. The grid
 * is centred across the page, which makes the cut marks of both sides fall on the same lines.
 */
enum Layout {
  /** Playing-card size, nine to a sheet: sort, sequence and timeline cards. */
  SMALL(3, 3, 63, 88),
  /** Half a sheet each: discussion and action cards, whose texts are long. */
  LARGE(1, 2, 186, 128);

  static final double PAGE_WIDTH = 210;
  static final double PAGE_HEIGHT = 297;

  /** Top of the grid: the header line and the upper cut marks sit above it. */
  static final double TOP = 20;

  /**
   * Kept free of ink inside each card's edge, so that a cut a little off the mark, or a printer
   * that shifts the back side by a millimetre or two, leaves every text whole.
   */
  static final double SAFE = 4;

  /** Cut marks stop this far from the card edge and are this long. */
  static final double MARK_GAP = 2;

  static final double MARK_LENGTH = 4;

  final int columns;
  final int rows;
  final double width;
  final double height;

  Layout(int columns, int rows, double width, double height) {
    this.columns = columns;
    this.rows = rows;
    this.width = width;
    this.height = height;
  }

  int perSheet() {
    return columns * rows;
  }

  double left() {
    return (PAGE_WIDTH - columns * width) / 2;
  }

  /** The card at {@code slot} of a sheet, on the front or, mirrored, on the back. */
  Box box(int slot, boolean front) {
    int row = slot / columns;
    int column = slot % columns;
    if (!front) {
      column = columns - 1 - column;
    }
    return new Box(left() + column * width, TOP + row * height, width, height);
  }

  /**
   * The cut marks: short lines in the margins, on the prolongation of every cut, never on a card. A
   * mark is a box 0.2 mm wide.
   */
  List<Box> marks() {
    List<Box> marks = new ArrayList<>();
    double right = left() + columns * width;
    double bottom = TOP + rows * height;
    for (int column = 0; column <= columns; column++) {
      double x = left() + column * width - 0.1;
      marks.add(new Box(x, TOP - MARK_GAP - MARK_LENGTH, 0.2, MARK_LENGTH));
      marks.add(new Box(x, bottom + MARK_GAP, 0.2, MARK_LENGTH));
    }
    for (int row = 0; row <= rows; row++) {
      double y = TOP + row * height - 0.1;
      marks.add(new Box(left() - MARK_GAP - MARK_LENGTH, y, MARK_LENGTH, 0.2));
      marks.add(new Box(right + MARK_GAP, y, MARK_LENGTH, 0.2));
    }
    return marks;
  }

  /**
   * The deck's sheets: for every {@link #perSheet()} cards a front sheet, then its back sheet.
   *
   * @param header the header line of a sheet, from its number (from 1), the sheet count and its
   *     side
   */
  List<Sheet> sheets(List<PrintCard> cards, SheetHeader header) {
    List<Sheet> sheets = new ArrayList<>();
    int count = (cards.size() + perSheet() - 1) / perSheet();
    List<Box> marks = marks();
    for (int sheet = 0; sheet < count; sheet++) {
      List<Slot> fronts = new ArrayList<>();
      List<Slot> backs = new ArrayList<>();
      for (int slot = 0; slot < perSheet(); slot++) {
        int index = sheet * perSheet() + slot;
        if (index >= cards.size()) {
          break;
        }
        PrintCard card = cards.get(index);
        fronts.add(new Slot(box(slot, true), card.face(), card.id()));
        backs.add(new Slot(box(slot, false), card.back(), card.id()));
      }
      sheets.add(new Sheet(header.line(sheet + 1, count, true), true, fronts, marks));
      sheets.add(new Sheet(header.line(sheet + 1, count, false), false, backs, marks));
    }
    return sheets;
  }

  /** A sheet's header line. */
  interface SheetHeader {
    String line(int sheet, int sheets, boolean front);
  }
}
