package org.atelier.scorm;

/** {@code scorm12}: a SCORM 1.2 package ({@link ScormExporter#scorm12()}). */
public final class Scorm12Format extends ScormFormat {

  /** The format, as {@link java.util.ServiceLoader} makes it. */
  public Scorm12Format() {
    super(ScormExporter.scorm12(), 20, "a SCORM 1.2 package (zip), for most LMSs and Moodle");
  }
}
