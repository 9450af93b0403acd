package org.atelier.markup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.atelier.model.LinkPolicy;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Author text to safe HTML: the one place where author text becomes markup. Author text is
 * CommonMark restricted to an allow-list — paragraphs, emphasis, strong, code spans, line breaks,
 * bullet and numbered lists, and links to http, https and mailto addresses. Everything else is
 * text: raw HTML is escaped, headings, quotes and code blocks stay plain paragraphs, an image shows
 * its alternative text, and a link to any other scheme shows its text without the link.
 *
 * <pre>{@code
 * Markup.block("Le **RGPD** protège vos *données*.")  // <p>Le <strong>RGPD</strong> …</p>
 * Markup.inline("<script>alert(1)</script>")          // &lt;script&gt;alert(1)&lt;/script&gt;
 * }</pre>
 */
public final class Markup {
  private Markup() {}

  // Only lists are parsed as blocks besides paragraphs: headings, quotes, code blocks, thematic
  // breaks and HTML blocks are not part of the markup, so their syntax stays text.
  private static final Parser PARSER =
      Parser.builder().enabledBlockTypes(Set.of(ListBlock.class)).build();

  private static final HtmlRenderer HTML =
      HtmlRenderer.builder()
          .escapeHtml(true)
          // self-closed, so that the output is well-formed XHTML too (the print kit parses it as
          // XML)
          .softbreak("<br />")
          .nodeRendererFactory(SafeLinks::new)
          .build();

  /** Author text as HTML blocks: paragraphs and lists. {@code null} gives an empty string. */
  public static String block(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    return HTML.render(PARSER.parse(text)).strip();
  }

  /**
   * Author text as inline HTML: a single paragraph without its {@code <p>}; text of several
   * paragraphs or with a list keeps its blocks.
   */
  public static String inline(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    Node document = PARSER.parse(text);
    Node first = document.getFirstChild();
    if (first instanceof Paragraph && first.getNext() == null) {
      StringBuilder html = new StringBuilder();
      for (Node child = first.getFirstChild(); child != null; child = child.getNext()) {
        html.append(HTML.render(child));
      }
      return html.toString().strip();
    }
    return HTML.render(document).strip();
  }

  /** Author text without its markup, for titles, descriptions and plain-text formats. */
  public static String plain(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder plain = new StringBuilder();
    PARSER
        .parse(text)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text node) {
                plain.append(node.getLiteral());
              }

              @Override
              public void visit(Code node) {
                plain.append(node.getLiteral());
              }

              @Override
              public void visit(SoftLineBreak node) {
                plain.append(' ');
              }

              @Override
              public void visit(HardLineBreak node) {
                plain.append('\n');
              }

              @Override
              public void visit(HtmlInline node) {
                plain.append(node.getLiteral());
              }

              @Override
              public void visit(Paragraph node) {
                if (plain.length() > 0) {
                  plain.append('\n');
                }
                visitChildren(node);
              }
            });
    return plain.toString().strip();
  }

  /** Escapes {@code & < > " '} so that text can stand in HTML or XML, in content or attribute. */
  public static String escapeHtml(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Text from outside (an LRS stores what a launcher sent, NUL and escape bytes included) as a page
   * or a spreadsheet may show it: each control character other than tab, line feed and carriage
   * return becomes U+FFFD. A course's own text never holds one (the validator refuses it).
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
      if (control && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(control ? '\uFFFD' : c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Whether a link destination uses an allowed scheme (relative links would resolve inside the
   * package or the LMS: not allowed).
   */
  static boolean allowed(String destination) {
    return LinkPolicy.COURSE.allows(destination);
  }

  /** Renders links to allowed schemes, other links as their text, images as their alt text. */
  private static final class SafeLinks implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    SafeLinks(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Link.class, Image.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof Link link && allowed(link.getDestination())) {
        String href = context.encodeUrl(link.getDestination());
        boolean external = LinkPolicy.COURSE.opensNewWindow(link.getDestination());
        // Attributes in a fixed order: the same course must give the same bytes.
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("href", href);
        if (external) {
          attributes.put("rel", "noopener noreferrer");
          attributes.put("target", "_blank");
        }
        html.tag("a", attributes);
        renderChildren(node);
        html.tag("/a");
      } else if (node instanceof Image) {
        // The alt text is what an image in running text would say: keep it as text.
        renderChildren(node);
      } else {
        renderChildren(node);
      }
    }

    private void renderChildren(Node parent) {
      for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
    }
  }
}
