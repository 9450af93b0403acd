package org.atelier.scorm;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.atelier.format.FormatException;
import org.atelier.site.StateBudget;

/**
 * Thrown when the longest state a course (or one of its SCOs) can produce does not fit the SCORM
 * version's {@code suspend_data}. It carries the numbers, the costliest activities and the ways out
 * as data; a caller says them in its own words (the command line names its options).
 */
public final class SuspendDataBudgetException extends FormatException {

  /** A way to make the course fit. */
  public enum Fix {
    /** Build one SCO per module: each module's state has the whole budget. */
    SCO_PER_MODULE,
    /** Split the module that does not fit. */
    SPLIT_MODULE,
    /** Build SCORM 2004, whose {@code suspend_data} holds 64,000 characters. */
    SCORM_2004,
    /** Split the course into smaller modules, one SCO each. */
    SMALLER_MODULES
  }

  private final ScormVersion version;
  private final String scoId;
  private final boolean module;
  private final int length;
  private final transient List<StateBudget.Cost> costs;
  private final List<Fix> fixes;

  SuspendDataBudgetException(
      ScormVersion version,
      String scoId,
      boolean module,
      int length,
      List<StateBudget.Cost> costs,
      List<Fix> fixes) {
    super(version.format(), describe(version, scoId, module, length, costs));
    this.version = version;
    this.scoId = scoId;
    this.module = module;
    this.length = length;
    this.costs = List.copyOf(costs);
    this.fixes = List.copyOf(fixes);
  }

  private static String describe(
      ScormVersion version,
      String scoId,
      boolean module,
      int length,
      List<StateBudget.Cost> costs) {
    return String.format(
        Locale.ROOT,
        "%s %s: its saved state can reach %,d characters, more than the %,d that SCORM %s"
            + " guarantees for suspend_data. The costliest activities: %s.",
        module ? "module" : "course",
        scoId,
        length,
        version.suspendDataLimit(),
        version.trackerVersion(),
        costs.stream()
            .limit(5)
            .map(c -> c.itemId() + " (" + c.characters() + ")")
            .collect(Collectors.joining(", ")));
  }

  /** The SCORM version whose limit the state is over. */
  public ScormVersion version() {
    return version;
  }

  /** The id of the SCO's course or module. */
  public String scoId() {
    return scoId;
  }

  /** Whether the SCO is a module (one SCO per module), not the whole course. */
  public boolean module() {
    return module;
  }

  /** The longest state the SCO can produce, in characters. */
  public int length() {
    return length;
  }

  /** The version's limit, in characters. */
  public int limit() {
    return version.suspendDataLimit();
  }

  /** Each activity's longest record, the costliest first. */
  public List<StateBudget.Cost> costs() {
    return costs;
  }

  /** The ways to make the course fit, the first the likeliest. */
  public List<Fix> fixes() {
    return fixes;
  }
}
