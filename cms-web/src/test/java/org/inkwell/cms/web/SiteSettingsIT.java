package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/site} on the real WAR: who may change the settings, every bad input named at its
 * field with nothing stored, and the public site following a change at the next request. Each test
 * sets every setting it relies on.
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
    Api.Reply created = admin.upload("/api/media", MediaApiIT.png(width, height), "image/png", "site-" + Ids.unique() + ".png");
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
}
