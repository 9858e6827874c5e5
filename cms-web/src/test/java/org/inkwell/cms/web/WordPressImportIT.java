package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing WordPress sites over the API on the real WAR: real exports, a second run, attachments
 * from a local stand-in for the WordPress site, bad files, roles; and exporting this site.
 */
@ExtendWith(ArquillianExtension.class)
class WordPressImportIT {

  /** A bound against a hung import, not a speed promise: both cores may be busy with other builds. */
  private static final Duration PATIENCE = Duration.ofMinutes(5);

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
  void importsWordPressBlockTestDataAndASecondRunCreatesNothing() {
    byte[] file = resource("theme-test-data.wxr.xml");
    Api.Reply started = admin.upload("/api/imports?download_media=false", file, "application/xml", "export.xml");
    assertThat(started.status()).isEqualTo(202);
    String location = started.header("Location").orElseThrow();
    assertThat(location).endsWith("/api/imports/" + started.json().getJsonNumber("id").longValue());
    assertThat(started.json().getString("state")).isIn("queued", "running", "done");

    JsonObject report = finished(location);
    System.out.println("Import report of the block test data: " + report);
    assertThat(report.getString("state")).isEqualTo("done");
    assertThat(report.getJsonObject("progress").getInt("done")).isEqualTo(report.getJsonObject("progress").getInt("total"));
    JsonObject created = report.getJsonObject("created");
    assertThat(created.getInt("posts")).isEqualTo(61);
    assertThat(created.getInt("pages")).isEqualTo(1);
    assertThat(created.getInt("authors")).isEqualTo(2);
    assertThat(created.getInt("categories") + report.getJsonObject("skipped").getInt("categories")).isPositive();
    assertThat(report.getJsonObject("skipped").getInt("media")).isEqualTo(9);
    assertThat(report.getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("message")))
        .contains("not downloaded: the import was started without media", "items of type wp_navigation are not imported")
        .anyMatch(m -> m.startsWith("the slug search is taken here: imported as "));

    JsonObject list = onlyArticle("list");
    assertThat(list.getString("title")).isEqualTo("List");
    assertThat(list.getString("status")).isEqualTo("published");
    assertThat(list.getString("publishedAt")).isEqualTo("2024-02-05T15:59:12Z");
    assertThat(list.getString("body")).contains("<li>Nested list item").doesNotContain("wp:list");
    assertThat(list.getJsonObject("category").getString("slug")).isEqualTo("text");
    assertThat(list.getJsonObject("author").getString("login")).isEqualTo("themereviewer");
    Api.Reply page = anonymous.get("/list/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Nested list item");

    Api.Reply again = admin.upload("/api/imports?download_media=false", file, "text/xml", "export.xml");
    assertThat(again.status()).isEqualTo(202);
    JsonObject second = finished(again.header("Location").orElseThrow());
    assertThat(second.getString("state")).isEqualTo("done");
    assertThat(second.getJsonObject("created").values()).allSatisfy(n -> assertThat(n.toString()).isEqualTo("0"));
    assertThat(second.getJsonObject("updated").values()).allSatisfy(n -> assertThat(n.toString()).isEqualTo("0"));
    assertThat(second.getJsonObject("skipped").getInt("posts")).isEqualTo(61);

    Api.Reply past = admin.get("/api/imports?per_page=1");
    assertThat(past.status()).isEqualTo(200);
    assertThat(past.header("X-Total-Count").map(Integer::parseInt).orElseThrow()).isGreaterThanOrEqualTo(2);
    assertThat(past.array().getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(second.getJsonNumber("id").longValue());
  }

