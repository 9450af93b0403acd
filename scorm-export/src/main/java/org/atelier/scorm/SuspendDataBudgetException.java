package org.atelier.scorm;

import java.util.List;
import org.atelier.site.StateCodec;

/**
 * Thrown when the longest state a course (or one of its SCOs) can produce does not fit the SCORM
 * version's {@code suspend_data}; the message names the costliest activities and what to do.
 */
public final class SuspendDataBudgetException extends RuntimeException {
  private final transient List<StateCodec.Cost> costs;

  SuspendDataBudgetException(String message, List<StateCodec.Cost> costs) {
    super(message);
    this.costs = List.copyOf(costs);
  }

  /** Each activity's longest record, the costliest first. */
  public List<StateCodec.Cost> costs() {
    return costs;
  }
}
