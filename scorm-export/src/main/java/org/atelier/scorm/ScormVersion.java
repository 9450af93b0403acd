package org.atelier.scorm;

import java.util.List;

/** The two SCORM versions Atelier writes, with what differs between them. */
public enum ScormVersion {
  /** SCORM 1.2: the version every LMS plays. */
  SCORM_12(
      "scorm12",
      "1.2",
      "1.2",
      4096,
      List.of("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd"),
      List.of("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd"),
      "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd"
          + " http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"),
  /** SCORM 2004 4th edition: separate completion and success, a larger suspend_data. */
  SCORM_2004(
      "scorm2004",
      "2004",
      "2004 4th Edition",
      64000,
      // ADL's 4th edition set, as its content-packaging book lists it for the package root.
      List.of(
          "imscp_v1p1.xsd",
          "adlcp_v1p3.xsd",
          "adlseq_v1p3.xsd",
          "adlnav_v1p3.xsd",
          "imsss_v1p0.xsd",
          "imsss_v1p0auxresource.xsd",
          "imsss_v1p0control.xsd",
          "imsss_v1p0delivery.xsd",
          "imsss_v1p0limit.xsd",
          "imsss_v1p0objective.xsd",
          "imsss_v1p0random.xsd",
          "imsss_v1p0rollup.xsd",
          "imsss_v1p0seqrule.xsd",
          "imsss_v1p0util.xsd",
          "xml.xsd",
          "XMLSchema.dtd",
          "datatypes.dtd"),
      List.of(
          "imscp_v1p1.xsd",
          "adlcp_v1p3.xsd",
          "adlseq_v1p3.xsd",
          "adlnav_v1p3.xsd",
          "imsss_v1p0.xsd"),
      "http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd"
          + " http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd"
          + " http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd"
          + " http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd"
          + " http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd");

  private final String format;
  private final String trackerVersion;
  private final String schemaVersion;
  private final int suspendDataLimit;
  private final List<String> schemaFiles;
  private final List<String> schemaRoots;
  private final String schemaLocation;

  ScormVersion(
      String format,
      String trackerVersion,
      String schemaVersion,
      int suspendDataLimit,
      List<String> schemaFiles,
      List<String> schemaRoots,
      String schemaLocation) {
    this.format = format;
    this.trackerVersion = trackerVersion;
    this.schemaVersion = schemaVersion;
    this.suspendDataLimit = suspendDataLimit;
    this.schemaFiles = schemaFiles;
    this.schemaRoots = schemaRoots;
    this.schemaLocation = schemaLocation;
  }

  /** The format name on the command line and in file names, e.g. {@code scorm12}. */
  public String format() {
    return format;
  }

  /** The most characters of {@code suspend_data} every conformant LMS keeps. */
  public int suspendDataLimit() {
    return suspendDataLimit;
  }

  /** The manifest's {@code schemaversion}. */
  String schemaVersion() {
    return schemaVersion;
  }

  String trackerVersion() {
    return trackerVersion;
  }

  /** The official schema files shipped at the package root. */
  List<String> schemaFiles() {
    return schemaFiles;
  }

  /** The schemas of the namespaces a manifest uses; they import or include the others. */
  List<String> schemaRoots() {
    return schemaRoots;
  }

  String schemaLocation() {
    return schemaLocation;
  }

  String schemaFolder() {
    return this == SCORM_12 ? "scorm12" : "scorm2004";
  }
}