  @Test
  void importsNestedCategoriesAnAuthorStatusesAndAPageUnderItsParent() {
    Api.Reply started =
        admin.upload("/api/imports?download_media=false", resource("trail-notes.wxr.xml"), "application/rss+xml", "trail.xml");
    assertThat(started.status()).isEqualTo(202);
    JsonObject report = finished(started.header("Location").orElseThrow());
    assertThat(report.getString("state")).isEqualTo("done");
    assertThat(report.getJsonObject("created").getInt("posts")).isEqualTo(4);
    assertThat(report.getJsonObject("created").getInt("pages")).isEqualTo(2);
    assertThat(report.getJsonObject("created").getInt("authors")).isEqualTo(1);
    assertThat(report.getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("item") + ": " + p.asJsonObject().getString("message")))
        .contains(
            "Hills & Valleys: shortcode [gallery] kept as text",
            "Hills & Valleys: 2 comment(s) not imported",
            "Members only: password-protected in WordPress: imported as a draft",
            "Diary: private in WordPress: imported as a draft",
            "hill.jpg: not downloaded: the import was started without media");

    JsonObject hills = onlyArticle("hills-and-valleys");
    assertThat(hills.getString("title")).isEqualTo("Hills & Valleys");
    assertThat(hills.getString("publishedAt")).isEqualTo("2019-05-04T08:00:00Z");
    assertThat(hills.getJsonObject("category").getString("slug")).isEqualTo("ultras");
    assertThat(hills.getJsonArray("categories").stream().map(c -> c.asJsonObject().getString("slug"))).contains("outdoors");
    assertThat(hills.getJsonArray("tags").stream().map(t -> t.asJsonObject().getString("name"))).containsExactlyInAnyOrder("Mud", "New Shoes");
    assertThat(hills.getJsonObject("author").getString("login")).isEqualTo("ada.runner");
    assertThat(anonymous.get("/hills/").status()).isEqualTo(301);
    assertThat(hills.getBoolean("sticky")).isTrue();
    assertThat(onlyArticle("members-only").getBoolean("sticky")).isFalse();

    // WordPress's old addresses of the post, its category archive and a page lead to where they live now.
    String hillsNow = "/hills-and-valleys/";
    assertMovedTo("/?p=101", hillsNow);
    assertMovedTo("/2019/05/hills-and-valleys/", hillsNow);
    assertMovedTo("/2019/05/04/hills-and-valleys/", hillsNow);
    assertMovedTo("/archives/101/", hillsNow);
    assertMovedTo("/category/outdoors/trail-running/ultras/", "/category/ultras/");
    assertMovedTo("/?page_id=202", "/about-trail-notes/our-team/");
    assertThat(anonymous.get("/?p=999999").status()).isEqualTo(404);
    assertThat(anonymous.get("/?p=103").status()).as("a draft is never a redirect's target").isEqualTo(404);
    assertThat(anonymous.get("/").status()).isEqualTo(200);
    assertThat(anonymous.get("/category/ultras/").status()).isEqualTo(200);

    // Sticky in WordPress: first on the home page, above articles published after it.
    String newer = "Newer than the hills " + Ids.unique();
    assertThat(admin.post("/api/articles", "{\"title\":\"" + newer + "\",\"body\":\"<p>x</p>\",\"status\":\"published\"}")
        .status()).isEqualTo(201);
    String home = anonymous.get("/").body();
    assertThat(home).contains(newer, "Hills &amp; Valleys");
    assertThat(home.indexOf("Hills &amp; Valleys")).isLessThan(home.indexOf(newer));

    List<JsonObject> categories = admin.get("/api/categories").array().stream().map(v -> v.asJsonObject()).toList();
    assertThat(categories).anySatisfy(c -> {
      assertThat(c.getString("slug")).isEqualTo("ultras");
      assertThat(c.getString("name")).isEqualTo("Ultras & Beyond");
      assertThat(c.getString("parent")).isEqualTo("trail-running");
    });
    assertThat(categories).anySatisfy(c -> {
      assertThat(c.getString("slug")).isEqualTo("trail-running");
      assertThat(c.getString("parent")).isEqualTo("outdoors");
    });
    assertThat(admin.get("/api/users").array().stream().map(v -> v.asJsonObject()))
        .anySatisfy(u -> {
          assertThat(u.getString("login")).isEqualTo("ada.runner");
          assertThat(u.getString("role")).isEqualTo("author");
          assertThat(u.getBoolean("active")).isFalse();
        });

