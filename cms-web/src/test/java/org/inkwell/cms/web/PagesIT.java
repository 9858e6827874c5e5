package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.inkwell.cms.web.check.HtmlReport;
import org.inkwell.cms.web.check.HtmlValidator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pages on the real WAR: their REST contract (tree, namespace shared with articles, roles,
 * versions) and the public site over HTTP (addresses in the tree, breadcrumbs, head, redirects and
 * sitemap, and their absence from everything that belongs to the stream of articles); the body
 * markup of imported WordPress posts that readers see on an article. One class, one server boot.
 */
@ExtendWith(ArquillianExtension.class)
class PagesIT {

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
  void aChildPageIsServedBelowItsParentWithBreadcrumbsAndAWebPageHead() {
    String run = Ids.unique();
    JsonObject parent = publish("{\"title\":\"Studio " + run + "\",\"body\":\"<p>Where we train.</p>\"}");
    JsonObject child = publish("{\"title\":\"Opening Hours " + run + "\",\"body\":\"<h2>Weekdays</h2><p>Seven to nine.</p>\","
        + "\"parent\":" + parent.getInt("id") + ",\"seo\":{\"metaDescription\":\"When the studio is open.\"},"
        + "\"featuredImage\":{\"url\":\"/media/demo/bird-dog.svg\",\"alt\":\"A bird-dog exercise\"}}");
    String path = child.getString("path");
    assertThat(path).isEqualTo("/" + parent.getString("slug") + "/" + child.getString("slug") + "/");

    Api.Reply reply = anonymous.get(path);

    assertThat(reply.status()).isEqualTo(200);
    String html = reply.body();
    assertThat(html).contains("<h1 class=\"post-title\">Opening Hours " + run + "</h1>", "<h2>Weekdays</h2>")
        .contains("<a href=\"" + base(parent.getString("path")) + "\">Studio " + run + "</a>")
        .contains("<link rel=\"canonical\" href=\"" + base(path) + "\">")
        .contains("When the studio is open.")
        .doesNotContain("post-category", "post-date", "post-author", "<time");
    assertThat(html).as("the featured image with the SVG's own size")
        .contains("<img src=\"/media/demo/bird-dog.svg\" alt=\"A bird-dog exercise\" width=\"800\" height=\"450\">");
    JsonArray graph = PublicSiteIT.jsonLd(html);
    assertThat(graph.getJsonObject(0).getString("@type")).isEqualTo("WebPage");
    assertThat(graph.getJsonObject(0).getString("url")).isEqualTo(base(path));
    JsonArray crumbs = graph.getJsonObject(1).getJsonArray("itemListElement");
    assertThat(crumbs.getValuesAs(JsonObject.class)).extracting(c -> c.getString("name"))
        .containsExactly("Home", "Studio " + run, "Opening Hours " + run);
    HtmlReport report = HtmlValidator.shared().validate(html);
    assertThat(report.errors()).as(report.toString()).isEmpty();
    assertThat(anonymous.get(parent.getString("path")).body()).contains("<h1 class=\"post-title\">Studio " + run + "</h1>");
  }

  @Test
  void pagesMoveWithA301AndDisappearWhenTheyOrTheirParentsLeave() {
    String run = Ids.unique();
    JsonObject parent = publish("{\"title\":\"Services " + run + "\"}");
    JsonObject child = publish("{\"title\":\"Coaching " + run + "\",\"parent\":" + parent.getInt("id") + "}");
    String childPath = child.getString("path");
    assertThat(anonymous.get(childPath).status()).isEqualTo(200);

    assertRedirect("/" + child.getString("slug") + "/", childPath);
    assertRedirect("/wrong-parent-" + run + "/" + child.getString("slug") + "/", childPath);

    Api.Reply renamed = admin.patch("/api/pages/" + parent.getInt("id"), "{\"slug\":\"offer-" + run + "\"}",
        "If-Match", "\"" + parent.getInt("version") + "\"");
    String movedPath = "/offer-" + run + "/" + child.getString("slug") + "/";
    assertThat(anonymous.get(movedPath).status()).as("the next request after the change").isEqualTo(200);
    assertRedirect(childPath, movedPath);
    assertRedirect(parent.getString("path"), "/offer-" + run + "/");

    admin.patch("/api/pages/" + parent.getInt("id"), "{\"status\":\"draft\"}", "If-Match", renamed.etag());
    assertThat(anonymous.get(movedPath).status()).isEqualTo(404);
    assertThat(anonymous.get("/offer-" + run + "/").status()).isEqualTo(404);
  }

