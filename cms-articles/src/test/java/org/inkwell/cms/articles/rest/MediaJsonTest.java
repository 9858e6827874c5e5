package org.inkwell.cms.articles.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaVariant;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class MediaJsonTest {

  private static final MediaDetails IMAGE =
      new MediaDetails(
          7,
          "run-abc123.jpg",
          "image/jpeg",
          1200,
          800,
          123_456,
          "A runner at dawn",
          null,
          new Person("eve", "Eve Editor"),
          Instant.parse("2026-05-01T10:00:00Z"),
          "/media/uploads/2026/05/run-abc123.jpg",
          List.of(new MediaVariant("thumbnail", 150, 150, "/media/uploads/2026/05/run-abc123-150x150.jpg")));

  @Test
  void writesEveryFieldWithAbsoluteUrls() {
    JsonObject json = MediaJson.write(IMAGE, path -> "http://localhost:8080" + path);

    assertThat(json.toString())
        .isEqualTo(
            "{\"id\":7,\"fileName\":\"run-abc123.jpg\",\"mediaType\":\"image/jpeg\",\"width\":1200,\"height\":800,"
                + "\"bytes\":123456,\"altText\":\"A runner at dawn\",\"caption\":null,"
                + "\"uploadedBy\":{\"login\":\"eve\",\"name\":\"Eve Editor\"},\"uploadedAt\":\"2026-05-01T10:00:00Z\","
                + "\"url\":\"http://localhost:8080/media/uploads/2026/05/run-abc123.jpg\","
                + "\"variants\":[{\"name\":\"thumbnail\",\"width\":150,\"height\":150,"
                + "\"url\":\"http://localhost:8080/media/uploads/2026/05/run-abc123-150x150.jpg\"}]}");
  }

  @Test
  void readsTheTextsAndAcceptsBackWhatWasRead() {
    String read = MediaJson.write(IMAGE, path -> path).toString();
    String changed = read.replace("\"caption\":null", "\"caption\":\"At the lake\"");

    MediaJson.Texts texts = MediaJson.read(changed);

    assertThat(texts).isEqualTo(new MediaJson.Texts("A runner at dawn", "At the lake"));
    assertThat(MediaJson.read("{\"altText\":\"\"}")).isEqualTo(new MediaJson.Texts("", null));
  }

  @Test
  void refusesUnknownFieldsAndWrongTypes() {
    assertThatThrownBy(() -> MediaJson.read("{\"alt\":\"x\",\"caption\":5}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors())
                .extracting(err -> err.field() + ": " + err.message())
                .containsExactlyInAnyOrder("alt: is not a known field", "caption: must be a string"));
  }
}
