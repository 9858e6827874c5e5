package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadedImageTest {

  @TempDir Path dir;

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static void assertRefused(Path file, String messagePart) {
    assertThatThrownBy(() -> UploadedImage.read(file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo("file");
              assertThat(error.message()).contains(messagePart);
            }));
  }

  @Test
  void readsFormatAndSizeFromTheContent() throws IOException {
    UploadedImage png = UploadedImage.read(file("a.png", TestImages.png(640, 480)));
    assertThat(png.format()).isEqualTo(ImageFormat.PNG);
    assertThat(png.width()).isEqualTo(640);
    assertThat(png.height()).isEqualTo(480);
    assertThat(png.pixels().getWidth()).isEqualTo(640);

    UploadedImage gif = UploadedImage.read(file("b.gif", TestImages.gif(33, 17)));
    assertThat(gif.format()).isEqualTo(ImageFormat.GIF);
    assertThat(gif.width()).isEqualTo(33);
    assertThat(gif.height()).isEqualTo(17);
  }

  @Test
  void aJpegNamedGifIsReadAsTheJpegItIs() throws IOException {
    UploadedImage image = UploadedImage.read(file("holiday.gif", TestImages.jpeg(120, 90)));
    assertThat(image.format()).isEqualTo(ImageFormat.JPEG);
    assertThat(image.width()).isEqualTo(120);
    assertThat(image.height()).isEqualTo(90);
  }

  @Test
  void webpIsReadToo() throws IOException {
    UploadedImage lossy = UploadedImage.read(file("a.webp", TestImages.WEBP_LOSSY));
    assertThat(lossy.format()).isEqualTo(ImageFormat.WEBP);
    assertThat(lossy.width()).isEqualTo(1);
    UploadedImage lossless = UploadedImage.read(file("b.webp", TestImages.WEBP_LOSSLESS));
    assertThat(lossless.height()).isEqualTo(1);
  }

  @Test
  void aPngNamedFileOfTextIsRefused() throws IOException {
    assertRefused(file("x.png", "just some text".getBytes(StandardCharsets.UTF_8)), "is not an image (JPEG, PNG, GIF or WebP)");
  }

  @Test
  void anSvgIsRefused() throws IOException {
    // SVG can carry scripts; it is not among the accepted formats.
    assertRefused(file("logo.png", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
        .getBytes(StandardCharsets.UTF_8)), "is not an image");
  }

  @Test
  void aDamagedImageIsRefused() throws IOException {
    byte[] png = TestImages.png(200, 200);
    byte[] cut = java.util.Arrays.copyOf(png, 60);
    assertRefused(file("cut.png", cut), "could not be read as a PNG image");
  }

  @Test
  void hugeDimensionsAreRefusedFromTheHeaderBeforeDecoding() throws IOException {
    // 20,000 × 20,000 would need 1.6 GB decoded; the file is 70 bytes.
    Path bomb = file("bomb.png", TestImages.pngClaiming(20_000, 20_000));
    assertThat(Files.size(bomb)).isLessThan(100);
    assertRefused(bomb, "is 20,000 × 20,000 pixels; images may have at most 12,000 pixels a side and 50 megapixels");
  }

  @ParameterizedTest(name = "{0} × {1}: refused {2}")
  @CsvSource({
    "12000, 4166, false",
    "12001, 1, true",
    "1, 12001, true",
    "7071, 7071, false",
    "7072, 7071, true",
    "1, 1, false"
  })
  void atMost12000PixelsASideAnd50Megapixels(int width, int height, boolean refused) {
    if (refused) {
      assertThatThrownBy(() -> UploadedImage.checkSize(width, height)).isInstanceOf(InvalidInputException.class);
    } else {
      UploadedImage.checkSize(width, height);
    }
  }

  @ParameterizedTest(name = "{0} × {1} decoded every {2} pixels")
  @CsvSource({"4000, 4000, 1", "4001, 4000, 2", "12000, 4166, 2", "8000, 6000, 2", "1, 1, 1"})
  void largeImagesAreDecodedAtAFractionOfTheirResolution(int width, int height, int step) {
    assertThat(UploadedImage.subsamplingStep(width, height)).isEqualTo(step);
  }

  @Test
  void aPhotoTakenSidewaysHasItsDisplayedSize() throws IOException {
    // EXIF orientation 6: stored 40 × 20, shown turned a quarter clockwise.
    UploadedImage photo = UploadedImage.read(file("p.jpg", TestImages.jpegWithOrientation(TestImages.bands(40, 20), 6)));
    assertThat(photo.width()).isEqualTo(20);
    assertThat(photo.height()).isEqualTo(40);
    assertThat(photo.orientation()).isNotNull();

    UploadedImage upright = UploadedImage.read(file("u.jpg", TestImages.jpegWithOrientation(TestImages.bands(40, 20), 1)));
    assertThat(upright.width()).isEqualTo(40);
    assertThat(upright.orientation()).isNull();
  }

  @Test
  void knowsWhetherAnImageHasTransparency() throws IOException {
    assertThat(UploadedImage.read(file("t.png", TestImages.transparentPng(10, 10))).isTransparent()).isTrue();
    assertThat(UploadedImage.read(file("o.jpg", TestImages.jpeg(10, 10))).isTransparent()).isFalse();
  }
}
