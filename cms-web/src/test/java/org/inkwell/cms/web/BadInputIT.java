package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of client mistake gets a problem+json answer with the right 4xx, never a 500, and
 * changes nothing that is stored.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  private static final int BODY_LIMIT = 262_144; // CMS_API_MAX_BODY_BYTES in the failsafe setup

  // Runs without the Recommended Posts plugin: everything here must work the same without it.
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWarWithoutRecommendedPosts();
  }

  @ArquillianResource URL base;

  private Api admin;
  private String path;
  private String etag;
  private String stored;

  @BeforeEach
  void anArticleThatMustSurviveEveryMistake() {
    admin = Api.anonymous(base).asAdmin();
    Api.Reply created =
        admin.post("/api/articles", "{\"title\":\"Untouchable " + Ids.unique() + "\",\"body\":\"<p>Original</p>\",\"tags\":[\"Keep\"]}");
    path = "/api/articles/" + created.json().getInt("id");
    etag = created.etag();
    stored = admin.get(path).body();
  }

  @Test
  void malformedJsonAndWrongTypesAre400() {
    assertProblem(admin.put(path, "{\"title\":", "If-Match", etag), 400, "/problems/malformed-json");
    assertProblem(admin.put(path, "[\"not an object\"]", "If-Match", etag), 400, "/problems/invalid-input");
    Api.Reply wrongTypes =
        admin.put(path, "{\"title\":42,\"tags\":\"keep\",\"categories\":[1],\"seo\":{\"noindex\":\"yes\"},\"publishAt\":true}", "If-Match", etag);
    assertProblem(wrongTypes, 400, "/problems/invalid-input");
    assertThat(fields(wrongTypes)).containsExactlyInAnyOrder("title", "tags", "categories", "seo.noindex", "publishAt");
    assertUnchanged();
  }

  @Test
  void missingAndOversizedFieldsAre400WithOneMessagePerField() {
    Api.Reply missing = admin.put(path, "{\"body\":\"<p>no title</p>\"}", "If-Match", etag);
    assertProblem(missing, 400, "/problems/invalid-input");
    assertThat(fields(missing)).containsExactly("title");

    String longTitle = "t".repeat(301);
    Api.Reply oversized =
        admin.patch(path, "{\"title\":\"" + longTitle + "\",\"slug\":\"Not A Slug\",\"excerpt\":\"" + "e".repeat(2001) + "\"}", "If-Match", etag);
    assertProblem(oversized, 400, "/problems/invalid-input");
    assertThat(fields(oversized)).containsExactlyInAnyOrder("title", "slug", "excerpt");
    assertProblem(admin.post("/api/articles", "{\"title\":\"x\",\"titel\":\"typo\"}"), 400, "/problems/invalid-input");
    assertUnchanged();
  }

  @Test
  void unknownEnumsDatesReferencesAndIdsAreRefused() {
    assertThat(fields(admin.patch(path, "{\"status\":\"live\"}", "If-Match", etag))).containsExactly("status");
    assertThat(fields(admin.patch(path, "{\"publishAt\":\"2025-02-30T10:00:00+01:00\"}", "If-Match", etag))).containsExactly("publishAt");
    assertThat(fields(admin.patch(path, "{\"publishAt\":\"2025-02-01T10:00:00\"}", "If-Match", etag))).containsExactly("publishAt");
    assertThat(fields(admin.patch(path, "{\"category\":\"no-such-category\"}", "If-Match", etag))).containsExactly("category");
    assertThat(fields(admin.patch(path, "{\"status\":\"scheduled\"}", "If-Match", etag))).containsExactly("publishAt");
    assertProblem(admin.get("/api/articles/987654321"), 404, "/problems/article-not-found");
    assertProblem(admin.get("/api/articles/not-a-number"), 404, "about:blank");
    assertProblem(admin.get("/api/articles/99999999999999999999999"), 404, "about:blank");
    assertProblem(admin.get("/api/nothing-here"), 404, "about:blank");
    assertUnchanged();
  }

  @Test
  void duplicateSlugIs409() {
    JsonObject other = admin.post("/api/articles", "{\"title\":\"Other " + Ids.unique() + "\"}").json();
    Api.Reply clash = admin.patch(path, "{\"slug\":\"" + other.getString("slug") + "\"}", "If-Match", etag);
    assertProblem(clash, 409, "/problems/slug-taken");
    assertProblem(admin.post("/api/articles", "{\"title\":\"x\",\"slug\":\"" + other.getString("slug") + "\"}"), 409, "/problems/slug-taken");
    assertUnchanged();
  }

  @Test
  void staleOrMissingVersionsAre412And428() {
    assertProblem(admin.put(path, "{\"title\":\"New\"}", "If-Match", "\"99\""), 412, "/problems/stale-version");
    assertProblem(admin.put(path, "{\"title\":\"New\"}"), 428, "/problems/version-required");
    assertProblem(admin.patch(path, "{\"title\":\"New\"}", "If-Match", "yesterday"), 400, "/problems/invalid-input");
    assertProblem(admin.delete(path, "If-Match", "\"99\""), 412, "/problems/stale-version");
    // Well-formed tags that name no current version: a foreign one, and a weak one (never a match).
    assertProblem(admin.patch(path, "{\"title\":\"New\"}", "If-Match", "\"stale-0\""), 412, "/problems/stale-version");
    assertProblem(admin.patch(path, "{\"title\":\"New\"}", "If-Match", "W/" + etag), 412, "/problems/stale-version");
    assertProblem(admin.delete(path, "If-Match", "W/" + etag), 412, "/problems/stale-version");
    assertUnchanged();
  }

  @Test
  void deepNestingUnknownCharsetsAndDuplicateMembersAre4xxOnEveryJsonEndpointForAnyone() {
    String deep = "{\"seo\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
    long me = admin.get("/api/users/me").json().getJsonNumber("id").longValue();
    long media = admin.upload("/api/media", Images.png(20, 20), "image/png", "n.png").json().getJsonNumber("id").longValue();
    String[][] endpoints = {
      {"POST", "/api/articles"}, {"PUT", path}, {"PATCH", path}, {"POST", "/api/categories"},
      {"POST", "/api/tags"}, {"POST", "/api/users"}, {"PATCH", "/api/users/" + me}, {"PATCH", "/api/media/" + media}
    };
    for (Api client : new Api[] {admin, Api.anonymous(base)}) {
      for (String[] e : endpoints) {
        Api.Reply nested = client.send(e[0], e[1], deep, "Content-Type", "application/json", "If-Match", etag);
        assertProblem(nested, 400, "/problems/invalid-input");
        assertThat(fields(nested)).containsExactly("seo");
        Api.Reply charset = client.send(e[0], e[1], "{}", "Content-Type", "application/json; charset=bogus", "If-Match", etag);
        assertProblem(charset, 415, "about:blank");
        Api.Reply twice = client.send(e[0], e[1], "{\"name\":\"a\",\"name\":\"b\"}", "Content-Type", "application/json", "If-Match", etag);
        assertThat(fields(twice)).containsExactly("name");
      }
    }
    Api.Reply publishedByTheSecond =
        admin.patch(path, "{\"status\":\"draft\",\"status\":\"published\"}", "If-Match", etag);
    assertProblem(publishedByTheSecond, 400, "/problems/invalid-input");
    assertThat(fields(publishedByTheSecond)).containsExactly("status");
    assertUnchanged();
  }

  @Test
  void textFieldsRefuseWhatAFeedCannotCarryAndTheFeedsStayReadable() throws Exception {
    long me = admin.get("/api/users/me").json().getJsonNumber("id").longValue();
    long media = admin.upload("/api/media", Images.png(20, 20), "image/png", "c.png").json().getJsonNumber("id").longValue();
    String category = "/api/categories/" + admin.post("/api/categories", "{\"name\":\"Chars " + Ids.unique() + "\"}").json().getInt("id");
    String tag = "/api/tags/" + admin.post("/api/tags", "{\"name\":\"Chars " + Ids.unique() + "\"}").json().getInt("id");
    // JSON escapes, so that each body is valid JSON that carries the character.
    for (String bad : new String[] {"\\u0000", "\\u0001", "\\u001b", "\\ufffe", "\\ud800"}) {
      String text = "PT feedchar " + bad + " x";
      assertFields(admin.post("/api/articles", "{\"title\":\"" + text + "\"}"), "title");
      assertFields(
          admin.patch(path, "{\"title\":\"" + text + "\",\"excerpt\":\"" + text + "\",\"tags\":[\"" + text + "\"],"
              + "\"seo\":{\"metaTitle\":\"" + text
              + "\",\"metaDescription\":\"" + text + "\",\"focusKeyphrase\":\"" + text + "\"}}", "If-Match", etag),
          "title", "excerpt", "tags", "seo.metaTitle", "seo.metaDescription", "seo.focusKeyphrase");
      assertFields(admin.post("/api/categories", "{\"name\":\"" + text + "\",\"description\":\"" + text + "\"}"), "name", "description");
      assertFields(admin.patch(category, "{\"name\":\"" + text + "\"}"), "name");
      assertFields(admin.post("/api/tags", "{\"name\":\"" + text + "\"}"), "name");
      assertFields(admin.patch(tag, "{\"name\":\"" + text + "\"}"), "name");
      assertFields(admin.patch("/api/users/" + me, "{\"name\":\"" + text + "\",\"bio\":\"" + text + "\"}"), "name", "bio");
      assertFields(admin.patch("/api/media/" + media, "{\"altText\":\"" + text + "\",\"caption\":\"" + text + "\"}"), "altText", "caption");
    }
    assertFields(admin.patch(path, "{\"title\":\"Two\\r\\nlines\"}", "If-Match", etag), "title");
    assertUnchanged();

    for (String feed : new String[] {"/feed/", "/feed/atom/", "/category/uncategorized/feed/", "/sitemap.xml", "/sitemap-archives.xml"}) {
      Api.Reply reply = Api.anonymous(base).get(feed);
      assertThat(reply.status()).as(feed + " " + reply).isEqualTo(200);
      javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new org.xml.sax.InputSource(new java.io.StringReader(reply.body())));
    }
  }

  @Test
  void wrongContentTypeIs415AndUnsupportedMethodIs405() {
    assertProblem(admin.send("PUT", path, "title=x", "Content-Type", "application/x-www-form-urlencoded", "If-Match", etag), 415, "about:blank");
    assertProblem(admin.send("PUT", path, "{\"title\":\"x\"}", "If-Match", etag), 415, "about:blank");
    Api.Reply notAllowed = admin.send("POST", "/api/site", "{}", "Content-Type", "application/json");
    assertProblem(notAllowed, 405, "about:blank");
    assertThat(notAllowed.header("Allow")).isPresent();
    assertUnchanged();
  }

  @Test
  void bodiesOverTheLimitAre413() {
    String huge = "{\"title\":\"x\",\"body\":\"" + "a".repeat(BODY_LIMIT + 10) + "\"}";
    assertProblem(admin.put(path, huge, "If-Match", etag), 413, "/problems/payload-too-large");
    assertUnchanged();
  }

  @Test
  void badPagingAndFiltersAre400() {
    Stream.of("page=-1", "page=0", "page=abc", "page=99999999999999999999", "per_page=0", "per_page=101",
            "per_page=1e3", "status=live", "category=Not%20A%20Slug", "status=")
        .forEach(query -> assertProblem(admin.get("/api/articles?" + query), 400, "/problems/invalid-input"));
  }

  @Test
  void missingCredentialsAre401AndMissingRolesAre403() {
    Api anonymous = Api.anonymous(base);
    assertProblem(anonymous.put(path, "{\"title\":\"x\"}", "If-Match", etag), 401, "/problems/not-authenticated");
    assertProblem(anonymous.delete(path), 401, "/problems/not-authenticated");
    Api contributor = anonymous.newUser("contributor");
    assertProblem(contributor.post("/api/categories", "{\"name\":\"Mine\"}"), 403, "/problems/access-denied");
    assertProblem(contributor.get("/api/users"), 403, "/problems/access-denied");
    assertProblem(contributor.delete(path), 404, "/problems/article-not-found");
    String published = "/api/articles/" + admin.post("/api/articles", "{\"title\":\"Live " + Ids.unique() + "\",\"status\":\"published\"}").json().getInt("id");
    assertProblem(contributor.delete(published), 403, "/problems/access-denied");
    assertProblem(contributor.patch(published, "{\"title\":\"mine\"}", "If-Match", "\"0\""), 403, "/problems/access-denied");
    assertUnchanged();
  }

  private void assertUnchanged() {
    assertThat(admin.get(path).body()).isEqualTo(stored);
  }

  private static void assertProblem(Api.Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getString("type")).isEqualTo(type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception", "\tat ", "org.hibernate", "SQL");
  }

  private static void assertFields(Api.Reply reply, String... expected) {
    assertProblem(reply, 400, "/problems/invalid-input");
    assertThat(fields(reply)).containsExactlyInAnyOrder(expected);
  }

  private static java.util.List<String> fields(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .distinct()
        .toList();
  }

  @Test
  void withoutThePluginThereAreNoRecommendationsAndNothingElseChanges() {
    Api anonymous = Api.anonymous(base);
    long seed = anonymous.get("/api/articles?slug=how-to-pop-lower-back").array().getJsonObject(0).getJsonNumber("id").longValue();
    Api.Reply related = anonymous.get("/api/articles/" + seed + "/related");
    assertThat(related.status()).isEqualTo(404);
    assertThat(related.contentType()).isEqualTo("application/problem+json");
    assertThat(anonymous.get("/api/articles/" + seed).status()).isEqualTo(200);
    assertThat(anonymous.get("/health").status()).isEqualTo(200);

    Api.Reply page = anonymous.get(PublicSiteIT.SEED);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1 class=\"post-title\">How To Pop Lower Back Safely").doesNotContain("Recommended Posts");
  }
}
