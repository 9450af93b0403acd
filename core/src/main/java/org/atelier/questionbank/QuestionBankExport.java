package org.atelier.questionbank;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.atelier.format.AtomicFiles;

/**
 * The result of a question-bank export: the file's content, and the items left out.
 *
 * @param fileName the file name to write, e.g. {@code cafe-ia-questions.xml}
 * @param content the file's bytes, UTF-8
 * @param questions how many questions the file holds
 * @param skipped the items left out, with the reason for each
 */
public record QuestionBankExport(
    String fileName, byte[] content, int questions, List<Skipped> skipped) {

  /** Copies the list. */
  public QuestionBankExport {
    skipped = List.copyOf(skipped);
  }

  /** Writes the file into {@code folder} (created if needed) and returns its path. */
  public Path writeTo(Path folder) throws IOException {
    // Nothing half-written: the file appears whole or not at all.
    return AtomicFiles.write(folder.resolve(fileName), content);
  }
}
