package org.atelier.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output formats of {@code atelier build}, by name, in the order {@code all} builds them. Each
 * entry only calls the exporter's Java API: the command line holds no export logic of its own.
 */
final class Formats {
  private Formats() {}

  static final Map<String, FormatWriter> ALL = formats();

  private static Map<String, FormatWriter> formats() {
    Map<String, FormatWriter> formats = new LinkedHashMap<>();
    return formats;
  }
}
