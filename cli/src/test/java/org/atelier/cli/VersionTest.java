package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code atelier --version}: the build's own version, not a placeholder. */
class VersionTest {

  @Test
  void printsTheProjectVersionAndTheJava() {
    ValidateCommandTest.Run run = ValidateCommandTest.run("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .matches("atelier \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    // the Java that runs the command, whatever its version: not a constant the test also holds
    assertThat(run.out()).contains("Java " + Runtime.version().feature());
  }
}
