package org.atelier.format;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The XML files a format writes (manifests, launch files): JAXB-annotated classes marshalled to
 * UTF-8, and checked against schemas that are loaded from the jar, never from the network.
 */
public final class XmlDocuments {
  private XmlDocuments() {}

  /** The document as indented UTF-8 XML. */
  public static byte[] marshal(Object document) {
    try {
      Marshaller marshaller = JAXBContext.newInstance(document.getClass()).createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
      marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      marshaller.marshal(document, out);
      return out.toByteArray();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot write " + document.getClass().getSimpleName(), e);
    }
  }

  /**
   * A schema of these documents, with no access to any outside DTD or schema: {@code resolver} (or
   * {@code null} when the schema imports nothing) hands every import its bundled copy.
   *
   * @throws IllegalStateException when the bundled schemas do not load: a broken build
   */
  public static Schema schema(LSResourceResolver resolver, Source... sources) {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      if (resolver != null) {
        factory.setResourceResolver(resolver);
      }
      return factory.newSchema(sources);
    } catch (SAXException e) {
      throw new IllegalStateException("the bundled schemas do not load", e);
    }
  }

  /**
   * Checks {@code xml} against {@code schema}; a document Atelier made that breaks it is a bug of
   * Atelier's, said as such.
   *
   * @param what the document, as the message names it, e.g. {@code cmi5.xml}
   */
  public static void check(Schema schema, byte[] xml, String what) {
    try {
      schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException(
          "the generated " + what + " breaks its schema: " + e.getMessage(), e);
    }
  }
}
