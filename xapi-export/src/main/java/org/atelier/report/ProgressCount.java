package org.atelier.report;

import java.util.function.LongConsumer;

/** Counts what a source has read and tells a listener now and then, and once at the end. */
final class ProgressCount {
  private static final int EVERY = 10_000;

  private final LongConsumer listener;
  private long count;

  ProgressCount(LongConsumer listener) {
    this.listener = listener;
  }

  /** One more read. */
  void add() {
    if (++count % EVERY == 0) {
      listener.accept(count);
    }
  }

  /** Reading is over: the final count. */
  void done() {
    listener.accept(count);
  }
}
