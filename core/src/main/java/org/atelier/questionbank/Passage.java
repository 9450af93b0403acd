package org.atelier.questionbank;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atelier.markup.Markup;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;

/**
 * A fill-in's passage as HTML with each gap in a format's own syntax. The passage is rendered
 * whole, each marker standing in as a placeholder, so that the spaces and punctuation on either
 * side of a gap are the author's, and emphasis around a gap still closes; rendering the pieces
 * between gaps one by one would trim them ({@code réponses{1:…}en}) and read a piece starting with
 * {@code - } as a list.
 */
final class Passage {
  private Passage() {}

  // Private-use characters: plain text to CommonMark, and nothing an author means.
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';
  private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

  /**
   * The passage as HTML blocks ({@code <p>…</p>}); {@code text} gets each piece of HTML between
   * gaps (to escape it for the format), {@code gap} gives each gap's code, in the text's order.
   */
  static String html(FillIn q, UnaryOperator<String> text, Function<Gap, String> gap) {
    String source = q.text() == null ? "" : q.text().replace(OPEN, ' ').replace(CLOSE, ' ');
    Matcher marker = FillIn.MARKER.matcher(source);
    StringBuilder marked = new StringBuilder();
    List<Gap> gaps = new ArrayList<>();
    while (marker.find()) {
      marker.appendReplacement(marked, "");
      marked.append(OPEN).append(gaps.size()).append(CLOSE);
      gaps.add(q.gap(marker.group(1)));
    }
    marker.appendTail(marked);
    String html = Markup.block(marked.toString());
    StringBuilder out = new StringBuilder();
    Matcher placeholder = PLACEHOLDER.matcher(html);
    int last = 0;
    while (placeholder.find()) {
      out.append(text.apply(html.substring(last, placeholder.start())));
      out.append(gap.apply(gaps.get(Integer.parseInt(placeholder.group(1)))));
      last = placeholder.end();
    }
    return out.append(text.apply(html.substring(last))).toString();
  }
}
