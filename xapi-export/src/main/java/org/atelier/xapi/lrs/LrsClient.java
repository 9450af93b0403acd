package org.atelier.xapi.lrs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.atelier.xapi.XapiVocabulary;
import org.atelier.xapi.statement.Statement;

/**
 * A client of an xAPI 1.0.3 LRS: posts statements in batches and reads them back page by page,
 * following {@code more}. Pages are parsed with Jackson's streaming API, so reading a million
 * statements keeps memory flat.
 *
 * <pre>{@code
 * LrsClient lrs = LrsClient.to(URI.create("https://lrs.example.org/xapi/")).credentials(user, key);
 * lrs.post(statements);
 * lrs.forEach(StatementQuery.about(courseIri), statement -> report.add(statement));
 * }</pre>
 */
public final class LrsClient {
  private static final String VERSION = XapiVocabulary.VERSION;

  /** How long one answer may take, from the request to its body's last byte, by default. */
  public static final Duration RESPONSE_DEADLINE = Duration.ofSeconds(60);

  /** How many bytes one page of statements may hold, by default (64 MiB). */
  public static final long PAGE_LIMIT = 64L << 20;

  private static final int ERROR_BODY_LIMIT = 2000;

  /** How many pages in a row may hold no statement yet point to more. */
  private static final int MAX_EMPTY_PAGES = 10;

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "lrs-deadline");
            t.setDaemon(true);
            return t;
          });

  private final URI endpoint;
  private final String authorization;
  private final HttpClient http;
  private final Duration deadline;
  private final long pageLimit;

  private LrsClient(URI endpoint, String authorization, Duration deadline, long pageLimit) {
    this.endpoint = endpoint.toString().endsWith("/") ? endpoint : URI.create(endpoint + "/");
    this.authorization = authorization;
    this.deadline = deadline;
    this.pageLimit = pageLimit;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(
                deadline.compareTo(Duration.ofSeconds(10)) < 0 ? deadline : Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A client of the LRS at {@code endpoint} (the xAPI base, e.g. {@code …/xAPI/}). */
  public static LrsClient to(URI endpoint) {
    return new LrsClient(endpoint, null, RESPONSE_DEADLINE, PAGE_LIMIT);
  }

  /** This client, sending HTTP Basic credentials. They are never printed. */
  public LrsClient credentials(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new LrsClient(endpoint, "Basic " + token, deadline, pageLimit);
  }

  /**
   * This client, giving each answer at most {@code deadline} from request to last byte (however
   * slowly the bytes come) and each page at most {@code pageLimit} bytes.
   */
  public LrsClient limits(Duration deadline, long pageLimit) {
    return new LrsClient(endpoint, authorization, deadline, pageLimit);
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri).timeout(deadline).header("X-Experience-API-Version", VERSION);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  /** Posts statements in one batch and returns the ids the LRS stored, in order. */
  public List<String> post(List<Statement> statements) throws LrsException {
    byte[] body;
    try {
      body = Statement.json().writeValueAsBytes(statements);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest request =
        request(endpoint.resolve("statements"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
    try {
      return Statement.json().readValue(response.body(), new TypeReference<List<String>>() {});
    } catch (IOException e) {
      throw new LrsException(
          "the LRS's answer is not a list of ids", response.statusCode(), response.body(), e);
    }
  }

  /** Hands every statement the query finds to {@code consumer}, page by page. */
  public void forEach(StatementQuery query, StatementConsumer consumer) throws LrsException {
    URI next = endpoint.resolve("statements?" + query.queryString());
    Set<URI> read = new HashSet<>();
    int empty = 0;
    while (next != null) {
      if (!read.add(next)) {
        throw new LrsException(
            "the LRS's \"more\" link leads back to a page already read ("
                + next
                + "), so the statements would never end; the LRS's paging is broken",
            200,
            null,
            null);
      }
      long[] count = {0};
      String more =
          readPage(
              next,
              statement -> {
                count[0]++;
                consumer.accept(statement);
              });
      empty = count[0] == 0 ? empty + 1 : 0;
      if (empty > MAX_EMPTY_PAGES && more != null && !more.isEmpty()) {
        throw new LrsException(
            "the LRS sent "
                + empty
                + " empty pages in a row, each with a \"more\" link (the last: "
                + next
                + "), so the statements would never end; the LRS's paging is broken",
            200,
            null,
            null);
      }
      next =
          more == null || more.isEmpty()
              ? null
              : endpoint.resolve(more.startsWith("/") ? rootOf(more) : more);
    }
  }

  /** Every statement the query finds, in memory: for small results and tests. */
  public List<Statement> all(StatementQuery query) throws LrsException {
    List<Statement> all = new ArrayList<>();
    forEach(query, all::add);
    return all;
  }

  private String rootOf(String more) {
    return endpoint.getScheme() + "://" + endpoint.getRawAuthority() + more;
  }

  /**
   * Reads the page at {@code uri}, {@code {"statements": [...], "more": "..."}}, token by token,
   * within the deadline and the page limit; returns {@code more}.
   */
  private String readPage(URI uri, StatementConsumer consumer) throws LrsException {
    long until = System.nanoTime() + deadline.toNanos();
    HttpResponse<InputStream> response =
        send(
            request(uri).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofInputStream(),
            until);
    int status = response.statusCode();
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.isEmpty() && !type.toLowerCase(Locale.ROOT).contains("json")) {
      close(response.body());
      throw new LrsException(
          "the LRS's answer at " + uri + " is " + type + ", not an xAPI statement result (JSON)",
          status,
          null,
          null);
    }
    String more = null;
    boolean sawStatements = false;
    try (BoundedInputStream in = new BoundedInputStream(response.body(), until, pageLimit)) {
      try (JsonParser parser = Statement.json().getFactory().createParser(in)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new LrsException(
              "the LRS's answer at " + uri + " is not an xAPI statement result",
              status,
              null,
              null);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if ("statements".equals(field) && value == JsonToken.START_ARRAY) {
            sawStatements = true;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
              consumer.accept(Statement.json().readValue(parser, Statement.class));
            }
          } else if ("more".equals(field)) {
            more = value == JsonToken.VALUE_NULL ? null : parser.getText();
          } else {
            parser.skipChildren();
          }
        }
      } catch (IOException e) {
        String limit = in.overLimit(uri);
        if (limit != null) {
          throw new LrsException(limit, status, null, e);
        }
        if (e instanceof JsonProcessingException json) {
          throw new LrsException(
              "the LRS's answer at "
                  + uri
                  + " is not an xAPI statement result (broken JSON at byte "
                  + json.getLocation().getByteOffset()
                  + ")",
              status,
              null,
              e);
        }
        throw new LrsException(
            "cannot read the LRS's answer at " + uri + ": " + describe(e), status, null, e);
      }
    } catch (IOException e) {
      // closing the answer failed: what was read stands
    }
    if (!sawStatements) {
      throw new LrsException(
          "the LRS's answer at " + uri + " has no statements", status, null, null);
    }
    return more;
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to read from it anyway
    }
  }

  /** What went wrong, in words, for an exception that may carry no message. */
  private String describe(IOException e) {
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + deadline.toSeconds() + " s";
    }
    if (e instanceof ConnectException) {
      return "the connection was refused";
    }
    if (e instanceof UnknownHostException || e.getCause() instanceof UnresolvedAddressException) {
      return "unknown host " + endpoint.getHost();
    }
    if (e instanceof javax.net.ssl.SSLException) {
      return "the secure connection failed (" + e.getMessage() + ")";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      Throwable cause = e.getCause();
      message = cause == null || cause.getMessage() == null ? null : cause.getMessage();
    }
    return message == null
        ? "the connection failed (" + e.getClass().getSimpleName() + ")"
        : message;
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws LrsException {
    return send(request, handler, System.nanoTime() + deadline.toNanos());
  }

  private <T> HttpResponse<T> send(
      HttpRequest request, HttpResponse.BodyHandler<T> handler, long until) throws LrsException {
    HttpResponse<T> response;
    URI uri = request.uri();
    try {
      response = http.send(request, handler);
    } catch (IOException e) {
      throw new LrsException("cannot reach the LRS at " + uri + ": " + describe(e), 0, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LrsException("interrupted while waiting for " + uri, 0, null, e);
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      close(response);
      throw new LrsException(
          "the LRS at " + uri + " refused the credentials (HTTP " + status + ")",
          status,
          null,
          null);
    }
    if (status >= 300 && status < 400) {
      close(response);
      String location = response.headers().firstValue("Location").orElse(null);
      throw new LrsException(
          "the LRS at "
              + uri
              + " redirects (HTTP "
              + status
              + ")"
              + (location == null
                  ? ""
                  : " to " + uri.resolve(location) + "; give that address as --lrs"),
          status,
          null,
          null);
    }
    if (status >= 400 || status < 200) {
      String body = response.body() instanceof String s ? s : null;
      if (response.body() instanceof InputStream in) {
        try (BoundedInputStream bounded = new BoundedInputStream(in, until, Long.MAX_VALUE)) {
          body = new String(bounded.readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
        } catch (IOException e) {
          body = null;
        }
      }
      if (body != null && body.length() > ERROR_BODY_LIMIT) {
        body = body.substring(0, ERROR_BODY_LIMIT) + "…";
      }
      throw new LrsException(
          "the LRS at "
              + uri
              + " answered HTTP "
              + status
              + (body == null || body.isBlank() ? "" : ": " + body.strip()),
          status,
          body,
          null);
    }
    return response;
  }

  private static void close(HttpResponse<?> response) {
    if (response.body() instanceof InputStream in) {
      close(in);
    }
  }

  /**
   * An answer's body that ends with an error once {@code until} (a {@link System#nanoTime()}) has
   * passed, however slowly its bytes come, or once it has given {@code limit} bytes. A watchdog
   * closes the stream at the deadline, so a read that waits for a byte that never comes ends too.
   */
  private final class BoundedInputStream extends FilterInputStream {
    private final long until;
    private final long limit;
    private final ScheduledFuture<?> watchdog;
    private long count;
    private volatile boolean late;

    BoundedInputStream(InputStream in, long until, long limit) {
      super(in);
      this.until = until;
      this.limit = limit;
      this.watchdog =
          WATCHDOG.schedule(
              () -> {
                late = true;
                LrsClient.close(in);
              },
              Math.max(0, until - System.nanoTime()),
              TimeUnit.NANOSECONDS);
    }

    private void check() throws IOException {
      if (late || System.nanoTime() - until > 0) {
        late = true;
        throw new IOException("deadline passed");
      }
      if (count > limit) {
        throw new IOException("page limit passed");
      }
    }

    @Override
    public int read() throws IOException {
      check();
      int b;
      try {
        b = super.read();
      } catch (IOException e) {
        check();
        throw e;
      }
      if (b >= 0) {
        count++;
      }
      check();
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      check();
      int n;
      try {
        n = super.read(b, off, (int) Math.min(len, Math.max(1, limit - count + 1)));
      } catch (IOException e) {
        check();
        throw e;
      }
      if (n > 0) {
        count += n;
      }
      check();
      return n;
    }

    /** Why reading stopped, naming {@code uri}, if a bound stopped it; else null. */
    String overLimit(URI uri) {
      if (late) {
        return "the LRS's answer at "
            + uri
            + " did not end within "
            + deadline.toSeconds()
            + " s (it sent "
            + count
            + " bytes); the LRS is too slow or stalled";
      }
      if (count > limit) {
        return "the LRS's answer at "
            + uri
            + " is over "
            + (limit >> 20)
            + " MiB for one page; ask for smaller pages or check the LRS";
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      watchdog.cancel(false);
      super.close();
    }
  }

  /** Receives statements one at a time. */
  @FunctionalInterface
  public interface StatementConsumer {
    /** Takes one statement. */
    void accept(Statement statement) throws LrsException;
  }
}
