package org.atelier.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.atelier.markup.Markup;
import org.atelier.model.Course;
import org.atelier.print.Decks.Deck;
import org.atelier.print.Views.Box;
import org.atelier.print.Views.PrintCard;
import org.atelier.print.Views.Side;
import org.junit.jupiter.api.Assumptions;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What every printed kit must hold, read back from its PDFs: shared by the fixture's tests here and
 * the Café IA's in examples.
 */
public final class KitChecks {
  private KitChecks() {}

  static final double POINTS_PER_MM = 72 / 25.4;

  /** The kit's page counts follow from its cards: two pages (front, back) per sheet of a deck. */
  public static void pageCounts(Course course, Map<String, byte[]> kit) throws IOException {
    Words words = new Words(course.language());
    int cardPages = 0;
    for (Deck deck : Decks.of(course, words)) {
      int per = deck.layout().perSheet();
      cardPages += 2 * ((deck.cards().size() + per - 1) / per);
    }
    try (PDDocument cards = Loader.loadPDF(kit.get(course.id() + "-cards.pdf"))) {
      assertThat(cards.getNumberOfPages()).isEqualTo(cardPages);
    }
    int boardPages = Board.panels(course, words).size() + Board.mats(course, words).size();
    try (PDDocument board = Loader.loadPDF(kit.get(course.id() + "-board.pdf"))) {
      assertThat(board.getNumberOfPages()).isEqualTo(boardPages);
    }
  }

