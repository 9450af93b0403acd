package org.atelier.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one loader of interface text, for the player and the trainer's report: a bundle is a pair of
 * UTF-8 properties files {@code <name>_fr.properties} and {@code <name>_en.properties} beside the
 * class that owns it; French for a French language tag, English for any other. Each pair has the
 * same keys; a test keeps them so.
 *
 * <pre>{@code
 * Map<String, String> player = Messages.forLanguage(course.language());
 * Map<String, String> report = Messages.bundle(ReportWriter.class, "report", "fr-CA");
 * }</pre>
 */
public final class Messages {
  private Messages() {}

  /** The bundle languages there are. */
  public static final List<String> LANGUAGES = List.of("fr", "en");

  /** The bundle language for a BCP 47 tag: {@code fr} for fr-*, else {@code en}. */
  public static String language(String tag) {
    return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
  }

  /** The player's messages for a course language (a BCP 47 tag): French for fr-*, else English. */
  public static Map<String, String> forLanguage(String language) {
    return load(language(language));
  }

  /** The player's messages of one bundle language, sorted by key. */
  public static Map<String, String> load(String code) {
    return bundle(Messages.class, "messages/player", code);
  }

  /**
   * The messages of the bundle {@code name} (a path relative to {@code owner}'s package) in the
   * bundle language for {@code tag}, sorted by key.
   */
  public static Map<String, String> bundle(Class<?> owner, String name, String tag) {
    String code = language(tag);
    Properties properties = new Properties();
    try (InputStream in = owner.getResourceAsStream(name + "_" + code + ".properties")) {
      if (in == null) {
        throw new IllegalArgumentException("no messages " + name + " for " + code);
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
