package org.atelier.xapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.atelier.format.Resources;
import org.atelier.format.XmlDocuments;
import org.atelier.markup.Markup;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.site.Site;
import org.atelier.site.SiteRenderer;
import org.atelier.site.Tracker;
import org.atelier.xapi.manifest.cmi5.CourseStructure;
import org.atelier.xapi.manifest.tincan.TinCan;

/**
 * Builds xAPI packages: the course's site with the xAPI tracker, and the launch file an LMS reads —
 * {@code tincan.xml} for Tin Can launch, {@code cmi5.xml} (checked against the cmi5 course
 * structure schema) for cmi5. No credential is ever written: the LMS gives them at launch.
 *
 * <pre>{@code
 * Path zip = XapiExporter.tinCan().write(course, Path.of("out"));   // out/cafe-ia-xapi.zip
 * Path zip = XapiExporter.cmi5().write(course, Path.of("out"));     // out/cafe-ia-cmi5.zip
 * }</pre>
 *
 * <p>A Tin Can package launches the whole course; a cmi5 package has one assignable unit per
 * module, so that the LMS lists them and counts each done by its own {@code moveOn} rule.
 */
public final class XapiExporter {

  private final boolean cmi5;

  private XapiExporter(boolean cmi5) {
    this.cmi5 = cmi5;
  }

  /** An exporter of Tin Can launch packages ({@code tincan.xml}). */
  public static XapiExporter tinCan() {
    return new XapiExporter(false);
  }

  /** An exporter of cmi5 packages ({@code cmi5.xml}). */
  public static XapiExporter cmi5() {
    return new XapiExporter(true);
  }

  /** The format's short name: {@code xapi} or {@code cmi5}. */
  public String format() {
    return cmi5 ? "cmi5" : "xapi";
  }

  /** The package's file name: {@code <course id>-xapi.zip} or {@code <course id>-cmi5.zip}. */
  public String fileName(Course course) {
    return course.id() + "-" + format() + ".zip";
  }

  /** Writes the package into {@code folder} and returns its path. */
  public Path write(Course course, Path folder) throws IOException {
    return site(course).zip(folder.resolve(fileName(course)));
  }

  /** The package's bytes. */
  public byte[] zip(Course course) {
    return site(course).zip();
  }

  /** Every file of the package, the launch file included. */
  public Site site(Course course) {
    Site site = SiteRenderer.render(course, tracker(course));
    return site.with(
        cmi5 ? Map.of("cmi5.xml", courseStructure(course)) : Map.of("tincan.xml", tinCan(course)));
  }

  private Tracker tracker(Course course) {
    // The tracker's settings (info.tracker): the profile, the course's IRI and every xAPI word.
    Map<String, Object> settings =
        Map.of(
            "profile",
            cmi5 ? "cmi5" : "tincan",
            "courseIri",
            ActivityIris.of(course).course(),
            "vocabulary",
            XapiVocabulary.trackerSettings());
    return new Tracker(
        format(),
        List.of("tracker/xapi.js"),
        Map.of("tracker/xapi.js", Resources.bytes(XapiExporter.class, "tracker/xapi.js")),
        settings);
  }

  private static byte[] tinCan(Course course) {
    ActivityIris iris = ActivityIris.of(course);
    String lang = course.language();
    TinCan manifest = new TinCan();
    TinCan.Activity root = new TinCan.Activity();
    root.id = iris.course();
    root.type = XapiVocabulary.COURSE;
    root.name = new TinCan.Text(lang, course.title());
    root.description = text(lang, course.description(), TinCan.Text::new);
    root.launch = new TinCan.Text(lang, "index.html");
    manifest.activities.add(root);
    for (CourseModule module : course.modules()) {
      TinCan.Activity activity = new TinCan.Activity();
      activity.id = iris.module(module.id());
      activity.type = XapiVocabulary.MODULE;
      activity.name = new TinCan.Text(lang, module.title());
      activity.description = text(lang, module.description(), TinCan.Text::new);
      manifest.activities.add(activity);
    }
    return XmlDocuments.marshal(manifest);
  }

  private static byte[] courseStructure(Course course) {
    ActivityIris iris = ActivityIris.of(course);
    String lang = course.language();
    CourseStructure structure = new CourseStructure();
    structure.course.id = iris.course();
    structure.course.title = new CourseStructure.Text(lang, course.title());
    structure.course.description = descriptionOrTitle(lang, course.description(), course.title());
    for (CourseModule module : course.modules()) {
      CourseStructure.Au au = new CourseStructure.Au();
      au.id = iris.module(module.id());
      au.title = new CourseStructure.Text(lang, module.title());
      au.description = descriptionOrTitle(lang, module.description(), module.title());
      au.url = "index.html?module=" + module.id();
      if (module.scoredQuestions().isEmpty()) {
        au.moveOn = "Completed";
      } else {
        // Completed and passed: the mastery score is the point of a scored module.
        au.moveOn = "CompletedAndPassed";
        au.masteryScore =
            BigDecimal.valueOf(course.masteryScoreOf(module)).stripTrailingZeros().toPlainString();
      }
      structure.aus.add(au);
    }
    byte[] xml = XmlDocuments.marshal(structure);
    validate(xml);
    return xml;
  }

  private static CourseStructure.Text descriptionOrTitle(
      String lang, String description, String title) {
    // The schema requires a description; the title stands in for a missing one.
    CourseStructure.Text text = text(lang, description, CourseStructure.Text::new);
    return text != null ? text : new CourseStructure.Text(lang, title);
  }

  private static <T> T text(
      String lang, String markup, java.util.function.BiFunction<String, String, T> make) {
    if (markup == null || markup.isBlank()) {
      return null;
    }
    return make.apply(lang, Markup.plain(markup));
  }

  private static Schema schema;

  /** The cmi5 course structure schema, loaded once. */
  static synchronized Schema courseStructureSchema() {
    if (schema == null) {
      schema =
          XmlDocuments.schema(
              null,
              new StreamSource(
                  new ByteArrayInputStream(
                      Resources.bytes(XapiExporter.class, "schema/cmi5-CourseStructure.xsd"))));
    }
    return schema;
  }

  /** Checks a course structure against the cmi5 schema; a failure is a bug of Atelier's. */
  static void validate(byte[] xml) {
    XmlDocuments.check(courseStructureSchema(), xml, "cmi5.xml");
  }
}
