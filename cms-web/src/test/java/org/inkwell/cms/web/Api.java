package org.inkwell.cms.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for black-box tests of the deployed WAR. */
final class Api {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin-secret-password";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final String authorization;

  private Api(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static Api anonymous(URL base) {
    return new Api(URI.create(base.toString().replaceAll("/$", "")), null);
  }

  Api as(String login, String password) {
    String token = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, "Basic " + token);
  }

  Api asAdmin() {
    return as(ADMIN, ADMIN_PASSWORD);
  }

  Reply get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  /** GETs the body as bytes, for what text would garble (a compressed body, an image). */
  HttpResponse<byte[]> bytes(String path, String... headers) {
    return exchange(request(path, headers).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  Reply post(String path, String json, String... headers) {
    return send(request(path, withJson(headers)).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply put(String path, String json, String... headers) {
    return send(request(path, withJson(headers)).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** POSTs a file as the raw request body, the way the media library takes uploads. */
  Reply upload(String path, byte[] content, String contentType, String fileName) {
    return send(
        request(path, "Content-Type", contentType, "Content-Disposition", "attachment; filename=\"" + fileName + "\"")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  Reply patch(String path, String json, String... headers) {
    return send(request(path, withJson(headers)).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  Reply send(String method, String path, String body, String... headers) {
    return send(request(path, headers).method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /** GETs {@code path} until it answers {@code status}; fails as {@link #await} does. */
  Reply awaitStatus(String path, int status, Duration patience) {
    return await(path, reply -> reply.status() == status, patience);
  }

  /**
   * GETs the path every 100 ms until the reply satisfies the condition, and returns that reply;
   * fails with the last reply seen when patience runs out.
   */
  Reply await(String path, java.util.function.Predicate<Reply> condition, Duration patience) {
    java.time.Instant deadline = java.time.Instant.now().plus(patience);
    Reply reply = get(path);
    while (!condition.test(reply)) {
      if (java.time.Instant.now().isAfter(deadline)) {
        String seen = reply.toString();
        throw new AssertionError("GET " + path + " did not answer as expected within " + patience
            + "; last reply: " + (seen.length() > 2000 ? seen.substring(0, 2000) + " …" : seen));
      }
      try {
        Thread.sleep(100); // a poll interval, not a wait for the condition
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + path, e);
      }
      reply = get(path);
    }
    return reply;
  }

  /** Creates a user with the given role and returns a client signed in as them. */
  Api newUser(String role) {
    String login = role + "-" + Ids.unique();
    String password = "pw-" + Ids.unique() + "-secret";
    Reply created =
        asAdmin().post("/api/users", "{\"login\":\"" + login + "\",\"name\":\"Test " + role
            + "\",\"role\":\"" + role + "\",\"password\":\"" + password + "\"}");
    if (created.status() != 201) {
      throw new IllegalStateException("could not create user: " + created);
    }
    return as(login, password);
  }

  private static String[] withJson(String[] headers) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Content-Type";
    all[headers.length + 1] = "application/json";
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase("Content-Type")) {
        return headers;
      }
    }
    return all;
  }

  /**
   * How long one request may take before the test gives up: a bound against a hung server, not a
   * speed promise (the first {@code /openapi} took over 30 s with both cores busy).
   */
  static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  private static Reply send(HttpRequest.Builder request) {
    HttpResponse<String> r = exchange(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers(), r.body());
  }

  private static <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request.build(), body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Reply(int status, java.net.http.HttpHeaders headers, String body) {

    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    String contentType() {
      return header("Content-Type").orElse("");
    }

    /** The version as an If-Match header value. */
    String etag() {
      return header("ETag").orElseThrow();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
