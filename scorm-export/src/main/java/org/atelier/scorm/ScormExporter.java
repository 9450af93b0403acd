package org.atelier.scorm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.format.Resources;
import org.atelier.format.XmlDocuments;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Item;
import org.atelier.model.Question;
import org.atelier.scorm.manifest.v12.Manifest;
import org.atelier.scorm.manifest.v2004.Manifest2004;
import org.atelier.site.Site;
import org.atelier.site.SiteRenderer;
import org.atelier.site.StateBudget;
import org.atelier.site.Tracker;

/**
 * Builds SCORM 1.2 and SCORM 2004 (4th edition) packages: the course's site with the SCORM tracker,
 * an {@code imsmanifest.xml} checked against the official schemas, and those schema files at the
 * package root.
 *
 * <pre>{@code
 * Path zip = ScormExporter.scorm12().write(course, Path.of("out"));        // out/cafe-ia-scorm12.zip
 * Path zip = ScormExporter.scorm2004().scoPerModule(true).write(course, out);
 * }</pre>
 */
public final class ScormExporter {
  private final ScormVersion version;
  private final boolean scoPerModule;

  private ScormExporter(ScormVersion version, boolean scoPerModule) {
    this.version = version;
    this.scoPerModule = scoPerModule;
  }

  /** An exporter of SCORM 1.2 packages with one SCO for the whole course. */
  public static ScormExporter scorm12() {
    return new ScormExporter(ScormVersion.SCORM_12, false);
  }

  /** An exporter of SCORM 2004 4th edition packages with one SCO for the whole course. */
  public static ScormExporter scorm2004() {
    return new ScormExporter(ScormVersion.SCORM_2004, false);
  }

  /** This exporter, with one SCO per module (so the LMS's table of contents shows them). */
  public ScormExporter scoPerModule(boolean perModule) {
    return new ScormExporter(version, perModule);
  }

  /**
   * What a designer should know before uploading this package to Moodle, the platform that matters
   * most (empty when nothing): seen in Moodle 5.1, whose SCORM 2004 run-time serves one SCO per
   * visit of the activity — the next SCO opened from its table of contents gets error 104 and is
   * not tracked.
   */
  public List<String> platformNotes(Course course) {
    if (version == ScormVersion.SCORM_2004 && scoPerModule && course.modules().size() > 1) {
      return List.of(
          "in Moodle, a SCORM 2004 package with one SCO per module tracks only the first module"
              + " opened in each visit (Moodle's 2004 run-time answers 104 to the next one); for"
              + " Moodle build scorm12 with one SCO per module, or scorm2004 with one SCO for the"
              + " course");
    }
    return List.of();
  }

  /** The SCORM version written. */
  public ScormVersion version() {
    return version;
  }

  /** The package's file name: {@code <course id>-scorm12.zip} or {@code -scorm2004.zip}. */
  public String fileName(Course course) {
    return course.id() + "-" + version.format() + ".zip";
  }

  /**
   * Writes the package into {@code folder} and returns its path; nothing is written when the course
   * cannot be packaged.
   *
   * @throws SuspendDataBudgetException when the course's state cannot fit this SCORM version
   */
  public Path write(Course course, Path folder) throws IOException {
    return site(course).zip(folder.resolve(fileName(course)));
  }

  /** The package's bytes. */
  public byte[] zip(Course course) {
    return site(course).zip();
  }

  /** Every file of the package, the manifest included. */
  public Site site(Course course) {
    checkBudget(course);
    Site site = SiteRenderer.render(course, tracker());
    Map<String, byte[]> extra = new TreeMap<>();
    for (String schema : version.schemaFiles()) {
      extra.put(schema, ManifestSchemas.file(version, schema));
    }
    byte[] manifest = manifest(course, new ArrayList<>(site.paths()));
    validate(manifest);
    extra.put("imsmanifest.xml", manifest);
    return site.with(extra);
  }

  private Tracker tracker() {
    // The tracker's settings (info.tracker): which version, and the token rule written once here.
    Map<String, Object> settings =
        Map.of(
            "version",
            version.trackerVersion(),
            "token",
            Map.of(
                "from",
                String.valueOf(ScormTokens.AUTHOR),
                "to",
                String.valueOf(ScormTokens.SCORM)));
    return new Tracker(
        version.format(),
        List.of("tracker/scorm.js"),
        Map.of("tracker/scorm.js", Resources.bytes(ScormExporter.class, "tracker/scorm.js")),
        settings);
  }

  /** Refuses a course whose longest state cannot fit the version's suspend_data. */
  void checkBudget(Course course) {
    List<List<Item>> scos = new ArrayList<>();
    List<Integer> lengths = new ArrayList<>();
    if (scoPerModule) {
      for (CourseModule module : course.modules()) {
        scos.add(module.items());
        lengths.add(StateBudget.maxLength(module));
      }
    } else {
      scos.add(course.items().toList());
      lengths.add(StateBudget.maxLength(course));
    }
    for (int i = 0; i < scos.size(); i++) {
      int length = lengths.get(i);
      if (length <= version.suspendDataLimit()) {
        continue;
      }
      List<SuspendDataBudgetException.Fix> fixes =
          version == ScormVersion.SCORM_12
              ? List.of(
                  scoPerModule
                      ? SuspendDataBudgetException.Fix.SPLIT_MODULE
                      : SuspendDataBudgetException.Fix.SCO_PER_MODULE,
                  SuspendDataBudgetException.Fix.SCORM_2004)
              : List.of(SuspendDataBudgetException.Fix.SMALLER_MODULES);
      throw new SuspendDataBudgetException(
          version,
          scoPerModule ? course.modules().get(i).id() : course.id(),
          scoPerModule,
          length,
          StateBudget.costs(scos.get(i)),
          fixes);
    }
  }

