package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST contract of articles and of the media library on the real WAR: demo content, workflow,
 * roles, versions; uploads by role, content checks, variants served for caching.
 */
@ExtendWith(ArquillianExtension.class)
class ArticlesApiIT {

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
  void demoSitePublishesTheSeedArticleAndItsRecommendedPost() {
    JsonObject seed = anonymous.get("/api/articles?slug=how-to-pop-lower-back").array().getJsonObject(0);
    assertThat(seed.getString("title")).isEqualTo("How To Pop Lower Back Safely: A Step-by-Step Guide");
    assertThat(seed.getJsonObject("category").getString("name")).isEqualTo("Fitness Tips");
    assertThat(seed.getJsonObject("author").getString("name")).isEqualTo("Ariana");
    assertThat(seed.getString("status")).isEqualTo("published");
    assertThat(seed.getString("link")).endsWith("/how-to-pop-lower-back/");
    assertThat(seed.getString("body"))
        .contains("<h2>How To Pop Lower Back?</h2>", "<h3>Method 1: The Seated Twist</h3>", "<li>")
        .contains("alt=\"how to crack your lower back\"", "alt=\"how to pop lower back by yourself\"")
        .contains("For more fitness tips, visit");

    JsonObject related =
        anonymous.get("/api/articles?slug=can-you-build-muscle-in-a-calorie-deficit").array().getJsonObject(0);
    assertThat(related.getString("title")).isEqualTo("Can You Build Muscle In A Calorie Deficit?");
    assertThat(related.getJsonObject("category").getString("name")).isEqualTo("Workouts");
    assertThat(related.getString("excerpt"))
        .isEqualTo(
            "For a long time, people have had the thought in their mind that can you build muscle in a"
                + " calorie deficit. The traditional gym method says that we need to be in a calorie surplus"
                + " to put on muscle mass. But research and real world result have changed this belief."
                + " Whether you are a person […]");

    var categories = anonymous.get("/api/categories").array();
    assertThat(categories.getValuesAs(JsonObject.class))
        .anySatisfy(c -> assertThat(c.getString("slug") + "<" + c.get("parent")).isEqualTo("fitness-tips<\"fitness\""))
        .anySatisfy(c -> assertThat(c.getString("slug") + "<" + c.get("parent")).isEqualTo("workouts<\"fitness\""));
    assertThat(Integer.parseInt(anonymous.get("/api/articles").header("X-Total-Count").orElseThrow()))
        .isGreaterThanOrEqualTo(22);
    assertThat(anonymous.get("/api/site").json().getString("name")).isEqualTo("Fitness Hubz");
  }