    assertThat(status("post-102")).isEqualTo("scheduled");
    assertThat(status("members-only")).isEqualTo("draft");
    assertThat(status("diary")).isEqualTo("draft");
    assertThat(anonymous.get("/members-only/").status()).isEqualTo(404);

    Api.Reply child = anonymous.get("/about-trail-notes/our-team/");
    assertThat(child.status()).isEqualTo(200);
    assertThat(child.body()).contains("Who we are");
  }

  @Test
  void aPostChangedInWordPressIsUpdatedUnlessItWasEditedHereSince() {
    String run = Ids.unique();
    String site = "https://changes-" + run + ".example";
    Api.Reply first = admin.send("POST", "/api/imports",
        wxr(site, post(1, "kept-" + run, "<p>One</p>"), post(2, "edited-" + run, "<p>Two</p>")), "Content-Type", "application/xml");
    assertThat(finished(first.header("Location").orElseThrow()).getJsonObject("created").getInt("posts")).isEqualTo(2);
    JsonObject edited = onlyArticle("edited-" + run);
    String path = "/api/articles/" + edited.getJsonNumber("id").longValue();
    assertThat(admin.patch(path, "{\"title\":\"Edited here\"}", "If-Match", admin.get(path).etag()).status()).isEqualTo(200);

    Api.Reply second = admin.send("POST", "/api/imports",
        wxr(site, post(1, "kept-" + run, "<p>One, revised</p>"), post(2, "edited-" + run, "<p>Two, revised</p>")),
        "Content-Type", "application/xml");
    JsonObject report = finished(second.header("Location").orElseThrow());

    assertThat(report.getJsonObject("created").getInt("posts")).isZero();
    assertThat(report.getJsonObject("updated").getInt("posts")).isEqualTo(1);
    assertThat(report.getJsonObject("skipped").getInt("posts")).isEqualTo(1);
    assertThat(report.getJsonArray("problems").getJsonObject(0).getString("message"))
        .isEqualTo("changed both here and in WordPress since the last import: left as it is here");
    JsonObject kept = onlyArticle("kept-" + run);
    assertThat(kept.getString("body")).isEqualTo("<p>One, revised</p>");
    assertThat(admin.get("/api/articles/" + kept.getJsonNumber("id").longValue() + "/revisions").array().getJsonObject(0)
        .getString("body")).isEqualTo("<p>One</p>");
    assertThat(onlyArticle("edited-" + run).getString("title")).isEqualTo("Edited here");
    assertThat(onlyArticle("edited-" + run).getString("body")).isEqualTo("<p>Two</p>");
  }

  @Test
  void attachmentsComeInAsMediaWithFeaturedImagesAndBodiesPointingAtTheLocalCopies() throws IOException {
    String run = Ids.unique();
    HttpServer wordpress = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String uploads = "/wp-content/uploads/2024/03/";
    serve(wordpress, uploads + "ridge" + run + "-scaled.png", 200, "image/png", image(600, 400, "png"));
    serve(wordpress, uploads + "lake" + run + ".jpg", 200, "image/jpeg", image(400, 300, "jpg"));
    serve(wordpress, uploads + "notes" + run + ".png", 200, "image/png", "no pixels here".getBytes(StandardCharsets.UTF_8));
    byte[] huge = new byte[10 * 1024 * 1024 + 1]; // one byte over the default upload limit
    wordpress.createContext(uploads + "huge" + run + ".png", exchange -> {
      exchange.sendResponseHeaders(200, 0); // chunked: no length to refuse it by, only its bytes
      try (var out = exchange.getResponseBody()) {
        out.write(huge);
      } catch (IOException hungUpOn) {
        // the importer stops reading at the limit
      }
    });
    wordpress.createContext("/moved/", exchange -> {
      exchange.getResponseHeaders().add("Location", uploads + "lake" + run + ".jpg");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    wordpress.createContext("/", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    wordpress.start();
    try {
      String old = "http://127.0.0.1:" + wordpress.getAddress().getPort();
      String site = "https://media-" + run + ".example";
      // Posts first and attachments after them, as WordPress writes its exports.
      String file = wxr(site,
          post(1, "with-images-" + run,
              "<p><img src=\"" + old + uploads + "ridge" + run + "-300x200.png\" alt=\"The ridge\" width=\"300\" height=\"200\"></p>"
                  + "<p><a href=\"" + old + uploads + "ridge" + run + "-scaled.png\">Full size</a>"
                  + " <img src=\"" + old + uploads + "missing" + run + ".png\" alt=\"Gone\"></p>",
              "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>31</wp:meta_value></wp:postmeta>"),
          post(2, "page-with-image-" + run, "<p>About</p>",
                  "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>30</wp:meta_value></wp:postmeta>")
              .replace("<wp:post_type>post</wp:post_type>", "<wp:post_type>page</wp:post_type>"),
          attachment(30, "ridge" + run, old + uploads + "ridge" + run + "-scaled.png", "The ridge at dawn", "Above the valley"),
          attachment(31, "lake" + run, old + "/moved/lake" + run + ".jpg", "A still lake", ""),
          attachment(32, "missing" + run, old + uploads + "missing" + run + ".png", "", ""),
          attachment(33, "notes" + run, old + uploads + "notes" + run + ".png", "", ""),
          attachment(34, "local" + run, "file:///etc/passwd", "", ""),
          attachment(35, "huge" + run, old + uploads + "huge" + run + ".png", "", ""));
      long mediaBefore = mediaCount();

      JsonObject withoutMedia = finished(admin.send("POST", "/api/imports?download_media=false", file, "Content-Type", "application/xml")
          .header("Location").orElseThrow());
      assertThat(withoutMedia.getJsonObject("created").getInt("posts")).isEqualTo(1);
      assertThat(withoutMedia.getJsonObject("created").getInt("media")).isZero();
      assertThat(withoutMedia.getJsonObject("skipped").getInt("media")).isEqualTo(6);
      assertThat(withoutMedia.getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("message")))
          .contains("not downloaded: the import was started without media", "its featured image (attachment 31) was not imported");
      assertThat(onlyArticle("with-images-" + run).getString("body")).contains(old + uploads + "ridge" + run + "-300x200.png");
      assertThat(mediaCount()).isEqualTo(mediaBefore);

      // The same file again, now with its media: the post, unchanged in WordPress, gains its images.
      JsonObject report = finished(admin.send("POST", "/api/imports", file, "Content-Type", "application/xml")
          .header("Location").orElseThrow());
      assertThat(report.getString("state")).isEqualTo("done");
      assertThat(report.getJsonObject("created").getInt("media")).isEqualTo(2);
      assertThat(report.getJsonObject("skipped").getInt("media")).isEqualTo(4);
      assertThat(report.getJsonObject("created").getInt("posts")).isZero();
      assertThat(report.getJsonObject("updated").getInt("posts")).isEqualTo(1);
      assertThat(report.getJsonObject("updated").getInt("pages")).isEqualTo(1);
      assertThat(mediaCount()).isEqualTo(mediaBefore + 2);
      assertThat(report.getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("item") + ": " + p.asJsonObject().getString("message")))
          .anyMatch(p -> p.startsWith("missing" + run + ": not downloaded from ") && p.endsWith("the server answered 404"))
          .anyMatch(p -> p.startsWith("notes" + run + ": not imported: ") && p.contains("is not an image"))
          .anyMatch(p -> p.startsWith("local" + run + ": not downloaded from file:///etc/passwd: only http and https"))
          .anyMatch(p -> p.startsWith("huge" + run + ": not downloaded from ")
              && p.endsWith("larger than the media library's upload limit of 10485760 bytes"));

      JsonObject post = onlyArticle("with-images-" + run);
      String body = post.getString("body");
      Matcher medium = Pattern.compile("src=\"(/media/uploads/[^\"]+-300x200\\.png)\"").matcher(body);
      assertThat(medium.find()).as(body).isTrue();
      assertThat(admin.bytes(medium.group(1)).statusCode()).isEqualTo(200);
      Matcher original = Pattern.compile("href=\"(/media/uploads/[^\"]+\\.png)\"").matcher(body);
      assertThat(original.find()).as(body).isTrue();
      assertThat(body).doesNotContain(old + uploads + "ridge").contains(old + uploads + "missing" + run + ".png");
      JsonObject ridge = mediaAt(original.group(1));
      assertThat(ridge.getString("altText")).isEqualTo("The ridge at dawn");
      assertThat(ridge.getString("caption")).isEqualTo("Above the valley");
      assertThat(ridge.getInt("width")).isEqualTo(600);

      JsonObject featured = post.getJsonObject("featuredImage");
      assertThat(featured.getString("url")).startsWith("/media/uploads/").endsWith(".jpg");
      assertThat(featured.getString("alt")).isEqualTo("A still lake");
      HttpResponse<byte[]> lake = anonymous.bytes(featured.getString("url"));
      assertThat(lake.statusCode()).isEqualTo(200);
      assertThat(lake.headers().firstValue("Content-Type")).contains("image/jpeg");
      assertThat(anonymous.get("/with-images-" + run + "/").body()).contains(medium.group(1));
      JsonObject page = admin.get("/api/pages?slug=page-with-image-" + run + "&status=any").array().getJsonObject(0);
      assertThat(page.getJsonObject("featuredImage").getString("url")).isEqualTo(original.group(1));
      assertThat(page.getJsonObject("featuredImage").getString("alt")).isEqualTo("The ridge at dawn");

      JsonObject second = finished(admin.send("POST", "/api/imports", file, "Content-Type", "application/xml")
          .header("Location").orElseThrow());
      assertThat(second.getString("state")).isEqualTo("done");
      assertThat(second.getJsonObject("created").values()).allSatisfy(n -> assertThat(n.toString()).isEqualTo("0"));
      assertThat(second.getJsonObject("updated").values()).allSatisfy(n -> assertThat(n.toString()).isEqualTo("0"));
      assertThat(second.getJsonObject("skipped").getInt("media")).isEqualTo(6);
      assertThat(mediaCount()).isEqualTo(mediaBefore + 2);
      assertThat(onlyArticle("with-images-" + run).getString("body")).isEqualTo(body);

      // Alt text changed in WordPress since: the image's texts follow, its files stay.
      String changed = file.replace("The ridge at dawn", "The ridge at first light");
      JsonObject third = finished(admin.send("POST", "/api/imports", changed, "Content-Type", "application/xml")
          .header("Location").orElseThrow());
      assertThat(third.getJsonObject("updated").getInt("media")).isEqualTo(1);
      assertThat(third.getJsonObject("created").getInt("media")).isZero();
      assertThat(mediaAt(original.group(1)).getString("altText")).isEqualTo("The ridge at first light");
      assertThat(mediaCount()).isEqualTo(mediaBefore + 2);
    } finally {
      wordpress.stop(0);
    }
  }

  private long mediaCount() {
    return admin.get("/api/media?per_page=1").header("X-Total-Count").map(Long::parseLong).orElseThrow();
  }

  /** The media library's image whose original is at this root-relative URL. */
  private JsonObject mediaAt(String url) {
    String name = url.substring(url.lastIndexOf('/') + 1);
    return admin.get("/api/media?q=" + name.substring(0, name.lastIndexOf('.'))).array().stream()
        .map(v -> v.asJsonObject())
        .filter(m -> m.getString("url").endsWith(url))
        .findFirst()
        .orElseThrow();
  }

  private static void serve(HttpServer server, String path, int status, String type, byte[] content) {
    server.createContext(path, exchange -> {
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(status, content.length);
      try (var out = exchange.getResponseBody()) {
        out.write(content);
      }
    });
  }

  private static byte[] image(int width, int height, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(40, 110, 170));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(230, 200, 90));
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  private static String attachment(int id, String title, String url, String alt, String caption) {
    return "<item><title>" + title + "</title><excerpt:encoded><![CDATA[" + caption + "]]></excerpt:encoded>"
        + "<wp:post_id>" + id + "</wp:post_id><wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>"
        + "<wp:attachment_url><![CDATA[" + url + "]]></wp:attachment_url>"
        + (alt.isEmpty() ? "" : "<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA["
            + alt + "]]></wp:meta_value></wp:postmeta>")
        + "</item>";
  }

  @Test
  void pageLoopsAreBrokenOldSlugsGiveWayToLiveOnesAndDescriptionsAreDecoded() {
    String run = Ids.unique();
    String category = "<wp:category><wp:term_id>5</wp:term_id><wp:category_nicename>fish-" + run + "</wp:category_nicename>"
        + "<wp:category_parent></wp:category_parent><wp:cat_name>Fish</wp:cat_name>"
        + "<wp:category_description><![CDATA[Fish &amp; Chips]]></wp:category_description></wp:category>";
    String renamed = post(3, "renamed-" + run, "<p>Renamed</p>").replace("</item>",
        "<wp:postmeta><wp:meta_key>_wp_old_slug</wp:meta_key><wp:meta_value>shared-" + run + "</wp:meta_value></wp:postmeta></item>");
    Api.Reply started = admin.send("POST", "/api/imports",
        wxr("https://loops-" + run + ".example", category, page(1, "above-" + run, 2), page(2, "below-" + run, 1), renamed,
            post(4, "shared-" + run, "<p>Lives here</p>")),
        "Content-Type", "application/xml");
    JsonObject report = finished(started.header("Location").orElseThrow());

    assertThat(report.getString("state")).isEqualTo("done");
    assertThat(report.getJsonObject("created").getInt("pages")).isEqualTo(2);
    assertThat(report.getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("message")))
        .contains("its parent page 2 is below it in WordPress (a loop): placed at the top level");
    assertThat(anonymous.get("/above-" + run + "/").status()).as("the loop broken at the top").isEqualTo(200);
    assertThat(anonymous.get("/above-" + run + "/below-" + run + "/").status()).isEqualTo(200);
    assertThat(onlyArticle("shared-" + run).getString("body")).isEqualTo("<p>Lives here</p>");
    assertThat(admin.get("/api/categories").array().stream().map(v -> v.asJsonObject()))
        .anySatisfy(c -> {
          assertThat(c.getString("slug")).isEqualTo("fish-" + run);
          assertThat(c.getString("description")).isEqualTo("Fish & Chips");
        });
  }

  private static String page(int id, String slug, int parent) {
    return "<item><title>" + slug + "</title><content:encoded><![CDATA[<p>" + slug + "</p>]]></content:encoded>"
        + "<wp:post_id>" + id + "</wp:post_id><wp:post_date_gmt>2021-03-04 05:06:07</wp:post_date_gmt>"
        + "<wp:post_name>" + slug + "</wp:post_name><wp:status>publish</wp:status><wp:post_parent>" + parent
        + "</wp:post_parent><wp:post_type>page</wp:post_type></item>";
  }

  private static String wxr(String site, String... items) {
    return "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\""
        + " xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><link>" + site + "</link>"
        + String.join("", items) + "</channel></rss>";
  }

  private static String post(int id, String slug, String body) {
    return post(id, slug, body, "");
  }

  private static String post(int id, String slug, String body, String meta) {
    return "<item><title>" + slug + "</title><content:encoded><![CDATA[" + body + "]]></content:encoded>"
        + "<wp:post_id>" + id + "</wp:post_id><wp:post_date_gmt>2021-03-04 05:06:07</wp:post_date_gmt>"
        + "<wp:post_name>" + slug + "</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
        + meta + "</item>";
  }

  @Test
  void malformedXmlFailsTheJobNamingLineAndColumn() throws IOException, InterruptedException {
    String xml = "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>\n"
        + "<link>https://broken.example</link>\n"
        + "<item><title>Fine</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>"
        + "<wp:status>publish</wp:status><wp:post_name>fine-before-the-break</wp:post_name></item>\n"
        + "<item><title>Broken</wrong></item></channel></rss>";
    Api.Reply started = admin.send("POST", "/api/imports", xml, "Content-Type", "application/xml");
    assertThat(started.status()).isEqualTo(202);
    JsonObject report = finished(started.header("Location").orElseThrow());
    assertThat(report.getString("state")).isEqualTo("failed");
    assertThat(report.getString("failure")).startsWith("line 5, column ").contains("malformed XML");
    assertThat(onlyArticle("fine-before-the-break").getString("title")).isEqualTo("Fine");
    // A re-run is a new upload: the failed job's copy of the file goes like a finished one's.
    awaitNoUploadsLeft();
  }

  private static void awaitNoUploadsLeft() throws IOException, InterruptedException {
    Path imports = Deployments.dataDir(WordPressImportIT.class).resolve("imports");
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      try (Stream<Path> files = Files.list(imports)) {
        List<Path> left = files.filter(f -> f.getFileName().toString().startsWith("upload-")).toList();
        if (left.isEmpty()) {
          return;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("uploads of ended imports are still there: " + left);
        }
      }
      Thread.sleep(100); // a poll interval, not a wait for the condition
    }
  }

  @Test
  void externalEntitiesAndEntityBombsAreRefusedWithoutLeakingFiles() throws IOException {
    Path secret = Files.createTempFile("wxr-secret", ".txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item><title>&xxe;</title>"
        + "<wp:post_type>post</wp:post_type></item></channel></rss>";
    Api.Reply refused = admin.send("POST", "/api/imports", xxe, "Content-Type", "application/xml");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("DOCTYPE").doesNotContain("TOP-SECRET");

    StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    bomb.append("]>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item><title>&a9;</title></item></channel></rss>");
    assertThat(admin.send("POST", "/api/imports", bomb.toString(), "Content-Type", "text/xml").status()).isEqualTo(400);
  }

  @Test
  void badFilesAndCallersWithoutTheRightAreRefused() {
    assertThat(admin.send("POST", "/api/imports", "", "Content-Type", "application/xml").status()).isEqualTo(400);
    Api.Reply notXml = admin.send("POST", "/api/imports", "title,body\nx,y", "Content-Type", "application/xml");
    assertThat(notXml.status()).isEqualTo(400);
    assertThat(notXml.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
    assertThat(admin.send("POST", "/api/imports", "<rss version=\"2.0\"><channel/></rss>", "Content-Type", "application/xml").body())
        .contains("no WordPress export namespace");
    assertThat(admin.send("POST", "/api/imports", "<rss xmlns:wp=\"http://wordpress.org/export/1.3/\"><channel/></rss>",
            "Content-Type", "application/xml").body())
        .contains("unknown WXR version 1.3");
    assertThat(admin.send("POST", "/api/imports", "{}", "Content-Type", "application/json").status()).isEqualTo(415);
    Api.Reply badOption = admin.send("POST", "/api/imports?download_media=maybe", "<rss/>", "Content-Type", "application/xml");
    assertThat(badOption.status()).isEqualTo(400);
    assertThat(badOption.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("download_media");
    assertThat(admin.get("/api/imports/999999").status()).isEqualTo(404);

    String wxr = new String(resource("trail-notes.wxr.xml"), StandardCharsets.UTF_8);
    assertThat(anonymous.send("POST", "/api/imports", wxr, "Content-Type", "application/xml").status()).isEqualTo(401);
    Api editor = admin.newUser("editor");
    assertThat(editor.send("POST", "/api/imports", wxr, "Content-Type", "application/xml").status()).isEqualTo(403);
    assertThat(editor.get("/api/imports").status()).isEqualTo(403);
    assertThat(anonymous.get("/api/imports").status()).isEqualTo(401);
  }

  @Test
  void administratorsExportTheWholeSiteAsAWordPressFile() {
    Api.Reply export = admin.get("/api/export");

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("application/rss+xml");
    assertThat(export.header("Content-Disposition").orElseThrow())
        .matches("attachment; filename=\"[a-z0-9-]+-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.xml\"");
    assertThat(export.body())
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("xmlns:wp=\"http://wordpress.org/export/1.2/\"", "<wp:wxr_version>1.2</wp:wxr_version>",
            "<wp:base_site_url>http",
            "<wp:author_login><![CDATA[admin]]></wp:author_login>",
            "<wp:post_name><![CDATA[how-to-pop-lower-back]]></wp:post_name>",
            "<wp:post_name><![CDATA[our-authors]]></wp:post_name>",
            "<wp:post_type><![CDATA[nav_menu_item]]></wp:post_type>",
            "<wp:post_type><![CDATA[attachment]]></wp:post_type>")
        .as("no password hash").doesNotContain("PBKDF2");
    assertThat(export.body().strip()).endsWith("</rss>");

    Api.Reply anonymousExport = anonymous.get("/api/export");
    assertThat(anonymousExport.status()).isEqualTo(401);
    assertThat(anonymousExport.contentType()).startsWith("application/problem+json");
    Api.Reply editorExport = admin.newUser("editor").get("/api/export");
    assertThat(editorExport.status()).isEqualTo(403);
    assertThat(editorExport.contentType()).startsWith("application/problem+json");

    String session = AdminSignIn.session(base, Api.ADMIN, Api.ADMIN_PASSWORD);
    assertThat(AdminSignIn.get(base, "/admin/settings.xhtml", session).body()).contains("href=\"/admin/export\"");
    HttpResponse<String> download = AdminSignIn.get(base, "/admin/export", session);
    assertThat(download.statusCode()).as("the Settings screen's Export").isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition")).hasValue(export.header("Content-Disposition").orElseThrow());
    assertThat(download.body()).contains("<wp:wxr_version>1.2</wp:wxr_version>", "<wp:post_name><![CDATA[how-to-pop-lower-back]]>")
        .doesNotContain("PBKDF2");
    String editor = "editor-" + Ids.unique();
    String password = "pw-" + Ids.unique() + "-secret";
    assertThat(admin.post("/api/users", "{\"login\":\"" + editor + "\",\"name\":\"Editor\",\"role\":\"editor\",\"password\":\""
        + password + "\"}").status()).isEqualTo(201);
    assertThat(AdminSignIn.get(base, "/admin/export", AdminSignIn.session(base, editor, password)).statusCode()).isEqualTo(403);
    assertThat(AdminSignIn.get(base, "/admin/export", null).statusCode()).as("sent to the sign-in").isEqualTo(302);
  }

  private void assertMovedTo(String path, String newPath) {
    Api.Reply moved = anonymous.get(path);
    assertThat(moved.status()).as(path).isEqualTo(301);
    assertThat(moved.header("Location").orElseThrow()).as(path).endsWith(newPath);
  }

  private JsonObject finished(String location) {
    String path = java.net.URI.create(location).getPath();
    return admin.await(path, r -> r.status() == 200 && List.of("done", "failed").contains(r.json().getString("state")), PATIENCE)
        .json();
  }

  /** The one article of this slug, whatever its status. */
  private JsonObject onlyArticle(String slug) {
    Api.Reply found = admin.get("/api/articles?slug=" + slug + "&status=any");
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.array()).hasSize(1);
    return found.array().getJsonObject(0);
  }

  private String status(String slug) {
    return onlyArticle(slug).getString("status");
  }

  private static byte[] resource(String name) {
    try (InputStream in = WordPressImportIT.class.getResourceAsStream("/wordpress/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
