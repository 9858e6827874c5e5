package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.inkwell.cms.articles.MediaFiles.MediaFile;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PayloadTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaDirectoryTest {

  @TempDir Path dataDir;

  private MediaDirectory directory() {
    return MediaDirectory.under(dataDir);
  }

  private Path staged(byte[] content) {
    return directory().stage(new ByteArrayInputStream(content), 1024 * 1024);
  }

  private static RenderedVariant variant(String fileName) {
    return new RenderedVariant("medium", 3, 3, fileName, new byte[] {1, 2, 3});
  }

  private long filesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}-xxxxxx")
  @CsvSource(
      delimiter = '|',
      value = {
        "IMG_2041.JPG | img-2041",
        "Crème Brûlée at Noon.png | creme-brulee-at-noon",
        "C:\\fakepath\\Holiday Photo.jpeg | holiday-photo",
        "../../etc/passwd | passwd",
        ".hidden | hidden",
        "photo.tar.gz | photo-tar",
        "   | image",
        "日本.jpg | untitled"
      })
  void namesAreSafeLowerCaseSlugsWithARandomSuffix(String original, String expectedStart) {
    assertThat(MediaDirectory.baseName(original)).matches(expectedStart + "-[a-z0-9]{6}");
  }

  @Test
  void anUnnamedUploadIsAnImageAndLongNamesAreCutAtAWord() {
    assertThat(MediaDirectory.baseName(null)).matches("image-[a-z0-9]{6}");
    String longName = "the quick brown fox jumps over the lazy dog and keeps running far away.jpg";
    assertThat(MediaDirectory.baseName(longName)).matches("the-quick-brown-fox-jumps-over-the-lazy-dog-and-keeps-[a-z0-9]{6}");
    assertThat(MediaDirectory.baseName("a.jpg")).isNotEqualTo(MediaDirectory.baseName("a.jpg"));
  }

  @Test
  void foldersAreUploadMonthsInUtc() {
    assertThat(MediaDirectory.folderFor(Instant.parse("2026-05-31T23:30:00Z"))).isEqualTo("2026/05");
    assertThat(MediaDirectory.folderFor(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("2027/01");
  }

  @Test
  void stagingCopiesTheUpload() throws IOException {
    Path staged = staged(new byte[] {1, 2, 3});
    assertThat(Files.readAllBytes(staged)).containsExactly(1, 2, 3);
    assertThat(staged.getParent()).isEqualTo(dataDir.toAbsolutePath().resolve("media/.staging"));
  }

  @Test
  void anUploadOverTheLimitIsRefusedAndNothingIsLeftBehind() throws IOException {
    assertThatThrownBy(() -> directory().stage(new ByteArrayInputStream(new byte[200_000]), 100_000))
        .isInstanceOf(PayloadTooLargeException.class)
        .hasMessageContaining("100000 bytes");
    assertThat(filesUnder(dataDir)).isZero();
    assertThatThrownBy(() -> staged(new byte[0])).isInstanceOf(InvalidInputException.class).hasMessageContaining("file: is empty");
    assertThat(filesUnder(dataDir)).isZero();
  }

  @Test
  void publishedFilesAreFoundWithTheirTypeAndSize() throws IOException {
    MediaDirectory media = directory();
    Path staged = staged(TestImages.png(4, 4));

    List<String> written =
        media.publish(staged, "2026/05", "dot-abc123.png", List.of(variant("dot-abc123-3x3.png"), variant("dot-abc123-3x3.png")));

    assertThat(written).containsExactly("2026/05/dot-abc123.png", "2026/05/dot-abc123-3x3.png");
    assertThat(staged).doesNotExist();
    MediaFile original = media.find("2026/05/dot-abc123.png").orElseThrow();
    assertThat(original.mediaType()).isEqualTo("image/png");
    assertThat(original.bytes()).isEqualTo(TestImages.png(4, 4).length);
    assertThat(original.lastModified()).isNotNull();
    assertThat(media.find("2026/05/dot-abc123-3x3.png").orElseThrow().bytes()).isEqualTo(3);
    assertThat(filesUnder(dataDir.resolve("media/.staging"))).as("no temporary files left").isZero();

    media.delete(written);
    assertThat(media.find("2026/05/dot-abc123.png")).isEmpty();
  }

  @Test
  void anExistingFileIsNeverReplaced() throws IOException {
    MediaDirectory media = directory();
    media.publish(staged(new byte[] {1}), "2026/05", "taken-abc123.png", List.of());

    assertThatThrownBy(() -> media.publish(staged(new byte[] {2}), "2026/05", "new-abc123.png", List.of(variant("taken-abc123.png"))))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(Files.readAllBytes(dataDir.resolve("media/2026/05/taken-abc123.png"))).containsExactly(1);
    assertThat(media.find("2026/05/new-abc123.png")).as("what the failed publish wrote is removed").isEmpty();
    assertThat(filesUnder(dataDir.resolve("media/.staging"))).as("and its temporary files").isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../secret.png",
        "2026/05/../../../secret.png",
        "2026/05/..%2F..%2Fsecret.png",
        "/etc/passwd",
        "2026/05",
        "2026/05/",
        ".staging/upload-1.tmp",
        "2026/05/.hidden.png",
        "2026/05/Upper.PNG",
        "2026/05/page.html",
        "2026/05/dot-abc123.png/",
        "2026\\05\\dot-abc123.png",
        ""
      })
  void findAnswersOnlyForNamesTheLibraryGives(String path) throws IOException {
    MediaDirectory media = directory();
    media.publish(staged(new byte[] {1}), "2026/05", "dot-abc123.png", List.of());
    Files.writeString(dataDir.resolve("secret.png"), "secret");
    Files.writeString(dataDir.resolve("media/2026/05/page.html"), "<script>");

    assertThat(media.find(path)).isEmpty();
    assertThat(media.find("2026/05/dot-abc123.png")).isPresent();
  }

  @Test
  void aMissingFileIsNotFound() {
    assertThat(directory().find("2026/05/never-abc123.jpg")).isEmpty();
    assertThat(directory().find(null)).isEmpty();
  }
}
