package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationMetadataTest {

  @TempDir Path dir;

  @Test
  void aPhotosPositionIsRemovedAndItsOrientationAndPixelsKept() throws Exception {
    Path photo = photo(true);
    assertThat(exif(photo).getGpsInfo()).as("the position the phone wrote").isNotNull();

    LocationMetadata.removeFromJpeg(photo);

    assertThat(exif(photo).getGpsInfo()).isNull();
    assertThat(exif(photo).findField(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue())
        .isEqualTo(TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW);
    BufferedImage pixels = ImageIO.read(photo.toFile());
    assertThat(pixels.getWidth()).isEqualTo(64);
    assertThat((pixels.getRGB(10, 10) >> 16) & 0xff).as("still red").isGreaterThan(200);
  }

  @Test
  void aPhotoWithoutAPositionIsLeftAsItWas() throws Exception {
    Path photo = photo(false);
    byte[] before = Files.readAllBytes(photo);

    LocationMetadata.removeFromJpeg(photo);

    assertThat(Files.readAllBytes(photo)).isEqualTo(before);
  }

  private Path photo(boolean withPosition) throws IOException {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 64; x++) {
      for (int y = 0; y < 48; y++) {
        image.setRGB(x, y, 0xff0000);
      }
    }
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", plain);
    TiffOutputSet exif = new TiffOutputSet();
    exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW);
    if (withPosition) {
      exif.setGpsInDegrees(-0.1276, 51.5072);
    }
    Path file = dir.resolve("photo-" + withPosition + ".jpg");
    try (OutputStream out = Files.newOutputStream(file)) {
      new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), out, exif);
    }
    return file;
  }

  private static TiffImageMetadata exif(Path file) throws IOException {
    return ((JpegImageMetadata) Imaging.getMetadata(file.toFile())).getExif();
  }
}
