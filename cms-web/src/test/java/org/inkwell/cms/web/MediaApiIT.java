package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The media library on the real WAR: uploads by role, content checks, variants served for caching. */
@ExtendWith(ArquillianExtension.class)
class MediaApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private Api anonymous;
  private Api editor;

  @BeforeEach
  void clients() {
    anonymous = Api.anonymous(base);
    editor = anonymous.newUser("editor");
  }

  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void assertProblem(Api.Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("type")).isEqualTo(type);
  }

  @Test
  void anEditorUploadsAPngWhoseVariantsAreServedToCacheForever() {
    Api.Reply created = editor.upload("/api/media", png(1200, 800), "image/png", "Morning Run " + Ids.unique() + ".png");

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
    JsonObject image = editor.upload("/api/media", png(1200, 800), "image/png", "Wide " + Ids.unique() + ".png").json();
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
    Api.Reply refused = editor.upload("/api/media", "not a picture".getBytes(StandardCharsets.UTF_8), "image/png", "x.png");

    assertProblem(refused, 400, "/problems/invalid-input");
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("file");
    assertThat(error.getString("message")).contains("is not an image");
  }

  @Test
  void contributorsMayNotUpload() {
    Api contributor = anonymous.newUser("contributor");

    assertProblem(contributor.upload("/api/media", png(20, 20), "image/png", "a.png"), 403, "/problems/access-denied");
  }

  @Test
  void anonymousUploadsAndReadsNeedASignIn() {
    Api.Reply upload = anonymous.upload("/api/media", png(20, 20), "image/png", "a.png");

    assertProblem(upload, 401, "/problems/not-authenticated");
    assertThat(upload.header("WWW-Authenticate")).contains("Basic realm=\"cms\"");
    assertProblem(anonymous.get("/api/media"), 401, "/problems/not-authenticated");
  }
}
