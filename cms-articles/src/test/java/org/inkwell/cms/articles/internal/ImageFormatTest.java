package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageFormatTest {

  private static byte[] head(byte[] file) {
    return Arrays.copyOf(file, Math.min(file.length, ImageFormat.SIGNATURE_BYTES));
  }

  @Test
  void recognisesEachAcceptedFormatByItsFirstBytes() {
    assertThat(ImageFormat.detect(head(TestImages.jpeg(4, 4)))).contains(ImageFormat.JPEG);
    assertThat(ImageFormat.detect(head(TestImages.png(4, 4)))).contains(ImageFormat.PNG);
    assertThat(ImageFormat.detect(head(TestImages.gif(4, 4)))).contains(ImageFormat.GIF);
    assertThat(ImageFormat.detect(head(TestImages.WEBP_LOSSY))).contains(ImageFormat.WEBP);
    assertThat(ImageFormat.detect(head(TestImages.WEBP_LOSSLESS))).contains(ImageFormat.WEBP);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "hello, this is text",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "%PDF-1.7",
        "BM6\u0000\u0000\u0000", // BMP
        "RIFF\u0000\u0000\u0000\u0000WAVEfmt ", // a RIFF file, but sound
        "GIF88a",
        "<html><img src=x onerror=alert(1)>"
      })
  void anythingElseIsNoImage(String content) {
    assertThat(ImageFormat.detect(content.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
  }

  @Test
  void variantsKeepTheOriginalsFormatExceptWebpWhichNothingWrites() {
    assertThat(ImageFormat.GIF.variantFormat(true)).isEqualTo("gif");
    assertThat(ImageFormat.JPEG.variantFormat(false)).isEqualTo("jpg");
    assertThat(ImageFormat.WEBP.variantFormat(true)).as("transparency kept").isEqualTo("png");
    assertThat(ImageFormat.WEBP.variantFormat(false)).isEqualTo("jpg");
  }

  @ParameterizedTest
  @EnumSource(ImageFormat.class)
  void everyFormatHasAReaderThatReadsItsSize(ImageFormat format) throws IOException {
    byte[] image = switch (format) {
      case JPEG -> TestImages.jpeg(5, 3);
      case PNG -> TestImages.png(5, 3);
      case GIF -> TestImages.gif(5, 3);
      case WEBP -> TestImages.WEBP_LOSSY;
    };
    ImageReader reader = format.newReader();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      reader.setInput(in);
      assertThat(List.of(reader.getWidth(0), reader.getHeight(0)))
          .isEqualTo(format == ImageFormat.WEBP ? List.of(1, 1) : List.of(5, 3));
    } finally {
      reader.dispose();
    }
  }
}
