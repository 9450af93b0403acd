package org.atelier.xapi.manifest.tincan;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/** {@code <tincan>}: the root of {@code tincan.xml}. Mutable only while it is built. */
@XmlRootElement(name = "tincan")
@XmlAccessorType(XmlAccessType.FIELD)
public final class TinCan {
  /** The activities: the launchable one first. */
  @XmlElementWrapper(name = "activities")
  @XmlElement(name = "activity")
  public List<Activity> activities = new ArrayList<>();

  /** {@code <activity>}: an activity IRI, its type, names and, for one, the launch file. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(propOrder = {"name", "description", "launch"})
  public static final class Activity {
    /** The activity IRI. */
    @XmlAttribute public String id;

    /** The activity type IRI. */
    @XmlAttribute public String type;

    /** Its name. */
    public Text name;

    /** What it is about, or {@code null}. */
    public Text description;

    /** The file that launches it, or {@code null}. */
    public Text launch;
  }

  /** A text in one language. */
  @XmlAccessorType(XmlAccessType.FIELD)
  public static final class Text {
    /** Its language tag. */
    @XmlAttribute public String lang;

    /** The text. */
    @XmlValue public String value;

    /** For JAXB. */
    public Text() {}

    /** A text in {@code lang}. */
    public Text(String lang, String value) {
      this.lang = lang;
      this.value = value;
    }
  }
}
