package org.atelier.xapi;

/** {@code cmi5}: a cmi5 package, one assignable unit per module ({@link XapiExporter#cmi5()}). */
public final class Cmi5Format extends XapiFormat {

  /** The format, as {@link java.util.ServiceLoader} makes it. */
  public Cmi5Format() {
    super(XapiExporter.cmi5(), 50, "a cmi5 package (zip, cmi5.xml), one assignable unit a module");
  }
}
