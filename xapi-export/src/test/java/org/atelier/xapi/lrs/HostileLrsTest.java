package org.atelier.xapi.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.atelier.testing.LocalServer;
import org.junit.jupiter.api.Test;

/**
 * The report's LRS client against LRSs that misbehave: each ends in a clear error that names the
 * address, within seconds, never in a loop or a wait without end.
 */
class HostileLrsTest {
  private static final String PAGE = "{\"statements\": [], \"more\": \"%s\"}";

  /** The client's failure against a server answering {@code /xapi/statements} with {@code lrs}. */
  private static LrsException failure(HttpHandler lrs) {
    try (LocalServer server = LocalServer.start().route("/xapi/statements", lrs)) {
      LrsClient client =
          LrsClient.to(URI.create(server.url("/xapi/"))).limits(Duration.ofSeconds(2), 1 << 20);
      return assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () ->
              catchThrowableOfType(
                  LrsException.class,
                  () -> client.all(StatementQuery.about("urn:atelier:cafe-ia"))));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Waits without end, until the server stops. */
  private static void stall() {
    try {
      Thread.sleep(30_000);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  /** The failure against an LRS whose every page is empty and links to {@code more}'s answer. */
  private static LrsException emptyPagesLinkingTo(
      java.util.function.Function<HttpExchange, String> more) {
    return failure(
        exchange -> send(exchange, 200, "application/json", PAGE.formatted(more.apply(exchange))));
  }

  @Test
  void aMoreLinkBackToAPageAlreadyReadEndsAfterOneRound() {
    AtomicInteger requests = new AtomicInteger();
    LrsException e =
        emptyPagesLinkingTo(
            exchange -> {
              requests.incrementAndGet();
              String page = exchange.getRequestURI().getQuery().contains("page=2") ? "1" : "2";
              return "/xapi/statements?activity=urn%3Aatelier%3Acafe-ia&page=" + page;
            });
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("\"more\" link leads back to a page already read")
        .contains("/xapi/statements?activity=urn%3Aatelier%3Acafe-ia&page=2)");
    assertThat(requests).hasValue(3);
  }

  @Test
  void emptyPagesPointingToEverNewPagesEnd() {
    AtomicInteger requests = new AtomicInteger();
    LrsException e =
        emptyPagesLinkingTo(exchange -> "/xapi/statements?page=" + requests.incrementAndGet());
    assertThat(e.getMessage()).contains("11 empty pages in a row").contains("page=10)");
    assertThat(requests).hasValue(11);
  }

  @Test
  void aSelfPointingMoreLinkEnds() {
    LrsException e =
        emptyPagesLinkingTo(
            exchange ->
                exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getRawQuery());
    assertThat(e.getMessage()).contains("leads back to a page already read");
  }

  @Test
  void headersThenAByteEverySecondEndAtTheDeadline() {
    LrsException e =
        failure(
            exchange -> {
              exchange.getResponseHeaders().set("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, 0);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"statements\": [".getBytes(StandardCharsets.UTF_8));
                out.flush();
                for (int i = 0; i < 60; i++) {
                  Thread.sleep(500);
                  out.write(' ');
                  out.flush();
                }
              } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
              }
            });
    assertThat(e.getMessage())
        .startsWith("the LRS's answer at http://127.0.0.1:")
        .contains("/xapi/statements?")
        .contains("did not end within 2 s");
  }

  @Test
  void headersThenSilenceEndAtTheDeadline() {
    LrsException e =
        failure(
            exchange -> {
              exchange.getResponseHeaders().set("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, 0);
              exchange.getResponseBody().write('{');
              exchange.getResponseBody().flush();
              stall();
            });
    assertThat(e.getMessage()).contains("did not end within 2 s");
  }

  @Test
  void noHeadersAtAllEndAtTheDeadline() {
    LrsException e =
        failure(
            exchange -> {
              stall();
            });
    assertThat(e.getMessage())
        .startsWith("cannot reach the LRS at http://127.0.0.1:")
        .contains("no answer within 2 s")
        .doesNotContain("null");
  }

  @Test
  void aRedirectNamesWhereItLeads() {
    LrsException e =
        failure(
            exchange -> {
              exchange.getResponseHeaders().set("Location", "/other/xapi/statements");
              exchange.sendResponseHeaders(302, -1);
            });
    assertThat(e.getMessage())
        .contains("redirects (HTTP 302) to http://127.0.0.1:")
        .contains("/other/xapi/statements");
  }

  @Test
  void anHtmlPageIsNotTakenForStatements() {
    LrsException e =
        failure(
            exchange ->
                send(exchange, 200, "text/html; charset=utf-8", "<html><body>Login</body></html>"));
    assertThat(e.getMessage())
        .contains("/xapi/statements?")
        .contains("is text/html; charset=utf-8, not an xAPI statement result");
  }

  @Test
  void brokenJsonSaysSoWithoutJacksonsWords() {
    LrsException e =
        failure(exchange -> send(exchange, 200, "application/json", "{\"statements\": [{\"id"));
    assertThat(e.getMessage())
        .contains("is not an xAPI statement result (broken JSON")
        .doesNotContain("Unexpected");
  }

  @Test
  void aPageOverTheLimitEndsAtTheLimit() {
    LrsException e =
        failure(
            exchange -> {
              exchange.getResponseHeaders().set("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, 0);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"statements\": [], \"x\": \"".getBytes(StandardCharsets.UTF_8));
                byte[] chunk = new byte[64 << 10];
                java.util.Arrays.fill(chunk, (byte) 'a');
                for (int i = 0; i < 1000; i++) {
                  out.write(chunk);
                }
              } catch (IOException gone) {
                // the client hung up, as it should
              }
            });
    assertThat(e.getMessage()).contains("/xapi/statements?").contains("is over 1 MiB for one page");
  }

  @Test
  void aHugeErrorPageIsCutShort() {
    LrsException e = failure(exchange -> send(exchange, 500, "text/plain", "x".repeat(1 << 20)));
    assertThat(e.getMessage()).contains("answered HTTP 500");
    assertThat(e.getMessage().length()).isLessThan(2200);
  }
}
