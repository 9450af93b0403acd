package org.atelier.questionbank;

/**
 * An item a question-bank export left out, and why; the command line prints these on stderr.
 *
 * @param itemId the item's id
 * @param title the item's title
 * @param reason why it was left out, and what to do instead when there is something
 */
public record Skipped(String itemId, String title, String reason) {

  /** {@code itemId ("title"): reason}. */
  @Override
  public String toString() {
    return itemId + " (\"" + title + "\"): " + reason;
  }
}
