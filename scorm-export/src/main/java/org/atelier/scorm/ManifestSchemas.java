package org.atelier.scorm;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.atelier.format.Resources;
import org.atelier.format.XmlDocuments;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * The official SCORM schema files, loaded from this module's resources (never from the network),
 * and the check of a manifest against them.
 */
final class ManifestSchemas {
  private static final String ROOT = "/org/atelier/scorm/schema/";
  private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
  private static final java.nio.charset.Charset UTF_8 = java.nio.charset.StandardCharsets.UTF_8;
  private static final ConcurrentHashMap<ScormVersion, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private ManifestSchemas() {}

  /** The bytes of a schema file of {@code version}. */
  static byte[] file(ScormVersion version, String name) {
    return Resources.bytes(ManifestSchemas.class, ROOT + version.schemaFolder() + "/" + name);
  }

  static Schema schema(ScormVersion version) {
    return SCHEMAS.computeIfAbsent(version, ManifestSchemas::load);
  }

  private static Schema load(ScormVersion version) {
    return XmlDocuments.schema(
        new Local(version),
        version.schemaRoots().stream()
            .map(name -> source(version, name))
            .toArray(StreamSource[]::new));
  }

  private static StreamSource source(ScormVersion version, String name) {
    StreamSource source = new StreamSource(new java.io.ByteArrayInputStream(file(version, name)));
    source.setSystemId(name);
    return source;
  }

  /** Resolves every import and include to the bundled copy, by file name. */
  private static final class Local implements LSResourceResolver {
    private final ScormVersion version;

    Local(ScormVersion version) {
      this.version = version;
    }

    @Override
    public LSInput resolveResource(
        String type, String namespace, String publicId, String systemId, String baseUri) {
      String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
      if (XML_NAMESPACE.equals(namespace)) {
        // IMS's ims_xml.xsd of 2001 binds the XML namespace as the default one, which today's
        // parsers refuse; the W3C's xml.xsd (shipped with SCORM 2004) declares the same
        // attributes. Its DOCTYPE only serves to check the schema itself against XMLSchema.dtd:
        // dropping it here keeps validation free of any DTD access.
        String w3c = new String(file(ScormVersion.SCORM_2004, "xml.xsd"), UTF_8);
        return new Input(name, w3c.replaceFirst("<!DOCTYPE[^>]*>", ""));
      }
      if (!version.schemaFiles().contains(name)) {
        throw new IllegalStateException("schema not bundled: " + systemId);
      }
      return new Input(name, new String(file(version, name), UTF_8));
    }
  }

  /** A schema document handed to the parser from memory. */
  private record Input(String systemId, String text) implements LSInput {
    @Override
    public Reader getCharacterStream() {
      return new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public InputStream getByteStream() {
      return null;
    }

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String baseURI) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
