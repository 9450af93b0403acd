package org.atelier.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The player's interface text in the course's language: French first, English for any other
 * language. Both bundles have the same keys; a test keeps them so.
 */
public final class Messages {
  private Messages() {}

  /** The bundle languages there are. */
  public static final java.util.List<String> LANGUAGES = java.util.List.of("fr", "en");

  /** The messages for a course language (a BCP 47 tag): French for fr-*, else English. */
  public static Map<String, String> forLanguage(String language) {
    String code =
        language != null && language.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
    return load(code);
  }

  /** The messages of one bundle, sorted by key. */
  public static Map<String, String> load(String code) {
    Properties properties = new Properties();
    try (InputStream in =
        Messages.class.getResourceAsStream("messages/player_" + code + ".properties")) {
      if (in == null) {
        throw new IllegalArgumentException("no messages for " + code);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> messages = new TreeMap<>();
    properties.forEach((key, value) -> messages.put((String) key, (String) value));
    return messages;
  }
}
