package org.atelier.print;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.atelier.site.Messages;

/** The print kit's words in the course's language (French, or English for any other). */
final class Words {
  private final Map<String, String> messages;
  private final Locale locale;

  Words(String language) {
    this.messages = Messages.bundle(Words.class, "print", language);
    this.locale = Locale.forLanguageTag(language == null ? "fr" : language);
  }

  Locale locale() {
    return locale;
  }

  /** The whole bundle, for templates ({@code $w.get("kind.survey")}). */
  Map<String, String> all() {
    return messages;
  }

  String get(String key) {
    String message = messages.get(key);
    if (message == null) {
      throw new IllegalArgumentException("no print message " + key);
    }
    return message;
  }

  String format(String key, Object... values) {
    return new MessageFormat(get(key), locale).format(values);
  }

  /** « 15 min », « 1 h 30 », « 2 h ». */
  String minutes(int minutes) {
    int hours = minutes / 60;
    if (hours == 0) {
      return format("duration.minutes", minutes);
    }
    return minutes % 60 == 0
        ? format("duration.hours", hours)
        : format("duration.hoursMinutes", hours, minutes % 60);
  }

  /** « 12 cartes », « 1 carte ». */
  String cards(int count) {
    return format(count == 1 ? "cards.count.one" : "cards.count.many", count);
  }
}