  @Test
  void editorWritesRevisesAndPublishesAnArticle() {
    String title = "Morning Mobility Routine " + Ids.unique();
    Api.Reply created =
        admin.post("/api/articles",
            "{\"title\":\"" + title + "\",\"body\":\"<h2>Start</h2><p>Roll your shoulders.</p>\","
                + "\"category\":\"fitness-tips\",\"categories\":[\"workouts\"],\"tags\":[\"Mobility\",\"Brand New Tag " + Ids.unique() + "\"],"
                + "\"seo\":{\"focusKeyphrase\":\"morning mobility\",\"metaDescription\":\"A short routine.\"}}");
    assertThat(created.status()).isEqualTo(201);
    JsonObject draft = created.json();
    String path = "/api/articles/" + draft.getInt("id");
    assertThat(created.header("Location").orElseThrow()).endsWith(path);
    assertThat(draft.getString("status")).isEqualTo("draft");
    assertThat(draft.getString("slug")).startsWith("morning-mobility-routine-");
    assertThat(draft.getString("excerpt")).isEqualTo("Start Roll your shoulders.");
    assertThat(draft.getJsonArray("categories").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("slug")).containsExactly("fitness-tips", "workouts");
    assertThat(draft.getJsonObject("seo").getString("focusKeyphrase")).isEqualTo("morning mobility");
    assertThat(anonymous.get(path).status()).as("drafts are not public").isEqualTo(404);

    Api.Reply revised =
        admin.patch(path, "{\"title\":\"" + title + " (revised)\"}", "If-Match", created.etag());
    assertThat(revised.status()).isEqualTo(200);
    assertThat(revised.json().getInt("version")).isEqualTo(draft.getInt("version") + 1);
    assertThat(revised.json().getString("body")).as("PATCH keeps what it does not name")
        .isEqualTo("<h2>Start</h2><p>Roll your shoulders.</p>");

    var revisions = admin.get(path + "/revisions").array();
    assertThat(revisions).hasSize(1);
    assertThat(revisions.getJsonObject(0).getString("title")).isEqualTo(title);
    assertThat(revisions.getJsonObject(0).getJsonObject("savedBy").getString("login")).isEqualTo("admin");

    Api.Reply published = admin.patch(path, "{\"status\":\"published\"}", "If-Match", revised.etag());
    assertThat(published.json().getString("status")).isEqualTo("published");
    assertThat(published.json().getString("publishedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
    Api.Reply read = anonymous.get(path);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("title")).isEqualTo(title + " (revised)");
    assertThat(anonymous.get(path, "If-None-Match", read.etag()).status()).isEqualTo(304);

    String author = "/api/articles?author=admin&tag=mobility&category=workouts&per_page=100";
    assertThat(anonymous.get(author).array().getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("title")).contains(title + " (revised)");
  }

  @Test
  void slugsAreGeneratedUniqueAndEditable() {
    String title = "Crème Brûlée & Protein: Dessert " + Ids.unique() + "?";
    JsonObject first = admin.post("/api/articles", "{\"title\":\"" + title + "\"}").json();
    JsonObject second = admin.post("/api/articles", "{\"title\":\"" + title + "\"}").json();
    assertThat(first.getString("slug")).matches("creme-brulee-and-protein-dessert-[a-z0-9]+");
    assertThat(second.getString("slug")).isEqualTo(first.getString("slug") + "-2");

    String custom = "protein-dessert-" + Ids.unique();
    Api.Reply renamed =
        admin.patch("/api/articles/" + second.getInt("id"), "{\"slug\":\"" + custom + "\"}", "If-Match", "\"" + second.getInt("version") + "\"");
    assertThat(renamed.json().getString("slug")).isEqualTo(custom);
    Api.Reply clash =
        admin.patch("/api/articles/" + first.getInt("id"), "{\"slug\":\"" + custom + "\"}", "If-Match", "\"" + first.getInt("version") + "\"");
    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.json().getString("type")).isEqualTo("/problems/slug-taken");
  }

