package org.atelier.report;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atelier.report.ProgressReport.Status;
import org.atelier.site.Messages;

/**
 * The report's words, numbers and dates in one language and time zone: the page's and the CSVs'.
 */
final class ReportText {
  private final String language;
  private final Locale locale;
  private final Map<String, String> messages;
  private final ZoneId zone;

  /** The text of {@code language}, a bundle language ({@code fr} or {@code en}). */
  ReportText(String language, ZoneId zone) {
    this.language = language;
    this.locale = Locale.forLanguageTag(language);
    this.messages = Messages.bundle(ReportText.class, "report", language);
    this.zone = zone;
  }

  String language() {
    return language;
  }

  ZoneId zone() {
    return zone;
  }

  /** Every message, by key: what the page's template reads as {@code $t}. */
  Map<String, String> messages() {
    return messages;
  }

  /** One message. */
  String get(String key) {
    return messages.get(key);
  }

  /** Several messages, in the order of their keys: a spreadsheet's header, say. */
  List<String> get(String... keys) {
    return Arrays.stream(keys).map(messages::get).toList();
  }

  /** The message {@code key} with its arguments put in. */
  String format(String key, Object... args) {
    return new MessageFormat(messages.get(key), locale).format(args);
  }

  /** {@code yes} or {@code no}. */
  String yesNo(boolean yes) {
    return messages.get(yes ? "yes" : "no");
  }

  String number(long n) {
    return String.format(locale, "%,d", n);
  }

  String percent(double share) {
    return Math.round(share * 100) + (language.equals("fr") ? " %" : "%");
  }

  String duration(Duration d) {
    long minutes = d.toMinutes();
    return minutes < 60
        ? format("minutes", minutes)
        : format("hoursMinutes", minutes / 60, String.format("%02d", minutes % 60));
  }

  String dateTime(Instant when) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(when);
  }

  /** The moment a report is made, in full. */
  String generated(Instant when) {
    return format(
        "generated",
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone)
            .format(when));
  }

  String status(Status s) {
    return messages.get(
        switch (s) {
          case COMPLETED -> "completed";
          case IN_PROGRESS -> "inProgress";
          case NOT_STARTED -> "notStarted";
        });
  }

  /** A part's name: the course's own ({@code gap-1}) or one of ours ({@code @order}). */
  String part(String part) {
    return part.startsWith("@") ? messages.getOrDefault("part." + part.substring(1), part) : part;
  }

  /** An activity, with its part when it has one. */
  String activityName(String title, String part) {
    return part == null ? title : title + " — " + part(part);
  }
}