  /**
   * Each card's face text stands, whole and once, in its place on the front sheet, and its back
   * text in the mirrored place of the next page (the same card once the sheet is turned over its
   * long edge).
   */
  public static void cardsFaceAndBack(Course course, byte[] pdf) throws IOException {
    Words words = new Words(course.language());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int page = 0;
      for (Deck deck : Decks.of(course, words)) {
        Layout layout = deck.layout();
        List<PrintCard> cards = deck.cards();
        for (int first = 0; first < cards.size(); first += layout.perSheet()) {
          PDPage front = document.getPage(page);
          PDPage back = document.getPage(page + 1);
          List<String> faces = new ArrayList<>();
          for (int slot = 0; slot < layout.perSheet() && first + slot < cards.size(); slot++) {
            PrintCard card = cards.get(first + slot);
            String face = text(front, layout.box(slot, true));
            faces.add(face);
            assertThat(face).as("face of %s", card.id()).contains(expected(card.face()));
            String behind = text(back, layout.box(slot, false));
            assertThat(behind).as("back of %s", card.id()).contains(expected(card.back()));
            // the back sits mirrored: where the face is stands the back of the card opposite
            int column = slot % layout.columns;
            int opposite = slot - column + layout.columns - 1 - column;
            if (opposite != slot && first + opposite < cards.size()) {
              String there = expected(cards.get(first + opposite).back());
              if (!there.contains(expected(card.back()))) {
                assertThat(text(back, layout.box(slot, true)))
                    .as("back of %s unmirrored", card.id())
                    .doesNotContain(expected(card.back()));
              }
            }
          }
          for (int slot = 0; slot < faces.size(); slot++) {
            String face = expected(cards.get(first + slot).face());
            assertThat(faces.stream().filter(f -> f.contains(face)).count())
                .as("face %s once on its sheet", face)
                .isEqualTo(1);
          }
          page += 2;
        }
      }
      assertThat(page).isEqualTo(document.getNumberOfPages());
    }
  }

  /** The text a side must show: heading, number, and the body without its markup. */
  static String expected(Side side) {
    List<String> parts = new ArrayList<>();
    for (String part :
        List.of(side.number(), side.heading(), side.tag(), Markup.plain(side.body()))) {
      if (!part.isBlank()) {
        parts.add(part);
      }
    }
    return squeezed(String.join(" ", parts));
  }

  static String text(PDPage page, Box box) throws IOException {
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    stripper.setSortByPosition(true);
    // a millimetre into the safe margin: a glyph's origin on the edge is still the card's
    Box safe = grow(box.safe(), 1);
    stripper.addRegion(
        "card",
        new Rectangle2D.Double(
            safe.x() * POINTS_PER_MM,
            safe.y() * POINTS_PER_MM,
            safe.w() * POINTS_PER_MM,
            safe.h() * POINTS_PER_MM));
    stripper.extractRegions(page);
    return squeezed(stripper.getTextForRegion("card"));
  }

  static String allText(PDPage page) throws IOException {
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    stripper.addRegion("page", new Rectangle2D.Double(0, 0, 2000, 2000));
    stripper.extractRegions(page);
    return stripper.getTextForRegion("page");
  }

  /**
   * Text to compare, without its spaces (a line may break after « week- » and extraction adds a
   * space there) and in lower case (the template shows tags in capitals).
   */
  static String squeezed(String text) {
    return normal(text).replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** Runs of spaces as one; ligatures (ﬃ) and other compatibility forms as their letters. */
  public static String normal(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Every font of every page is embedded; the document is tagged, in the course's language. */
  public static void taggedWithFonts(Course course, byte[] pdf, String title) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (var name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
        }
      }
      var catalog = document.getDocumentCatalog();
      assertThat(catalog.getLanguage()).isEqualTo(course.language());
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      List<String> tags = new ArrayList<>();
      collect(catalog.getStructureTreeRoot(), tags);
      assertThat(tags).contains("Document", "H1");
    }
  }

  private static void collect(PDStructureNode node, List<String> tags) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        tags.add(element.getStructureType());
        collect(element, tags);
      }
    }
  }

  /** veraPDF's PDF/UA-1 rules; returns the failed ones, each as « clause-test: description ». */
  public static List<String> pdfUaFailures(byte[] pdf) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures = new ArrayList<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          String rule =
              assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
          String line = rule + ": " + assertion.getMessage();
          if (!failures.contains(line)) {
            failures.add(line);
          }
        }
      }
      return failures;
    }
  }

  /** The pages of a PDF as PNG files, by {@code pdftoppm} (poppler-utils). */
  public static List<Path> png(byte[] pdf, Path folder, int dpi) throws Exception {
    Path pdftoppm = Path.of(System.getProperty("atelier.pdftoppm", "/usr/bin/pdftoppm"));
    if (!Files.isExecutable(pdftoppm)) {
      // CI installs poppler-utils: there, a missing pdftoppm is a failure, never a skip
      assertThat(System.getenv("CI")).as("pdftoppm missing on CI: " + pdftoppm).isNull();
      Assumptions.abort("pdftoppm not installed (Debian: poppler-utils)");
    }
    Files.createDirectories(folder);
    Path file = folder.resolve("kit.pdf");
    Files.write(file, pdf);
    Process process =
        new ProcessBuilder(
                pdftoppm.toString(),
                "-r",
                String.valueOf(dpi),
                "-png",
                "-gray",
                file.toString(),
                folder.resolve("page").toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
    }
  }

  /**
   * On every page of a card file, ink only where it belongs: the header line, the cut marks and the
   * cards' safe areas; and ink in every card's safe area.
   */
  public static void inkInPlace(Course course, byte[] pdf, Path folder) throws Exception {
    int dpi = 36;
    List<Path> pages = png(pdf, folder, dpi);
    Words words = new Words(course.language());
    int page = 0;
    for (Deck deck : Decks.of(course, words)) {
      Layout layout = deck.layout();
      for (int first = 0; first < deck.cards().size(); first += layout.perSheet()) {
        for (boolean front : new boolean[] {true, false}) {
          BufferedImage image = ImageIO.read(pages.get(page).toFile());
          double mmPerPixel = 25.4 / dpi;
          List<Box> allowed = new ArrayList<>();
          allowed.add(new Box(8, 3, 194, 12));
          for (Box mark : layout.marks()) {
            allowed.add(grow(mark, 1));
          }
          List<Box> cards = new ArrayList<>();
          for (int slot = 0;
              slot < layout.perSheet() && first + slot < deck.cards().size();
              slot++) {
            Box safe = layout.box(slot, front).safe();
            cards.add(safe);
            allowed.add(grow(safe, 0.8));
          }
          int[] inkInCard = new int[cards.size()];
          for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
              if ((image.getRGB(x, y) & 0xff) > 160) {
                continue;
              }
              double mmX = (x + 0.5) * mmPerPixel;
              double mmY = (y + 0.5) * mmPerPixel;
              assertThat(allowed.stream().anyMatch(b -> inside(b, mmX, mmY)))
                  .as("ink at %.1f × %.1f mm on page %d of %s", mmX, mmY, page + 1, deck.id())
                  .isTrue();
              for (int i = 0; i < cards.size(); i++) {
                if (inside(grow(cards.get(i), 0.8), mmX, mmY)) {
                  inkInCard[i]++;
                }
              }
            }
          }
          for (int i = 0; i < cards.size(); i++) {
            assertThat(inkInCard[i]).as("ink on card %d of page %d", i, page + 1).isPositive();
          }
          page++;
        }
      }
    }
    assertThat(page).isEqualTo(pages.size());
  }

  private static Box grow(Box box, double by) {
    return new Box(box.x() - by, box.y() - by, box.w() + 2 * by, box.h() + 2 * by);
  }

  private static boolean inside(Box box, double x, double y) {
    return x >= box.x() && x <= box.x() + box.w() && y >= box.y() && y <= box.y() + box.h();
  }
}
