package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backup an administrator downloads from the running site ({@code GET /api/backup}), unzipped
 * into an empty data directory, is the same site: its articles, media and users.
 */
@ExtendWith(SiteProcesses.class)
class BackupRestoreIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aBackupRestoredIntoAnEmptyDataDirectoryServesTheSameSite(SiteProcesses sites) throws Exception {
    SiteProcesses.Site original = sites.start(sites.newDataDir("backed-up"));
    Api anonymous = original.anonymous();
    Api admin = anonymous.asAdmin();
    JsonObject article = admin.post("/api/articles",
        "{\"title\":\"Backed up " + Ids.unique() + "\",\"status\":\"published\",\"body\":\"<p>Kept in the backup</p>\"}").json();
    JsonObject image = admin.upload("/api/media", Images.png(40, 30), "image/png", "kept.png").json();
    String imagePath = URI.create(image.getString("url")).getPath();
    byte[] imageBytes = download(original, imagePath, null).body();
    String password = "pw-" + Ids.unique() + "-secret";
    JsonObject user = admin.post("/api/users",
        "{\"login\":\"restored-" + Ids.unique() + "\",\"name\":\"Restored\",\"role\":\"author\",\"password\":\"" + password + "\"}").json();

    assertThat(download(original, "/api/backup", null).statusCode()).isEqualTo(401);
    Api author = anonymous.as(user.getString("login"), password);
    assertThat(author.get("/api/backup").status()).isEqualTo(403);
    HttpResponse<byte[]> backup = download(original, "/api/backup", basic(Api.ADMIN, Api.ADMIN_PASSWORD));
    assertThat(backup.statusCode()).isEqualTo(200);
    assertThat(backup.headers().firstValue("Content-Type")).hasValue("application/zip");
    original.kill();

    Path restoredData = sites.newDataDir("restored");
    unzip(backup.body(), restoredData);
    SiteProcesses.Site restored = sites.start(restoredData);

    Api.Reply again = restored.anonymous().get("/api/articles/" + article.getInt("id"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getString("title")).isEqualTo(article.getString("title"));
    assertThat(again.json().getString("body")).isEqualTo("<p>Kept in the backup</p>");
    assertThat(restored.anonymous().asAdmin().get("/api/media/" + image.getInt("id")).status()).isEqualTo(200);
    HttpResponse<byte[]> served = download(restored, imagePath, null);
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo(imageBytes);
    Api.Reply me = restored.anonymous().as(user.getString("login"), password).get("/api/users/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("role")).isEqualTo("author");
  }

  private static String basic(String login, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<byte[]> download(SiteProcesses.Site site, String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(site.base().toURI().resolve(path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** What an administrator does with {@code unzip backup.zip -d DIR}. */
  private static void unzip(byte[] zip, Path dir) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path file = dir.resolve(entry.getName()).normalize();
        assertThat(file.startsWith(dir)).as(entry.getName()).isTrue();
        Files.createDirectories(file.getParent());
        Files.copy(in, file);
      }
    }
  }
}
