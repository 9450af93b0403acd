package org.atelier.report;

import java.util.Set;
import org.atelier.xapi.statement.Statement;

/**
 * What a source of statements feeds, one statement at a time: an LRS's pages and a file's lines
 * alike ({@link StatementFiles}). A source knows nothing of what the sink keeps.
 */
public interface StatementSink {
  /**
   * Statements known to be voided, so that they are left out when they arrive: a file gives those
   * it voids before its first statement (an export may list a voided statement before the statement
   * that voids it).
   */
  void voided(Set<String> ids);

  /**
   * Takes one statement; {@code where} names it (a file's line, its id) if it cannot be counted.
   */
  void accept(Statement statement, String where);

  /** A statement that could not be understood at all (a file's broken line, say). */
  void unreadable(String where, String why);
}
