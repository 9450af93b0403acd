package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The player's logic without a browser: runs the Node tests of {@code src/test/js} (state encoding,
 * completion, every kind's scoring) with Node's own test runner. Without Node on the path the test
 * is skipped on a developer's machine and fails under CI.
 */
class PlayerLogicTest {
  private static final Path TESTS = Path.of("src/test/js");

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void theNodeTestsOfThePlayerPass() throws Exception {
    assertThat(TESTS).isDirectory();
    boolean node = nodeOnPath();
    if (System.getenv("CI") != null) {
      assertThat(node).as("node on the PATH (needed under CI)").isTrue();
    }
    assumeThat(node).as("node on the PATH").isTrue();
    Path log = Files.createTempFile("player-logic", ".txt");
    try {
      Process process =
          new ProcessBuilder(List.of("node", "--test", TESTS.toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(150, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "node --test did not end in 150 s:\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      assertThat(process.exitValue())
          .as("node --test %s:%n%s", TESTS, Files.readString(log, StandardCharsets.UTF_8))
          .isZero();
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static boolean nodeOnPath() {
    try {
      Process process =
          new ProcessBuilder("node", "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
