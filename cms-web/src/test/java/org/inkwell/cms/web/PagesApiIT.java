package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST contract of pages on the real WAR: tree, namespace shared with articles, roles, versions. */
@ExtendWith(ArquillianExtension.class)
class PagesApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private Api anonymous;
  private Api admin;

  @BeforeEach
  void clients() {
    anonymous = Api.anonymous(base);
    admin = anonymous.asAdmin();
  }

  @Test
  void editorBuildsATreeOfPagesAndRevisesOne() {
    String run = Ids.unique();
    Api.Reply parent = admin.post("/api/pages", "{\"title\":\"Team " + run + "\",\"body\":\"<p>Us.</p>\",\"status\":\"published\"}");
    assertThat(parent.status()).isEqualTo(201);
    long parentId = parent.json().getJsonNumber("id").longValue();
    assertThat(parent.header("Location").orElseThrow()).endsWith("/api/pages/" + parentId);
    String parentSlug = parent.json().getString("slug");

    Api.Reply child =
        admin.post("/api/pages", "{\"title\":\"Editors " + run + "\",\"body\":\"<p>Them.<script>x()</script></p>\","
            + "\"status\":\"published\",\"parent\":" + parentId + ",\"menuOrder\":3}");
    assertThat(child.status()).isEqualTo(201);
    JsonObject page = child.json();
    String childSlug = page.getString("slug");
    assertThat(page.getString("path")).isEqualTo("/" + parentSlug + "/" + childSlug + "/");
    assertThat(page.getString("link")).endsWith("/" + parentSlug + "/" + childSlug + "/");
    assertThat(page.getString("body")).isEqualTo("<p>Them.</p>");
    assertThat(page.getJsonNumber("parent").longValue()).isEqualTo(parentId);
    assertThat(page.getInt("menuOrder")).isEqualTo(3);
    assertThat(page.getJsonArray("ancestors").getJsonObject(0).getString("path")).isEqualTo("/" + parentSlug + "/");
    assertThat(page).doesNotContainKeys("category", "tags", "excerpt");

    String path = "/api/pages/" + page.getJsonNumber("id").longValue();
    Api.Reply read = anonymous.get(path);
    assertThat(read.status()).isEqualTo(200);
    assertThat(anonymous.get(path, "If-None-Match", read.etag()).status()).isEqualTo(304);
    assertThat(admin.patch(path, "{\"title\":\"x\"}").status()).isEqualTo(428);
    Api.Reply edited = admin.patch(path, "{\"body\":\"<p>Them, revised.</p>\"}", "If-Match", read.etag());
    assertThat(edited.status()).isEqualTo(200);
    assertThat(admin.patch(path, "{\"body\":\"<p>Stale.</p>\"}", "If-Match", read.etag()).status()).isEqualTo(412);
    Api.Reply revisions = admin.get(path + "/revisions");
    assertThat(revisions.array().getJsonObject(0).getString("body")).isEqualTo("<p>Them.</p>");
    Api.Reply restored = admin.post(path + "/revisions/1/restore", "", "If-Match", edited.etag());
    assertThat(restored.json().getString("body")).isEqualTo("<p>Them.</p>");

    Api.Reply children = anonymous.get("/api/pages?parent=" + parentId);
    assertThat(children.header("X-Total-Count")).contains("1");
    assertThat(children.header("Link").orElseThrow()).contains("rel=\"first\"", "rel=\"last\"");
    assertThat(children.array().getJsonObject(0).getString("slug")).isEqualTo(childSlug);
    assertThat(anonymous.get("/api/pages?slug=" + parentSlug).array()).hasSize(1);

    Api.Reply trashed = admin.delete(path);
    assertThat(trashed.json().getString("status")).isEqualTo("trashed");
    assertThat(anonymous.get(path).status()).isEqualTo(404);
    assertThat(admin.get("/api/pages?status=trashed&slug=" + childSlug).array()).hasSize(1);
    assertThat(admin.patch(path, "{\"status\":\"draft\"}", "If-Match", trashed.etag()).json().getString("status"))
        .isEqualTo("draft");
  }

  @Test
  void pagesAndArticlesRefuseEachOthersSlugsWith409AtTheSlugField() {
    String run = Ids.unique();
    String pageSlug = admin.post("/api/pages", "{\"title\":\"Shipping " + run + "\"}").json().getString("slug");
    String articleSlug = admin.post("/api/articles", "{\"title\":\"Returns " + run + "\"}").json().getString("slug");

    assertSlugConflict(admin.post("/api/articles", "{\"title\":\"x\",\"slug\":\"" + pageSlug + "\"}"));
    assertSlugConflict(admin.post("/api/pages", "{\"title\":\"x\",\"slug\":\"" + articleSlug + "\"}"));
    assertProblemAt(admin.post("/api/pages", "{\"title\":\"x\",\"slug\":\"category\"}"), 400, "slug");
    assertThat(anonymous.get("/api/articles?slug=" + pageSlug + "&status=any").status()).isEqualTo(401);
    assertThat(admin.get("/api/articles?slug=" + pageSlug + "&status=any").array()).isEmpty();
    assertThat(admin.get("/api/pages?slug=" + articleSlug + "&status=any").array()).isEmpty();
  }

  @Test
  void everyBadInputIsAProblemAtItsField() {
    String run = Ids.unique();
    Api.Reply top = admin.post("/api/pages", "{\"title\":\"Top " + run + "\"}");
    long topId = top.json().getJsonNumber("id").longValue();
    Api.Reply below = admin.post("/api/pages", "{\"title\":\"Below " + run + "\",\"parent\":" + topId + "}");
    long belowId = below.json().getJsonNumber("id").longValue();
    long articleId = admin.post("/api/articles", "{\"title\":\"Not a page " + run + "\"}").json().getJsonNumber("id").longValue();

    assertProblemAt(admin.post("/api/pages", "{\"title\":\"x\",\"parent\":999999999}"), 400, "parent");
    assertProblemAt(admin.post("/api/pages", "{\"title\":\"x\",\"parent\":" + articleId + "}"), 400, "parent");
    assertProblemAt(admin.patch("/api/pages/" + topId, "{\"parent\":" + belowId + "}", "If-Match", top.etag()), 400, "parent");
    assertProblemAt(admin.patch("/api/pages/" + topId, "{\"parent\":" + topId + "}", "If-Match", top.etag()), 400, "parent");
    assertProblemAt(admin.post("/api/pages", "{\"title\":\"x\",\"status\":\"pending\"}"), 400, "status");
    assertProblemAt(admin.post("/api/pages", "{\"title\":\"x\",\"status\":\"live\"}"), 400, "status");
    assertProblemAt(admin.post("/api/pages", "{\"title\":\"x\",\"parent\":\"top\"}"), 400, "parent");
    assertProblemAt(admin.post("/api/pages", "{\"title\":\"x\",\"tags\":[\"a\"]}"), 400, "tags");
    assertProblemAt(admin.post("/api/pages", "{\"title\":\"\"}"), 400, "title");
    assertProblemAt(admin.get("/api/pages?status=pending"), 400, "status");
    assertProblemAt(admin.get("/api/pages?parent=first"), 400, "parent");
    assertProblemAt(admin.get("/api/pages?slug=Not%20A%20Slug"), 400, "slug");
    assertThat(admin.get("/api/pages/" + articleId).status()).isEqualTo(404);
    assertThat(admin.get("/api/articles/" + topId).status()).isEqualTo(404);
    assertThat(admin.get("/api/pages/" + topId).json().get("parent").getValueType()).hasToString("NULL");
  }

  @Test
  void rolesAreTheArticlesRoles() {
    String run = Ids.unique();
    assertThat(anonymous.post("/api/pages", "{\"title\":\"Anonymous " + run + "\"}").status()).isEqualTo(401);
    Api contributor = anonymous.newUser("contributor");
    Api.Reply draft = contributor.post("/api/pages", "{\"title\":\"Contributed " + run + "\"}");
    assertThat(draft.status()).isEqualTo(201);
    assertThat(contributor.post("/api/pages", "{\"title\":\"Published " + run + "\",\"status\":\"published\"}").status())
        .isEqualTo(403);
    long draftId = draft.json().getJsonNumber("id").longValue();
    assertThat(anonymous.get("/api/pages/" + draftId).status()).isEqualTo(404);
    Api author = anonymous.newUser("author");
    assertThat(author.get("/api/pages/" + draftId).status()).isEqualTo(404);
    assertThat(admin.get("/api/pages?status=draft&slug=" + draft.json().getString("slug")).array()).hasSize(1);
    assertThat(anonymous.get("/api/pages?status=draft").status()).isEqualTo(401);
  }

  private static void assertSlugConflict(Api.Reply reply) {
    assertProblemAt(reply, 409, "slug");
    assertThat(reply.json().getString("type")).isEqualTo("/problems/slug-taken");
  }

  private static void assertProblemAt(Api.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    List<String> fields =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    assertThat(fields).as(reply.toString()).contains(field);
  }
}