  @Test
  void pagesHaveTheirOwnSitemapAndStayOutOfTheStream() {
    String run = Ids.unique();
    String word = "zanzibarish" + run.replaceAll("[^a-z]", "");
    JsonObject page = publish("{\"title\":\"Imprint " + run + "\",\"body\":\"<p>The " + word + " imprint.</p>\"}");
    JsonObject hidden = publish("{\"title\":\"Thanks " + run + "\",\"seo\":{\"noindex\":true}}");

    String sitemap = anonymous.get("/sitemap-pages.xml").body();
    assertThat(sitemap).contains("<loc>" + base(page.getString("path")) + "</loc>").doesNotContain(hidden.getString("slug"));
    assertThat(anonymous.get("/sitemap.xml").body()).contains("/sitemap-pages.xml</loc>");
    assertThat(anonymous.get("/sitemap-articles-1.xml").body()).doesNotContain(page.getString("slug"));

    assertThat(anonymous.get("/").body()).doesNotContain("Imprint " + run);
    assertThat(anonymous.get("/feed/").body()).doesNotContain("Imprint " + run);
    assertThat(anonymous.get("/feed/atom/").body()).doesNotContain("Imprint " + run);
    assertThat(anonymous.get("/author/admin/").body()).doesNotContain("Imprint " + run);
    assertThat(anonymous.get("/category/uncategorized/").body()).doesNotContain("Imprint " + run);
    // The search index is written in the background: a published article with the same word shows that it ran.
    admin.post("/api/articles", "{\"title\":\"Searchable " + run + "\",\"body\":\"<p>The " + word + " article.</p>\",\"status\":\"published\"}");
    Api.Reply search = anonymous.await("/search?q=" + word, r -> r.body().contains("Searchable " + run), Duration.ofSeconds(30));
    String articles = search.body().substring(search.body().indexOf("class=\"search-group search-articles\""));
    assertThat(articles).as("the search's article list").doesNotContain("Imprint " + run);
    assertThat(search.body()).as("the search's own Pages group").contains("Imprint " + run);
    assertThat(anonymous.get("/api/articles?per_page=100").body()).doesNotContain("Imprint " + run);
    assertThat(anonymous.get("/api/articles/" + page.getInt("id") + "/related").status()).isEqualTo(404);
  }

  @Test
  void aTopLevelPageAndAnArticleNeverShareAnAddress() {
    String run = Ids.unique();
    JsonObject page = publish("{\"title\":\"Careers " + run + "\"}");
    JsonObject article = admin.post("/api/articles", "{\"title\":\"Hiring " + run + "\",\"status\":\"published\"}").json();

    assertThat(admin.post("/api/articles", "{\"title\":\"x\",\"slug\":\"" + page.getString("slug") + "\"}").status()).isEqualTo(409);
    assertThat(admin.post("/api/pages", "{\"title\":\"x\",\"slug\":\"" + article.getString("slug") + "\"}").status()).isEqualTo(409);
    assertThat(anonymous.get(page.getString("path")).body()).contains("Careers " + run);
    assertThat(anonymous.get("/" + article.getString("slug") + "/").body()).contains("Hiring " + run);
  }

  @Test
  void anArticleKeepsItsStruckTextAlignedImageAndCaptionedFigureOnThePublicPage() {
    String run = Ids.unique();
    String body = "<p>Was <del>twelve</del> <ins>ten</ins> reps, <q cite=\"javascript:alert(1)\">no more</q>.</p>"
        + "<p><img class=\"alignright size-medium wp-image-7\" src=\"/media/demo/bird-dog.svg\" alt=\"A bird-dog\" "
        + "onerror=\"steal()\" /></p>"
        + "<figure class=\"wp-caption aligncenter has-shadow\" style=\"width: 900px\">"
        + "<img src=\"/media/demo/bird-dog.svg\" alt=\"Bird-dog from the side\" />"
        + "<figcaption class=\"wp-caption-text\">Hold for five breaths</figcaption></figure>"
        + "<table><tr><th scope=\"col\">Day</th><th scope=\"col\">Morning</th><th scope=\"col\">Evening</th></tr>"
        + "<tr><th scope=\"row\">Sunday</th><td colspan=\"2\">Rest</td></tr></table>"
        + "<video src=\"/media/uploads/2026/05/run.mp4\" autoplay></video>";
    Api.Reply created = admin.post("/api/articles", Json.createObjectBuilder()
        .add("title", "Struck and aligned " + run).add("status", "published").add("body", body).build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    String html = anonymous.get("/" + created.json().getString("slug") + "/").body();

    assertThat(html).contains("<del>twelve</del> <ins>ten</ins>", "<q>no more</q>",
        "<img class=\"alignright\" src=\"/media/demo/bird-dog.svg\" alt=\"A bird-dog\"",
        "<figure class=\"wp-caption aligncenter\"><img src=\"/media/demo/bird-dog.svg\" alt=\"Bird-dog from the side\"",
        "<figcaption class=\"wp-caption-text\">Hold for five breaths</figcaption></figure>",
        "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table, scrolls sideways\" tabindex=\"0\"><table>",
        "<td colspan=\"2\">Rest</td>",
        "<video src=\"/media/uploads/2026/05/run.mp4\" controls=\"controls\"></video>")
        .doesNotContain("javascript:", "steal()", "has-shadow", "wp-image-7", "900px", "autoplay");
    HtmlReport report = HtmlValidator.shared().validate(html);
    assertThat(report.errors()).as(report.toString()).isEmpty();
  }

  private JsonObject publish(String json) {
    Api.Reply created = admin.post("/api/pages", json.replaceFirst("\\{", "{\"status\":\"published\","));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private void assertRedirect(String from, String to) {
    Api.Reply reply = anonymous.get(from);
    assertThat(reply.status()).as(from).isEqualTo(301);
    assertThat(reply.header("Location")).contains(base(to));
  }

  private String base(String path) {
    return base.toString().replaceAll("/$", "") + path;
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
