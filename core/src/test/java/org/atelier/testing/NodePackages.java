package org.atelier.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The npm packages the tests use for real, installed by {@code ./test} into {@code
 * target/test-runtime/node_modules} (never committed).
 */
public final class NodePackages {
  private NodePackages() {}

  /** The node_modules folder: {@code -Datelier.npm}, else the build's test-runtime folder. */
  public static Path root() {
    String given = System.getProperty("atelier.npm");
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    String root = System.getProperty("atelier.root", "..");
    return Path.of(root, "target", "test-runtime", "node_modules");
  }

  /** A file of an installed package, e.g. {@code scorm-again/dist/scorm12.min.js}. */
  public static Path path(String relative) {
    Path file = root().resolve(relative);
    RealParts.require(Files.isRegularFile(file), "npm test part not installed: " + file);
    return file;
  }
}
