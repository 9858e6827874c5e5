package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantRendererTest {

  @TempDir Path dir;

  private UploadedImage upload(byte[] content) throws IOException {
    return UploadedImage.read(Files.write(dir.resolve("upload"), content));
  }

  private static RenderedVariant named(List<RenderedVariant> variants, String name) {
    return variants.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }

  /** Which band colour a pixel is closest to: "green", "red" or "blue" (or "clear"). */
  private static String colourAt(BufferedImage image, int x, int y) {
    int argb = image.getRGB(x, y);
    if ((argb >>> 24) < 128) {
      return "clear";
    }
    Color c = new Color(argb);
    if (c.getGreen() > c.getRed() && c.getGreen() > c.getBlue()) {
      return "green";
    }
    return c.getRed() > c.getBlue() ? "red" : "blue";
  }

  @Test
  void makesEveryVariantAtItsSizeInTheOriginalsFormat() throws IOException {
    List<RenderedVariant> variants = VariantRenderer.render(upload(TestImages.jpeg(2000, 1000)), "run-abc123");

    assertThat(variants)
        .extracting(v -> v.name() + " " + v.width() + "x" + v.height() + " " + v.fileName())
        .containsExactly(
            "thumbnail 150x150 run-abc123-150x150.jpg",
            "medium 300x150 run-abc123-300x150.jpg",
            "medium_large 768x384 run-abc123-768x384.jpg",
            "large 1024x512 run-abc123-1024x512.jpg");
    for (RenderedVariant v : variants) {
      assertThat(ImageFormat.detect(Arrays.copyOf(v.bytes(), 12))).contains(ImageFormat.JPEG);
      BufferedImage decoded = TestImages.decode(v.bytes());
      assertThat(decoded.getWidth()).as(v.name()).isEqualTo(v.width());
      assertThat(decoded.getHeight()).as(v.name()).isEqualTo(v.height());
    }
  }

  @Test
  void theThumbnailIsCutFromTheCentreWhileOtherSizesKeepTheWholePicture() throws IOException {
    // Green, red and blue bands, 200 px each.
    List<RenderedVariant> variants = VariantRenderer.render(upload(TestImages.png(600, 300)), "bands-abc123");

    BufferedImage thumbnail = TestImages.decode(named(variants, "thumbnail").bytes());
    assertThat(thumbnail.getWidth()).isEqualTo(150);
    assertThat(thumbnail.getHeight()).isEqualTo(150);
    // Scaled to 300 × 150 and cut at x 75–225: 25 px of green, 100 of red, 25 of blue.
    assertThat(colourAt(thumbnail, 5, 75)).isEqualTo("green");
    assertThat(colourAt(thumbnail, 75, 75)).isEqualTo("red");
    assertThat(colourAt(thumbnail, 145, 75)).isEqualTo("blue");
    assertThat(colourAt(thumbnail, 40, 75)).as("cut, not squeezed (squeezed, this is green)").isEqualTo("red");

    BufferedImage medium = TestImages.decode(named(variants, "medium").bytes());
    assertThat(medium.getWidth()).isEqualTo(300);
    assertThat(colourAt(medium, 5, 75)).isEqualTo("green");
    assertThat(colourAt(medium, 90, 75)).as("the whole green band is there").isEqualTo("green");
    assertThat(colourAt(medium, 295, 75)).isEqualTo("blue");
  }

  @Test
  void variantsOfTheSameSizeShareOneFile() throws IOException {
    List<RenderedVariant> variants = VariantRenderer.render(upload(TestImages.png(1536, 2048)), "tall-abc123");

    RenderedVariant mediumLarge = named(variants, "medium_large");
    RenderedVariant large = named(variants, "large");
    assertThat(mediumLarge.fileName()).isEqualTo(large.fileName()).isEqualTo("tall-abc123-768x1024.png");
    assertThat(mediumLarge.bytes()).isSameAs(large.bytes());
  }

  @Test
  void smallImagesHaveNoVariants() throws IOException {
    assertThat(VariantRenderer.render(upload(TestImages.png(150, 120)), "icon-abc123")).isEmpty();
  }

  @Test
  void gifStaysGifAndTransparencyIsKept() throws IOException {
    RenderedVariant gif = named(VariantRenderer.render(upload(TestImages.gif(400, 200)), "anim-abc123"), "medium");
    assertThat(gif.fileName()).endsWith(".gif");
    assertThat(ImageFormat.detect(Arrays.copyOf(gif.bytes(), 12))).contains(ImageFormat.GIF);
    assertThat(TestImages.decode(gif.bytes()).getWidth()).isEqualTo(300);

    RenderedVariant png = named(VariantRenderer.render(upload(TestImages.transparentPng(400, 200)), "logo-abc123"), "medium");
    BufferedImage decoded = TestImages.decode(png.bytes());
    assertThat(colourAt(decoded, 10, 75)).isEqualTo("clear");
    assertThat(colourAt(decoded, 290, 75)).isEqualTo("red");
  }

  @Test
  void aSidewaysPhotosVariantsAreTurnedUpright() throws IOException {
    // Stored 400 × 200 with green on the left; orientation 6 shows it turned a quarter clockwise,
    // so 200 × 400 with green on top.
    byte[] photo = TestImages.jpegWithOrientation(TestImages.bands(400, 200), 6);
    RenderedVariant medium = named(VariantRenderer.render(upload(photo), "phone-abc123"), "medium");

    assertThat(medium.width() + "x" + medium.height()).isEqualTo("150x300");
    BufferedImage decoded = TestImages.decode(medium.bytes());
    assertThat(decoded.getWidth()).isEqualTo(150);
    assertThat(decoded.getHeight()).isEqualTo(300);
    assertThat(colourAt(decoded, 75, 10)).isEqualTo("green");
    assertThat(colourAt(decoded, 75, 290)).isEqualTo("blue");
  }
}
