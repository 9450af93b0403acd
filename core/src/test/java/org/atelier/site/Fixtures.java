package org.atelier.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;

/** The player's test courses and a tracker that records what the player tells it. */
final class Fixtures {
  private Fixtures() {}

  static Path root() {
    return Path.of(System.getProperty("atelier.root", ".."));
  }

  static Course everyKind() throws Exception {
    return CourseFileReader.read(
        root().resolve("core/src/test/resources/org/atelier/site/every-kind/course.yaml"));
  }

  static Course cafeIa() throws Exception {
    return CourseFileReader.read(root().resolve("examples/cafe-ia/course.yaml"));
  }

  /**
   * Keeps the state in localStorage, as the local tracker does, and records every call in {@code
   * window.calls} so that a test can read what the player reported.
   */
  static final String RECORDING_JS =
      """
      window.calls = [];
      window.atelierTracker = (function () {
        var key;
        function log(name, arg) { window.calls.push({ name: name, arg: JSON.parse(JSON.stringify(arg || null)) }); }
        return {
          start: function (info) {
            key = 'test:' + info.courseId + ':' + (info.moduleId || '*');
            log('start', info);
            var saved = JSON.parse(localStorage.getItem(key) || '{}');
            return Promise.resolve({ state: saved.state || null, location: saved.location || null, mode: 'normal' });
          },
          save: function (state, location) { localStorage.setItem(key, JSON.stringify({ state: state, location: location })); },
          answered: function (a) { log('answered', a); },
          experienced: function (e) { log('experienced', e); },
          completed: function (c) { log('completed', c); },
          exit: function (x) { log('exit', x); }
        };
      })();
      """;

  static Tracker recording() {
    return new Tracker(
        "recording",
        List.of("test/recording.js"),
        Map.of("test/recording.js", RECORDING_JS.getBytes(StandardCharsets.UTF_8)));
  }
}
