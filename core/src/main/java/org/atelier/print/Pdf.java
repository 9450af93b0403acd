package org.atelier.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.atelier.model.Course;
import org.atelier.pack.ZipWriter;
import org.w3c.dom.Document;

/**
 * XHTML to tagged PDF through openhtmltopdf: PDF/UA structure, DejaVu fonts embedded (subsets), no
 * resource read from outside, and the same bytes for the same course: the dates are {@link
 * ZipWriter#ENTRY_TIME} (as in every package) and the document id derives from the course's id,
 * version and the file's name.
 */
final class Pdf {
  private Pdf() {}

  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
  static final String FAMILY = "DejaVu Sans";
  static final String PRODUCER = "Atelier";

  static {
    // openhtmltopdf logs every step to the console of whoever prints; the tests read the PDFs.
    XRLog.setLoggingEnabled(false);
  }

  static byte[] render(Course course, String name, String title, String xhtml) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    // The fast renderer is the only one since 1.1 (useFastMode() is deprecated, a no-op).
    builder.usePdfUaAccessibility(true);
    // Everything the page needs is in the page: no stylesheet, image or font from anywhere else.
    for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
      builder.useExternalResourceAccessControl((uri, type) -> false, when);
    }
    font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
    font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
    builder.withProducer(PRODUCER);
    builder.withHtmlContent(xhtml, null);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      try (PDDocument document = renderer.createPDFKeepOpen()) {
        fix(document, course, name, title);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    builder.useFont(
        () -> {
          InputStream in = Pdf.class.getResourceAsStream(FONTS + file);
          if (in == null) {
            throw new IllegalStateException("font missing from the class path: " + file);
          }
          return in;
        },
        FAMILY,
        weight,
        style,
        true);
  }

  /** Fixed dates and id, in the information dictionary and in the XMP metadata alike. */
  private static void fix(PDDocument document, Course course, String name, String title)
      throws IOException {
    Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    time.clear();
    time.set(
        ZipWriter.ENTRY_TIME.getYear(),
        ZipWriter.ENTRY_TIME.getMonthValue() - 1,
        ZipWriter.ENTRY_TIME.getDayOfMonth(),
        ZipWriter.ENTRY_TIME.getHour(),
        ZipWriter.ENTRY_TIME.getMinute());
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setProducer(PRODUCER);
    info.setCreator(PRODUCER);
    info.setCreationDate(time);
    info.setModificationDate(time);
    document.getDocumentCatalog().setLanguage(course.language());

    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addLanguage(course.language());
    for (String author : course.authors()) {
      dc.addCreator(author);
    }
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(PRODUCER);
    basic.setCreateDate(time);
    basic.setModifyDate(time);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(PRODUCER);
    XMPSchema ua = new XMPSchema(xmp, "http://www.aiim.org/pdfua/ns/id/", "pdfuaid", "pdfuaid");
    ua.setTextPropertyValue("part", "1");
    xmp.addSchema(ua);
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmpBytes(xmp));
    document.getDocumentCatalog().setMetadata(metadata);

    byte[] id = digest(course.id() + "\n" + course.version() + "\n" + name);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /**
   * The XMP packet's bytes, written by the JDK's own XML transformer. XmpSerializer takes whichever
   * transformer the classpath offers: with Saxon there (an embedding application's, or veraPDF's in
   * the tests) the packet was indented otherwise, and the same course gave other bytes.
   */
  static byte[] xmpBytes(XMPMetadata xmp) throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, first, true);
      DocumentBuilderFactory parsers = DocumentBuilderFactory.newDefaultInstance();
      parsers.setNamespaceAware(true);
      parsers.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Document packet =
          parsers.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(first.toByteArray()));
      dropIndentation(packet.getDocumentElement());
      Transformer writer = TransformerFactory.newDefaultInstance().newTransformer();
      writer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      writer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      writer.setOutputProperty(OutputKeys.INDENT, "no");
      writer.transform(new DOMSource(packet), new StreamResult(bytes));
    } catch (javax.xml.transform.TransformerException
        | javax.xml.parsers.ParserConfigurationException
        | org.xml.sax.SAXException e) {
      throw new IOException(e);
    }
    return bytes.toByteArray();
  }

  /** Takes out the whitespace between elements: the first transformer's indentation. */
  private static void dropIndentation(org.w3c.dom.Node node) {
    org.w3c.dom.Node child = node.getFirstChild();
    while (child != null) {
      org.w3c.dom.Node next = child.getNextSibling();
      if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE
          && child.getNodeValue().isBlank()
          && (child.getPreviousSibling() != null || next != null)) {
        node.removeChild(child);
      } else {
        dropIndentation(child);
      }
      child = next;
    }
  }

  private static byte[] digest(String text) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.Arrays.copyOf(sha, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
