package org.atelier.questionbank;

/** {@code gift}: the course's questions as a GIFT text file ({@link GiftExporter}). */
public final class GiftFormat extends QuestionBankFormat {

  /** The format, as {@link java.util.ServiceLoader} makes it. */
  public GiftFormat() {
    super(
        "gift",
        70,
        "the questions as a GIFT text file, for Moodle and other platforms",
        GiftExporter::export);
  }
}
