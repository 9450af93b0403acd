package org.atelier.scorm;

/** {@code scorm2004}: a SCORM 2004 4th edition package ({@link ScormExporter#scorm2004()}). */
public final class Scorm2004Format extends ScormFormat {

  /** The format, as {@link java.util.ServiceLoader} makes it. */
  public Scorm2004Format() {
    super(ScormExporter.scorm2004(), 30, "a SCORM 2004 4th edition package (zip)");
  }
}
