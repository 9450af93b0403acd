package org.atelier.scorm;

import java.util.List;
import org.atelier.site.StateBudget;

/**
 * Thrown when the longest state a course (or one of its SCOs) can produce does not fit the SCORM
 * version's {@code suspend_data}; the message names the costliest activities and what to do.
 */
public final class SuspendDataBudgetException extends RuntimeException {
  private final transient List<StateBudget.Cost> costs;

  SuspendDataBudgetException(String message, List<StateBudget.Cost> costs) {
    super(message);
    this.costs = List.copyOf(costs);
  }

  /** Each activity's longest record, the costliest first. */
  public List<StateBudget.Cost> costs() {
    return costs;
  }
}
