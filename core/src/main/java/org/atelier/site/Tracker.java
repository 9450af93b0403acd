package org.atelier.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * What an exporter plugs into the player: the scripts that define {@code window.atelierTracker}
 * (loaded before the player, in order) and the files they need. The player knows nothing else of
 * the platform; see docs/architecture.md for the tracker interface.
 *
 * @param name a short name, e.g. {@code local}, {@code scorm12}
 * @param scripts site paths of the scripts to load, in order
 * @param files the files to add to the site (scripts included)
 */
public record Tracker(String name, List<String> scripts, Map<String, byte[]> files) {

  /** Copies the list and map. */
  public Tracker {
    scripts = List.copyOf(scripts);
    files = Map.copyOf(files);
  }

  /**
   * The tracker of the standalone site and of {@code atelier preview}: it keeps the learner's state
   * in the browser's {@code localStorage}, so a reload keeps every answer.
   */
  public static Tracker local() {
    String path = "player/tracker-local.js";
    return new Tracker("local", List.of(path), Map.of(path, resource("player/tracker-local.js")));
  }

  static byte[] resource(String name) {
    try (InputStream in = Tracker.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
