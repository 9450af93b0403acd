package org.atelier.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.transform.stream.StreamSource;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.testing.ExampleCourses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the Tin Can and cmi5 packages of the example course hold. */
class XapiPackageTest {
  private static Course course;

  @BeforeAll
  static void read() throws Exception {
    course = ExampleCourses.cafeIa();
  }

  static Map<String, byte[]> entries(byte[] zip) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  @Test
  void aTinCanPackageLaunchesTheCourseFromTincanXml() throws Exception {
    Map<String, byte[]> files = entries(XapiExporter.tinCan().zip(course));
    assertThat(files).containsKeys("tincan.xml", "index.html", "tracker/xapi.js");
    String xml = new String(files.get("tincan.xml"), StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("xmlns=\"http://projecttincan.com/tincan.xsd\"")
        .contains(
            "<activity id=\"urn:atelier:cafe-ia\" type=\"http://adlnet.gov/expapi/activities/course\">")
        .contains("<launch lang=\"fr\">index.html</launch>");
    for (CourseModule m : course.modules()) {
      assertThat(xml).contains("id=\"urn:atelier:cafe-ia/" + m.id() + "\"");
    }
    // The launch activity comes first: launch plugins take the first activity.
    assertThat(xml.indexOf("<launch")).isLessThan(xml.indexOf("/" + course.modules().get(0).id()));
  }

  @Test
  void aCmi5PackageHasOneAssignableUnitPerModuleAndMatchesTheSchema() throws Exception {
    Map<String, byte[]> files = entries(XapiExporter.cmi5().zip(course));
    byte[] xml = files.get("cmi5.xml");
    XapiExporter.courseStructureSchema()
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)));
    String text = new String(xml, StandardCharsets.UTF_8);
    for (CourseModule m : course.modules()) {
      assertThat(text)
          .contains("<au id=\"urn:atelier:cafe-ia/" + m.id() + "\"")
          .contains("<url>index.html?module=" + m.id() + "</url>");
    }
    CourseModule scored =
        course.modules().stream().filter(m -> !m.scoredQuestions().isEmpty()).findFirst().get();
    assertThat(text)
        .contains(
            "<au id=\"urn:atelier:cafe-ia/"
                + scored.id()
                + "\" moveOn=\"CompletedAndPassed\" masteryScore=\""
                + course.masteryScoreOf(scored)
                + "\">");
  }

  @Test
  void theSameCourseGivesTheSameBytes() {
    assertThat(XapiExporter.cmi5().zip(course)).isEqualTo(XapiExporter.cmi5().zip(course));
    assertThat(XapiExporter.tinCan().fileName(course)).isEqualTo("cafe-ia-xapi.zip");
    assertThat(XapiExporter.cmi5().fileName(course)).isEqualTo("cafe-ia-cmi5.zip");
  }
}
