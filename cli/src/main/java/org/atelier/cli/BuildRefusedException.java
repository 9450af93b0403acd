package org.atelier.cli;

/**
 * Thrown by a format that refuses a valid course it cannot represent (e.g. a state too large for
 * SCORM 1.2); its message says why and what to do, and the build exits with code 1.
 */
final class BuildRefusedException extends RuntimeException {
  BuildRefusedException(String message) {
    super(message);
  }
}
