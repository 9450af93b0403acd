package org.atelier.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.format.Resources;

/**
 * What an exporter plugs into the player: the scripts that define {@code window.atelierTracker}
 * (loaded before the player, in order), the files they need, and the settings the tracker receives
 * at start. The player knows nothing else of the platform; see docs/architecture.md for the tracker
 * interface.
 *
 * <p>Every tracker gets the shared tracker kit ({@value #KIT}, {@code window.AtelierTrackerKit}) as
 * its first script: the constructor puts it there, so no exporter can leave it out.
 *
 * @param name a short name, e.g. {@code local}, {@code scorm12}
 * @param scripts site paths of the scripts to load, in order, the kit first
 * @param files the files to add to the site (scripts included)
 * @param settings what the tracker is told at start, as {@code info.tracker}: JSON-able values
 *     (strings, numbers, booleans, lists and maps of them with string keys), copied, maps sorted by
 *     key, and written into the page's data under {@code tracker}
 */
public record Tracker(
    String name, List<String> scripts, Map<String, byte[]> files, Map<String, Object> settings) {

  /** The site path of the tracker kit. */
  public static final String KIT = "player/tracker-kit.js";

  /** Copies the list and maps, the kit put first. */
  public Tracker {
    List<String> withKit = new ArrayList<>(List.of(KIT));
    scripts.stream().filter(s -> !s.equals(KIT)).forEach(withKit::add);
    scripts = List.copyOf(withKit);
    Map<String, byte[]> allFiles = new HashMap<>(files);
    allFiles.putIfAbsent(KIT, resource("player/tracker-kit.js"));
    files = Map.copyOf(allFiles);
    settings = frozen(settings);
  }

  /** A tracker with no settings. */
  public Tracker(String name, List<String> scripts, Map<String, byte[]> files) {
    this(name, scripts, files, Map.of());
  }

  /**
   * The tracker of the standalone site and of {@code atelier preview}: it keeps the learner's state
   * in the browser's {@code localStorage}, so a reload keeps every answer.
   */
  public static Tracker local() {
    String path = "player/tracker-local.js";
    return new Tracker("local", List.of(path), Map.of(path, resource("player/tracker-local.js")));
  }

  /**
   * A deep copy that cannot change, its maps sorted by key: the page's data, and so the package, is
   * the same bytes at every build whatever map the caller gave.
   */
  @SuppressWarnings("unchecked")
  private static <T> T frozen(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put((String) k, frozen(v)));
      return (T) Collections.unmodifiableMap(sorted);
    }
    if (value instanceof List<?> list) {
      return (T) list.stream().map(Tracker::frozen).toList();
    }
    return value;
  }

  static byte[] resource(String name) {
    return Resources.bytes(Tracker.class, name);
  }
}
