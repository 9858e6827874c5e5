package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document at {@code /openapi} is what a client team generates a client from: a standard
 * validator finds nothing wrong with it, and real answers of the API match the schemas it
 * documents for them. Nothing here is written by hand but the calls.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  /** The server builds the document on the first request, which takes long on a busy machine. */
  private String document() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/openapi"))
            .header("Accept", "application/json")
            .timeout(Duration.ofMinutes(3))
            .build();
    try {
      HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(reply.statusCode()).isEqualTo(200);
      return reply.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aStandardValidatorFindsNoErrors() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document(), null, options);

    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getInfo().getTitle()).isEqualTo("Inkwell CMS API");
    assertThat(api.getInfo().getVersion()).isNotBlank().isNotEqualTo("1.0.0");
    assertThat(api.getComponents().getSecuritySchemes()).containsKey("basic");
    assertThat(api.getPaths().keySet()).allSatisfy(path -> assertThat(path).doesNotContain(":"));
    List<Operation> operations =
        api.getPaths().values().stream().flatMap(item -> item.readOperations().stream()).toList();
    assertThat(operations).extracting(Operation::getOperationId).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(operations)
        .allSatisfy(
            o -> {
              assertThat(o.getResponses()).as(o.getOperationId()).containsKey("4XX").doesNotContainKey("default");
              assertThat(o.getResponses().get("4XX").getContent()).containsKey("application/problem+json");
              o.getResponses().entrySet().stream()
                  .filter(r -> r.getKey().startsWith("2") && !r.getKey().equals("204"))
                  .forEach(r -> assertThat(r.getValue().getContent()).as(o.getOperationId() + " " + r.getKey()).isNotEmpty());
            });
  }

  @Test
  void realAnswersMatchTheirDocumentedSchemas() {
    OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document()).build();
    Api anonymous = Api.anonymous(base);
    Api admin = anonymous.asAdmin();

    Api.Reply created =
        admin.post("/api/articles", "{\"title\":\"Documented " + Ids.unique() + "\",\"body\":\"<p>Text</p>\",\"status\":\"published\",\"tags\":[\"Schema\"]}");
    assertThat(created.status()).isEqualTo(201);
    String article = "/api/articles/" + created.json().getInt("id");
    assertMatches(validator, Request.Method.POST, "/api/articles", created);
    assertMatches(validator, Request.Method.GET, article, anonymous.get(article));
    assertMatches(validator, Request.Method.GET, "/api/articles", anonymous.get("/api/articles?per_page=5"));
    assertMatches(validator, Request.Method.GET, "/api/articles/999999999", anonymous.get("/api/articles/999999999"));
    Api.Reply invalid = admin.post("/api/articles", "{\"title\":\"\",\"status\":\"live\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertMatches(validator, Request.Method.POST, "/api/articles", invalid);
    assertMatches(validator, Request.Method.GET, article + "/revisions", admin.get(article + "/revisions"));
    Stream.of("/api/categories", "/api/tags", "/api/site", "/api/users/me", "/api/users", "/api/media", "/api/related/settings")
        .forEach(path -> assertMatches(validator, Request.Method.GET, path, admin.get(path)));
    assertMatches(validator, Request.Method.GET, article + "/related", admin.get(article + "/related"));
    String site = admin.get("/api/site").body();
    assertMatches(validator, Request.Method.PUT, "/api/site", admin.put("/api/site", site));
    Api.Reply badSite = admin.patch("/api/site", "{\"perPage\":0}");
    assertThat(badSite.status()).isEqualTo(400);
    assertMatches(validator, Request.Method.PATCH, "/api/site", badSite);

    Api.Reply parent = admin.post("/api/pages", "{\"title\":\"Documented page " + Ids.unique() + "\",\"status\":\"published\"}");
    Api.Reply child =
        admin.post("/api/pages", "{\"title\":\"Documented child " + Ids.unique() + "\",\"status\":\"published\",\"parent\":" + parent.json().getInt("id") + "}");
    String page = "/api/pages/" + child.json().getInt("id");
    assertMatches(validator, Request.Method.POST, "/api/pages", parent);
    assertMatches(validator, Request.Method.POST, "/api/pages", child);
    assertMatches(validator, Request.Method.GET, page, anonymous.get(page));
    assertMatches(validator, Request.Method.GET, "/api/pages", anonymous.get("/api/pages?per_page=5"));
    assertMatches(validator, Request.Method.GET, page + "/revisions", admin.get(page + "/revisions"));
    assertMatches(validator, Request.Method.POST, "/api/pages", admin.post("/api/pages", "{\"parent\":-1}"));
    assertMatches(validator, Request.Method.DELETE, page, admin.delete(page));
  }

  @Test
  void theApiReferencePageRunsUnderAPolicyWithoutInlineScripts() {
    Api anonymous = Api.anonymous(base);
    Api.Reply page = anonymous.get("/api/docs/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    String policy = page.header("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(page.body()).doesNotContainPattern("<script>").contains("swagger-ui-bundle.js", "api-docs.js");
    assertThat(anonymous.get("/api/docs/api-docs.js").body()).contains("\"/openapi\"");
    Api.Reply bundle = anonymous.get("/api/docs/swagger-ui-bundle.js");
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.contentType()).startsWith("text/javascript");
    assertThat(anonymous.get("/api/docs/swagger-ui.css").status()).isEqualTo(200);
    assertThat(anonymous.get("/api/docs/../WEB-INF/web.xml").status()).isNotEqualTo(200);
  }

  private static void assertMatches(OpenApiInteractionValidator validator, Request.Method method, String path, Api.Reply reply) {
    SimpleResponse response =
        SimpleResponse.Builder.status(reply.status())
            .withContentType(reply.contentType())
            .withBody(reply.body())
            .build();
    ValidationReport report = validator.validateResponse(path, method, response);
    assertThat(report.getMessages()).as(method + " " + path + " → " + reply).isEmpty();
  }
}