  /** One SCO of the package: an item of the table of contents and its resource. */
  private record Sco(String id, String title, String parameters, Double mastery) {}

  private List<Sco> scos(Course course) {
    List<Sco> scos = new ArrayList<>();
    if (scoPerModule) {
      for (CourseModule module : course.modules()) {
        boolean scored =
            module.items().stream().anyMatch(i -> i instanceof Question q && q.rules().scored());
        scos.add(
            new Sco(
                module.id(),
                module.title(),
                "?module=" + module.id(),
                scored ? course.masteryScoreOf(module) : null));
      }
    } else {
      boolean scored = course.modules().stream().anyMatch(m -> !m.scoredQuestions().isEmpty());
      scos.add(new Sco(course.id(), course.title(), null, scored ? course.masteryScore() : null));
    }
    return scos;
  }

  /** Identifiers stable for a course and version, so that a re-upload updates the activity. */
  private static String identifier(String prefix, String id) {
    return prefix + "-" + id;
  }

  private String manifestIdentifier(Course course) {
    return "atelier-" + course.id() + "-" + course.version().replaceAll("[^A-Za-z0-9_.-]", "-");
  }

  private byte[] manifest(Course course, List<String> files) {
    List<String> all = new ArrayList<>(files);
    all.sort(null);
    return version == ScormVersion.SCORM_12 ? manifest12(course, all) : manifest2004(course, all);
  }

  private byte[] manifest12(Course course, List<String> files) {
    Manifest m = new Manifest();
    m.identifier = manifestIdentifier(course);
    m.version = course.version();
    m.schemaLocation = version.schemaLocation();
    m.metadata.schemaversion = version.schemaVersion();
    Manifest.Organization org = new Manifest.Organization();
    org.identifier = identifier("org", course.id());
    org.title = course.title();
    m.organizations.defaultOrganization = org.identifier;
    m.organizations.organizations.add(org);
    for (Sco sco : scos(course)) {
      Manifest.Item item = new Manifest.Item();
      item.identifier = identifier("item", sco.id());
      item.identifierref = identifier("sco", sco.id());
      item.parameters = sco.parameters();
      item.title = sco.title();
      item.masteryScore = sco.mastery() == null ? null : percent(sco.mastery());
      org.items.add(item);
      Manifest.Resource resource = new Manifest.Resource();
      resource.identifier = item.identifierref;
      resource.href = "index.html";
      files.forEach(f -> resource.files.add(new Manifest.File(f)));
      m.resources.resources.add(resource);
    }
    return marshal(m);
  }

  private byte[] manifest2004(Course course, List<String> files) {
    Manifest2004 m = new Manifest2004();
    m.identifier = manifestIdentifier(course);
    m.version = course.version();
    m.schemaLocation = version.schemaLocation();
    m.metadata.schemaversion = version.schemaVersion();
    var org = new Manifest2004.Organization();
    org.identifier = identifier("org", course.id());
    org.title = course.title();
    m.organizations.defaultOrganization = org.identifier;
    m.organizations.organizations.add(org);
    if (scoPerModule) {
      // The table of contents and previous/continue between the modules, nothing more: Moodle's
      // sequencing engine handles these, and the player keeps its own order within a module.
      org.sequencing = new Manifest2004.Sequencing();
      org.sequencing.controlMode = new Manifest2004.ControlMode();
      org.sequencing.controlMode.choice = Boolean.TRUE;
      org.sequencing.controlMode.flow = Boolean.TRUE;
    }
    for (Sco sco : scos(course)) {
      var item = new Manifest2004.Item();
      item.identifier = identifier("item", sco.id());
      item.identifierref = identifier("sco", sco.id());
      item.parameters = sco.parameters();
      item.title = sco.title();
      if (sco.mastery() != null) {
        // Moodle (and SCORM 2004 LMSs generally) hand a primary objective's minimum measure to
        // the SCO as cmi.scaled_passing_score: 2004's form of 1.2's adlcp:masteryscore.
        item.sequencing = new Manifest2004.Sequencing();
        item.sequencing.objectives = new Manifest2004.Objectives();
        var objective = new Manifest2004.PrimaryObjective();
        objective.objectiveId = identifier("mastery", sco.id());
        objective.minNormalizedMeasure = scaled(sco.mastery());
        item.sequencing.objectives.primaryObjective = objective;
      }
      org.items.add(item);
      var resource = new Manifest2004.Resource();
      resource.identifier = item.identifierref;
      resource.href = "index.html";
      files.forEach(f -> resource.files.add(new Manifest2004.File(f)));
      m.resources.resources.add(resource);
    }
    return marshal(m);
  }

  private static String scaled(double share) {
    return java.math.BigDecimal.valueOf(share).stripTrailingZeros().toPlainString();
  }

  private static String percent(double share) {
    double value = Math.round(share * 10000) / 100.0;
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static byte[] marshal(Object manifest) {
    return XmlDocuments.marshal(manifest);
  }

  /** Checks a manifest against the official schemas; a failure is a bug of Atelier's. */
  void validate(byte[] manifest) {
    XmlDocuments.check(ManifestSchemas.schema(version), manifest, version.format() + " manifest");
  }
}
