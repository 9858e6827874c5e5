package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jsoup.Jsoup;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/site} and {@code /api/menus} on the real WAR: who may change the settings and the
 * menus, every bad input named at its field with nothing stored, and the public site following a
 * change at the next request. Each test sets every setting it relies on and puts the demo menus
 * back.
 */
@ExtendWith(ArquillianExtension.class)
class SiteSettingsIT {

  private static final Pattern CARD = Pattern.compile("<article class=\"card\">");

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

  private long upload(int width, int height) {
    Api.Reply created = admin.upload("/api/media", Images.png(width, height), "image/png", "site-" + Ids.unique() + ".png");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static void assertProblem(Api.Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("type")).isEqualTo(type);
  }

  private static int cards(String html) {
    Matcher m = CARD.matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void anyoneReadsTheSettingsButOnlyAdministratorsChangeThem() {
    String before = anonymous.get("/api/site").body();
    String body = "{\"name\":\"Taken over " + Ids.unique() + "\"}";

    assertProblem(anonymous.patch("/api/site", body), 401, "/problems/not-authenticated");
    assertProblem(anonymous.newUser("editor").patch("/api/site", body), 403, "/problems/access-denied");
    assertProblem(anonymous.newUser("author").put("/api/site", body), 403, "/problems/access-denied");
    assertThat(anonymous.get("/api/site").body()).isEqualTo(before);
    JsonObject site = anonymous.get("/api/site").json();
    assertThat(site.keySet()).contains("name", "tagline", "address", "timeZone", "perPage", "socialImage", "icon",
        "discourageSearchEngines");
  }

  @Test
  void everyBadInputIsNamedAtItsFieldAndNothingIsStored() {
    long banner = upload(1200, 630);
    admin.put("/api/site", "{\"name\":\"Kept\",\"perPage\":10}");
    String before = anonymous.get("/api/site").body();

    Api.Reply refused = admin.patch("/api/site", "{\"name\":\"\",\"tagline\":\"a\\nb\",\"address\":\"ftp://example.org\","
        + "\"timeZone\":\"Mars/Olympus\",\"perPage\":51,\"socialImageId\":999999,\"iconId\":" + banner + "}");

    assertProblem(refused, 400, "/problems/invalid-input");
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("name", "tagline", "address", "timeZone", "perPage", "socialImageId", "iconId");
    assertThat(anonymous.get("/api/site").body()).isEqualTo(before);

    assertThat(fieldsOf(admin.patch("/api/site", "{\"perPage\":\"ten\",\"iconId\":\"x\",\"discourageSearchEngines\":\"yes\",\"theme\":1}")))
        .containsExactlyInAnyOrder("perPage", "iconId", "discourageSearchEngines", "theme");
    assertThat(fieldsOf(admin.put("/api/site", "{\"tagline\":\"No name\"}"))).containsExactly("name");
    assertThat(fieldsOf(admin.patch("/api/site", "[1]"))).containsExactly("body");
    assertThat(anonymous.get("/api/site").body()).isEqualTo(before);
  }

  private static java.util.List<String> fieldsOf(Api.Reply reply) {
    assertProblem(reply, 400, "/problems/invalid-input");
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
  }

  @Test
  void thePublicSiteFollowsAChangeAtTheNextRequest() {
    long banner = upload(1200, 630);
    long icon = upload(512, 512);
    admin.put("/api/site", "{\"name\":\"Before\",\"perPage\":10}");
    String home = anonymous.get("/").body();
    assertThat(home).contains("<title>Before</title>").doesNotContain("noindex");
    assertThat(anonymous.get("/robots.txt").body()).contains("Disallow: /admin/");

    String name = "Settled " + Ids.unique();
    Api.Reply changed = admin.put("/api/site", "{\"name\":\"" + name + "\",\"tagline\":\"Fresh tagline\",\"perPage\":2,"
        + "\"socialImageId\":" + banner + ",\"iconId\":" + icon + ",\"discourageSearchEngines\":true}");

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    JsonObject site = changed.json();
    assertThat(site.getJsonObject("socialImage").getString("url")).startsWith("http").contains("/media/uploads/");
    home = anonymous.get("/").body();
    assertThat(home).contains("<title>" + name + "</title>", "class=\"site-title\" href=\"/\" rel=\"home\">" + name + "<",
        "Fresh tagline", "<meta name=\"robots\" content=\"noindex, follow\">",
        "<meta property=\"og:image\" content=\"" + site.getJsonObject("socialImage").getString("url") + "\">",
        "<meta property=\"og:image:width\" content=\"1200\">", "<meta property=\"og:image:height\" content=\"630\">",
        "<link rel=\"icon\" href=\"/media/uploads/", "sizes=\"150x150\"", "href=\"/page/2/\"");
    assertThat(cards(home)).isEqualTo(2);
    assertThat(anonymous.get("/robots.txt").body()).contains("Disallow: /\n").doesNotContain("Disallow: /admin/");
    assertThat(anonymous.get("/sitemap.xml").status()).isEqualTo(200);
    String article = anonymous.get("/how-to-pop-lower-back/").body();
    assertThat(article).contains("noindex, follow", "og:image:width");

    admin.patch("/api/site", "{\"discourageSearchEngines\":false,\"perPage\":null,\"iconId\":null}");
    home = anonymous.get("/").body();
    assertThat(home).doesNotContain("noindex").contains("<link rel=\"icon\" href=\"data:,\">");
    assertThat(cards(home)).isEqualTo(10);
    assertThat(anonymous.get("/robots.txt").body()).contains("Disallow: /admin/");
  }

  @Test
  void theSiteAddressSettingMakesCanonicalLinks() {
    admin.put("/api/site", "{\"name\":\"Addressed\",\"address\":\"https://Fitness.Example/\"}");

    assertThat(anonymous.get("/api/site").json().getString("address")).isEqualTo("https://fitness.example");
    assertThat(anonymous.get("/").body()).contains("<link rel=\"canonical\" href=\"https://fitness.example/\">");
    assertThat(anonymous.get("/robots.txt").body()).contains("Sitemap: https://fitness.example/sitemap.xml");
    admin.put("/api/site", "{\"name\":\"Addressed\"}");
    assertThat(anonymous.get("/").body()).doesNotContain("fitness.example");
  }

  private long pageId(String slug) {
    return anonymous.get("/api/pages?slug=" + slug).array().getJsonObject(0).getJsonNumber("id").longValue();
  }

  private long categoryId(String slug) {
    return anonymous.get("/api/categories").array().getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("slug").equals(slug)).findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  private static java.util.List<String> headerItems(String html) {
    return Jsoup.parse(html).select(".site-nav > ul > li").stream()
        .map(li -> li.selectFirst("summary") != null ? li.selectFirst("summary").text() : li.selectFirst("a").text())
        .toList();
  }

  @Test
  void anyoneReadsTheMenusOnlyAdministratorsArrangeThemAndBadItemsAreNamed() {
    JsonObject header = anonymous.get("/api/menus/header").json();
    assertThat(header.getString("location")).isEqualTo("header");
    assertThat(header.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("label"))
        .containsExactly("Fitness", "Nutrition", "Wellness", "About");
    JsonObject about = header.getJsonArray("items").getJsonObject(3);
    assertThat(about.getJsonNumber("page").longValue()).isEqualTo(pageId("about"));
    assertThat(about.getString("url")).isEqualTo("/about/");
    assertThat(about.getJsonArray("children").getJsonObject(0).getString("url")).isEqualTo("/about/our-authors/");
    assertThat(anonymous.get("/api/menus/footer").json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("label")).containsExactly("About", "Contact", "Privacy Policy");
    assertProblem(anonymous.get("/api/menus/sidebar"), 404, "/problems/menu-not-found");

    String before = header.toString();
    String body = "{\"items\":[{\"label\":\"Home\",\"url\":\"/\"}]}";
    assertProblem(anonymous.put("/api/menus/header", body), 401, "/problems/not-authenticated");
    assertProblem(anonymous.newUser("editor").put("/api/menus/header", body), 403, "/problems/access-denied");
    String tooMany = "{\"items\":[" + String.join(",", java.util.Collections.nCopies(51, "{\"label\":\"x\",\"url\":\"/\"}")) + "]}";
    assertThat(fieldsOf(admin.put("/api/menus/header", tooMany))).containsExactly("items");
    assertThat(fieldsOf(admin.put("/api/menus/header", "{\"items\":["
        + "{\"label\":\"\",\"url\":\"/\"},"
        + "{\"label\":\"Script\",\"url\":\"javascript:alert(1)\"},"
        + "{\"label\":\"Gone\",\"page\":999999},"
        + "{\"label\":\"Deep\",\"url\":\"/a/\",\"children\":[{\"label\":\"B\",\"url\":\"/b/\",\"children\":[{\"label\":\"C\",\"url\":\"/c/\"}]}]},"
        + "{\"label\":\"Nowhere\"}]}")))
        .containsExactly("items[0].label", "items[1].url", "items[2].page", "items[3].children[0].children", "items[4]");
    assertThat(fieldsOf(admin.put("/api/menus/header", "{\"items\":[{\"label\":\"Two\",\"page\":1,\"tag\":2,\"colour\":\"red\"}]}")))
        .containsExactlyInAnyOrder("items[0].tag", "items[0].colour");
    assertThat(fieldsOf(admin.put("/api/menus/header", "{\"menu\":[]}"))).containsExactlyInAnyOrder("menu", "items");
    assertThat(anonymous.get("/api/menus/header").json().toString()).isEqualTo(before);

    // What a client read goes back as it is.
    Api.Reply same = admin.put("/api/menus/header", before);
    assertThat(same.status()).as(same.toString()).isEqualTo(200);
    assertThat(same.json().toString()).isEqualTo(before);
  }

  @Test
  void aChangedMenuAndItsTargetsShowAtTheNextRequest() {
    String demo = anonymous.get("/api/menus/header").body();
    assertThat(headerItems(anonymous.get("/").body())).containsExactly("Fitness", "Nutrition", "Wellness", "About");
    Api.Reply draft = admin.post("/api/articles", "{\"title\":\"Menu draft " + Ids.unique() + "\",\"body\":\"<p>Soon.</p>\",\"status\":\"draft\"}");
    JsonObject article = draft.json();
    try {
      Api.Reply put = admin.put("/api/menus/header", "{\"items\":["
          + "{\"label\":\"Contact us\",\"page\":" + pageId("contact") + "},"
          + "{\"label\":\"Coming soon\",\"article\":" + article.getJsonNumber("id") + "},"
          + "{\"label\":\"Topics\",\"url\":\"/category/yoga/\",\"children\":["
          + "{\"label\":\"Sleep\",\"category\":" + categoryId("sleep") + "},"
          + "{\"label\":\"Shop\",\"url\":\"https://shop.example.com/\"}]}]}");
      assertThat(put.status()).as(put.toString()).isEqualTo(200);
      assertThat(put.json().getJsonArray("items").getJsonObject(1).isNull("url")).as("a draft leads nowhere yet").isTrue();

      String home = anonymous.get("/").body();
      assertThat(headerItems(home)).containsExactly("Contact us", "Topics");
      assertThat(Jsoup.parse(home).select(".site-nav .dropdown a")).extracting(e -> e.attr("href"))
          .containsExactly("/category/yoga/", "/category/sleep/", "https://shop.example.com/");
      assertThat(headerItems(anonymous.get("/how-to-pop-lower-back/").body())).containsExactly("Contact us", "Topics");

      Api.Reply published = admin.patch("/api/articles/" + article.getJsonNumber("id"), "{\"status\":\"published\"}",
          "If-Match", draft.etag());
      assertThat(published.status()).as(published.toString()).isEqualTo(200);
      assertThat(headerItems(anonymous.get("/").body())).containsExactly("Contact us", "Coming soon", "Topics");
      assertThat(anonymous.get("/how-to-pop-lower-back/").body()).contains("href=\"/" + published.json().getString("slug") + "/\"");

      Api.Reply withdrawn = admin.patch("/api/articles/" + article.getJsonNumber("id"), "{\"status\":\"draft\"}",
          "If-Match", published.etag());
      assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
      assertThat(headerItems(anonymous.get("/").body())).containsExactly("Contact us", "Topics");
    } finally {
      assertThat(admin.put("/api/menus/header", demo).status()).isEqualTo(200);
      admin.delete("/api/articles/" + article.getJsonNumber("id"));
    }
    assertThat(headerItems(anonymous.get("/").body())).containsExactly("Fitness", "Nutrition", "Wellness", "About");
  }

  @Test
  void withoutAHeaderMenuTheCategoriesWithMostArticlesShowAndTheRestIsUnderMore() {
    String demo = anonymous.get("/api/menus/header").body();
    java.util.List<Long> added = new java.util.ArrayList<>();
    try {
      assertThat(admin.put("/api/menus/header", "{\"items\":[]}").status()).isEqualTo(200);
      assertThat(headerItems(anonymous.get("/").body())).containsExactly("Fitness", "Nutrition", "Wellness");
      String run = Ids.unique();
      for (int i = 1; i <= 6; i++) {
        added.add(admin.post("/api/categories", "{\"name\":\"Topic " + i + " " + run + "\"}").json().getJsonNumber("id").longValue());
      }

      String home = anonymous.get("/").body();
      java.util.List<String> items = headerItems(home);
      assertThat(items).hasSize(CATEGORIES_SHOWN + 1).endsWith("More").contains("Fitness", "Nutrition", "Wellness");
      assertThat(Jsoup.parse(home).select(".site-nav .has-dropdown .dropdown a")).hasSize(3)
          .allSatisfy(a -> assertThat(a.text()).startsWith("Topic "));
    } finally {
      added.forEach(id -> admin.delete("/api/categories/" + id));
      assertThat(admin.put("/api/menus/header", demo).status()).isEqualTo(200);
    }
  }

  /** Top-level categories a header without a menu shows before "More". */
  private static final int CATEGORIES_SHOWN = 6;
}
