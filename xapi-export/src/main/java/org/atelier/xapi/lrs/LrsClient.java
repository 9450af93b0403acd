package org.atelier.xapi.lrs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
  private static final String VERSION = "1.0.3";
  private final URI endpoint;
  private final String authorization;
  private final HttpClient http;

  private LrsClient(URI endpoint, String authorization) {
    this.endpoint = endpoint.toString().endsWith("/") ? endpoint : URI.create(endpoint + "/");
    this.authorization = authorization;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** A client of the LRS at {@code endpoint} (the xAPI base, e.g. {@code …/xAPI/}). */
  public static LrsClient to(URI endpoint) {
    return new LrsClient(endpoint, null);
  }

  /** This client, sending HTTP Basic credentials. They are never printed. */
  public LrsClient credentials(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new LrsClient(endpoint, "Basic " + token);
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("X-Experience-API-Version", VERSION);
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
    while (next != null) {
      HttpResponse<InputStream> response =
          send(
              request(next).header("Accept", "application/json").GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      String more = readPage(response, consumer);
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

  /** Reads {@code {"statements": [...], "more": "..."}} token by token; returns {@code more}. */
  private static String readPage(HttpResponse<InputStream> response, StatementConsumer consumer)
      throws LrsException {
    String more = null;
    boolean sawStatements = false;
    try (InputStream in = response.body();
        JsonParser parser = Statement.json().getFactory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new LrsException(
            "the LRS's answer is not an xAPI statement result", response.statusCode(), null, null);
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
      throw new LrsException(
          "cannot read the LRS's answer: " + e.getMessage(), response.statusCode(), null, e);
    }
    if (!sawStatements) {
      throw new LrsException(
          "the LRS's answer has no statements", response.statusCode(), null, null);
    }
    return more;
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws LrsException {
    HttpResponse<T> response;
    try {
      response = http.send(request, handler);
    } catch (IOException e) {
      throw new LrsException(
          "cannot reach the LRS at " + endpoint + ": " + e.getMessage(), 0, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LrsException("interrupted", 0, null, e);
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new LrsException(
          "the LRS refused the credentials (HTTP " + status + ")", status, null, null);
    }
    if (status >= 300) {
      String body = response.body() instanceof String s ? s : null;
      if (response.body() instanceof InputStream in) {
        try (in) {
          body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          body = null;
        }
      }
      throw new LrsException(
          "the LRS answered HTTP " + status + (body == null ? "" : ": " + body),
          status,
          body,
          null);
    }
    return response;
  }

  /** Receives statements one at a time. */
  @FunctionalInterface
  public interface StatementConsumer {
    /** Takes one statement. */
    void accept(Statement statement) throws LrsException;
  }
}
