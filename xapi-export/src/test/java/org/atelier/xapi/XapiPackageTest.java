package org.atelier.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
  void theTrackerGetsTheVocabularyFromItsSettingsAndWritesNoneOfIt() throws Exception {
    Map<String, byte[]> files = entries(XapiExporter.cmi5().zip(course));
    assertThat(files)
        .containsKey("player/tracker-kit.js")
        .doesNotContainKey("tracker/xapi-config.js");
    String page = new String(files.get("index.html"), StandardCharsets.UTF_8);
    assertThat(page)
        .contains("\"tracker\":{\"courseIri\":\"urn:atelier:cafe-ia\",\"profile\":\"cmi5\"")
        .contains("\"" + XapiVocabulary.ANSWERED + "\":\"" + XapiVocabulary.verb("answered") + "\"")
        .contains(XapiVocabulary.CATEGORY_MOVE_ON, XapiVocabulary.EXTENSION_MASTERY_SCORE);
    String tracker = new String(files.get("tracker/xapi.js"), StandardCharsets.UTF_8);
    assertThat(tracker)
        .doesNotContain(
            "adlnet.gov",
            "w3id.org",
            XapiVocabulary.LIST,
            XapiVocabulary.PAIR,
            "case_matters",
            XapiVocabulary.VERSION,
            XapiVocabulary.STATE_ID,
            XapiVocabulary.LAUNCH_DATA,
            XapiVocabulary.LEARNER_PREFERENCES,
            XapiVocabulary.VERB_DISPLAY_LANGUAGE,
            "atelierXapi");
  }

  @Test
  void aCmi5PackageHasOneAssignableUnitPerModule() throws Exception {
    // cmi5.xml is validated against the spec's CourseStructure.xsd by the exporter as it writes
    // it; aBrokenCourseStructureIsRefused proves that check can fail.
    Map<String, byte[]> files = entries(XapiExporter.cmi5().zip(course));
    byte[] xml = files.get("cmi5.xml");
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
  void aBrokenCourseStructureIsRefused() {
    byte[] broken =
        ("<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">"
                + "<course id=\"urn:x\"><nonsense/></course></courseStructure>")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> XapiExporter.validate(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("breaks its schema");
  }

  @Test
  void theSameCourseGivesTheSameBytes() {
    assertThat(XapiExporter.cmi5().zip(course)).isEqualTo(XapiExporter.cmi5().zip(course));
    assertThat(XapiExporter.tinCan().fileName(course)).isEqualTo("cafe-ia-xapi.zip");
    assertThat(XapiExporter.cmi5().fileName(course)).isEqualTo("cafe-ia-cmi5.zip");
  }
}
