package org.inkwell.cms.articles.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputField;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Takes the GPS position out of an uploaded photo: a phone writes where it was taken into the
 * EXIF of every JPEG, and publishing it could show readers where an author lives. Only the EXIF
 * segment is rewritten: the pixels, the orientation and the colour profile (its own segment) stay
 * as they were.
 */
final class LocationMetadata {

  private LocationMetadata() {}

  /** Removes the GPS fields of a JPEG file in place; a file without any is left untouched. */
  static void removeFromJpeg(Path file) throws IOException {
    ImageMetadata metadata;
    try {
      metadata = Imaging.getMetadata(file.toFile());
    } catch (ImagingException unreadableExif) {
      return; // the image itself was read: EXIF that cannot be parsed holds nothing to find
    }
    if (!(metadata instanceof JpegImageMetadata jpeg) || jpeg.getExif() == null) {
      return;
    }
    TiffOutputSet exif = jpeg.getExif().getOutputSet();
    TiffOutputDirectory gps = exif == null ? null : exif.getGpsDirectory();
    if (gps == null || gps.getFields().isEmpty()) {
      return;
    }
    for (TiffOutputField field : List.copyOf(gps.getFields())) {
      gps.removeField(field.tag);
    }
    Path rewritten = file.resolveSibling(file.getFileName() + ".exif");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(rewritten))) {
      new ExifRewriter().updateExifMetadataLossless(file.toFile(), out, exif);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(rewritten);
      throw e;
    }
    Files.move(rewritten, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
