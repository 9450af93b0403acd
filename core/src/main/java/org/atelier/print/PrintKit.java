package org.atelier.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.model.Course;
import org.atelier.print.Views.DeckSheets;
import org.atelier.print.Views.Mat;
import org.atelier.print.Views.Panel;
import org.atelier.site.SiteRenderer;

/**
 * The day-2 kit on paper: A4 PDFs for an office printer, from the same course that makes the
 * packages, so that the cards on the table and the cards on the screen never disagree.
 *
 * <ul>
 *   <li>{@code <id>-cards.pdf}: a deck for every card activity, several cards to a sheet with cut
 *       marks, fronts and backs on alternate pages for double-sided, long-edge printing;
 *   <li>{@code <id>-board.pdf}: each timeline's dated track over A4 panels to join, and one mat per
 *       category of every card sort;
 *   <li>{@code <id>-booklet.pdf}: the facilitator's booklet, with the answers, key points and each
 *       survey as a paper questionnaire.
 * </ul>
 *
 * A file with nothing to hold (no card activity, no timeline and no card sort) is not written.
 *
 * <pre>{@code
 * List<Path> pdfs = PrintKit.write(course, Path.of("out"));
 * }</pre>
 */
public final class PrintKit {
  private PrintKit() {}

  private static final String TEMPLATES = "org/atelier/print/";

  /** Writes the kit's PDF files into {@code outDir} (made if missing); returns them in order. */
  public static List<Path> write(Course course, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : render(course).entrySet()) {
      Path path = outDir.resolve(file.getKey());
      Files.write(path, file.getValue());
      written.add(path);
    }
    return written;
  }

  /** The kit's files, by name, in order: cards, board, booklet. */
  public static Map<String, byte[]> render(Course course) {
    Words words = new Words(course.language());
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<DeckSheets> decks = Decks.sheets(Decks.of(course, words), words);
    if (!decks.isEmpty()) {
      String title = course.title() + " — " + words.get("cards.title");
      files.put(course.id() + "-cards.pdf", pdf(course, "cards", title, Map.of("decks", decks)));
    }
    List<Panel> panels = Board.panels(course, words);
    List<Mat> mats = Board.mats(course, words);
    if (!panels.isEmpty() || !mats.isEmpty()) {
      String title = course.title() + " — " + words.get("board.title");
      files.put(
          course.id() + "-board.pdf",
          pdf(course, "board", title, Map.of("panels", panels, "mats", mats)));
    }
    String title = course.title() + " — " + words.get("booklet.title");
    files.put(
        course.id() + "-booklet.pdf",
        pdf(
            course,
            "booklet",
            title,
            Map.of(
                "course", course,
                "version", words.format("booklet.version", course.version()),
                "parts", Booklet.parts(course, words))));
    return files;
  }

  private static byte[] pdf(Course course, String kind, String title, Map<String, Object> values) {
    Map<String, Object> context = new LinkedHashMap<>(values);
    context.put("lang", course.language());
    context.put("title", title);
    context.put("w", new Words(course.language()).all());
    context.put("font", Pdf.FAMILY);
    String xhtml = SiteRenderer.renderTemplate(TEMPLATES + kind + ".html.vm", context);
    return Pdf.render(course, kind, title, xhtml);
  }
}
