package org.atelier.scorm.manifest.v2004;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <manifest>}: the root of {@code imsmanifest.xml}. Mutable only while it is built. */
@XmlRootElement(name = "manifest")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"metadata", "organizations", "resources"})
public final class Manifest2004 {
  /** The namespace of IMS Simple Sequencing. */
  public static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";

  /** The manifest's identifier, stable for a course and version. */
  @XmlAttribute public String identifier;

  /** The course's version. */
  @XmlAttribute public String version;

  /** Where the schema files are, for validating tools. */
  @XmlAttribute(name = "schemaLocation", namespace = "http://www.w3.org/2001/XMLSchema-instance")
  public String schemaLocation;

  /** {@code <metadata>}. */
  public Metadata metadata = new Metadata();

  /** {@code <organizations>}. */
  public Organizations organizations = new Organizations();

  /** {@code <resources>}. */
  public Resources resources = new Resources();

  /** {@code <metadata>}: the schema and its version. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(
      name = "metadataType",
      propOrder = {"schema", "schemaversion"})
  public static final class Metadata {
    /** Always "ADL SCORM". */
    public String schema = "ADL SCORM";

    /** The SCORM version. */
    public String schemaversion;
  }

  /** {@code <organizations>}: the table of contents. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "organizationsType")
  public static final class Organizations {
    /** The organization shown by default. */
    @XmlAttribute(name = "default")
    public String defaultOrganization;

    /** The organizations; Atelier writes one. */
    @XmlElement(name = "organization")
    public List<Organization> organizations = new ArrayList<>();
  }

  /** {@code <organization>}: a title, its items and how the learner moves between them. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(
      name = "organizationType",
      propOrder = {"title", "items", "sequencing"})
  public static final class Organization {
    /** Its identifier. */
    @XmlAttribute public String identifier;

    /** The course title. */
    public String title;

    /** The course's SCOs, or its modules. */
    @XmlElement(name = "item")
    public List<Item> items = new ArrayList<>();

    /** The navigation the LMS offers between the items; none when absent. */
    @XmlElement(name = "sequencing", namespace = IMSSS)
    public Sequencing sequencing;
  }

  /** {@code <item>}: one entry of the table of contents, launching a SCO. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(
      name = "itemType",
      propOrder = {"title", "sequencing"})
  public static final class Item {
    /** Its identifier. */
    @XmlAttribute public String identifier;

    /** The resource it launches. */
    @XmlAttribute public String identifierref;

    /** Query parameters added to the resource's href at launch. */
    @XmlAttribute public String parameters;

    /** Shown in the table of contents. */
    @XmlAttribute public Boolean isvisible = Boolean.TRUE;

    /** Its title. */
    public String title;

    /** Its objective and the score that satisfies it, when the SCO is scored. */
    @XmlElement(name = "sequencing", namespace = IMSSS)
    public Sequencing sequencing;
  }

  /** {@code <resources>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "resourcesType")
  public static final class Resources {
    /** The resources. */
    @XmlElement(name = "resource")
    public List<Resource> resources = new ArrayList<>();
  }

  /** {@code <resource>}: a SCO and the files it needs. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(
      name = "resourceType",
      propOrder = {"files"})
  public static final class Resource {
    /** Its identifier. */
    @XmlAttribute public String identifier;

    /** Always "webcontent". */
    @XmlAttribute public String type = "webcontent";

    /** "sco". */
    @XmlAttribute(name = "scormType", namespace = "http://www.adlnet.org/xsd/adlcp_v1p3")
    public String scormType = "sco";

    /** The launch page. */
    @XmlAttribute public String href;

    /** Every file of the SCO. */
    @XmlElement(name = "file")
    public List<File> files = new ArrayList<>();
  }

  /** {@code <file href="…"/>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "fileType")
  public static final class File {
    /** The file's path in the package. */
    @XmlAttribute public String href;

    /** JAXB's constructor. */
    public File() {}

    /** A file at {@code href}. */
    public File(String href) {
      this.href = href;
    }
  }

  /**
   * {@code <imsss:sequencing>}: kept to what Moodle's SCORM 2004 player honours, a control mode and
   * a primary objective satisfied by the score.
   */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(
      name = "sequencingType",
      namespace = IMSSS,
      propOrder = {"controlMode", "objectives"})
  public static final class Sequencing {
    /** How the learner may move between items; the LMS's defaults when absent. */
    @XmlElement(namespace = IMSSS)
    public ControlMode controlMode;

    /** The item's objectives; none when absent. */
    @XmlElement(namespace = IMSSS)
    public Objectives objectives;
  }

  /** {@code <imsss:controlMode>}: the table of contents (choice) and previous/next (flow). */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "controlModeType", namespace = IMSSS)
  public static final class ControlMode {
    /** The learner may pick any item of the table of contents. */
    @XmlAttribute public Boolean choice;

    /** The LMS offers "previous" and "continue". */
    @XmlAttribute public Boolean flow;
  }

  /** {@code <imsss:objectives>}: Atelier writes only the primary objective. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "objectivesType", namespace = IMSSS)
  public static final class Objectives {
    /** The objective the SCO's success status reports on. */
    @XmlElement(namespace = IMSSS)
    public PrimaryObjective primaryObjective;
  }

  /**
   * {@code <imsss:primaryObjective>}: satisfied when the scaled score reaches {@link
   * #minNormalizedMeasure}, which the LMS hands to the SCO as {@code cmi.scaled_passing_score}.
   */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "primaryObjectiveType", namespace = IMSSS)
  public static final class PrimaryObjective {
    /** The objective's id. */
    @XmlAttribute(name = "objectiveID")
    public String objectiveId;

    /** Always true: the score decides success. */
    @XmlAttribute public Boolean satisfiedByMeasure = Boolean.TRUE;

    /** The passing score, 0 to 1. */
    @XmlElement(namespace = IMSSS)
    public String minNormalizedMeasure;
  }
}
