package org.atelier.xapi;

/** {@code xapi}: a Tin Can launch package ({@link XapiExporter#tinCan()}). */
public final class TinCanFormat extends XapiFormat {

  /** The format, as {@link java.util.ServiceLoader} makes it. */
  public TinCanFormat() {
    super(XapiExporter.tinCan(), 40, "an xAPI package with Tin Can launch (zip, tincan.xml)");
  }
}
