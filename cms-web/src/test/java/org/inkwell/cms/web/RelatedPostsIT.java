package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Recommended Posts plugin on the real WAR with the demo content: what readers and editors
 * get, how fast lists follow content changes, editors' pins and exclusions, settings, bad input.
 */
@ExtendWith(ArquillianExtension.class)
class RelatedPostsIT {

  /**
   * Lists follow a change within about a second of its commit (bench/related measures how fast);
   * here it need only happen, on however busy a machine.
   */
  private static final Duration EVENTUALLY = Duration.ofSeconds(30);
  private static final String CALORIE_DEFICIT = "Can You Build Muscle In A Calorie Deficit?";

  @Deployment(testable = false)
  @TargetsContainer("related")
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private Api anonymous;
  private Api admin;
  private long seed;

  @BeforeEach
  void clients() {
    anonymous = Api.anonymous(base);
    admin = anonymous.asAdmin();
    seed = idOf("how-to-pop-lower-back");
    // Lists are built in the background at start-up; the first test may have to wait for them.
    admin.await("/api/related/status", r -> r.status() == 200 && !r.json().isNull("liveGeneration"), Duration.ofSeconds(60));
  }

  @Test
  void readersSeeCardsOfRelatedPostsAndEditorsSeeWhy() {
    Api.Reply reply = anonymous.get(related(seed, null));
    assertThat(reply.status()).isEqualTo(200);
    JsonArray cards = reply.array();
    assertThat(cards).hasSize(3);
    JsonObject card = cards.getJsonObject(0);
    assertThat(card.getString("url")).startsWith("http").endsWith("/");
    assertThat(card.getJsonObject("category").getString("name")).isNotBlank();
    assertThat(card.getJsonObject("category").getString("slug")).isNotBlank();
    assertThat(card.getString("author")).isNotBlank();
    assertThat(card.getJsonObject("image").getString("alt")).isNotBlank();
    assertThat(card.containsKey("score")).as("scores are for editors").isFalse();
    assertThat(card.containsKey("reasons")).isFalse();
    assertThat(reply.header("Cache-Control")).contains("no-cache");

    Api.Reply again = anonymous.get(related(seed, null), "If-None-Match", reply.etag());
    assertThat(again.status()).isEqualTo(304);

    JsonArray forEditors = admin.get(related(seed, 20)).array();
    assertThat(ids(forEditors)).doesNotContain(seed).doesNotHaveDuplicates();
    JsonObject calorieDeficit = forEditors.getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("title").equals(CALORIE_DEFICIT))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the seed's list lacks " + CALORIE_DEFICIT + ": " + forEditors));
    assertThat(calorieDeficit.getJsonObject("category").getString("name")).isEqualTo("Workouts");
    assertThat(calorieDeficit.getString("excerpt")).endsWith(" […]");
    // As on the seed page: the demo content pins it first on the seed article, an editor's choice.
    assertThat(cards.getJsonObject(0).getString("title")).as("readers' first card").isEqualTo(CALORIE_DEFICIT);
    assertThat(forEditors.getJsonObject(0).getString("title")).isEqualTo(CALORIE_DEFICIT);
    assertThat(calorieDeficit.getString("kind")).isEqualTo("pinned");
    assertThat(strings(calorieDeficit.getJsonArray("reasons"))).containsExactly("pinned by an editor");
    JsonArray demoPins = admin.get(curation(seed)).json().getJsonArray("pinned");
    assertThat(demoPins).hasSize(1);
    assertThat(demoPins.getJsonNumber(0).longValue()).isEqualTo(calorieDeficit.getJsonNumber("id").longValue());
    JsonObject firstScored = forEditors.getJsonObject(1);
    assertThat(firstScored.getString("kind")).isEqualTo("scored");
    assertThat(firstScored.getJsonNumber("score").doubleValue()).isPositive();
    assertThat(strings(firstScored.getJsonArray("reasons"))).contains("same category");
  }

  @Test
  void publishedPostsEnterListsAndLeaveThemWhenUnpublishedOrTrashed() {
    String title = "Lower Back Stretches for Stiff Mornings " + Ids.unique();
    JsonObject draft = admin.post("/api/articles", stretchesArticle(title, "draft")).json();
    long id = draft.getInt("id");
    String path = "/api/articles/" + id;

    Api.Reply published = admin.patch(path, "{\"status\":\"published\"}", "If-Match", "\"" + draft.getInt("version") + "\"");
    assertThat(published.status()).isEqualTo(200);
    assertThat(ids(awaitList(seed, list -> list.contains(id)))).as("in the seed's list").contains(id);

    Api.Reply unpublished = admin.patch(path, "{\"status\":\"draft\"}", "If-Match", published.etag());
    assertThat(unpublished.status()).isEqualTo(200);
    assertThat(ids(awaitList(seed, list -> !list.contains(id)))).doesNotContain(id);
    assertThat(anonymous.get(related(id, null)).status()).as("a draft has no public list").isEqualTo(404);

    Api.Reply republished = admin.patch(path, "{\"status\":\"published\"}", "If-Match", unpublished.etag());
    assertThat(ids(awaitList(seed, list -> list.contains(id)))).contains(id);
    long holder = idOf("lower-back-stretches-for-beginners");
    assertThat(ids(awaitList(holder, list -> list.contains(id)))).as("lists of similar posts take it too").contains(id);

    assertThat(admin.delete(path, "If-Match", republished.etag()).status()).isIn(200, 204);
    assertThat(ids(awaitList(seed, list -> !list.contains(id)))).doesNotContain(id);
    assertThat(ids(awaitList(holder, list -> !list.contains(id)))).as("trashed: gone from every list").doesNotContain(id);
  }

  @Test
  void draftsAndScheduledPostsStayOutUntilTheyGoLive() {
    long draft = admin.post("/api/articles", stretchesArticle("Draft Back Stretches " + Ids.unique(), "draft")).json().getInt("id");
    // Far enough ahead that it is still scheduled when the lists are looked at below.
    String at = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(20).toString();
    JsonObject scheduled = admin.post("/api/articles",
        stretchesArticle("Scheduled Back Stretches " + Ids.unique(), "published").replace("{", "{\"publishAt\":\"" + at + "\",")).json();
    assertThat(scheduled.getString("status")).isEqualTo("scheduled");
    long later = scheduled.getInt("id");

    // Give the background work every chance to (wrongly) list them.
    admin.await("/api/related/status", RelatedPostsIT::idle, EVENTUALLY);
    assertThat(ids(admin.get(related(seed, 20)).array())).doesNotContain(draft, later);

    // The publishing schedule runs every 10 s; then the post goes live like any other.
    assertThat(ids(awaitList(seed, list -> list.contains(later), Duration.ofSeconds(60)))).contains(later);
    assertThat(ids(admin.get(related(seed, 20)).array())).doesNotContain(draft);
  }

  @Test
  void editorsPinAndExcludePosts() {
    long target = idOf("desk-posture-guide");
    long pinned = idOf("high-protein-meal-prep-for-the-week");
    List<Long> before = ids(admin.get(related(target, 20)).array());
    long excluded = before.get(0);
    Api editor = anonymous.newUser("editor");

    Api.Reply saved = editor.put(curation(target), "{\"pinned\":[" + pinned + "],\"excluded\":[" + excluded + "]}");
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.json().getJsonArray("pinned").getJsonNumber(0).longValue()).isEqualTo(pinned);

    List<Long> after = ids(awaitList(target, list -> !list.isEmpty() && list.get(0) == pinned));
    assertThat(after.get(0)).as("a pinned post comes first").isEqualTo(pinned);
    assertThat(after).as("an excluded post never appears").doesNotContain(excluded);
    assertThat(strings(admin.get(related(target, 1)).array().getJsonObject(0).getJsonArray("reasons")))
        .contains("pinned by an editor");
    assertThat(editor.get(curation(target)).json().getJsonArray("excluded").getJsonNumber(0).longValue()).isEqualTo(excluded);

    assertThat(editor.put(curation(target), "{\"pinned\":[],\"excluded\":[]}").status()).isEqualTo(200);
    assertThat(ids(awaitList(target, list -> list.contains(excluded)))).contains(excluded);
  }

  @Test
  void twoHundredRapidEditsAreRecomputedAFewTimesNotTwoHundred() {
    long id = admin.post("/api/articles", stretchesArticle("Back Stretch Edits " + Ids.unique(), "published")).json().getInt("id");
    admin.await("/api/related/status", RelatedPostsIT::idle, EVENTUALLY);
    JsonObject before = admin.get("/api/related/status").json();

    String etag = admin.get("/api/articles/" + id).etag();
    for (int i = 0; i < 200; i++) {
      Api.Reply edited = admin.patch("/api/articles/" + id, "{\"excerpt\":\"Edit number " + i + "\"}", "If-Match", etag);
      assertThat(edited.status()).isEqualTo(200);
      etag = edited.etag();
    }
    JsonObject after =
        admin.await("/api/related/status", RelatedPostsIT::idle, EVENTUALLY).json();

    long received = after.getJsonNumber("changesReceived").longValue() - before.getJsonNumber("changesReceived").longValue();
    long processed = after.getJsonNumber("changesProcessed").longValue() - before.getJsonNumber("changesProcessed").longValue();
    assertThat(received).isGreaterThanOrEqualTo(200);
    assertThat(processed).as("edits of one article coalesce").isLessThan(received / 4);
  }

  @Test
  void newSettingsRebuildEveryListWhileTheOldOnesServe() {
    Api.Reply changed = admin.put("/api/related/settings", "{\"count\":4,\"excludedCategories\":[\"yoga\"]}");
    assertThat(changed.status()).isEqualTo(202);
    try {
      Api.Reply during = anonymous.get(related(seed, null));
      assertThat(during.status()).isEqualTo(200);
      assertThat(during.array()).as("never an empty block").isNotEmpty();
      admin.await("/api/related/status", r -> r.json().isNull("rebuild") && !r.json().getBoolean("rebuildRequested"), EVENTUALLY);

      JsonArray rebuilt = anonymous.get(related(seed, null)).array();
      assertThat(rebuilt).hasSize(4);
      assertThat(admin.get(related(seed, 20)).array().getValuesAs(JsonObject.class))
          .noneSatisfy(c -> assertThat(c.getJsonObject("category").getString("slug")).isEqualTo("yoga"));
      assertThat(admin.get("/api/related/settings").json().getInt("count")).isEqualTo(4);
    } finally {
      admin.put("/api/related/settings", "{\"count\":3,\"excludedCategories\":[]}");
      admin.await("/api/related/status", r -> r.json().isNull("rebuild") && !r.json().getBoolean("rebuildRequested"), EVENTUALLY);
    }
  }

  @Test
  void badInputGetsAProblemAndChangesNothing() {
    long target = idOf("foam-rolling-guide");
    Api editor = anonymous.newUser("editor");
    String stored = editor.get(curation(target)).body();

    assertProblem(anonymous.get(related(seed, 0)), 400, "limit");
    assertProblem(anonymous.get("/api/articles/" + seed + "/related?limit=many"), 400, "limit");
    assertProblem(anonymous.get(related(99_999_999L, null)), 404, null);
    assertProblem(anonymous.put(curation(target), "{\"pinned\":[]}"), 401, null);
    assertProblem(anonymous.newUser("author").put(curation(target), "{\"pinned\":[]}"), 403, null);
    assertProblem(editor.put(curation(target), "{\"pinned\":[" + target + "]}"), 400, "pinned");
    assertProblem(editor.put(curation(target), "{\"pinned\":[99999999]}"), 400, "pinned");
    assertProblem(editor.put(curation(target), "{\"pinned\":[\"seven\"]}"), 400, "pinned");
    assertProblem(editor.put(curation(target), "{\"pinned\":[" + seed + "],\"excluded\":[" + seed + "]}"), 400, "excluded");
    assertProblem(editor.put(curation(target), "{\"pinned\":[" + seed + "],\"colour\":1}"), 400, "colour");
    assertProblem(editor.put(curation(target), "{\"pinned\":"), 400, null);
    assertThat(editor.get(curation(target)).body()).as("nothing stored").isEqualTo(stored);

    String settings = admin.get("/api/related/settings").body();
    assertProblem(editor.put("/api/related/settings", "{\"count\":4}"), 403, null);
    assertProblem(admin.put("/api/related/settings", "{\"count\":0}"), 400, "count");
    assertProblem(admin.put("/api/related/settings", "{\"weights\":{\"text\":-1}}"), 400, "weights.text");
    assertProblem(admin.put("/api/related/settings", "{\"excludedTags\":[\"Not A Slug\"]}"), 400, "excludedTags");
    assertProblem(anonymous.post("/api/related/rebuild", ""), 401, null);
    assertThat(admin.get("/api/related/settings").body()).isEqualTo(settings);
  }

  /** No change waits for, or is in, recomputation. */
  private static boolean idle(Api.Reply status) {
    return status.json().getInt("changesQueued") == 0 && status.json().getInt("changesInProgress") == 0;
  }

  private static void assertProblem(Api.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).isEqualTo("application/problem+json");
    if (field != null) {
      assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
          .anySatisfy(e -> assertThat(e.getString("field")).isEqualTo(field));
    }
  }

  private JsonArray awaitList(long article, java.util.function.Predicate<List<Long>> condition) {
    return awaitList(article, condition, EVENTUALLY);
  }

  private JsonArray awaitList(long article, java.util.function.Predicate<List<Long>> condition, Duration patience) {
    return admin.await(related(article, 20), r -> r.status() == 200 && condition.test(ids(r.array())), patience).array();
  }

  private long idOf(String slug) {
    return anonymous.get("/api/articles?slug=" + slug).array().getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static String related(long article, Integer limit) {
    return "/api/articles/" + article + "/related" + (limit == null ? "" : "?limit=" + limit);
  }

  private static String curation(long article) {
    return "/api/articles/" + article + "/related/curation";
  }

  private static String stretchesArticle(String title, String status) {
    return "{\"title\":\"" + title + "\",\"status\":\"" + status + "\",\"category\":\"fitness-tips\","
        + "\"tags\":[\"Back Pain\",\"Stretching\",\"Mobility\"],"
        + "\"body\":\"<p>Stiff lower back in the morning? These gentle lower back stretches release tension in the spine."
        + " Stretch slowly, breathe, and never force your back to pop.</p><h2>Knee to chest stretch</h2>"
        + "<p>Lie on your back and pull one knee towards your chest to stretch the lower back.</p>\"}";
  }

  private static List<Long> ids(JsonArray cards) {
    return cards.getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
  }
}
