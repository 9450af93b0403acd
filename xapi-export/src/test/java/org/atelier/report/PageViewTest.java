package org.atelier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.atelier.report.PageView.Bar;
import org.atelier.report.PageView.BarChart;
import org.atelier.report.PageView.Segment;
import org.atelier.report.ProgressReport.AnswerCount;
import org.atelier.report.ProgressReport.ModuleProgress;
import org.atelier.site.Messages;
import org.junit.jupiter.api.Test;

/** The page's charts, in pixels, as the template places them. */
class PageViewTest {

  @Test
  void progressRowsAre34PixelsApartAndTheirSegmentsFill480PixelsFromX240() {
    BarChart chart =
        BarChart.progress(
            "alt",
            List.of(
                new ModuleProgress("a", "A", 2, 1, 0),
                new ModuleProgress("b", "B", 0, 0, 0),
                new ModuleProgress("c", "C", 1, 1, 1)));
    assertThat(chart.height()).isEqualTo(106);
    assertThat(chart.barHeight()).isEqualTo(22);
    assertThat(chart.alt()).isEqualTo("alt");
    assertThat(chart.bars())
        .extracting(Bar::y, Bar::textY)
        .containsExactly(tuple(4, 20), tuple(38, 54), tuple(72, 88));
    assertThat(chart.bars().get(0).segments())
        .extracting(Segment::x, Segment::width, Segment::fill)
        .containsExactly(
            tuple(240, 320, "#1f7a3a"), tuple(560, 160, "#f0a020"), tuple(720, 0, "#e4e4e4"));
    // No one in the module: all of it not started, rather than an empty row.
    assertThat(chart.bars().get(1).segments())
        .extracting(Segment::x, Segment::width)
        .containsExactly(tuple(240, 0), tuple(240, 0), tuple(240, 480));
    assertThat(chart.bars().get(2).segments())
        .extracting(Segment::x, Segment::width)
        .containsExactly(tuple(240, 160), tuple(400, 160), tuple(560, 160));
  }

  @Test
  void progressSegmentsTouchAndFillTheRowWhateverTheRounding() {
    for (int done = 0; done < 8; done++) {
      for (int started = 0; started < 8; started++) {
        for (int none = 0; none < 8; none++) {
          List<Segment> segments =
              BarChart.progress("", List.of(new ModuleProgress("m", "M", done, started, none)))
                  .bars()
                  .get(0)
                  .segments();
          int x = 240;
          for (Segment s : segments) {
            assertThat(s.x()).isEqualTo(x);
            assertThat(s.width()).isNotNegative();
            x += s.width();
          }
          assertThat(x).as(done + "/" + started + "/" + none).isEqualTo(720);
        }
      }
    }
  }

  @Test
  void answerBarsScaleTo360PixelsForTheMostFrequentWithTheCountJustAfter() {
    String longLabel = "Une réponse bien plus longue que ce que le graphique peut montrer";
    BarChart chart =
        BarChart.answers(
            "alt",
            List.of(
                new AnswerCount("Oui", 4, false),
                new AnswerCount(longLabel, 1, false),
                new AnswerCount("Non", 0, false)),
            n -> "n" + n);
    assertThat(chart.height()).isEqualTo(92);
    assertThat(chart.barHeight()).isEqualTo(20);
    assertThat(chart.bars())
        .extracting(Bar::y, Bar::textY, Bar::countX, Bar::count)
        .containsExactly(
            tuple(4, 19, 666, "n4"), tuple(32, 47, 396, "n1"), tuple(60, 75, 306, "n0"));
    assertThat(chart.bars())
        .extracting(b -> b.segments().get(0))
        .extracting(Segment::x, Segment::width)
        .containsExactly(tuple(300, 360), tuple(300, 90), tuple(300, 0));
    Bar shortened = chart.bars().get(1);
    assertThat(shortened.label()).isEqualTo(longLabel);
    assertThat(shortened.shortLabel()).hasSize(42).endsWith("…").startsWith("Une réponse");
  }

  @Test
  void noAnswerYetDrawsNoBarAndDividesByNothing() {
    BarChart chart =
        BarChart.answers("", List.of(new AnswerCount("Oui", 0, false)), Long::toString);
    assertThat(chart.bars().get(0).segments().get(0).width()).isZero();
  }

  @Test
  void bothLanguagesOfTheReportHaveTheSameMessages() {
    assertThat(Messages.bundle(ReportWriter.class, "report", "en").keySet())
        .isEqualTo(Messages.bundle(ReportWriter.class, "report", "fr").keySet())
        .contains("chartAlt", "part.order");
  }
}
