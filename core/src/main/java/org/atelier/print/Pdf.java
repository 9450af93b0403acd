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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException(e);
    }
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(bytes.toByteArray());
    document.getDocumentCatalog().setMetadata(metadata);

    byte[] id = digest(course.id() + "\n" + course.version() + "\n" + name);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
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
