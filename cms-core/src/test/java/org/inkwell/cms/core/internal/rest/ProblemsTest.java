package org.inkwell.cms.core.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.ContentConflictException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.inkwell.cms.core.PayloadTooLargeException;
import org.inkwell.cms.core.StaleVersionException;
import org.inkwell.cms.core.VersionRequiredException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Needs, on the test classpath, a JSON-B implementation (for the body), a JSON-P implementation
 * (for the body and for reading it here) and a JAX-RS {@code RuntimeDelegate} (for building the
 * {@link Response}).
 */
class ProblemsTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  // Held strongly so that the level set here is not lost to garbage collection.
  private static final Logger PROBLEMS_LOG = Logger.getLogger(Problems.class.getName());
  private static Level originalLevel;

  @BeforeAll
  static void silenceIncidentLogging() {
    originalLevel = PROBLEMS_LOG.getLevel();
    PROBLEMS_LOG.setLevel(Level.OFF);
  }

  @AfterAll
  static void restoreLogging() {
    PROBLEMS_LOG.setLevel(originalLevel);
  }

  static List<Arguments> serviceFailures() {
    return List.of(
        Arguments.of(new ContentNotFoundException("article", 42), 404, "/problems/article-not-found"),
        Arguments.of(
            new ContentConflictException("slug-taken", "The slug hello is taken."),
            409,
            "/problems/slug-taken"),
        Arguments.of(new StaleVersionException(3, 4), 412, "/problems/stale-version"),
        Arguments.of(new VersionRequiredException(), 428, "/problems/version-required"),
        Arguments.of(new InvalidInputException("title", "must not be blank"), 400, "/problems/invalid-input"),
        Arguments.of(new NotAuthenticatedException(), 401, "/problems/not-authenticated"),
        Arguments.of(new AccessDeniedException("Not yours."), 403, "/problems/access-denied"),
        Arguments.of(new PayloadTooLargeException(1024), 413, "/problems/payload-too-large"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("serviceFailures")
  void serviceFailureBecomesAProblemWithItsStatusAndType(
      CmsException failure, int status, String type) {
    Response response = Problems.toResponse(failure, null);

    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType()).hasToString(PROBLEM_JSON);
    JsonObject body = body(response);
    assertThat(body.getString("type")).isEqualTo(type);
    assertThat(body.getString("title")).isEqualTo(failure.title());
    assertThat(body.getInt("status")).isEqualTo(status);
    assertThat(body.getString("detail")).isEqualTo(failure.getMessage());
  }

  @Test
  void articleNotFoundSaysWhatWasNotFound() {
    JsonObject body = body(Problems.toResponse(new ContentNotFoundException("article", 42), null));

    assertThat(body.getString("title")).isEqualTo("Article not found");
    assertThat(body.getString("detail")).isEqualTo("No article 42.");
    assertThat(body).doesNotContainKey("errors").doesNotContainKey("incident");
  }

  @Test
  void invalidInputListsEveryFieldError() {
    InvalidInputException failure =
        new InvalidInputException(
            List.of(
                new FieldError("title", "must not be blank"),
                new FieldError("slug", "must be 1 to 200 lower-case letters")));

    Response response = Problems.toResponse(failure, null);

    assertThat(response.getStatus()).isEqualTo(400);
    JsonObject body = body(response);
    assertThat(body.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ": " + e.getString("message"))
        .containsExactly("title: must not be blank", "slug: must be 1 to 200 lower-case letters");
  }

  @Test
  void aConflictOfOneFieldNamesTheField() {
    ContentConflictException failure =
        new ContentConflictException("slug-redirects", new FieldError("slug", "redirects to another article"));

    Response response = Problems.toResponse(failure, null);

    assertThat(response.getStatus()).isEqualTo(409);
    JsonObject body = body(response);
    assertThat(body.getString("type")).isEqualTo("/problems/slug-redirects");
    assertThat(body.getString("detail")).isEqualTo("redirects to another article");
    assertThat(body.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ": " + e.getString("message"))
        .containsExactly("slug: redirects to another article");
  }

  @Test
  void notAuthenticatedChallengesForBasicCredentials() {
    Response response = Problems.toResponse(new NotAuthenticatedException(), null);

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Basic realm=\"cms\"");
  }

  @Test
  void otherProblemsSendNoChallenge() {
    Response response = Problems.toResponse(new AccessDeniedException("Not yours."), null);

    assertThat(response.getHeaderString("WWW-Authenticate")).isNull();
  }

  @Test
  void serviceFailureWrappedInAnotherExceptionIsStillRecognised() {
    Response response =
        Problems.toResponse(
            new RuntimeException("while reading", new PayloadTooLargeException(262144)), null);

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(body(response).getString("type")).isEqualTo("/problems/payload-too-large");
  }

  @Test
  void instanceIsThePathOfTheRequest() {
    UriInfo uri = uriInfo(URI.create("https://blog.example/api/articles/42?draft=true"));

    JsonObject body = body(Problems.toResponse(new ContentNotFoundException("article", 42), uri));

    assertThat(body.getString("instance")).isEqualTo("/api/articles/42");
  }

  @Test
  void methodNotAllowedKeepsTheAllowHeader() {
    Response response = Problems.toResponse(new NotAllowedException("GET", new String[] {"PUT"}), null);

    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(response.getMediaType()).hasToString(PROBLEM_JSON);
    assertThat(response.getHeaderString("Allow")).contains("GET").contains("PUT");
    JsonObject body = body(response);
    assertThat(body.getInt("status")).isEqualTo(405);
    assertThat(body.getString("title")).isEqualTo("Method Not Allowed");
    assertThat(body.getString("detail")).contains("Allow header");
  }

  @Test
  void jaxRsNotFoundBecomesAProblem() {
    Response response = Problems.toResponse(new NotFoundException(), null);

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getMediaType()).hasToString(PROBLEM_JSON);
    assertThat(body(response).getString("detail")).isEqualTo("There is nothing at this address.");
  }

  @Test
  void malformedJsonIsABadRequestWithOnlyTheFirstLineOfTheParserMessage() {
    JsonParsingException parsing =
        new JsonParsingException(
            "Unexpected char 125 at (line no=1, column no=12, offset=11)\n"
                + "\tat org.eclipse.parsson.JsonTokenizer.unexpectedChar",
            null);

    Response response = Problems.toResponse(new RuntimeException("reading body", parsing), null);

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getMediaType()).hasToString(PROBLEM_JSON);
    JsonObject body = body(response);
    assertThat(body.getString("type")).isEqualTo("/problems/malformed-json");
    assertThat(body.getString("detail"))
        .contains("Unexpected char 125")
        .doesNotContain("org.eclipse")
        .doesNotContain("\n");
  }

  @Test
  void unparseableDateIsAlsoMalformedJson() {
    Exception failure;
    try {
      LocalDate.parse("2025-13-45");
      throw new AssertionError("expected a parse failure");
    } catch (DateTimeParseException e) {
      failure = e;
    }

    Response response = Problems.toResponse(failure, null);

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response).getString("type")).isEqualTo("/problems/malformed-json");
  }

  @Test
  void unexpectedFailureIsAnInternalErrorWithAnIncidentAndNoInternals() {
    Response response =
        Problems.toResponse(new IllegalStateException("secret db details"), null);

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getMediaType()).hasToString(PROBLEM_JSON);
    String raw = (String) response.getEntity();
    assertThat(raw)
        .doesNotContain("secret db details")
        .doesNotContain("IllegalStateException")
        .doesNotContain("java.")
        .doesNotContain("\tat ");
    JsonObject body = body(response);
    assertThat(body.getString("type")).isEqualTo("/problems/internal-error");
    String incident = body.getString("incident");
    assertThat(incident).isNotBlank();
    assertThat(body.getString("detail")).contains(incident);
  }

  @Test
  void eachInternalErrorGetsItsOwnIncident() {
    String first = body(Problems.toResponse(new IllegalStateException("a"), null)).getString("incident");
    String second = body(Problems.toResponse(new IllegalStateException("a"), null)).getString("incident");

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void jaxRsServerErrorIsTreatedAsAnInternalError() {
    Response response =
        Problems.toResponse(new InternalServerErrorException("password=hunter2"), null);

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat((String) response.getEntity()).doesNotContain("hunter2");
    assertThat(body(response).getString("incident")).isNotBlank();
  }

  @Test
  void brokenUniqueKeyFromAConcurrentChangeIsAConflictWithoutSql() {
    var duplicate =
        new java.sql.SQLIntegrityConstraintViolationException(
            "Unique index violation: UK_CMS_TAG_SLUG insert into cms_tag", "23505");
    Response response = Problems.toResponse(new RuntimeException("could not execute statement", duplicate), null);

    assertThat(response.getStatus()).isEqualTo(409);
    JsonObject body = body(response);
    assertThat(body.getString("type")).isEqualTo("/problems/constraint-conflict");
    assertThat(body.toString()).doesNotContain("cms_tag", "UK_CMS", "insert");
  }

  @Test
  void databaseOutageIsAnInternalErrorNotAConflict() {
    var unreachable = new java.sql.SQLException("Connection refused", "08001");
    Response response = Problems.toResponse(new RuntimeException(unreachable), null);

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(body(response).getString("detail")).doesNotContain("Connection refused");
  }

  private static JsonObject body(Response response) {
    assertThat(response.getEntity()).isInstanceOf(String.class);
    try (JsonReader reader = Json.createReader(new StringReader((String) response.getEntity()))) {
      return reader.readObject();
    }
  }

  /** A UriInfo that knows only its request URI; enough for the {@code instance} member. */
  private static UriInfo uriInfo(URI requestUri) {
    return (UriInfo)
        Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getRequestUri")) {
                return requestUri;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