  @Test
  void rolesDecideWhoMayWriteAndPublish() {
    Api contributor = anonymous.newUser("contributor");
    Api author = anonymous.newUser("author");
    Api otherAuthor = anonymous.newUser("author");
    Api editor = anonymous.newUser("editor");

    JsonObject submission = contributor.post("/api/articles", "{\"title\":\"Contributor piece " + Ids.unique() + "\"}").json();
    String path = "/api/articles/" + submission.getInt("id");
    Api.Reply publishAttempt = contributor.patch(path, "{\"status\":\"published\"}", "If-Match", "\"0\"");
    assertThat(publishAttempt.status()).isEqualTo(403);
    assertThat(publishAttempt.json().getString("detail")).contains("submit the article for review");
    assertThat(contributor.patch(path, "{\"status\":\"pending\"}", "If-Match", "\"0\"").json().getString("status"))
        .isEqualTo("pending");
    assertThat(author.get(path).status()).as("others' drafts are invisible").isEqualTo(404);
    assertThat(editor.patch(path, "{\"status\":\"published\"}", "If-Match", "\"1\"").json().getString("status"))
        .isEqualTo("published");
    assertThat(contributor.patch(path, "{\"title\":\"changed\"}", "If-Match", "\"2\"").status())
        .as("contributors cannot change published articles").isEqualTo(403);

    JsonObject own = author.post("/api/articles", "{\"title\":\"Author piece " + Ids.unique() + "\",\"status\":\"published\"}").json();
    assertThat(own.getString("status")).isEqualTo("published");
    String ownPath = "/api/articles/" + own.getInt("id");
    Api.Reply foreignEdit = otherAuthor.patch(ownPath, "{\"title\":\"mine now\"}", "If-Match", "\"0\"");
    assertThat(foreignEdit.status()).isEqualTo(403);
    assertThat(otherAuthor.delete(ownPath).status()).isEqualTo(403);
    assertThat(anonymous.get(ownPath).json().getString("title")).startsWith("Author piece");

    Api.Reply anonymousWrite = anonymous.post("/api/articles", "{\"title\":\"x\"}");
    assertThat(anonymousWrite.status()).isEqualTo(401);
    assertThat(anonymousWrite.header("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    assertThat(anonymous.as("admin", "wrong-password").post("/api/articles", "{\"title\":\"x\"}").status()).isEqualTo(401);
    assertThat(author.get("/api/users").status()).isEqualTo(403);
    assertThat(anonymous.get("/api/articles?status=draft").status()).isEqualTo(401);
  }

  @Test
  void anAddressThatRedirectsToAnotherArticleIsAnEditorsToGive() {
    String run = Ids.unique();
    String former = "former-home-" + run;
    JsonObject moved = admin.post("/api/articles",
        "{\"title\":\"Moved " + run + "\",\"slug\":\"" + former + "\",\"status\":\"published\"}").json();
    admin.patch("/api/articles/" + moved.getInt("id"), "{\"slug\":\"current-home-" + run + "\"}",
        "If-Match", "\"" + moved.getInt("version") + "\"");

    Api.Reply refused = anonymous.newUser("contributor").post("/api/articles",
        "{\"title\":\"Mine " + run + "\",\"slug\":\"" + former + "\"}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("type")).isEqualTo("/problems/slug-redirects");
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field")).containsExactly("slug");
    Api.Reply oldLink = anonymous.get("/" + former + "/");
    assertThat(oldLink.status()).as("the old address still redirects").isEqualTo(301);
    assertThat(oldLink.header("Location").orElseThrow()).endsWith("/current-home-" + run + "/");

    Api.Reply taken = anonymous.newUser("editor").post("/api/articles",
        "{\"title\":\"Editor's " + run + "\",\"slug\":\"" + former + "\"}");
    assertThat(taken.status()).isEqualTo(201);
    assertThat(taken.json().getString("slug")).isEqualTo(former);
  }

  @Test
  void onlyThoseWhoMayPublishSetThePublishTime() {
    String past = "2020-01-01T08:00:00Z";
    Api contributor = anonymous.newUser("contributor");
    Api.Reply backdated = contributor.post("/api/articles",
        "{\"title\":\"Backdated " + Ids.unique() + "\",\"publishAt\":\"" + past + "\"}");
    assertThat(backdated.status()).isEqualTo(400);
    assertThat(backdated.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field")).containsExactly("publishAt");
    Api.Reply draft = contributor.post("/api/articles", "{\"title\":\"Undated " + Ids.unique() + "\"}");
    String path = "/api/articles/" + draft.json().getInt("id");
    assertThat(contributor.patch(path, "{\"publishAt\":\"" + past + "\"}", "If-Match", draft.etag()).status())
        .isEqualTo(400);

    Api.Reply published = anonymous.newUser("editor").patch(path, "{\"status\":\"published\"}", "If-Match", draft.etag());

    assertThat(published.json().isNull("publishAt")).isTrue();
    assertThat(Instant.parse(published.json().getString("publishedAt"))).isAfter(Instant.parse(past));
  }

  @Test
  void usersAreManagedByAdministratorsWithoutExposingPasswords() {
    Api.Reply users = admin.get("/api/users");
    assertThat(users.status()).isEqualTo(200);
    assertThat(users.body()).doesNotContainIgnoringCase("password").doesNotContain("PBKDF2");
    Api author = anonymous.newUser("author");
    assertThat(author.get("/api/users/me").json().getString("role")).isEqualTo("author");
    assertThat(admin.post("/api/users", "{\"login\":\"x" + Ids.unique() + "\",\"name\":\"Weak\",\"role\":\"author\",\"password\":\"short\"}").json()
        .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
  }

  @Test
  void aStaleVersionOverwritesNothing() {
    JsonObject article = admin.post("/api/articles", "{\"title\":\"Shared draft " + Ids.unique() + "\"}").json();
    String path = "/api/articles/" + article.getInt("id");
    String readByBoth = "\"" + article.getInt("version") + "\"";
    assertThat(admin.patch(path, "{\"body\":\"<p>First editor text</p>\"}", "If-Match", readByBoth).status()).isEqualTo(200);
    Api.Reply second = admin.patch(path, "{\"body\":\"<p>Second editor text</p>\"}", "If-Match", readByBoth);
    assertThat(second.status()).isEqualTo(412);
    assertThat(second.contentType()).startsWith("application/problem+json");
    assertThat(admin.get(path).json().getString("body")).isEqualTo("<p>First editor text</p>");
    assertThat(admin.patch(path, "{\"title\":\"x\"}").status()).as("no If-Match").isEqualTo(428);
  }

  @Test
  void scheduledArticlesPublishThemselvesWhenTheirTimeComes() {
    String publishAt = OffsetDateTime.now(ZoneOffset.ofHours(2)).plusSeconds(3).withNano(0).toString();
    JsonObject scheduled =
        admin.post("/api/articles", "{\"title\":\"Scheduled " + Ids.unique() + "\",\"status\":\"published\",\"publishAt\":\"" + publishAt + "\"}").json();
    assertThat(scheduled.getString("status")).isEqualTo("scheduled");
    String path = "/api/articles/" + scheduled.getInt("id");
    assertThat(anonymous.get(path).status()).isEqualTo(404);

    Api.Reply reply = anonymous.awaitStatus(path, 200, Duration.ofSeconds(45));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("status")).isEqualTo("published");
    assertThat(Instant.parse(reply.json().getString("publishedAt")))
        .isEqualTo(OffsetDateTime.parse(publishAt).toInstant());
  }

  @Test
  void readersSeeEveryChangeOnTheNextRequest() {
    Api.Reply created = admin.post("/api/articles", "{\"title\":\"Fresh " + Ids.unique() + "\",\"status\":\"published\"}");
    String path = "/api/articles/" + created.json().getInt("id");
    Api.Reply first = anonymous.get(path);
    assertThat(anonymous.get(path).body()).as("served again, unchanged").isEqualTo(first.body());
    assertThat(anonymous.get(path, "If-None-Match", first.etag()).status()).isEqualTo(304);

    Api.Reply edited = admin.patch(path, "{\"title\":\"Edited title\"}", "If-Match", created.etag());
    Api.Reply afterEdit = anonymous.get(path);
    assertThat(afterEdit.json().getString("title")).isEqualTo("Edited title");
    assertThat(anonymous.get(path, "If-None-Match", first.etag()).status()).as("old ETag no longer matches").isEqualTo(200);

    admin.patch(path, "{\"status\":\"draft\"}", "If-Match", edited.etag());
    assertThat(anonymous.get(path).status()).as("unpublished articles vanish at once").isEqualTo(404);
  }

  @Test
  void listingsFollowEveryChangeAtTheNextRequestAndShowDraftsOnlyToThoseWhoMaySeeThem() {
    String run = Ids.unique();
    JsonObject category = admin.post("/api/categories", "{\"name\":\"Listed " + run + "\"}").json();
    String inCategory = "/api/articles?per_page=5&category=" + category.getString("slug");
    String latest = "/api/articles?per_page=20";
    String search = "/api/articles?q=relisted%20" + run;
    assertThat(titles(anonymous.get(inCategory))).isEmpty();
    assertThat(titles(anonymous.get(search))).isEmpty();
    anonymous.get(latest);

    Api.Reply published = admin.post("/api/articles", "{\"title\":\"Listed " + run + "\",\"status\":\"published\","
        + "\"category\":\"" + category.getString("slug") + "\"}");
    String path = "/api/articles/" + published.json().getInt("id");
    Api.Reply afterPublish = anonymous.get(inCategory);
    assertThat(titles(afterPublish)).as("after a publish").containsExactly("Listed " + run);
    assertThat(afterPublish.header("X-Total-Count")).contains("1");
    assertThat(titles(anonymous.get(latest))).contains("Listed " + run);

    Api.Reply edited = admin.patch(path, "{\"title\":\"Relisted " + run + "\"}", "If-Match", published.etag());
    assertThat(titles(anonymous.get(inCategory))).as("after an edit of its title").containsExactly("Relisted " + run);
    assertThat(titles(anonymous.get(latest))).contains("Relisted " + run).doesNotContain("Listed " + run);
    assertThat(titles(anonymous.get(search))).as("now found by its new title").containsExactly("Relisted " + run);

    admin.patch(path, "{\"sticky\":true}", "If-Match", edited.etag());
    assertThat(anonymous.get(inCategory).array().getJsonObject(0).getBoolean("sticky")).isTrue();
    admin.patch("/api/categories/" + category.getInt("id"), "{\"name\":\"Renamed " + run + "\"}");
    assertThat(anonymous.get(inCategory).array().getJsonObject(0).getJsonObject("category").getString("name"))
        .as("after its category was renamed").isEqualTo("Renamed " + run);

    Api author = anonymous.newUser("author");
    author.post("/api/articles", "{\"title\":\"Draft " + run + "\",\"category\":\"" + category.getString("slug") + "\"}");
    String drafts = inCategory + "&status=draft";
    assertThat(anonymous.get(drafts).status()).isEqualTo(401);
    assertThat(titles(author.get(drafts))).as("the author's own draft").containsExactly("Draft " + run);
    assertThat(anonymous.get(drafts).status()).as("what the author was shown is not kept for others").isEqualTo(401);
    assertThat(titles(anonymous.newUser("author").get(drafts))).as("another author's drafts").isEmpty();
    assertThat(titles(author.get(inCategory + "&status=any"))).containsExactlyInAnyOrder("Draft " + run, "Relisted " + run);
    assertThat(titles(anonymous.get(inCategory))).containsExactly("Relisted " + run);

    Api.Reply unpublished = admin.patch(path, "{\"status\":\"draft\"}", "If-Match", admin.get(path).etag());
    assertThat(titles(anonymous.get(inCategory))).as("after an unpublish").isEmpty();
    assertThat(titles(anonymous.get(latest))).doesNotContain("Relisted " + run);
    admin.patch(path, "{\"status\":\"published\"}", "If-Match", unpublished.etag());
    assertThat(titles(anonymous.get(inCategory))).containsExactly("Relisted " + run);
    admin.delete(path);
    assertThat(titles(anonymous.get(inCategory))).as("after the trash").isEmpty();
    assertThat(titles(anonymous.get(search))).isEmpty();
  }

  private static java.util.List<String> titles(Api.Reply listing) {
    assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
    return listing.array().getValuesAs(JsonObject.class).stream().map(a -> a.getString("title")).toList();
  }

  @Test
  void trashedArticlesDisappearAndCanBeRestored() {
    JsonObject article = admin.post("/api/articles", "{\"title\":\"Old news " + Ids.unique() + "\",\"status\":\"published\"}").json();
    String path = "/api/articles/" + article.getInt("id");
    Api.Reply trashed = admin.delete(path);
    assertThat(trashed.json().getString("status")).isEqualTo("trashed");
    assertThat(anonymous.get(path).status()).isEqualTo(404);
    Api.Reply edit = admin.patch(path, "{\"title\":\"edit in trash\"}", "If-Match", trashed.etag());
    assertThat(edit.status()).isEqualTo(409);
    Api.Reply restored = admin.patch(path, "{\"status\":\"draft\"}", "If-Match", trashed.etag());
    assertThat(restored.json().getString("status")).isEqualTo("draft");
  }

  @Test
  void collectionsArePaginatedWithTotalsAndLinks() {
    Api.Reply page = anonymous.get("/api/articles?per_page=5&page=2");
    assertThat(page.array()).hasSize(5);
    assertThat(page.header("X-Total-Count")).isPresent();
    assertThat(page.header("Link").orElseThrow())
        .contains("rel=\"first\"", "rel=\"prev\"", "rel=\"next\"", "rel=\"last\"", "per_page=5");
    assertThat(page.array().getValuesAs(JsonObject.class))
        .allSatisfy(a -> assertThat(a.getString("status")).isEqualTo("published"));
  }

  @Test
  void healthAndApiDocumentAreServed() {
    Api.Reply health = anonymous.get("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"database\"").contains("\"UP\"").contains("pendingMigrations");
    Api.Reply article = anonymous.get("/api/articles?per_page=1");
    assertThat(article.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(article.header("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
    Api.Reply openapi = anonymous.get("/openapi", "Accept", "application/json");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/articles");
  }

  @Test
  void listsSortByWordPressParametersAndRefuseUnknownOnes() {
    String run = Ids.unique();
    admin.post("/api/articles", "{\"title\":\"Beta sorted " + run + "\"}");
    admin.post("/api/articles", "{\"title\":\"alpha sorted " + run + "\"}");

    Api.Reply sorted = admin.get("/api/articles?status=any&q=sorted%20" + run + "&orderby=title&order=asc");

    assertThat(sorted.array().getValuesAs(JsonObject.class)).extracting(a -> a.getString("title"))
        .containsExactly("alpha sorted " + run, "Beta sorted " + run);
    Api.Reply refused = anonymous.get("/api/articles?orderby=popularity&order=up");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field")).containsExactly("orderby", "order");
  }

  @Test
  void aRevisionIsRestoredUnderTheVersionPrecondition() {
    String run = Ids.unique();
    JsonObject created = admin.post("/api/articles", "{\"title\":\"Original " + run + "\"}").json();
    String path = "/api/articles/" + created.getInt("id");
    Api.Reply edited = admin.patch(path, "{\"title\":\"Edited " + run + "\"}", "If-Match", "\"" + created.getInt("version") + "\"");

    assertThat(admin.post(path + "/revisions/1/restore", "").status()).as("no If-Match").isEqualTo(428);
    Api.Reply restored = admin.post(path + "/revisions/1/restore", "", "If-Match", edited.etag());

    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.json().getString("title")).isEqualTo("Original " + run);
    assertThat(restored.etag()).isNotEqualTo(edited.etag());
    assertThat(admin.get(path + "/revisions").array()).hasSize(2);
    assertThat(admin.post(path + "/revisions/1/restore", "", "If-Match", edited.etag()).status()).isEqualTo(412);
    assertThat(admin.post(path + "/revisions/99/restore", "", "If-Match", restored.etag()).status()).isEqualTo(404);
  }

  @Test
  void editorsRenameAndMergeTags() {
    String run = Ids.unique();
    JsonObject source = admin.post("/api/tags", "{\"name\":\"Source " + run + "\"}").json();
    JsonObject target = admin.post("/api/tags", "{\"name\":\"Target " + run + "\"}").json();
    JsonObject article = admin.post("/api/articles",
        "{\"title\":\"Tagged " + run + "\",\"status\":\"published\",\"tags\":[\"Source " + run + "\"]}").json();
    String sourcePath = "/api/tags/" + source.getInt("id");

    Api.Reply renamed = admin.patch(sourcePath, "{\"name\":\"Renamed " + run + "\"}");

    assertThat(renamed.json().getString("name")).isEqualTo("Renamed " + run);
    assertThat(renamed.json().getString("slug")).isEqualTo(source.getString("slug"));
    assertThat(anonymous.newUser("author").patch(sourcePath, "{\"name\":\"Mine\"}").status()).isEqualTo(403);

    Api.Reply merged = admin.post(sourcePath + "/merge", "{\"into\":" + target.getInt("id") + "}");

    assertThat(merged.status()).isEqualTo(200);
    assertThat(anonymous.get("/api/articles/" + article.getInt("id")).json().getJsonArray("tags").getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("slug")).containsExactly(target.getString("slug"));
    assertThat(admin.post(sourcePath + "/merge", "{\"into\":" + target.getInt("id") + "}").status()).isEqualTo(404);
    assertThat(admin.post("/api/tags/" + target.getInt("id") + "/merge", "{\"into\":" + target.getInt("id") + "}").status())
        .isEqualTo(400);
  }

  @Test
  void aDeletedCategoryCanHandItsArticlesToAnother() {
    String run = Ids.unique();
    JsonObject doomed = admin.post("/api/categories", "{\"name\":\"Doomed " + run + "\"}").json();
    JsonObject heir = admin.post("/api/categories", "{\"name\":\"Heir " + run + "\"}").json();
    JsonObject filed = admin.post("/api/articles",
        "{\"title\":\"Filed " + run + "\",\"category\":\"" + doomed.getString("slug") + "\"}").json();
    String path = "/api/categories/" + doomed.getInt("id");

    assertThat(admin.delete(path + "?reassign=no-such-category-" + run).status()).isEqualTo(400);
    assertThat(admin.delete(path + "?reassign=" + heir.getString("slug")).status()).isEqualTo(204);

    assertThat(admin.get("/api/articles/" + filed.getInt("id")).json().getJsonObject("category").getString("slug"))
        .isEqualTo(heir.getString("slug"));
    assertThat(admin.get(path).status()).isEqualTo(404);
  }

  // The media library.

  @Test
  void anEditorUploadsAPngWhoseVariantsAreServedToCacheForever() {
    Api editor = anonymous.newUser("editor");
    Api.Reply created = editor.upload("/api/media", Images.png(1200, 800), "image/png", "Morning Run " + Ids.unique() + ".png");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject image = created.json();
    assertThat(created.header("Location").orElseThrow()).endsWith("/api/media/" + image.getInt("id"));
    assertThat(image.getString("mediaType")).isEqualTo("image/png");
    assertThat(image.getInt("width")).isEqualTo(1200);
    assertThat(image.getInt("height")).isEqualTo(800);
    assertThat(image.getString("fileName")).matches("morning-run-.*-[a-z0-9]{6}\\.png");
    assertThat(image.getJsonArray("variants").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("name") + " " + v.getInt("width") + "x" + v.getInt("height"))
        .containsExactly("thumbnail 150x150", "medium 300x200", "medium_large 768x512", "large 1024x683");

    String thumbnail = image.getJsonArray("variants").getJsonObject(0).getString("url");
    assertThat(thumbnail).contains("/media/uploads/");
    Api.Reply served = anonymous.get(thumbnail);
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.contentType()).startsWith("image/png");
    assertThat(served.header("Cache-Control")).contains("public, max-age=31536000, immutable");
    assertThat(served.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(anonymous.get(thumbnail, "If-None-Match", served.etag()).status()).isEqualTo(304);
    assertThat(anonymous.get(image.getString("url")).status()).isEqualTo(200);

    String path = "/api/media/" + image.getInt("id");
    assertThat(editor.get(path).json()).isEqualTo(image);
    assertThat(editor.patch(path, "{\"altText\":\"An orange square\"}").json().getString("altText"))
        .isEqualTo("An orange square");
    assertThat(editor.delete(path).status()).isEqualTo(204);
    assertThat(anonymous.get(thumbnail).status()).isEqualTo(404);
  }

  @Test
  void pagesOfferEveryWidthOfALibraryImageAndFeedsTheLargeOne() {
    Api editor = anonymous.newUser("editor");
    JsonObject image = editor.upload("/api/media", Images.png(1200, 800), "image/png", "Wide " + Ids.unique() + ".png").json();
    String original = java.net.URI.create(image.getString("url")).getPath();
    java.util.Map<String, String> variants = new java.util.HashMap<>();
    image.getJsonArray("variants").getValuesAs(JsonObject.class)
        .forEach(v -> variants.put(v.getString("name"), java.net.URI.create(v.getString("url")).getPath()));
    String title = "Pictured widths " + Ids.unique();
    String json = jakarta.json.Json.createObjectBuilder().add("title", title).add("status", "published")
        .add("body", "<p>Before.</p><p><img src=\"" + original + "\" alt=\"An orange field\"></p>")
        .add("featuredImage", jakarta.json.Json.createObjectBuilder().add("url", variants.get("medium")).add("alt", "Orange"))
        .build().toString();
    Api.Reply created = editor.post("/api/articles", json);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject article = created.json();

    String page = anonymous.get("/" + article.getString("slug") + "/").body();
    String srcset = variants.get("medium") + " 300w, " + variants.get("medium_large") + " 768w, "
        + variants.get("large") + " 1024w, " + original + " 1200w";
    assertThat(page)
        .contains("<img src=\"" + original + "\" alt=\"An orange field\" width=\"1200\" height=\"800\" srcset=\"" + srcset + "\" sizes=\"")
        .contains("<img src=\"" + variants.get("medium") + "\" alt=\"Orange\" width=\"300\" height=\"200\" srcset=\"" + srcset + "\"")
        .doesNotContain(variants.get("thumbnail"));
    // The stored body is as it was written: the sizes are how pages show it.
    assertThat(editor.get("/api/articles/" + article.getInt("id")).json().getString("body")).doesNotContain("srcset");

    String feed = anonymous.get("/feed/").body();
    assertThat(feed).contains(variants.get("large")).doesNotContain(original + "\"");
  }

  @Test
  void aTextFileNamedPngIsRefusedNamingTheFileField() {
    Api editor = anonymous.newUser("editor");
    Api.Reply refused = editor.upload("/api/media", "not a picture".getBytes(StandardCharsets.UTF_8), "image/png", "x.png");

    assertProblem(refused, 400, "/problems/invalid-input");
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("file");
    assertThat(error.getString("message")).contains("is not an image");
  }

  @Test
  void contributorsMayNotUpload() {
    Api contributor = anonymous.newUser("contributor");

    assertProblem(contributor.upload("/api/media", Images.png(20, 20), "image/png", "a.png"), 403, "/problems/access-denied");
  }

  @Test
  void anonymousUploadsAndReadsNeedASignIn() {
    Api.Reply upload = anonymous.upload("/api/media", Images.png(20, 20), "image/png", "a.png");

    assertProblem(upload, 401, "/problems/not-authenticated");
    assertThat(upload.header("WWW-Authenticate")).contains("Basic realm=\"cms\"");
    assertProblem(anonymous.get("/api/media"), 401, "/problems/not-authenticated");
  }

  private static void assertProblem(Api.Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("type")).isEqualTo(type);
  }
}
