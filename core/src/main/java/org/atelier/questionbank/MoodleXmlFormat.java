package org.atelier.questionbank;

/** {@code moodle-xml}: the course's questions as a Moodle XML file ({@link MoodleXmlExporter}). */
public final class MoodleXmlFormat extends QuestionBankFormat {

  /** The format, as {@link java.util.ServiceLoader} makes it. */
  public MoodleXmlFormat() {
    super(
        "moodle-xml",
        60,
        "the questions as a Moodle XML file, for a Moodle question bank",
        MoodleXmlExporter::export);
  }
}
