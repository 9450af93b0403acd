package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.atelier.testing.RealParts;
import org.junit.jupiter.api.Test;

/**
 * The player's fast JavaScript tests ({@code core/src/test/js}, Node's own runner, no npm package)
 * as part of the Maven build: Node missing fails under CI and skips elsewhere.
 */
class NodeTestsTest {
  private static final Path TESTS = Path.of("src/test/js");

  @Test
  void theJavaScriptTestsPass() throws Exception {
    assertThat(TESTS).isDirectory();
    RealParts.require(nodeRuns(), "node (Node.js 18 or later) not found on the PATH");
    Path log = Files.createTempFile("atelier-node-tests", ".txt");
    try {
      Process node =
          new ProcessBuilder("node", "--test", TESTS.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean ended = node.waitFor(120, TimeUnit.SECONDS);
      if (!ended) {
        node.destroyForcibly();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(ended).as("node --test ended within 120 s:%n%s", output).isTrue();
      assertThat(node.exitValue()).as("node --test %s:%n%s", TESTS, output).isZero();
      // A run that found no test passes too: make sure the tests ran.
      assertThat(output).as(output).containsPattern("# pass [1-9]");
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static boolean nodeRuns() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
