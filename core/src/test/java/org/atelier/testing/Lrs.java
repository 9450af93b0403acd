package org.atelier.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real LRS for tests: the npm package {@code xapi-statements} (Learning Locker's statements
 * service) in memory, on a free port of 127.0.0.1 only. It can be stopped and started again on the
 * same port, for outage tests.
 */
public final class Lrs implements AutoCloseable {
  /** Makes the server's {@code listen(port)} bind the loopback address only. */
  private static final String LOOPBACK =
      """
      const net = require('net');
      const listen = net.Server.prototype.listen;
      net.Server.prototype.listen = function (port, ...rest) {
        return typeof port === 'number' && typeof rest[0] === 'function'
          ? listen.call(this, port, '127.0.0.1', ...rest)
          : listen.call(this, port, ...rest);
      };
      """;

  private final int port;
  private final Path log;
  private final Path preload;
  private Process process;

  private Lrs() throws IOException {
    RealParts.require(
        Files.isRegularFile(NodePackages.root().resolve("xapi-statements/dist/index.js")),
        "the xapi-statements LRS is not installed");
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    log = Files.createTempFile("atelier-lrs", ".log");
    preload = Files.createTempFile("atelier-loopback", ".cjs");
    Files.writeString(preload, LOOPBACK, StandardCharsets.UTF_8);
    start();
  }

  /** Starts an LRS on a free loopback port. */
  public static Lrs open() {
    try {
      return new Lrs();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the LRS", e);
    }
  }

  /** The xAPI endpoint, e.g. {@code http://127.0.0.1:PORT/xAPI/}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port + "/xAPI/");
  }

  /** Starts the LRS (again), empty, and waits until it listens. */
  public void start() throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    "node",
                    "-r",
                    preload.toString(),
                    NodePackages.root().resolve("xapi-statements/dist/index.js").toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            // It writes access logs below its working folder: keep them out of the source tree.
            .directory(log.getParent().toFile());
    builder.environment().put("AUTH_REPO", "test");
    builder.environment().put("EVENTS_REPO", "test");
    builder.environment().put("MODELS_REPO", "memory");
    builder.environment().put("STORAGE_REPO", "memory");
    builder.environment().put("EXPRESS_PORT", Integer.toString(port));
    builder
        .environment()
        .put("STORAGE_DIR", log.getParent().resolve("atelier-lrs-" + port).toString());
    process = builder.start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      if (Files.readString(log).contains("Listening on port")) {
        return;
      }
      if (!process.isAlive()) {
        break;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new IllegalStateException("the LRS did not start:\n" + Files.readString(log));
  }

  /** Stops the LRS, as an outage would. */
  public void stop() {
    if (process != null) {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }
}
