package org.atelier.xapi.manifest.cmi5;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/** {@code <courseStructure>}: the root of {@code cmi5.xml}. Mutable only while it is built. */
@XmlRootElement(name = "courseStructure")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"course", "aus"})
public final class CourseStructure {
  /** The course. */
  public Course course = new Course();

  /** The assignable units, in order. */
  @XmlElement(name = "au")
  public List<Au> aus = new ArrayList<>();

  /** {@code <course>}: its IRI, title and description. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(
      name = "",
      propOrder = {"title", "description"})
  public static final class Course {
    /** The course IRI. */
    @XmlAttribute public String id;

    /** Its title. */
    public Text title;

    /** Its description. */
    public Text description;
  }

  /** {@code <au>}: one launchable unit. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(
      name = "auType",
      propOrder = {"title", "description", "url"})
  public static final class Au {
    /** The AU's IRI. */
    @XmlAttribute public String id;

    /** When the LMS counts it done: {@code Completed}, {@code CompletedAndPassed}, … */
    @XmlAttribute public String moveOn;

    /** The scaled score needed to pass, or {@code null}. */
    @XmlAttribute public String masteryScore;

    /** Its title. */
    public Text title;

    /** Its description. */
    public Text description;

    /** The launch file, relative to the package. */
    public String url;
  }

  /** {@code textType}: one {@code <langstring>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "textType")
  public static final class Text {
    /** The text. */
    public LangString langstring;

    /** For JAXB. */
    public Text() {}

    /** A text in {@code lang}. */
    public Text(String lang, String value) {
      this.langstring = new LangString();
      this.langstring.lang = lang;
      this.langstring.value = value;
    }
  }

  /** {@code <langstring lang="…">}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "")
  public static final class LangString {
    /** Its language tag. */
    @XmlAttribute public String lang;

    /** The text. */
    @XmlValue public String value;
  }
}
