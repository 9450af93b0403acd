package org.atelier.questionbank;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting layer on StAX: every text and attribute is escaped by the writer, never by
 * hand, and the output is identical for identical input.
 */
final class XmlOut {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final XMLStreamWriter xml;
  private int depth;
  private boolean hadChild;

  XmlOut() {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut open(String name, String... attributes) {
    try {
      newline();
      xml.writeStartElement(name);
      for (int i = 0; i < attributes.length; i += 2) {
        xml.writeAttribute(attributes[i], attributes[i + 1]);
      }
      depth++;
      hadChild = false;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut close() {
    try {
      depth--;
      if (hadChild) {
        newline();
      }
      xml.writeEndElement();
      hadChild = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut comment(String text) {
    try {
      newline();
      xml.writeComment(" " + text.replace("--", "- -") + " ");
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code <name attributes…>text</name>}; an empty text gives an empty element. */
  XmlOut element(String name, String text, String... attributes) {
    try {
      newline();
      xml.writeStartElement(name);
      for (int i = 0; i < attributes.length; i += 2) {
        xml.writeAttribute(attributes[i], attributes[i + 1]);
      }
      if (text != null) {
        xml.writeCharacters(stripInvalid(text));
      }
      xml.writeEndElement();
      hadChild = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code <name format="…"><text>…</text></name>}, Moodle's shape for formatted text. */
  XmlOut formatted(String name, String format, String text) {
    return open(name, "format", format).element("text", text == null ? "" : text).close();
  }

  byte[] finish() {
    try {
      newline();
      xml.writeEndDocument();
      xml.close();
      bytes.write('\n');
      return bytes.toByteArray();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(Math.max(0, depth)));
  }

  /** XML 1.0 cannot carry most control characters, even escaped: drop them. */
  private static String stripInvalid(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF))
        .forEach(clean::appendCodePoint);
    return clean.toString();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
